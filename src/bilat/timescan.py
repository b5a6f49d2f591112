"""Finding temporal expressions in a sentence, for :mod:`bilat.timex` to resolve.

The vocabulary (months, weekdays, number words, governing words and modifiers), the regex rules that find
the core of each expression (each with cheap needs that skip a rule on a text where it cannot match), the
governing word before an expression, and the candidates: ranges joined, chained dates marked and numbers
that are not years dropped. :mod:`bilat.timex`'s docstring states the rules.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

Tense = Literal["past", "future"]

_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_MONTH_NUM = {name[:3]: i + 1 for i, name in enumerate(_MONTHS)}
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
}

# --- leads (governing words) and modifiers, read backwards from the start of an expression -------------
_LEAD_NORMAL = {
    "no later than": "by",
    "not later than": "by",
    "ever since": "since",
    "up until": "until",
    "till": "until",
    "starting from": "from",
    "starting in": "from",
    "starting on": "from",
    "beginning in": "from",
    "beginning on": "from",
    "as from": "from",
    "starting": "from",
    "beginning": "from",
    "effective": "from",
    "prior to": "before",
    "ahead of": "before",
    "circa": "around",
}
_LEADS = (
    "throughout",
    "through",
    "during",
    "between",
    "since",
    "until",
    "from",
    "before",
    "after",
    "by",
    "in",
    "on",
    "at",
    "for",
    "over",
    "around",
    "within",
    "as of",
    *_LEAD_NORMAL,
)
_YEAR_LEADS = frozenset(
    {
        "in",
        "since",
        "by",
        "until",
        "through",
        "throughout",
        "from",
        "during",
        "between",
        "before",
        "after",
        "as of",
    }
)
_MODS = (
    r"(?:the\s+)?(?:very\s+)?(?:end|beginning|start|middle|close|turn)\s+of\s+",
    r"(?:the\s+)?(?:first|second|1st|2nd)\s+half\s+of\s+",
    r"(?:the\s+)?(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\s+of\s+",
    r"(?:the\s+)?(?:spring|summer|autumn|fall|winter)\s+of\s+",
    r"(?:spring|summer|autumn|winter)\s+",
    r"(?:the\s+)?(?:(?:fiscal|financial|calendar)\s+)?year\s+",
    r"(?:earlier|later|early|late|mid)(?:-|\s+)|end-",
)
_RX_PREFIX = re.compile(
    r"(?:(?P<pre>\b(?:early|late|earlier|later|mid)\s+)?(?P<lead>\b(?:"
    + "|".join(lead.replace(" ", r"\s+") for lead in sorted(_LEADS, key=len, reverse=True))
    + r")\s+))?(?P<mod>\b(?:"
    + "|".join(_MODS)
    + r"))?\Z",
    re.IGNORECASE,
)
_RX_BOUNDARY_MOD = re.compile(r"end|beginning|start|middle|close|turn|half|quarter", re.IGNORECASE)

# --- what a 4-digit number must not be next to, to be a year -------------------------------------------
_COUNT_NOUNS = (
    "people|persons|residents|inhabitants|citizens|troops|soldiers|servicemen|officers|personnel|police|"
    "policemen|fighters|militants|rebels|insurgents|civilians|refugees|migrants|prisoners|detainees|"
    "hostages|workers|employees|students|pupils|children|women|men|families|households|cases|deaths|"
    "casualties|victims|dead|wounded|injured|tonnes|tons|barrels|dollars|euros|rubles|roubles|yuan|units|"
    "vehicles|tanks|aircraft|planes|jets|helicopters|missiles|drones|rockets|shells|rounds|weapons|guns|"
    "homes|houses|buildings|km|kilometres|kilometers|miles|metres|meters|feet|hectares|acres|hours|"
    "GMT|UTC|hrs|minutes|seconds|days|weeks|months|years|points|votes|seats|delegates|members|participants|"
    "companies|firms|jobs|times|pages|words|items|tickets|doses|protesters|demonstrators|voters|"
    "pilgrims|tourists|visitors|delegations|projects|contracts|schools|villages|sites|ships|vessels"
)
_RX_NOT_YEAR_AFTER = re.compile(
    rf"\s*(?:%|percent\b|per\s+cent\b|(?:million|billion|thousand|trillion|bn|mln)\b)|\s+(?:{_COUNT_NOUNS})\b"
    r"|-[A-Za-z]",
    re.IGNORECASE,
)
_RX_NUMERIC_RANGE = re.compile(r"(?:\s*[-\u2013\u2014]\s*|\s+(?:to|and)\s+)(\d+(?:[.,]\d+)*)")
_RX_CHANGE_BY = re.compile(
    r"\b(?:rose|risen|rises?|fell|fallen|falls?|grew|grown|grows?|increased?|increases|decreased?|"
    r"decreases|dropped|drops?|declined?|declines|climbed|jumped|slid|slumped|surged|soared|cut|reduced|"
    r"raised|boosted|up|down|more|less|higher|lower|outnumbered)\s+\Z",
    re.IGNORECASE,
)
_RX_OPENS_SENTENCE = re.compile(r"['\u2019]s\b|\s*[,:;)]|\s+[a-z]")  # "2022 was ...", "2022, the year ..."
_RX_THE_BEFORE = re.compile(r"\bthe\s+\Z", re.IGNORECASE)
_RX_CONN = re.compile(
    r"\s*(?P<dash>[-\u2013\u2014])\s*|\s+(?P<word>to|until|till|through|thru|and)\s+", re.IGNORECASE
)
_RX_CHAIN = re.compile(r"\s*(?:,|,?\s*(?:and|or))\s*", re.IGNORECASE)
_RX_CAPITAL_BEFORE = re.compile(r"\b[A-Z][\w.&-]*\s+\Z")
_RX_CLAUSE_END_AFTER = re.compile(r"\s*(?:[,.;:)!?\u2014\u2013\"\u201d']|\Z)")
_RX_OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)


def _caps(words: tuple[str, ...]) -> str:
    return "|".join(f"{w.capitalize()}|{w.upper()}" for w in words)


_MON_FULL = rf"(?:{_caps(_MONTHS)})\b"
_MON_ABBR = ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec")
_MON = rf"(?:{_MON_FULL}|(?:{_caps(_MON_ABBR)})\b\.?)"
_WD = _caps(_WEEKDAYS)
_WD_PREFIX = rf"(?:\b(?P<wd>{_WD}),?\s+(?:the\s+)?)?"
_YEARX = r"(?P<year>1\d{3}|2[01]\d{2})(?!\d|[.,]\d)"
_NUM = r"(?:\d{1,3}|" + "|".join(sorted(_NUMBERS, key=len, reverse=True)) + ")"
_UNIT = r"(?:day|week|month|year)s?"
_NOT_HOLIDAY = "".join(
    rf"(?<!{w}\s)"
    for w in (
        "Good",
        "Black",
        "Ash",
        "Holy",
        "Maundy",
        "Cyber",
        "Bloody",
        "Easter",
        "Palm",
        "Shrove",
        "Super",
    )
)


def _day(name: str) -> str:
    return rf"(?P<{name}>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b"


_CONN_DAYS = r"(?:\s*[-\u2013\u2014]\s*|\s+(?:to|until|till|through|(?(btw)and|(?!)))\s+)"
_BETWEEN = r"(?:(?<=[Bb]etween\s)(?P<btw>))?"


@dataclass(frozen=True)
class Core:
    """An expression without its governing word: kind plus whichever fields the kind uses."""

    start: int
    end: int
    kind: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    year2: int | None = None
    day2: int | None = None
    weekday: int | None = None
    word: str = ""
    unit: str = ""
    n: int = 0


@dataclass(frozen=True)
class Prefix:
    """What stands before an expression: its governing word (``lead``, normalised: "till" -> "until"), a
    modifier ("the end of", "mid-") and a word before the lead ("early in"); ``start`` is where it begins."""

    start: int
    lead_start: int
    lead: str | None
    mod: str
    pre: str


@dataclass(frozen=True)
class Candidate:
    """An expression with its prefix (``second``: the other end of a range), ready to resolve."""

    start: int
    end: int
    core: Core
    second: Core | None
    prefix: Prefix
    relation: str | None
    chained: bool = False  # listed after another date ("in January and February"): shares its year


# --- builders: one regex match -> one core (None when the match is not a valid expression) -------------


def _month_of(name: str) -> int:
    return _MONTH_NUM[name.rstrip(".").lower()[:3]]


def _weekday_of(name: str | None) -> int | None:
    return None if name is None else _WEEKDAYS.index(name.lower())


def count(word: str) -> int | None:
    """A count written in digits or in words ("2", "two", "a"); None for any other word."""
    word = word.lower()
    return int(word) if word.isdigit() else _NUMBERS.get(word)


def _num(word: str) -> int:
    """A count the rules' patterns matched (so one :func:`count` knows)."""
    n = count(word)
    assert n is not None, word
    return n


