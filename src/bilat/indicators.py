"""Figures of a relationship: sums of money, counts of people, percentages, votes and agreements that a
text states, as :class:`~bilat.model.Figure` values.

:func:`find_figures` reads the sentences of a document; :func:`figures_in_text` reads one sentence (or
any stretch of text). Both work on plain text with compiled patterns:

- money: a currency sign or code before the number ("$0.9 million", "US$3bn", "€500m", "A$2 billion",
  "USD 40 million") or a currency word after it ("6 million dollars", "500 million euros", "1.2 billion
  yuan"); "$" alone is USD. Scale words (thousand, million, billion, trillion, k, m, mn, mln, bn, tn, lakh,
  crore) are resolved; "$3 to $5 billion" gives the first sum the scale of the second.
- counts of people: a number and a person noun, with up to three words between ("10,000 soldiers",
  "more than 500 law enforcement officers"), unit "persons";
- percentages ("up 20% year on year"), unit "percent" or "percentage points";
- votes: "abstained two times", "voted against once", "141 in favour", "35 abstentions", unit "votes";
- counts of agreements: "signed 12 agreements", "three memoranda of understanding", unit "agreements".

A figure's ``year`` comes from the nearest year-level time expression attached to it (see
:func:`bilat.timex.find_times`): the first one after it in the same clause, else the last one before it
when no other figure stands between them. "by 2024" gives year 2024 and ``year_qualifier`` "by". A number
that is part of a time expression ("in 2024") or of a name ("G20", "Tu-95MS") is never a figure, nor is a
bare number without a unit ("resolution 2231").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from bilat import timex
from bilat.model import Figure, Sentence, Span, TimeMention

# --- numbers ------------------------------------------------------------------------------------------

_UNITS = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen"
_TENS = "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety"
_SPELLED: dict[str, int] = {
    **{word: i for i, word in enumerate(f"{_UNITS} {_TENS}".split()[:20], start=1)},
    **{word: 10 * i for i, word in enumerate(_TENS.split()[3:], start=2)},
    "hundred": 100,
    "dozen": 12,
}
_TIMES_WORDS: dict[str, int] = {"once": 1, "twice": 2, "thrice": 3}
_SCALES: dict[str, int] = {
    "thousand": 10**3,
    "k": 10**3,
    "hundred": 10**2,
    "lakh": 10**5,
    "crore": 10**7,
    "million": 10**6,
    "mn": 10**6,
    "mln": 10**6,
    "m": 10**6,
    "billion": 10**9,
    "bn": 10**9,
    "b": 10**9,
    "trillion": 10**12,
    "tn": 10**12,
    "trn": 10**12,
}

# a number starts after no word character, no digit separator and no "letters-" ("Tu-95", "COVID-19")
_NUM_START = r"(?<![\w.,/$])(?<![A-Za-z]-)"
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d,]\d|\.\d)"
_SCALE = (
    r"(?:\s?(?P<scale>(?i:thousand|million|billion|trillion|lakh|crore|bn|mln|mn|trn|tn))\b"
    r"|(?P<short>[mMkKbB])\b)"
)
_WORD_NUM = "|".join(sorted(_SPELLED, key=len, reverse=True))
_COUNT = (
    rf"(?:(?P<num>{_DIGITS})(?:\s(?P<cscale>(?i:thousand|million|billion)))?\b"
    rf"|(?P<word>\b(?i:{_WORD_NUM}))(?:\s(?P<wscale>(?i:hundred|thousand|million)))?\b)"
)

# --- currencies ---------------------------------------------------------------------------------------

_PREFIX_CURRENCIES: dict[str, str] = {
    "us$": "USD",
    "u.s.$": "USD",
    "$": "USD",
    "a$": "AUD",
    "au$": "AUD",
    "c$": "CAD",
    "ca$": "CAD",
    "hk$": "HKD",
    "nz$": "NZD",
    "s$": "SGD",
    "r$": "BRL",
    "nt$": "TWD",
    "mx$": "MXN",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "cn¥": "CNY",
    "₹": "INR",
    "₽": "RUB",
    "₩": "KRW",
    "₺": "TRY",
    "₦": "NGN",
    "rs.": "INR",
    "rs": "INR",
}
_CODES = (
    "USD|EUR|GBP|JPY|CNY|RMB|INR|RUB|CHF|AUD|CAD|HKD|SGD|KRW|BRL|TRY|ZAR|NGN|SAR|AED|XAF|XOF|PKR|IDR|MXN|UAH|"
    "KZT|EGP|IRR"
)
_CODE_SET = frozenset(_CODES.split("|"))
# words after the number: (pattern, code), most specific first
_SUFFIX_CURRENCIES: tuple[tuple[str, str], ...] = (
    (r"australian\s+dollars?", "AUD"),
    (r"canadian\s+dollars?", "CAD"),
    (r"hong\s+kong\s+dollars?", "HKD"),
    (r"singapore\s+dollars?", "SGD"),
    (r"new\s+zealand\s+dollars?", "NZD"),
    (r"(?:new\s+)?taiwan\s+dollars?", "TWD"),
    (r"(?:(?:us|u\.s\.|american)\s+)?dollars?", "USD"),
    (r"euros?", "EUR"),
    (r"(?:pounds?\s+)?sterling|british\s+pounds?|pounds?", "GBP"),
    (r"yuan|renminbi", "CNY"),
    (r"yen", "JPY"),
    (r"r[uo]ubles?", "RUB"),
    (r"pakistani\s+rupees?", "PKR"),
    (r"(?:indian\s+)?rupees?", "INR"),
    (r"(?:south\s+korean\s+)?won", "KRW"),
    (r"reais|reals?", "BRL"),
    (r"rand", "ZAR"),
    (r"naira", "NGN"),
    (r"(?:turkish\s+)?liras?", "TRY"),
    (r"(?:saudi\s+)?riyals?", "SAR"),
    (r"(?:uae\s+)?dirhams?", "AED"),
    (r"(?:swiss\s+)?francs?", "CHF"),
    (r"hryvni?as?", "UAH"),
    (r"tenge", "KZT"),
)
_CFA = re.compile(r"cfa\s+francs?", re.IGNORECASE)

_PREFIX_ALT = "|".join(
    re.escape(sign) for sign in sorted(_PREFIX_CURRENCIES, key=len, reverse=True) if sign not in ("rs", "rs.")
)
_RX_MONEY_PREFIX = re.compile(
    rf"(?<![\w$€£¥₹₽₩₺₦])(?P<cur>(?i:{_PREFIX_ALT})|\b(?i:rs\.?)(?=\s?\d)|\b(?:{_CODES})\s)"
    rf"\s?(?P<num>{_DIGITS}){_SCALE}?"
)
_RX_MONEY_SUFFIX = re.compile(
    rf"{_NUM_START}(?P<num>{_DIGITS}){_SCALE}?\s+(?P<cur>(?i:cfa\s+francs?|"
    + "|".join(pattern for pattern, _ in _SUFFIX_CURRENCIES)
    + rf")|(?:{_CODES}))\b"
)
_SUFFIX_RXS = tuple(
    (re.compile(rf"(?:{pattern})\Z", re.IGNORECASE), code) for pattern, code in _SUFFIX_CURRENCIES
)
_RX_SCALE_NEXT = re.compile(
    rf"\s*(?:-|\u2013|to|and)\s*(?P<cur>{_PREFIX_ALT})?\s?{_DIGITS}{_SCALE}", re.IGNORECASE
)

# --- counts of people, agreements ---------------------------------------------------------------------

_STOP = (
    "of|and|or|but|nor|the|a|an|in|on|at|to|for|from|by|with|into|per|than|more|less|were|was|are|is|be|"
    "been|being|have|has|had|who|whom|which|that|this|these|those|it|its|their|his|her|our|times|percent|"
    "hundred|million|billion|thousand|year|years|days|months|weeks|while|as|including|among|such|not|no|will|"
    "would|could|should|may|might|did|do|does|per|each|every|all|some|over|about|under|after|before"
)
_MODS = rf"(?P<mods>(?:\s+(?!(?:{_STOP})\b)[A-Za-z][\w'\u2019-]*){{0,3}}?)"
_PERSON_NOUNS = (
    "prisoners of war|law enforcement officers|police officers|service members|asylum seekers|"
    "servicemembers|servicemen|soldiers|troops|personnel|officers|policemen|police|gendarmes|"
    "peacekeepers|paratroopers|instructors|advisers|advisors|specialists|experts|cadets|pilots|"
    "sailors|marines|mercenaries|fighters|militants|rebels|insurgents|contractors|volunteers|guards|"
    "people|persons|civilians|residents|citizens|nationals|refugees|migrants|evacuees|prisoners|"
    "detainees|hostages|captives|POWs|workers|employees|staff|students|doctors|medics|nurses|"
    "teachers|engineers|diplomats|officials|journalists|children|women|men|delegates|casualties|"
    "dead|wounded|injured|victims|deaths|fatalities"
)
_RX_PERSONS = re.compile(rf"{_NUM_START}{_COUNT}{_MODS}\s+(?P<noun>(?i:{_PERSON_NOUNS}))\b(?![-\u2013]\w)")
_AGREEMENT_NOUNS = (
    r"memorand(?:a|ums)\s+of\s+understanding|intergovernmental\s+agreements|agreements|deals|accords|"
    r"treaties|memoranda|memorandums|MoUs|MOUs|documents|contracts|protocols|conventions"
)
_NEEDS_SIGNING = frozenset({"documents", "contracts", "protocols", "conventions"})
_RX_AGREEMENTS = re.compile(
    rf"{_NUM_START}{_COUNT}{_MODS}\s+(?P<noun>(?i:{_AGREEMENT_NOUNS}))\b(?![-\u2013]\w)"
)
_RX_SIGNING = re.compile(r"\b(?:sign(?:ed|ing|s)?|ink(?:ed|s)?|conclud(?:ed|es|ing)|seal(?:ed|s)?)\b", re.I)

# --- percentages --------------------------------------------------------------------------------------

_RX_PERCENT = re.compile(
    rf"{_NUM_START}(?P<num>{_DIGITS})\s?(?P<pct>%|(?i:percentage\s+points?|per\s*cent|pct)\b)"
)
_RX_UP = re.compile(
    r"\b(?:up|rose|risen|rising|grew|grown|growing|increased?|increasing|jumped|surged|soared|climbed|"
    r"gained|expanded|higher|growth|increase)\b(?:\s+by)?\s*\Z",
    re.IGNORECASE,
)
_RX_DOWN = re.compile(
    r"\b(?:down|fell|fallen|falling|declined?|declining|dropped|decreased?|decreasing|shrank|shrunk|"
    r"contracted|slumped|slid|plunged|lower|decline|drop)\b(?:\s+by)?\s*\Z",
    re.IGNORECASE,
)
_RX_YEAR_ON_YEAR = re.compile(
    r"\A\s*,?\s*(?:(?:on\s+)?(?:a\s+)?(?:year[\s-]on[\s-]year|year[\s-]over[\s-]year|y/y|yoy)"
    r"|from\s+a\s+year\s+(?:earlier|ago|before))\b",
    re.IGNORECASE,
)

# --- votes --------------------------------------------------------------------------------------------

_VOTE_VERB = (
    r"(?P<verb>abstain(?:ed|ing|s)?|vetoe?(?:d|s)?|voted\s+(?:in\s+favou?r(?:\s+of)?|for|against|no|yes)"
    r"|cast\s+(?:a\s+|their\s+|its\s+)?(?:no\s+|yes\s+)?votes?\s+(?:in\s+favou?r|for|against))"
)
_TIMES = rf"(?P<times>(?P<tnum>\d+|(?i:{_WORD_NUM}))\s+times?|(?P<tword>once|twice|thrice))"
_RX_VOTE_TIMES = re.compile(
    rf"\b(?i:{_VOTE_VERB})(?P<gap>(?:\s+(?!(?:and|but|or|while)\b)[\w'\u2019-]+){{0,4}}?)\s+{_TIMES}\b"
)
_RX_TIMES_VOTE = re.compile(rf"\b{_TIMES}\s+(?i:{_VOTE_VERB})\b")
_RX_VOTE_TALLY = re.compile(
    rf"{_NUM_START}(?P<num>\d+|\b(?i:{_WORD_NUM}))\s+"
    r"(?:(?:votes?|countries|states|nations|members|delegations|lawmakers|deputies|senators|MPs)\s+)?"
    r"(?:(?:voted|votes?|were|was|cast)\s+)?"
    r"(?P<pos>(?i:in\s+favou?r|against|abstentions?|abstained|abstaining))\b"
)
_RX_WITH_ABSTAINING = re.compile(
    rf"\bwith\s+(?P<num>\d+|(?i:{_WORD_NUM}))\s+(?:\w+\s+)?(?P<pos>abstaining)\b", re.IGNORECASE
)
_RX_VOTE_CONTEXT = re.compile(r"\b(?:vot(?:e|es|ed|ing)|abstain\w*|ballot|resolution|veto\w*)\b", re.I)

# --- qualifiers, kinds, clauses -----------------------------------------------------------------------

_QUALIFIERS: dict[str, str] = {
    "more than": "more than",
    "over": "over",
    "just over": "over",
    "above": "over",
    "in excess of": "more than",
    "at least": "at least",
    "about": "about",
    "around": "about",
    "approximately": "about",
    "roughly": "about",
    "some": "about",
    "an estimated": "about",
    "nearly": "nearly",
    "almost": "nearly",
    "close to": "nearly",
    "just under": "nearly",
    "up to": "up to",
    "as many as": "up to",
    "as much as": "up to",
    "at most": "up to",
    "no more than": "up to",
    "less than": "less than",
    "fewer than": "less than",
    "under": "less than",
}
_RX_QUALIFIER = re.compile(
    r"\b(?P<q>"
    + "|".join(q.replace(" ", r"\s+") for q in sorted(_QUALIFIERS, key=len, reverse=True))
    + r")\s+\Z",
    re.IGNORECASE,
)
_KINDS: tuple[tuple[str, str], ...] = (
    ("exports", r"exports?|exported|exporting|shipments\s+to|sales\s+to"),
    ("imports", r"imports?|imported|importing|purchases\s+from|shipments\s+from"),
    ("trade", r"trade|turnover|commerce"),
    ("investment", r"invest(?:ments?|ed|ing|s)?|FDI"),
    ("aid", r"aid|assistance|grants?|donat(?:ed|ions?)|humanitarian"),
    ("loans", r"loans?|lending|lent|credits?|credit\s+lines?|debt"),
)
_KIND_MODIFIERS = (
    r"bilateral|foreign|direct|total|annual|overall|humanitarian|military|economic|financial|development|"
    r"mutual|two-way|oil|gas|arms|energy|trade|"
    r"(?!(?:The|This|That|These|Its|Their|His|Her|Our|In|By|From|With|And|But)\b)[A-Z][a-z]+"
)
_RX_KIND = re.compile(
    r"(?:(?:"
    + _KIND_MODIFIERS
    + r")\s+){0,2}\b(?P<key>"
    + "|".join(f"(?P<k{i}>(?i:{pattern}))" for i, (_, pattern) in enumerate(_KINDS))
    + r")\b",
)
_RX_KIND_AFTER = re.compile(
    r"\A\s+(?:in|of|worth\s+of|for|as)\s+(?P<phrase>(?:(?!(?:to|from|for|of|and|the)\b)[\w-]+\s+){0,2}(?P<key>"
    + "|".join(f"(?P<k{i}>(?i:{pattern}))" for i, (_, pattern) in enumerate(_KINDS))
    + r"))\b",
)
_RX_WHAT_AFTER = re.compile(
    r"\A\s+(?:in|of|for|worth\s+of)\s+(?P<what>(?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?)"
)
_RX_BREAK = re.compile(r"[;:()\[\]\u2014]|\s[-\u2013]\s|,\s+(?:while|whereas|but|although|though)\b")
_RX_TRAIN = re.compile(r"\b(?:train(?:ed|s|ing)?|graduated|instructed|taught)\b", re.IGNORECASE)
_RX_CASUALTY = re.compile(
    r"\b(?:kill(?:ed|ing|s)?|dead|died|die|wounded|injur(?:ed|ing|ies)|lost\s+their\s+lives|perished|slain|"
    r"casualties)\b",
    re.IGNORECASE,
)
_RX_CASUALTY_AFTER = re.compile(
    r"\A\s+(?:(?:were|was|are|have\s+been|had\s+been|being|reportedly|reported)\s+){0,2}"
    r"(?P<word>killed|dead|died|wounded|injured|slain|perished)\b",
    re.IGNORECASE,
)
_CASUALTY_NOUNS = frozenset({"casualties", "dead", "wounded", "injured", "victims", "deaths", "fatalities"})
_MILITARY_NOUNS = frozenset(
    {
        "soldiers",
        "troops",
        "servicemen",
        "servicemembers",
        "service members",
        "peacekeepers",
        "marines",
        "paratroopers",
        "sailors",
        "mercenaries",
    }
)
_MILITARY_MODS = re.compile(r"\b(?:military|army|defen[cs]e|naval|armed)\b", re.IGNORECASE)
_YEAR_RELATIONS: dict[str, str] = {
    "by": "by",
    "since": "since",
    "until": "until",
    "through": "until",
    "before": "before",
    "after": "after",
    "as of": "as of",
}
_RX_YEAR = re.compile(r"\d{4}")
# a year-like number after these is a year, not a count ("the 2015 agreements", "in 2024 soldiers ...")
_RX_YEAR_WORD_BEFORE = re.compile(
    r"\b(?:the|its|their|this|that|of|in|by|since|until|during|before|after)\s+\Z", re.IGNORECASE
)
# "in 2019" right after a figure, for the few the time finder reads as a numeric range ("in 2019 to 3.5")
_RX_YEAR_RIGHT_AFTER = re.compile(r"\A\s+(?P<rel>in|by|since)\s+(?P<year>1[89]\d\d|20\d\d)\b(?![.,]\d)")

# how far a kind word or a verb may stand from the figure it describes, in characters
_BEFORE = 120
_AFTER = 60
_FOLLOWING_TIME = 120

_RANKS = {"money": 0, "percent": 1, "votes": 2, "agreements": 3, "persons": 4}


@dataclass(frozen=True)
class _Found:
    """A figure found in one text, offsets local to it, before its year is attached."""

    start: int
    end: int
    num_start: int
    num_end: int
    value: float
    unit: str
    what: str
    what_text: str
    qualifier: str | None
    rank: int
    opens_range: bool = False  # "from $X ... to $Y": X's year is never one stated after Y


# --- public API ---------------------------------------------------------------------------------------


def find_figures(
    sentences: Sequence[Sentence],
    anchor: dt.date | None,
    *,
    doc_id: str | None = None,
    times: Sequence[TimeMention] | None = None,
) -> list[Figure]:
    """The figures stated in ``sentences``, in text order, with spans into their document.

    ``anchor`` is the document date (to resolve times such as "last year"); ``doc_id`` overrides the
    sentences' own span document; ``times`` are the document's time mentions when already found
    (otherwise :func:`bilat.timex.find_times` runs on each sentence).
    """
    out: list[Figure] = []
    for sentence in sentences:
        start, end = sentence.span.start, sentence.span.end
        inside = None if times is None else [t for t in times if start <= t.span.start and t.span.end <= end]
        out.extend(
            figures_in_text(
                sentence.text,
                anchor,
                doc_id=sentence.span.doc_id if doc_id is None else doc_id,
                offset=start,
                times=inside,
            )
        )
    return out


def figures_in_text(
    text: str,
    anchor: dt.date | None,
    *,
    doc_id: str = "",
    offset: int = 0,
    times: Sequence[TimeMention] | None = None,
) -> list[Figure]:
    """The figures stated in ``text`` (one sentence, best), in text order.

    ``offset`` is where ``text`` starts in document ``doc_id``; ``times`` are its time mentions with
    document offsets (found here with :func:`bilat.timex.find_times` when None).
    """
    if times is None:
        times = timex.find_times(text, anchor, doc_id=doc_id, offset=offset)
    local = [(t.span.start - offset, t.span.end - offset, t) for t in times]
    found = [
        f
        for f in (*_money(text), *_percentages(text), *_votes(text), *_agreements(text), *_persons(text))
        if not any(start < f.num_end and f.num_start < end for start, end, _ in local)
    ]
    chosen: list[_Found] = []
    for f in sorted(found, key=lambda f: (f.rank, f.start, -(f.end - f.start))):
        if all(f.end <= c.start or c.end <= f.start for c in chosen):
            chosen.append(f)
    chosen.sort(key=lambda f: f.start)
    out: list[Figure] = []
    for f in chosen:
        year, year_qualifier = _year_of(text, f, chosen, local)
        out.append(
            Figure(
                span=Span(f.start + offset, f.end + offset, doc_id),
                text=text[f.start : f.end],
                value=f.value,
                unit=f.unit,
                what=f.what,
                what_text=f.what_text,
                year=year,
                year_qualifier=year_qualifier,
                qualifier=f.qualifier,
            )
        )
    return out


# --- detectors ----------------------------------------------------------------------------------------


def _money(text: str) -> list[_Found]:
    out: list[_Found] = []
    for m in _RX_MONEY_PREFIX.finditer(text):
        cur = m["cur"].strip()
        code = _PREFIX_CURRENCIES.get(cur.lower()) or ("CNY" if cur.upper() == "RMB" else cur.upper())
        scale = _scale_of(m)
        if scale is None:
            nxt = _RX_SCALE_NEXT.match(text, m.end())
            if nxt is not None and (nxt["cur"] is None or _PREFIX_CURRENCIES.get(nxt["cur"].lower()) == code):
                scale = _scale_of(nxt)
        out.append(_money_found(text, m, code, scale or 1))
    for m in _RX_MONEY_SUFFIX.finditer(text):
        out.append(_money_found(text, m, _suffix_code(m["cur"]), _scale_of(m) or 1))
    return out


def _money_found(text: str, m: re.Match[str], code: str, scale: int) -> _Found:
    start, end = m.start(), m.end()
    value = float(Decimal(m["num"].replace(",", "")) * scale)
    what, what_text = _kind(text, start, end)
    if what == "other":
        after = _RX_WHAT_AFTER.match(text[end:])
        what_text = "" if after is None else after["what"]
    return _Found(
        start,
        end,
        m.start("num"),
        m.end("num"),
        value,
        code,
        what,
        what_text,
        _qualifier(text, start),
        _RANKS["money"],
        opens_range=_opens_range(text, start),
    )


def _percentages(text: str) -> list[_Found]:
    out: list[_Found] = []
    for m in _RX_PERCENT.finditer(text):
        start, end = m.start(), m.end()
        unit = "percentage points" if m["pct"].lower().startswith("percentage") else "percent"
        what, key_text = _kind(text, start, end)
        before = text[_clause_start(text, start) : start]
        direction = "growth" if _RX_UP.search(before) else "decline" if _RX_DOWN.search(before) else ""
        yoy = "year on year" if _RX_YEAR_ON_YEAR.match(text[end:]) else ""
        if what == "other":
            after = _RX_WHAT_AFTER.match(text[end:])
            key_text = "" if after is None else after["what"]
        what_text = " ".join(part for part in (key_text, direction, yoy) if part)
        out.append(
            _Found(
                start,
                end,
                m.start("num"),
                m.end("num"),
                _number(m["num"]),
                unit,
                what,
                what_text,
                _qualifier(text, start),
                _RANKS["percent"],
                opens_range=_opens_range(text, start),
            )
        )
    return out


def _votes(text: str) -> list[_Found]:
    if not _RX_VOTE_CONTEXT.search(text):
        return []
    out: list[_Found] = []
    for rx in (_RX_VOTE_TIMES, _RX_TIMES_VOTE):
        for m in rx.finditer(text):
            count = _TIMES_WORDS[m["tword"].lower()] if m["tword"] else _count_word(m["tnum"])
            position = _position(m["verb"])
            out.append(
                _Found(
                    m.start(),
                    m.end(),
                    m.start("times"),
                    m.end("times"),
                    float(count),
                    "votes",
                    "votes",
                    f"votes: {position}",
                    None,
                    _RANKS["votes"],
                )
            )
    for rx in (_RX_VOTE_TALLY, _RX_WITH_ABSTAINING):
        for m in rx.finditer(text):
            out.append(
                _Found(
                    m.start(),
                    m.end(),
                    m.start("num"),
                    m.end("num"),
                    float(_count_word(m["num"])),
                    "votes",
                    "votes",
                    f"votes: {_position(m['pos'])}",
                    _qualifier(text, m.start()),
                    _RANKS["votes"],
                )
            )
    return out


def _agreements(text: str) -> list[_Found]:
    out: list[_Found] = []
    for m in _RX_AGREEMENTS.finditer(text):
        noun = m["noun"].lower()
        clause = text[_clause_start(text, m.start()) : _clause_end(text, m.end())]
        if noun in _NEEDS_SIGNING and not _RX_SIGNING.search(clause):
            continue
        value = _count_value(m)
        if value is None:
            continue
        out.append(
            _Found(
                m.start(),
                m.end(),
                *_count_span(m),
                value,
                "agreements",
                "agreements",
                _phrase(m),
                _qualifier(text, m.start()),
                _RANKS["agreements"],
            )
        )
    return out


def _persons(text: str) -> list[_Found]:
    out: list[_Found] = []
    for m in _RX_PERSONS.finditer(text):
        value = _count_value(m)
        if value is None:
            continue
        start, end = m.start(), m.end()
        noun = m["noun"].lower()
        phrase = _phrase(m)
        before = text[max(_clause_start(text, start), start - _BEFORE) : start]
        after = text[end : min(_clause_end(text, end), end + _AFTER)]
        casualty = _RX_CASUALTY_AFTER.match(after) or _last(_RX_CASUALTY, before[-50:])
        trained = _last(_RX_TRAIN, before) or _RX_TRAIN.search(after[:30])
        if noun in _CASUALTY_NOUNS:
            what, what_text = "casualties", phrase
        elif casualty is not None:
            word = casualty["word"] if "word" in casualty.groupdict() else casualty.group(0)
            what, what_text = "casualties", f"{phrase} {_casualty_word(word)}"
        elif trained is not None:
            what, what_text = "personnel trained", f"{phrase} trained"
        elif noun in _MILITARY_NOUNS or _MILITARY_MODS.search(m["mods"]):
            what, what_text = "troops", phrase
        else:
            what, what_text = "other", phrase
        out.append(
            _Found(
                start,
                end,
                *_count_span(m),
                value,
                "persons",
                what,
                what_text,
                _qualifier(text, start),
                _RANKS["persons"],
            )
        )
    return out


# --- helpers ------------------------------------------------------------------------------------------


def _casualty_word(word: str) -> str:
    """The participle a casualty verb reads as after its noun: "killing" -> "killed", "died" -> "dead"."""
    lowered = word.lower()
    for stem, participle in (("kill", "killed"), ("wound", "wounded"), ("injur", "injured"), ("di", "dead")):
        if lowered.startswith(stem):
            return participle
    return " ".join(lowered.split())


def _number(digits: str) -> float:
    return float(Decimal(digits.replace(",", "")))


def _scale_of(m: re.Match[str]) -> int | None:
    word = m["scale"] or m["short"]
    return None if word is None else _SCALES[word.lower()]


def _suffix_code(words: str) -> str:
    if words.upper() in _CODE_SET:
        return "CNY" if words.upper() == "RMB" else words.upper()
    if _CFA.fullmatch(words):
        return "XAF"
    for rx, code in _SUFFIX_RXS:
        if rx.match(words):
            return code
    return words.upper()  # pragma: no cover - every alternative of the pattern is in the table


def _count_word(word: str) -> int:
    return int(word) if word.isdigit() else _SPELLED[word.lower()]


def _count_value(m: re.Match[str]) -> float | None:
    """The value of a ``_COUNT`` match; None for a bare 4-digit year-like number ("the 2015 agreements")."""
    if m["num"] is not None:
        digits, scale = m["num"], m["cscale"]
        if (
            scale is None
            and re.fullmatch(r"1[89]\d\d|20\d\d", digits)
            and _RX_YEAR_WORD_BEFORE.search(m.string, 0, m.start())
        ):
            return None
        return float(Decimal(digits.replace(",", "")) * (_SCALES[scale.lower()] if scale else 1))
    base = _SPELLED[m["word"].lower()]
    scale = m["wscale"]
    return float(base * (_SCALES[scale.lower()] if scale else 1))


def _count_span(m: re.Match[str]) -> tuple[int, int]:
    group = "num" if m["num"] is not None else "word"
    return m.start(group), m.end(group)


def _phrase(m: re.Match[str]) -> str:
    return " ".join(f"{m['mods']} {m['noun']}".split())


def _position(words: str) -> str:
    lowered = words.lower()
    if lowered.startswith("abst"):
        return "abstain"
    if lowered.startswith("veto"):
        return "veto"
    if "against" in lowered or lowered.endswith(" no"):
        return "against"
    return "in favour"


def _qualifier(text: str, start: int) -> str | None:
    m = _RX_QUALIFIER.search(text, max(0, start - 30), start)
    return None if m is None else _QUALIFIERS[" ".join(m["q"].lower().split())]


def _opens_range(text: str, start: int) -> bool:
    return re.search(r"\bfrom\s+(?:\S+\s+)?\Z", text[max(0, start - 20) : start], re.IGNORECASE) is not None


def _clause_start(text: str, pos: int) -> int:
    last = 0
    for m in _RX_BREAK.finditer(text, 0, pos):
        last = m.end()
    return last


def _clause_end(text: str, pos: int) -> int:
    m = _RX_BREAK.search(text, pos)
    return len(text) if m is None else m.start()


def _last(rx: re.Pattern[str], text: str) -> re.Match[str] | None:
    found = None
    for m in rx.finditer(text):
        found = m
    return found


def _kind(text: str, start: int, end: int) -> tuple[str, str]:
    """The kind of a sum or share and the words that say it: just after it ("$2bn in loans"), else the
    nearest before it in its clause ("bilateral trade grew to $6 million"), else just after it."""
    after = _RX_KIND_AFTER.match(text[end : _clause_end(text, end)])
    if after is not None:
        return _kind_of(after), _key_text(after["phrase"])
    window_start = max(_clause_start(text, start), start - _BEFORE)
    before = _last(_RX_KIND, text[window_start:start])
    if before is not None:
        return _kind_of(before), _key_text(before.group(0))
    following = _RX_KIND.search(text[end : min(_clause_end(text, end), end + _AFTER)])
    if following is not None:
        return _kind_of(following), _key_text(following.group(0))
    return "other", ""


def _key_text(words: str) -> str:
    """The words naming a kind, without the preposition of "shipments to"."""
    return re.sub(r"\s+(?:to|from)\Z", "", " ".join(words.split()))


def _kind_of(m: re.Match[str]) -> str:
    for i, (kind, _) in enumerate(_KINDS):
        if m[f"k{i}"] is not None:
            return kind
    return "other"  # pragma: no cover - one alternative always matched


def _year_of(
    text: str, figure: _Found, figures: Sequence[_Found], times: Sequence[tuple[int, int, TimeMention]]
) -> tuple[int | None, str | None]:
    """The year attached to ``figure``: the first time after it in its clause (a parenthesis right after
    it counts), else the last time before it in its clause with no other figure between them."""
    for start, _end, time in sorted(times, key=lambda item: item[0]):
        if start < figure.end:
            continue
        gap = text[figure.end : start]
        if len(gap) > _FOLLOWING_TIME or (_RX_BREAK.search(gap) and gap.strip() != "("):
            break
        if figure.opens_range and re.search(r"\bto\b", gap):
            break
        if _is_base(time):
            continue
        return _year_value(time)
    right_after = _RX_YEAR_RIGHT_AFTER.match(text[figure.end :])
    if right_after is not None:
        return int(right_after["year"]), _YEAR_RELATIONS.get(right_after["rel"].lower())
    for _start, end, time in sorted(times, key=lambda item: -item[0]):
        if end > figure.start:
            continue
        gap = text[end : figure.start]
        if _RX_BREAK.search(gap) or any(end <= other.start < figure.start for other in figures):
            break
        if _is_base(time):
            continue
        return _year_value(time)
    return None, None


def _is_base(time: TimeMention) -> bool:
    """A lone "from 2021" after a figure is the base of a comparison, not the figure's year."""
    return time.relation == "from" and (time.value or "").endswith("..")


def _year_value(time: TimeMention) -> tuple[int | None, str | None]:
    years = {int(y) for y in _RX_YEAR.findall(time.value or "")}
    if len(years) != 1 or time.precision == "unknown":
        return None, None
    return years.pop(), _YEAR_RELATIONS.get(time.relation or "")
