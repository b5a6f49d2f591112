"""Temporal expressions in English news text, resolved against the document (publication) date.

:func:`find_times` turns dates ("January 16, 2025", "16 January", "2025-01-16"), months ("in July 2023",
"last November"), years ("in 2019", "(2018)", "2014-2016"), decades ("the 1990s"), weekdays ("on Wednesday
morning", "last Friday"), relative expressions ("yesterday", "last week", "three days ago", "the past two
years"), narrative ones ("the next day", "two weeks later"), bounds ("by 2024", "since 2019", "until
January 17", "before March") and ranges ("from 15 to 17 January 2025", "between 2016 and 2021") into
:class:`~bilat.model.TimeMention` values in the FORMAT.md date notation. :func:`latest_absolute_date`
gives the latest date a text states with its year (the ingest stage uses it to date a yearless dateline).

How things resolve (the anchor is the publication date):

- A mention's span starts at its governing word ("on Thursday", "by 2024", "until January 17"); that word,
  normalised ("till" -> "until", "no later than" -> "by"), is its ``relation``; without one, the relation
  is the expression's own word ("last", "next", "this", "ago", ...) or None.
- "by X" -> ``..X``; "since X" and a lone "from X" -> ``X..``; "before X" -> ``..`` the unit before X;
  "after X" -> the unit after X ``..``; "until X" keeps X (the caller uses it as an end date).
- A month or day without a year: ``tense="future"`` -> the first one not over when the anchor is; ``"past"``
  -> the latest one starting at most 7 days after the anchor (a past event is not after its report; the
  week absorbs a late anchor); default -> the latest one starting at most 61 days after the anchor. "last
  November"/"next March" -> the nearest one strictly before/after the anchor's month. A stated weekday
  ("Thursday, January 16") picks the year in which the day falls on it, when one nearby year does.
- A bare weekday: the latest such day on or before the anchor (default and past) or the first on or after
  it (future); "last"/"next" exclude the anchor day; "this" is the one in the anchor's Monday-Sunday week.
  Without a tense, "by", "until" and "before" read a bare weekday or yearless date as future, "since" as
  past; a yearless date listed after another ("on March 3 and April 5") takes that one's year.
- Weeks are Monday-Sunday ranges with precision "week"; ranges have precision "range", ``value`` is
  ``start/end`` and ``end_value`` repeats the end.
- Narrative expressions ("the next day", "the previous year", "two days later") count from the latest
  date resolved before them in the same text, else from the anchor; a reference coarser than the unit
  (a year before "the next day") leaves them unresolved.
- A 4-digit number is a year only where used as one: after a temporal preposition, in parentheses, with
  a month, a season or "early/late/mid", as "the 2022 ..." or "2022's", at the start of a sentence, in a
  list or range of years; never before a count noun ("2000 troops") or in a numeric range ("2000 to 3000").
- Without an anchor, expressions that need one come back with value None and precision "unknown".
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Literal

from bilat.model import Precision, Span, TimeMention

Tense = Literal["past", "future"]

__all__ = ["find_times", "latest_absolute_date"]

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
_PAST_SLACK = dt.timedelta(days=7)
_DEFAULT_SLACK = dt.timedelta(days=61)

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
_RX_HALF = re.compile(r"(first|second|1st|2nd)\s+half", re.IGNORECASE)
_RX_QUARTER = re.compile(r"(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter", re.IGNORECASE)
_RX_BOUNDARY_MOD = re.compile(r"end|beginning|start|middle|close|turn|half|quarter", re.IGNORECASE)
_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}

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
class _Core:
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
class _Prefix:
    start: int
    lead_start: int
    lead: str | None
    mod: str
    pre: str


@dataclass(frozen=True)
class _Cand:
    start: int
    end: int
    core: _Core
    second: _Core | None
    prefix: _Prefix
    relation: str | None
    chained: bool = False  # listed after another date ("in January and February"): shares its year


@dataclass(frozen=True)
class _Res:
    """A resolved time: its FORMAT.md value, precision and the first and last day it covers."""

    value: str
    precision: Precision
    lo: dt.date
    hi: dt.date
    end: str | None = None


# --- builders: one regex match -> one core (None when the match is not a valid expression) -------------


def _month_of(name: str) -> int:
    return _MONTH_NUM[name.rstrip(".").lower()[:3]]


def _weekday_of(name: str | None) -> int | None:
    return None if name is None else _WEEKDAYS.index(name.lower())


def _num(word: str) -> int:
    word = word.lower()
    return int(word) if word.isdigit() else _NUMBERS[word]


def _unit(word: str) -> str:
    return word.lower().rstrip("s")


def _valid(year: int | None, month: int, day: int) -> bool:
    try:
        dt.date(2024 if year is None else year, month, day)  # 2024: a leap year admits February 29
    except ValueError:
        return False
    return True


def _b_date(m: re.Match[str]) -> _Core | None:
    year = int(m["year"]) if m["year"] else None
    month, day = _month_of(m["mon"]), int(m["day"])
    if not _valid(year, month, day):
        return None
    return _Core(m.start(), m.end(), "date", year, month, day, weekday=_weekday_of(m["wd"]))


def _b_numeric(m: re.Match[str]) -> _Core | None:
    """2025-01-16 and 16.01.2025 (slashed dates are left alone: 1/2/2025 reads both ways)."""
    year, month, day = int(m["year"]), int(m["month"]), int(m["day"])
    if not 1000 <= year <= 2199 or not 1 <= month <= 12 or not _valid(year, month, day):
        return None
    return _Core(m.start(), m.end(), "date", year, month, day)


def _b_month(m: re.Match[str]) -> _Core | None:
    word = (m.groupdict().get("mrel") or "").lower()
    year = m.groupdict().get("year")
    return _Core(
        m.start(),
        m.end(),
        "month",
        int(year) if year else None,
        _month_of(m["mon"]),
        word={"past": "last", "coming": "next"}.get(word, word),
    )


def _b_year_range(m: re.Match[str]) -> _Core | None:
    y1, raw = int(m["y1"]), m["y2"]
    y2 = int(raw) if len(raw) == 4 else y1 // 100 * 100 + int(raw)
    if not y1 < y2 <= y1 + 100:
        return None
    return _Core(m.start(), m.end(), "yearrange", y1, year2=y2)


def _b_day_range(m: re.Match[str]) -> _Core | None:
    year = int(m["year"]) if m["year"] else None
    month, d1, d2 = _month_of(m["mon"]), int(m["d1"]), int(m["d2"])
    if d1 >= d2 or not _valid(year, month, d2):
        return None
    return _Core(m.start(), m.end(), "dayrange", year, month, d1, day2=d2)


def _b_weekday(m: re.Match[str]) -> _Core | None:
    rel = " ".join((m["wrel"] or "").lower().split())
    word = {
        "past": "last",
        "coming": "next",
        "the following": "following",
        "the next": "following",
        "the previous": "previous",
    }.get(rel, rel)
    return _Core(m.start(), m.end(), "weekday", weekday=_weekday_of(m["wd"]), word=word)


def _b_dayword(m: re.Match[str]) -> _Core | None:
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
    return _Core(m.start(), m.end(), "dayword", n=shift)


def _b_period(m: re.Match[str]) -> _Core | None:
    which, unit, the = m["which"].lower(), m["unit"].lower(), bool(m["the"])
    if _RX_OF_AFTER.match(m.string, m.end()):
        return None  # "the last week of January"
    if which == "previous" or (the and which == "next"):
        return None  # narrative: see _b_narrative
    if the and which in {"past", "last"}:
        return _Core(m.start(), m.end(), "rolling", word="last", unit=unit, n=1)
    if the and which == "coming":
        return _Core(m.start(), m.end(), "rolling", word="next", unit=unit, n=1)
    if unit == "decade":
        return None
    word = {"past": "last", "current": "this", "coming": "next"}.get(which, which)
    return _Core(m.start(), m.end(), "period", word=word, unit=unit)


def _b_rolling(m: re.Match[str]) -> _Core | None:
    word = "last" if m["which"].lower() in {"past", "last"} else "next"
    return _Core(m.start(), m.end(), "rolling", word=word, unit=_unit(m["unit"]), n=_num(m["n"]))


def _b_ago(m: re.Match[str]) -> _Core | None:
    if m.start() > 0 and re.search(r"\b(?:more\s+than|over|at\s+least)\s+\Z", m.string[: m.start()], re.I):
        return None  # an open bound, not a date
    sign = -1 if m["dir"].lower() == "ago" else 1
    return _Core(
        m.start(),
        m.end(),
        "ago",
        unit=_unit(m["unit"]),
        n=sign * _num(m["n"]),
        word="ago" if sign < 0 else "from now",
    )


def _b_ahead(m: re.Match[str]) -> _Core | None:
    if _RX_OF_AFTER.match(m.string, m.end()):
        return None  # "in two years of war": a duration
    return _Core(m.start(), m.end(), "ahead", word=m["lead"].lower(), unit=_unit(m["unit"]), n=_num(m["n"]))


def _b_narrative(m: re.Match[str]) -> _Core | None:
    if m["which"]:
        which = m["which"].lower()
        n = {"previous": -1, "same": 0}.get(which, 1)
        return _Core(m.start(), m.end(), "narr", word=which, unit=m["unit3"].lower(), n=n)
    direction = (m["dir"] or m["dir2"]).lower()
    if direction in {"before", "after"} and not _RX_CLAUSE_END_AFTER.match(m.string, m.end()):
        return None  # "two days before the vote": counted from the vote, not from a date
    n = _num(m["n"]) if m["n"] else 1
    unit = _unit(m["unit"] or m["unit2"])
    return _Core(
        m.start(),
        m.end(),
        "narr",
        word=direction,
        unit=unit,
        n=-n if direction in {"before", "earlier"} else n,
    )


_Builder = Callable[[re.Match[str]], "_Core | None"]
_G_MONTH = rf"\b{_MON}"
_G_DIGIT = r"\d"
_G_UNIT = r"(?i:(?:day|week|month|year|decade)s?\b)"
# (gate, regex, builder): a rule runs only on a text in which its gate is found
_RULES: tuple[tuple[str, str, _Builder], ...] = (
    (
        _G_MONTH,
        _BETWEEN + rf"\b(?P<mon>{_MON})\s+{_day('d1')}{_CONN_DAYS}{_day('d2')}(?![:.,]\d)"
        rf"(?:,?\s+{_YEARX})?",
        _b_day_range,
    ),
    (
        _G_MONTH,
        rf"(?<![\d,.$€£]){_BETWEEN}\b{_day('d1')}{_CONN_DAYS}{_day('d2')}(?:\s+of)?\s+(?P<mon>{_MON})"
        rf"(?:,?\s+{_YEARX})?",
        _b_day_range,
    ),
    (_G_MONTH, rf"{_WD_PREFIX}\b(?P<mon>{_MON})\s+{_day('day')}(?![:.,]\d)(?:,?\s+{_YEARX})?", _b_date),
    (
        _G_MONTH,
        rf"{_WD_PREFIX}(?<![\d,.$€£])\b{_day('day')}(?:\s+of)?\s+(?P<mon>{_MON})"
        rf"(?:,?\s+{_YEARX})?",
        _b_date,
    ),
    (_G_DIGIT, r"(?<![\w-])(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?!\d|-\d)", _b_numeric),
    (_G_DIGIT, r"(?<![\w.])(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})(?!\.?\d)", _b_numeric),
    (_G_MONTH, rf"\b(?P<mon>{_MON})(?:,?\s+|\s+of\s+){_YEARX}", _b_month),
    (_G_MONTH, rf"(?:\b(?P<mrel>(?i:last|next|this|past|coming))\s+)?\b(?P<mon>{_MON_FULL})", _b_month),
    (
        _G_DIGIT,
        r"(?<![\w$€£¥.,/-])(?P<y1>19\d\d|20\d\d)\s?[-\u2013\u2014/]\s?(?P<y2>19\d\d|20\d\d|\d\d)"
        r"(?![\w%]|[.,-]\d)",
        _b_year_range,
    ),
    (
        _G_DIGIT,
        r"(?<![\w$€£¥.,/])(?P<year>19\d\d|20\d\d|2100)(?![\w%]|[.,]\d|\s?[-\u2013\u2014/]\s?\d)",
        lambda m: _Core(m.start(), m.end(), "year", int(m["year"])),
    ),
    (
        r"\d0['\u2019]?s\b",
        r"(?:\b(?i:the)\s+)?(?:\b(?i:early|mid|late)[-\s]+)?(?<![\w'\u2019$])"
        r"(?P<dec>1[89]\d0|20\d0)['\u2019]?s\b",
        lambda m: _Core(m.start(), m.end(), "decade", int(m["dec"])),
    ),
    (
        _WD,
        r"(?:\b(?P<wrel>(?i:last|next|this|coming|past|the\s+following|the\s+previous|the\s+next))\s+)?"
        rf"{_NOT_HOLIDAY}\b(?P<wd>{_WD})\b(?:\s+(?P<part>(?i:morning|afternoon|evening|night|overnight)))?",
        _b_weekday,
    ),
    (
        r"(?i:to(?:day|night|morrow)|yesterday|night|morning|afternoon|evening)",
        r"(?i:\b(?P<w>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|tonight|yesterday|"
        r"tomorrow|last\s+night|this\s+(?:morning|afternoon|evening))\b)"
        r"(?:\s+(?P<part>(?i:morning|afternoon|evening|night)))?",
        _b_dayword,
    ),
    (
        _G_UNIT,
        r"(?i:\b(?P<the>the\s+)?(?P<which>last|this|next|past|previous|current|coming)\s+"
        r"(?P<unit>week|month|year|decade)\b)",
        _b_period,
    ),
    (
        _G_UNIT,
        rf"(?i:\bthe\s+(?P<which>past|last|next|coming)\s+(?P<n>{_NUM})\s+"
        rf"(?P<unit>{_UNIT}|decades?)\b)",
        _b_rolling,
    ),
    (_G_UNIT, rf"(?i:\b(?P<n>{_NUM})\s+(?P<unit>{_UNIT})\s+(?P<dir>ago|from\s+now|hence)\b)", _b_ago),
    (
        _G_UNIT,
        rf"(?i:\b(?P<lead>in|within)\s+(?P<n>{_NUM})\s+(?P<unit>{_UNIT})(?:['\u2019]?\s+time)?\b)",
        _b_ahead,
    ),
    (
        _G_UNIT,
        rf"(?i:\b(?:(?P<n>{_NUM})\s+(?P<unit>{_UNIT})\s+(?P<dir>later|earlier|before|after)|the\s+"
        r"(?P<unit2>day|week|month|year)\s+(?P<dir2>before|after)|the\s+(?P<which>previous|following|next|"
        r"same)\s+(?P<unit3>day|week|month|year))\b)",
        _b_narrative,
    ),
    (
        r"(?i:weekend)",
        r"(?i:\b(?P<which>this|last|the)\s+weekend\b)",
        lambda m: _Core(m.start(), m.end(), "weekend", word=m["which"].lower()),
    ),
    (
        _G_UNIT,
        r"(?i:\bthe\s+(?P<unit>year|month|week)\b)",
        lambda m: _Core(m.start(), m.end(), "theunit", unit=m["unit"].lower()),
    ),
)
_GATES = tuple(dict.fromkeys(gate for gate, _, _ in _RULES))
_RX_GATES = tuple(re.compile(gate) for gate in _GATES)
_CORE_RULES = tuple((_GATES.index(gate), re.compile(rx), build) for gate, rx, build in _RULES)

_CALENDAR = frozenset({"date", "month", "year"})
_YEARISH = frozenset({"date", "month", "year", "yearrange", "dayrange"})


def _scan(text: str) -> list[_Core]:
    """All expressions, non-overlapping: at each start the longest, earlier rules winning ties."""
    found: list[tuple[int, int, int, _Core]] = []
    open_gates = [rx.search(text) is not None for rx in _RX_GATES]
    for order, (gate, rx, build) in enumerate(_CORE_RULES):
        if not open_gates[gate]:
            continue
        for m in rx.finditer(text):
            core = build(m)
            if core is not None:
                found.append((core.start, core.start - core.end, order, core))
    found.sort(key=lambda item: item[:3])
    chosen: list[_Core] = []
    end = -1
    for start, _, _, core in found:
        if start >= end:
            chosen.append(core)
            end = core.end
    return chosen


def _prefix(text: str, start: int, floor: int) -> _Prefix:
    m = _RX_PREFIX.search(text, max(floor, start - 60), start)
    if m is None or m.start() == start:
        return _Prefix(start, start, None, "", "")
    lead = " ".join(m["lead"].lower().split()) if m["lead"] else None
    lead_start = m.start("lead") if m["lead"] else start
    return _Prefix(
        m.start(),
        lead_start,
        _LEAD_NORMAL.get(lead, lead) if lead else None,
        " ".join((m["mod"] or "").lower().split()),
        (m["pre"] or "").strip().lower(),
    )


def _joinable(text: str, c1: _Core, c2: _Core, p1: _Prefix) -> bool:
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


def _first_day(core: _Core) -> dt.date:
    return dt.date(core.year or 2000, core.month or 1, core.day or 1)


def _accept(text: str, core: _Core, pre: _Prefix, prev: _Cand | None, tense: Tense | None) -> bool:
    kind = core.kind
    if kind == "ahead":
        return tense != "past"  # "in three years, trade tripled": a span, not a future date
    if kind == "theunit":
        return bool(_RX_BOUNDARY_MOD.search(pre.mod))
    if kind == "yearrange":
        return _RX_NOT_YEAR_AFTER.match(text, core.end) is None
    chained = (
        prev is not None
        and prev.second is None
        and prev.core.kind in _YEARISH
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


def _candidates(text: str, tense: Tense | None) -> list[_Cand]:
    cores = _scan(text)
    out: list[_Cand] = []
    i = 0
    while i < len(cores):
        core = cores[i]
        floor = out[-1].end if out else 0
        pre = _prefix(text, core.start, floor)
        relation = pre.lead or (None if core.kind == "narr" else core.word) or None
        nxt = cores[i + 1] if i + 1 < len(cores) else None
        if nxt is not None and _joinable(text, core, nxt, pre):
            out.append(_Cand(pre.start, nxt.end, core, nxt, pre, relation))
            i += 2
            continue
        prev = out[-1] if out else None
        if _accept(text, core, pre, prev, tense):
            chained = prev is not None and _RX_CHAIN.fullmatch(text, prev.end, core.start) is not None
            if relation is None and chained and prev is not None:
                relation = prev.relation if prev.relation in {"in", "on", "during"} else None
            out.append(_Cand(pre.start, core.end, core, None, pre, relation, chained))
        i += 1
    return out


# --- resolution ------------------------------------------------------------------------------------------


def _r_day(d: dt.date) -> _Res:
    return _Res(d.isoformat(), "day", d, d)


def _r_month(year: int, month: int) -> _Res:
    last = calendar.monthrange(year, month)[1]
    return _Res(f"{year:04d}-{month:02d}", "month", dt.date(year, month, 1), dt.date(year, month, last))


def _r_year(year: int) -> _Res:
    return _Res(f"{year:04d}", "year", dt.date(year, 1, 1), dt.date(year, 12, 31))


def _r_week(day: dt.date) -> _Res:
    monday = day - dt.timedelta(days=day.weekday())
    sunday = monday + dt.timedelta(days=6)
    return _Res(f"{monday.isoformat()}/{sunday.isoformat()}", "week", monday, sunday, sunday.isoformat())


def _r_span(lo: dt.date, hi: dt.date) -> _Res:
    return _Res(f"{lo.isoformat()}/{hi.isoformat()}", "range", lo, hi, hi.isoformat())


def _r_join(a: _Res, b: _Res) -> _Res:
    return _Res(f"{a.value}/{b.value}", "range", a.lo, b.hi, b.value)


def _add_months(d: dt.date, n: int) -> dt.date:
    index = d.year * 12 + d.month - 1 + n
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(d.day, calendar.monthrange(year, month + 1)[1]))


def _shift(d: dt.date, n: int, unit: str) -> dt.date:
    if unit == "day":
        return d + dt.timedelta(days=n)
    if unit == "week":
        return d + dt.timedelta(weeks=n)
    return _add_months(d, n * {"month": 1, "year": 12, "decade": 120}[unit])


def _at(d: dt.date, unit: str) -> _Res:
    """The unit of time containing ``d``."""
    if unit == "day":
        return _r_day(d)
    if unit == "week":
        return _r_week(d)
    if unit == "month":
        return _r_month(d.year, d.month)
    return _r_year(d.year)


def _on_year(core: _Core, year: int) -> _Res:
    """A calendar expression read in ``year`` (ValueError when the day does not exist that year)."""
    if core.kind == "date":
        return _r_day(dt.date(year, core.month or 1, core.day or 1))
    if core.kind == "month":
        return _r_month(year, core.month or 1)
    if core.kind == "dayrange":
        return _r_join(
            _r_day(dt.date(year, core.month or 1, core.day or 1)),
            _r_day(dt.date(year, core.month or 1, core.day2 or 1)),
        )
    return _r_year(year)


def _pick_year(core: _Core, anchor: dt.date, tense: Tense | None) -> int | None:
    if core.kind == "month" and core.word:
        month = core.month or 1
        if core.word == "last":
            return anchor.year if month < anchor.month else anchor.year - 1
        if core.word == "next":
            return anchor.year if month > anchor.month else anchor.year + 1
        return anchor.year
    options: list[tuple[int, _Res]] = []
    for year in range(anchor.year - 4, anchor.year + 5):  # four years each way: February 29 recurs
        try:
            options.append((year, _on_year(core, year)))
        except ValueError:
            continue
    if core.weekday is not None:
        fits = [
            year for year, res in options if abs(year - anchor.year) <= 1 and res.lo.weekday() == core.weekday
        ]
        if len(fits) == 1:
            return fits[0]
    if tense == "future":
        ahead = [year for year, res in options if res.hi >= anchor]
        return ahead[0] if ahead else None
    limit = anchor + (_PAST_SLACK if tense == "past" else _DEFAULT_SLACK)
    behind = [year for year, res in options if res.lo <= limit]
    return behind[-1] if behind else None


@dataclass(frozen=True)
class _Outcome:
    res: _Res | None
    how: Literal["absolute", "anchor", "narrative", "noanchor", "noref", "error"]
    ref: _Res | None = None
    note: str = ""


def _calendar(core: _Core, anchor: dt.date | None, tense: Tense | None) -> _Outcome:
    if core.kind == "yearrange":
        return _Outcome(_r_join(_r_year(core.year or 0), _r_year(core.year2 or 0)), "absolute")
    if core.kind == "decade":
        return _Outcome(_r_join(_r_year(core.year or 0), _r_year((core.year or 0) + 9)), "absolute")
    if core.year is not None:
        return _Outcome(_on_year(core, core.year), "absolute")
    if anchor is None:
        return _Outcome(None, "noanchor")
    year = _pick_year(core, anchor, tense)
    return _Outcome(None if year is None else _on_year(core, year), "anchor")


def _weekday(core: _Core, anchor: dt.date, tense: Tense | None) -> _Res:
    wd, today = core.weekday or 0, anchor.weekday()
    if core.word == "this":
        return _r_day(anchor + dt.timedelta(days=wd - today))
    if core.word == "last":
        return _r_day(anchor - dt.timedelta(days=(today - wd) % 7 or 7))
    if core.word == "next":
        return _r_day(anchor + dt.timedelta(days=(wd - today) % 7 or 7))
    if tense == "future":
        return _r_day(anchor + dt.timedelta(days=(wd - today) % 7))
    return _r_day(anchor - dt.timedelta(days=(today - wd) % 7))


def _relative(core: _Core, anchor: dt.date, tense: Tense | None) -> _Res | None:
    kind, unit, n = core.kind, core.unit, core.n
    if kind == "weekday":
        return _weekday(core, anchor, tense)
    if kind == "dayword":
        return _r_day(anchor + dt.timedelta(days=n))
    if kind in {"period", "theunit"}:
        step = {"last": -1, "next": 1}.get(core.word, 0)
        return _at(_shift(anchor, step, unit), unit)
    if kind == "rolling":
        other = _shift(anchor, n if core.word == "next" else -n, unit)
        return _r_span(min(anchor, other), max(anchor, other))
    if kind == "ago":
        return _at(_shift(anchor, n, unit), unit)
    if kind == "ahead":
        other = _shift(anchor, n, unit)
        return _r_span(anchor, other) if core.word == "within" else _at(other, unit)
    if kind == "weekend":
        today = anchor.weekday()
        if core.word == "this":
            saturday = anchor + dt.timedelta(days=5 - today)
        elif core.word == "last":
            saturday = anchor - dt.timedelta(days=today + 2)
        elif tense == "future":
            saturday = anchor - dt.timedelta(days=1) if today == 6 else anchor + dt.timedelta(days=5 - today)
        else:
            saturday = anchor - dt.timedelta(days=(today - 5) % 7)
        return _r_span(saturday, saturday + dt.timedelta(days=1))
    return None


_FINEST = {
    "day": {"day"},
    "week": {"day", "week"},
    "month": {"day", "week", "month"},
    "year": {"day", "week", "month", "year", "range"},
}


def _narrative(core: _Core, anchor: dt.date | None, ref: _Res | None) -> _Outcome:
    unit = core.unit or "day"
    how: Literal["narrative", "anchor"]
    if ref is not None:
        if ref.precision not in _FINEST[unit]:
            return _Outcome(None, "noref", ref)
        base, how = (ref.lo if core.n < 0 else ref.hi), "narrative"
    elif anchor is not None:
        base, how = anchor, "anchor"
    else:
        return _Outcome(None, "noanchor")
    if core.kind == "weekday":
        wd = core.weekday or 0
        if core.word == "previous":
            return _Outcome(_r_day(base - dt.timedelta(days=(base.weekday() - wd) % 7 or 7)), how, ref)
        return _Outcome(_r_day(base + dt.timedelta(days=(wd - base.weekday()) % 7 or 7)), how, ref)
    return _Outcome(_at(_shift(base, core.n, unit), unit), how, ref)


def _resolve(cand: _Cand, anchor: dt.date | None, tense: Tense | None, ref: _Res | None) -> _Outcome:
    core = cand.core
    lead = cand.prefix.lead
    if tense is None and lead in {"by", "until", "before"}:
        tense = "future"
    elif tense is None and lead == "since":
        tense = "past"
    if cand.second is not None:
        return _range(core, cand.second, anchor, tense)
    if core.kind == "narr" or (core.kind == "weekday" and core.word in {"following", "previous"}):
        return _narrative(replace(core, unit="day") if core.kind == "weekday" else core, anchor, ref)
    if cand.chained and core.year is None and core.kind in _YEARISH and ref is not None:
        later = (core.month or 1, core.day or 1) >= (ref.lo.month, ref.lo.day)
        shared = _calendar(replace(core, year=ref.lo.year + (0 if later else 1)), anchor, tense)
        return _Outcome(shared.res, "narrative", ref)
    if core.kind in _YEARISH or core.kind == "decade":
        return _calendar(core, anchor, tense)
    if anchor is None:
        return _Outcome(None, "noanchor")
    return _Outcome(_relative(core, anchor, tense), "anchor")


def _range(c1: _Core, c2: _Core, anchor: dt.date | None, tense: Tense | None) -> _Outcome:
    if c1.kind == "weekday":
        if anchor is None:
            return _Outcome(None, "noanchor")
        first = _weekday(c1, anchor, tense)
        last = first.lo + dt.timedelta(days=((c2.weekday or 0) - (c1.weekday or 0)) % 7)
        return _Outcome(_r_join(first, _r_day(last)), "anchor")
    how: Literal["absolute", "anchor"] = "absolute"
    y1, y2 = c1.year, c2.year
    if y1 is None and y2 is None:
        if anchor is None:
            return _Outcome(None, "noanchor")
        y1, how = _pick_year(c1, anchor, tense), "anchor"
        if y1 is None:
            return _Outcome(None, "anchor")
    if y1 is None and y2 is not None:
        y1 = y2 if (c1.month or 1, c1.day or 1) <= (c2.month or 12, c2.day or 31) else y2 - 1
    if y2 is None and y1 is not None:
        y2 = y1 if (c2.month or 12, c2.day or 31) >= (c1.month or 1, c1.day or 1) else y1 + 1
    return _Outcome(_r_join(_on_year(c1, y1 or 0), _on_year(c2, y2 or 0)), how)


def _bounded(res: _Res, lead: str | None, is_range: bool) -> _Res:
    """Apply the governing word: "by X" -> ..X, "since X" -> X.., "before X" -> ..(X - 1), ..."""
    if lead == "before":
        res = _step(res, -1)
    elif lead == "after":
        res = _step(res, 1)
    first, _, last = res.value.partition("/")
    if lead in {"by", "before"}:
        return _Res(f"..{last or first}", _PRECISION_OF[len(last or first)], res.hi, res.hi)
    if lead in {"since", "after"} or (lead == "from" and not is_range and not last):
        return _Res(f"{first}..", _PRECISION_OF[len(first)], res.lo, res.lo)
    return res


_PRECISION_OF: dict[int, Precision] = {4: "year", 7: "month", 10: "day"}


def _step(res: _Res, n: int) -> _Res:
    if res.precision == "month":
        return _at(_add_months(res.lo, n), "month")
    if res.precision == "year":
        return _r_year(res.lo.year + n)
    return _r_day(res.lo - dt.timedelta(days=1) if n < 0 else res.hi + dt.timedelta(days=1))


def _with_mod(res: _Res, mod: str) -> _Res:
    """ "the first half of 2024" -> 2024-01/2024-06; "the third quarter of 2024" -> 2024-07/2024-09."""
    if res.precision != "year":
        return res
    year = res.lo.year
    half, quarter = _RX_HALF.search(mod), _RX_QUARTER.search(mod)
    if half:
        first = 1 + 6 * (_ORDINALS[half[1].lower()] - 1)
        return _r_join(_r_month(year, first), _r_month(year, first + 5))
    if quarter:
        first = 1 + 3 * (_ORDINALS[quarter[1].lower()] - 1)
        return _r_join(_r_month(year, first), _r_month(year, first + 2))
    return res


def _basis(out: _Outcome, text: str, anchor: dt.date | None) -> str:
    where = anchor.isoformat() if anchor else "no date"
    ref = out.ref.value if out.ref else where
    return {
        "absolute": "absolute",
        "narrative": f"narrative: '{text}' after {ref}",
        "noref": f"unresolved: '{text}' follows {ref}, too coarse a reference",
        "error": f"unresolved: '{text}' ({out.note})",
        "noanchor": f"unanchored: '{text}' needs the document date",
        "anchor": f"{'relative' if out.res else 'unresolved'}: '{text}' vs {where}",
    }[out.how]


def find_times(
    text: str,
    anchor: dt.date | None,
    *,
    doc_id: str = "",
    offset: int = 0,
    tense: Literal["past", "future"] | None = None,
) -> list[TimeMention]:
    """The temporal expressions of ``text`` (a sentence or clause), in text order, not overlapping.

    ``anchor`` is the publication date (None: relative expressions get value None, precision
    "unknown"); ``offset`` is where ``text`` starts in document ``doc_id``, so that spans point into the
    document; ``tense`` is the tense of the clause, which decides between the previous and the next
    weekday or yearless date. See the module docstring for the rules.
    """
    out: list[TimeMention] = []
    ref: _Res | None = None
    for cand in _candidates(text, tense):
        words = text[cand.start : cand.end]
        try:
            outcome = _resolve(cand, anchor, tense, ref)
            res = outcome.res
            if res is not None:
                ref = res
                res = _bounded(_with_mod(res, cand.prefix.mod), cand.prefix.lead, cand.second is not None)
        except (OverflowError, ValueError) as exc:  # a shift beyond year 1 or 9999: recorded in the basis
            outcome, res = _Outcome(None, "error", note=str(exc)), None
        out.append(
            TimeMention(
                span=Span(cand.start + offset, cand.end + offset, doc_id),
                text=text[cand.start : cand.end],
                value=None if res is None else res.value,
                precision="unknown" if res is None else res.precision,
                basis=_basis(outcome, words, anchor),
                end_value=None if res is None else res.end,
                relation=cand.relation,
            )
        )
    return out


_RX_POINT = re.compile(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def latest_absolute_date(text: str) -> dt.date | None:
    """The latest date ``text`` states with its year, or None.

    Every end of every absolute mention counts, bounds included ("by 2024", "until March 2025"); a month
    counts as its first day and a year as January 1 ("November 2024" -> 2024-11-01). Dates without a year
    ("January 16") and relative ones ("yesterday") do not count.
    """
    latest: dt.date | None = None
    for mention in find_times(text, None):
        if mention.basis != "absolute" or mention.value is None:
            continue
        for point in _RX_POINT.finditer(mention.value):
            day = dt.date(int(point[1]), int(point[2] or 1), int(point[3] or 1))
            latest = day if latest is None or day > latest else latest
    return latest