def _unit(word: str) -> str:
    return word.lower().rstrip("s")


def _valid(year: int | None, month: int, day: int) -> bool:
    try:
        dt.date(2024 if year is None else year, month, day)  # 2024: a leap year admits February 29
    except ValueError:
        return False
    return True


def _b_date(m: re.Match[str]) -> Core | None:
    year = int(m["year"]) if m["year"] else None
    month, day = _month_of(m["mon"]), int(m["day"])
    if not _valid(year, month, day):
        return None
    return Core(m.start(), m.end(), "date", year, month, day, weekday=_weekday_of(m["wd"]))


def _b_numeric(m: re.Match[str]) -> Core | None:
    """2025-01-16 and 16.01.2025 (slashed dates are left alone: 1/2/2025 reads both ways)."""
    year, month, day = int(m["year"]), int(m["month"]), int(m["day"])
    if not 1000 <= year <= 2199 or not 1 <= month <= 12 or not _valid(year, month, day):
        return None
    return Core(m.start(), m.end(), "date", year, month, day)


def _b_month(m: re.Match[str]) -> Core | None:
    word = (m.groupdict().get("mrel") or "").lower()
    year = m.groupdict().get("year")
    return Core(
        m.start(),
        m.end(),
        "month",
        int(year) if year else None,
        _month_of(m["mon"]),
        word={"past": "last", "coming": "next"}.get(word, word),
    )


def _b_month_of_year(m: re.Match[str]) -> Core | None:
    """ "August last year": the month, with the year's distance as its word ("last year")."""
    return Core(m.start(), m.end(), "month", month=_month_of(m["mon"]), word=f"{m['yrel'].lower()} year")


def _b_year_range(m: re.Match[str]) -> Core | None:
    y1, raw = int(m["y1"]), m["y2"]
    y2 = int(raw) if len(raw) == 4 else y1 // 100 * 100 + int(raw)
    if not y1 < y2 <= y1 + 100:
        return None
    return Core(m.start(), m.end(), "yearrange", y1, year2=y2)


def _b_day_range(m: re.Match[str]) -> Core | None:
    year = int(m["year"]) if m["year"] else None
    month, d1, d2 = _month_of(m["mon"]), int(m["d1"]), int(m["d2"])
    if d1 >= d2 or not _valid(year, month, d2):
        return None
    return Core(m.start(), m.end(), "dayrange", year, month, d1, day2=d2)


def _b_weekday(m: re.Match[str]) -> Core | None:
    rel = " ".join((m["wrel"] or "").lower().split())
    word = {
        "past": "last",
        "coming": "next",
        "the following": "following",
        "the next": "following",
        "the previous": "previous",
    }.get(rel, rel)
    return Core(m.start(), m.end(), "weekday", weekday=_weekday_of(m["wd"]), word=word)


def _b_dayword(m: re.Match[str]) -> Core | None:
    w = " ".join(m["w"].lower().split())
    if m["w"].startswith("Today") and m.start() > 0 and _RX_CAPITAL_BEFORE.search(m.string, 0, m.start()):
        return None  # "Russia Today", "USA Today": a name, not a day
    shift = {
        "yesterday": -1,
        "last night": -1,
        "tomorrow": 1,
        "the day before yesterday": -2,
        "the day after tomorrow": 2,
    }.get(w, 0)
    return Core(m.start(), m.end(), "dayword", n=shift)


def _b_period(m: re.Match[str]) -> Core | None:
    which, unit, the = m["which"].lower(), m["unit"].lower(), bool(m["the"])
    if _RX_OF_AFTER.match(m.string, m.end()):
        return None  # "the last week of January"
    if which == "previous" or (the and which == "next"):
        return None  # narrative: see _b_narrative
    if the and which in {"past", "last"}:
        return Core(m.start(), m.end(), "rolling", word="last", unit=unit, n=1)
    if the and which == "coming":
        return Core(m.start(), m.end(), "rolling", word="next", unit=unit, n=1)
    if unit == "decade":
        return None
    word = {"past": "last", "current": "this", "coming": "next"}.get(which, which)
    return Core(m.start(), m.end(), "period", word=word, unit=unit)


def _b_rolling(m: re.Match[str]) -> Core | None:
    word = "last" if m["which"].lower() in {"past", "last"} else "next"
    return Core(m.start(), m.end(), "rolling", word=word, unit=_unit(m["unit"]), n=_num(m["n"]))


def _b_ago(m: re.Match[str]) -> Core | None:
    if m.start() > 0 and re.search(r"\b(?:more\s+than|over|at\s+least)\s+\Z", m.string[: m.start()], re.I):
        return None  # an open bound, not a date
    sign = -1 if m["dir"].lower() == "ago" else 1
    return Core(
        m.start(),
        m.end(),
        "ago",
        unit=_unit(m["unit"]),
        n=sign * _num(m["n"]),
        word="ago" if sign < 0 else "from now",
    )


# a first or a superlative before "in N years" or "since X" counts the time since, not the time of the act
_SUPERLATIVES = r"first|last|highest|lowest|largest|biggest|worst|best|deadliest|only|most|least|longest"
_RX_SINCE_SUPERLATIVE = re.compile(rf"\b(?:{_SUPERLATIVES})\b[^.;,]*\Z", re.I)
# so does an ordinal before "in N years" ("their third summit in a year"); "the fourth exchange since the
# beginning of 2025" still tells the year the story is in
_RX_ORDINAL_OR_SUPERLATIVE = re.compile(
    rf"\b(?:{_SUPERLATIVES}|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\b"
    r"[^.;,]*\Z",
    re.I,
)


def _b_ahead(m: re.Match[str]) -> Core | None:
    if _RX_OF_AFTER.match(m.string, m.end()):
        return None  # "in two years of war": a duration
    if _RX_ORDINAL_OR_SUPERLATIVE.search(m.string, max(0, m.start() - 80), m.start()):
        return None  # "their first talks in five years", "the largest drill in a decade": how long since
    return Core(m.start(), m.end(), "ahead", word=m["lead"].lower(), unit=_unit(m["unit"]), n=_num(m["n"]))


def _b_narrative(m: re.Match[str]) -> Core | None:
    if m["which"]:
        which = m["which"].lower()
        n = {"previous": -1, "same": 0}.get(which, 1)
        return Core(m.start(), m.end(), "narr", word=which, unit=m["unit3"].lower(), n=n)
    direction = (m["dir"] or m["dir2"]).lower()
    if direction in {"before", "after"} and not _RX_CLAUSE_END_AFTER.match(m.string, m.end()):
        return None  # "two days before the vote": counted from the vote, not from a date
    n = _num(m["n"]) if m["n"] else 1
    unit = _unit(m["unit"] or m["unit2"])
    return Core(
        m.start(),
        m.end(),
        "narr",
        word=direction,
        unit=unit,
        n=-n if direction in {"before", "earlier"} else n,
    )


def _b_then(m: re.Match[str]) -> Core | None:
    if m["time"] and not _RX_AT_BEFORE.search(m.string, 0, m.start()):
        return None  # "the time" is a time only "at the time"
    return Core(m.start(), m.end(), "then", word=m[0].lower(), unit="" if m["time"] else "day")


_RX_AT_BEFORE = re.compile(r"\bat\s+\Z", re.I)


# --- needs: cheap tests that let a rule's regex run only on a text where it can match ---------------------


@dataclass(frozen=True)
class _Need:
    """Something every match of a rule contains: one of ``words`` (looked for with ``in``, in the text or,
    with ``folded``, in its :func:`folded` form, for a rule that ignores case), or else a match of
    ``pattern``. Needs only save time: a rule finds the same with them as without."""

    words: tuple[str, ...] = ()
    folded: bool = False
    pattern: re.Pattern[str] | None = None

    def met(self, text: str, lowered: str) -> bool:
        if self.pattern is not None:
            return self.pattern.search(text) is not None
        where = lowered if self.folded else text
        for word in self.words:  # noqa: SIM110 (a loop is twice as fast as any() on a generator)
            if word in where:
                return True
        return False


# The letters other than A-Z that re.IGNORECASE equates with an ASCII letter.
_CASE_TWINS = {"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"}
_UNTWIN = str.maketrans(_CASE_TWINS)


def folded(text: str) -> str:
    """``text`` in lower case with :data:`_CASE_TWINS` made ASCII: a word a case-insensitive regex matches
    in ``text`` is a substring of this."""
    if not text.isascii() and any(twin in text for twin in _CASE_TWINS):
        text = text.translate(_UNTWIN)
    return text.lower()


def _spelt(words: tuple[str, ...]) -> re.Pattern[str]:
    """Any of ``words`` capitalised or in capitals (one regex beats many ``in`` tests on long lists)."""
    return re.compile("|".join(form for w in words for form in (w.capitalize(), w.upper())))


_N_MONTH = _Need(pattern=_spelt(tuple(m[:3] for m in _MONTHS)))  # "Jan", "JAN" ... begin every spelling
_N_WEEKDAY = _Need(pattern=_spelt(_WEEKDAYS))
_N_DAY_DIGIT = _Need(tuple("123456789"))  # a day of the month, or the 1 or 2 of a year
_N_CENTURY = _Need(("19", "20", "21"))
_N_UNIT = _Need(("day", "week", "month", "year", "decade"), folded=True)
_N_WHICH = _Need(("last", "this", "next", "past", "previous", "current", "coming"), folded=True)
_N_NARRATIVE = _Need(("later", "earlier", "before", "after", "previous", "following", "next", "same"), True)

_Builder = Callable[[re.Match[str]], "Core | None"]


@dataclass(frozen=True)
class _Rule:
    """One kind of expression: ``pattern`` finds it and ``build`` makes a core of each match (None: not an
    expression after all). Two cheap checks run first, and only save time: the text must meet all
    ``needs``, and ``pattern`` is tried only at the start of a word whose first character ``first`` (a
    regex for one character) matches, as every match of ``pattern`` begins so."""

    needs: tuple[_Need, ...]
    first: str
    pattern: str
    build: _Builder


_MON_FIRST = "[JFMASOND]"  # every spelling of a month in _MON begins with one of these
_WD_FIRST = "MTWFS"
_DAY_FIRST = "[0-9]"
_NUM_FIRST = r"\d|(?i:[aotfsen])"  # a digit or the first letter of a word of _NUMBERS
_RULES: tuple[_Rule, ...] = (
    _Rule(
        (_N_MONTH, _N_DAY_DIGIT),
        _MON_FIRST,
        _BETWEEN + rf"\b(?P<mon>{_MON})\s+{_day('d1')}{_CONN_DAYS}{_day('d2')}(?![:.,]\d)"
        rf"(?:,?\s+{_YEARX})?",
        _b_day_range,
    ),
    _Rule(
        (_N_MONTH, _N_DAY_DIGIT),
        _DAY_FIRST,
        rf"(?<![\d,.$€£]){_BETWEEN}\b{_day('d1')}{_CONN_DAYS}{_day('d2')}(?:\s+of)?\s+(?P<mon>{_MON})"
        rf"(?:,?\s+{_YEARX})?",
        _b_day_range,
    ),
    _Rule(
        (_N_MONTH, _N_DAY_DIGIT),
        f"{_MON_FIRST}|[{_WD_FIRST}]",
        rf"{_WD_PREFIX}\b(?P<mon>{_MON})\s+{_day('day')}(?![:.,]\d)(?:,?\s+{_YEARX})?",
        _b_date,
    ),
    _Rule(
        (_N_MONTH, _N_DAY_DIGIT),
        f"{_DAY_FIRST}|[{_WD_FIRST}]",
        rf"{_WD_PREFIX}(?<![\d,.$€£])\b{_day('day')}(?:\s+of)?\s+(?P<mon>{_MON})(?:,?\s+{_YEARX})?",
        _b_date,
    ),
    _Rule(
        (_Need(pattern=re.compile(r"\d-\d")),),
        r"\d",
        r"(?<![\w-])(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?!\d|-\d)",
        _b_numeric,
    ),
    _Rule(
        (_Need(pattern=re.compile(r"\d\.\d")),),
        r"\d",
        r"(?<![\w.])(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})(?!\.?\d)",
        _b_numeric,
    ),
    _Rule((_N_MONTH, _N_DAY_DIGIT), _MON_FIRST, rf"\b(?P<mon>{_MON})(?:,?\s+|\s+of\s+){_YEARX}", _b_month),
    _Rule(  # "in August last year", "in March of this year": that month of the year named
        (_N_MONTH,),
        _MON_FIRST,
        rf"\b(?P<mon>{_MON_FULL})\s+(?:of\s+)?(?P<yrel>(?i:last|next|this))\s+year\b",
        _b_month_of_year,
    ),
    _Rule(
        (_N_MONTH,),
        f"(?i:[lntpc])|{_MON_FIRST}",
        rf"(?:\b(?P<mrel>(?i:last|next|this|past|coming))\s+)?\b(?P<mon>{_MON_FULL})",
        _b_month,
    ),
    _Rule(
        (_N_CENTURY,),
        "[12]",
        r"(?<![\w$€£¥.,/-])(?P<y1>19\d\d|20\d\d)\s?[-\u2013\u2014/]\s?(?P<y2>19\d\d|20\d\d|\d\d)"
        r"(?![\w%]|[.,-]\d)",
        _b_year_range,
    ),
    _Rule(
        (_N_CENTURY,),
        "[12]",
        r"(?<![\w$€£¥.,/])(?P<year>19\d\d|20\d\d|2100)(?![\w%]|[.,]\d|\s?[-\u2013\u2014/]\s?\d)",
        lambda m: Core(m.start(), m.end(), "year", int(m["year"])),
    ),
    _Rule(
        (_Need(("18", "19", "20")), _Need(("0s", "0's", "0\u2019s"))),
        "(?i:[teml])|[12]",
        r"(?:\b(?i:the)\s+)?(?:\b(?i:early|mid|late)[-\s]+)?(?<![\w'\u2019$])"
        r"(?P<dec>1[89]\d0|20\d0)['\u2019]?s\b",
        lambda m: Core(m.start(), m.end(), "decade", int(m["dec"])),
    ),
    _Rule(
        (_N_WEEKDAY,),
        f"(?i:[lntcp])|[{_WD_FIRST}]",
        r"(?:\b(?P<wrel>(?i:last|next|this|coming|past|the\s+following|the\s+previous|the\s+next))\s+)?"
        rf"{_NOT_HOLIDAY}\b(?P<wd>{_WD})\b(?:\s+(?P<part>(?i:morning|afternoon|evening|night|overnight)))?",
        _b_weekday,
    ),
    _Rule(
        (_Need(("today", "tomorrow", "yesterday", "night", "morning", "afternoon", "evening"), folded=True),),
        "(?i:[tyl])",
        r"(?i:\b(?P<w>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|tonight|yesterday|"
        r"tomorrow|last\s+night|this\s+(?:morning|afternoon|evening))\b)"
        r"(?:\s+(?P<part>(?i:morning|afternoon|evening|night)))?",
        _b_dayword,
    ),
    _Rule(
        (_N_UNIT, _N_WHICH),
        "(?i:[tlnpc])",
        r"(?i:\b(?P<the>the\s+)?(?P<which>last|this|next|past|previous|current|coming)\s+"
        r"(?P<unit>week|month|year|decade)\b)",
        _b_period,
    ),
    _Rule(
        (_N_UNIT, _N_WHICH),
        "(?i:t)",
        rf"(?i:\bthe\s+(?P<which>past|last|next|coming)\s+(?P<n>{_NUM})\s+(?P<unit>{_UNIT}|decades?)\b)",
        _b_rolling,
    ),
    _Rule(
        (_N_UNIT, _Need(("ago", "now", "hence"), folded=True)),
        _NUM_FIRST,
        rf"(?i:\b(?P<n>{_NUM})\s+(?P<unit>{_UNIT})\s+(?P<dir>ago|from\s+now|hence)\b)",
        _b_ago,
    ),
    _Rule(
        (_N_UNIT,),
        "(?i:[iw])",
        rf"(?i:\b(?P<lead>in|within)\s+(?P<n>{_NUM})\s+(?P<unit>{_UNIT})(?:['\u2019]?\s+time)?\b)",
        _b_ahead,
    ),
    _Rule(
        (_N_UNIT, _N_NARRATIVE),
        _NUM_FIRST,
        rf"(?i:\b(?:(?P<n>{_NUM})\s+(?P<unit>{_UNIT})\s+(?P<dir>later|earlier|before|after)|the\s+"
        r"(?P<unit2>day|week|month|year)\s+(?P<dir2>before|after)|the\s+(?P<which>previous|following|next|"
        r"same)\s+(?P<unit3>day|week|month|year))\b)",
        _b_narrative,
    ),
    _Rule(  # the time told before: "at the time", "hours later", "later that day", "earlier in the day"
        (_Need(("time", "hours", "minutes", " day"), folded=True),),
        "(?i:[thmlesa])",
        r"(?i:\b(?:(?P<time>(?:the|that)\s+time)|(?:(?:a\s+few|several|some)\s+)?(?:hours|minutes)\s+"
        r"(?:later|earlier)|(?:later|earlier)\s+(?:that|in\s+the)\s+day|that\s+(?:same\s+)?day)\b)",
        _b_then,
    ),
    _Rule(
        (_Need(("weekend",), folded=True),),
        "(?i:[tl])",
        r"(?i:\b(?P<which>this|last|the)\s+weekend\b)",
        lambda m: Core(m.start(), m.end(), "weekend", word=m["which"].lower()),
    ),
    _Rule(
        (_N_UNIT, _Need(("the",), folded=True)),
        "(?i:t)",
        r"(?i:\bthe\s+(?P<unit>year|month|week)\b)",
        lambda m: Core(m.start(), m.end(), "theunit", unit=m["unit"].lower()),
    ),
)
_NEEDS = tuple(dict.fromkeys(need for rule in _RULES for need in rule.needs))
_CORE_RULES = tuple(
    (
        tuple(_NEEDS.index(need) for need in rule.needs),
        re.compile(rf"\b(?={rule.first}){rule.pattern}"),
        rule.build,
    )
    for rule in _RULES
)

_CALENDAR = frozenset({"date", "month", "year"})
YEARISH = frozenset({"date", "month", "year", "yearrange", "dayrange"})


def _scan(text: str) -> list[Core]:
    """All expressions, non-overlapping: at each start the longest, earlier rules winning ties."""
    found: list[tuple[int, int, int, Core]] = []
    lowered = folded(text)
    met: list[bool | None] = [None] * len(_NEEDS)  # each need tested once, when a rule first asks
    for order, (needs, rx, build) in enumerate(_CORE_RULES):
        for i in needs:
            if met[i] is None:
                met[i] = _NEEDS[i].met(text, lowered)
            if not met[i]:
                break
        else:  # every need met
            for m in rx.finditer(text):
                core = build(m)
                if core is not None:
                    found.append((core.start, core.start - core.end, order, core))
    found.sort(key=lambda item: item[:3])
    chosen: list[Core] = []
    end = -1
    for start, _, _, core in found:
        if start >= end:
            chosen.append(core)
            end = core.end
    return chosen


_RX_WORD = re.compile(r"\b\w+")
# A prefix other than the empty one begins with a word written in its regex: only those are tried.
_PREFIX_WORDS = frozenset(word.lower() for word in re.findall(r"[A-Za-z0-9]+", _RX_PREFIX.pattern))


def _prefix_match(text: str, lo: int, start: int) -> re.Match[str] | None:
    """``_RX_PREFIX.search(text, lo, start)`` less its empty match at ``start``, tried only where a word
    of :data:`_PREFIX_WORDS` begins (a plain search tries every position)."""
    for word in _RX_WORD.finditer(text, lo, start):
        if folded(word[0]) in _PREFIX_WORDS:
            m = _RX_PREFIX.match(text, word.start(), start)
            if m is not None:
                return m
    return None


def _prefix(text: str, start: int, floor: int) -> Prefix:
    m = _prefix_match(text, max(floor, start - 60), start)
    if m is None:
        return Prefix(start, start, None, "", "")
    lead = " ".join(m["lead"].lower().split()) if m["lead"] else None
    lead_start = m.start("lead") if m["lead"] else start
    return Prefix(
        m.start(),
        lead_start,
        _LEAD_NORMAL.get(lead, lead) if lead else None,
        " ".join((m["mod"] or "").lower().split()),
        (m["pre"] or "").strip().lower(),
    )


def _joinable(text: str, c1: Core, c2: Core, p1: Prefix) -> bool:
    """Whether two adjacent expressions form a range ("from 2016 to 2021", "January-March 2025")."""
    conn = _RX_CONN.fullmatch(text, c1.end, c2.start)
    if conn is None:
        return False
    plain_weekdays = c1.kind == c2.kind == "weekday" and not c1.word and not c2.word
    if not plain_weekdays and not (c1.kind in _CALENDAR and c2.kind in _CALENDAR):
        return False
    if (c1.kind == "year") != (c2.kind == "year") and (c1.kind != "year" or c2.year is None):
        return False  # a year joins a year, or a month/day stated with its year
    word = (conn["word"] or "").lower()
    if word == "and" and p1.lead != "between":
        return False
    if word and word != "and" and p1.lead not in {"from", "between"} and c1.kind != "date":
        return False
    if c1.year is not None and c2.year is not None:
        return _first_day(c1) <= _first_day(c2) and (c1.kind != "year" or c1.year < c2.year)
    return True


def _first_day(core: Core) -> dt.date:
    return dt.date(core.year or 2000, core.month or 1, core.day or 1)


def _accept(text: str, core: Core, pre: Prefix, prev: Candidate | None, tense: Tense | None) -> bool:
    kind = core.kind
    if pre.lead == "since" and _RX_SINCE_SUPERLATIVE.search(text, max(0, pre.start - 80), pre.start):
        return False  # "his first trip to Greece since 2017": how long since, not when the trip began
    if kind == "ahead":
        return tense != "past"  # "in three years, trade tripled": a span, not a future date
    if kind == "theunit":
        return bool(_RX_BOUNDARY_MOD.search(pre.mod))
    if kind == "yearrange":
        return _RX_NOT_YEAR_AFTER.match(text, core.end) is None
    chained = (
        prev is not None
        and prev.second is None
        and prev.core.kind in YEARISH
        and _RX_CHAIN.fullmatch(text, prev.end, core.start) is not None
    )
    if kind == "month" and core.year is None:
        return bool(pre.lead or pre.mod or pre.pre or core.word or chained)
    if kind != "year":
        return True
    if _RX_NOT_YEAR_AFTER.match(text, core.end):
        return False
    numeric = _RX_NUMERIC_RANGE.match(text, core.end)
    if numeric and not re.fullmatch(r"19\d\d|20\d\d|2100", numeric[1]):
        return False  # "from 2000 to 3000"
    if pre.lead in _YEAR_LEADS:
        return not (pre.lead == "by" and _RX_CHANGE_BY.search(text, 0, pre.lead_start))
    if pre.lead is not None and not (pre.mod or pre.pre):
        return False  # "at 2000 GMT", "for 2000 tickets": other leads do not make a number a year
    before = text[: pre.start].rstrip()
    return bool(
        pre.mod
        or pre.pre
        or chained
        or text[core.start - 1 : core.start] in {"(", "["}
        or text.startswith(("'s", "\u2019s"), core.end)
        or _RX_THE_BEFORE.search(text, max(0, core.start - 8), core.start)
        or (
            (not before or before[-1] in '.!?:;"\u201c\u201d\n')
            and _RX_OPENS_SENTENCE.match(text, core.end) is not None
        )
    )


def candidates(text: str, tense: Tense | None) -> list[Candidate]:
    """The expressions of ``text`` in order, not overlapping: ranges joined, numbers that are not years
    dropped, and a date listed after another ("in January and February") marked ``chained``."""
    cores = _scan(text)
    out: list[Candidate] = []
    i = 0
    while i < len(cores):
        core = cores[i]
        floor = out[-1].end if out else 0
        pre = _prefix(text, core.start, floor)
        relation = pre.lead or (None if core.kind == "narr" else core.word) or None
        nxt = cores[i + 1] if i + 1 < len(cores) else None
        if nxt is not None and _joinable(text, core, nxt, pre):
            out.append(Candidate(pre.start, nxt.end, core, nxt, pre, relation))
            i += 2
            continue
        prev = out[-1] if out else None
        if _accept(text, core, pre, prev, tense):
            chained = prev is not None and _RX_CHAIN.fullmatch(text, prev.end, core.start) is not None
            if relation is None and chained and prev is not None:
                relation = prev.relation if prev.relation in {"in", "on", "during"} else None
            out.append(Candidate(pre.start, core.end, core, None, pre, relation, chained))
        i += 1
    return out
