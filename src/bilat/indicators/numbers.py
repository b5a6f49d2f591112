"""Numbers as news writes them: digits with separators, spelled numbers ("two hundred"), scale words
("million", "bn", "crore") and the qualifiers that bound a value ("more than", "about", "up to")."""

from __future__ import annotations

import re
from decimal import Decimal

from bilat.indicators.clauses import holds_any
from bilat.timescan import folded

_UNITS = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen"
_TENS = "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety"
SPELLED: dict[str, int] = {
    **{word: i for i, word in enumerate(f"{_UNITS} {_TENS}".split()[:20], start=1)},
    **{word: 10 * i for i, word in enumerate(_TENS.split()[3:], start=2)},
    "hundred": 100,
    "dozen": 12,
}
TIMES_WORDS: dict[str, int] = {"once": 1, "twice": 2, "thrice": 3}
SCALES: dict[str, int] = {
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
NUM_START = r"(?<![\w.,/$])(?<![A-Za-z]-)"
DIGITS = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d,]\d|\.\d)"
SCALE = (
    r"(?:\s?(?P<scale>(?i:thousand|million|billion|trillion|lakh|crore|bn|mln|mn|trn|tn))\b"
    r"|(?P<short>[mMkKbB])\b)"
)
WORD_NUM = "|".join(sorted(SPELLED, key=len, reverse=True))
COUNT = (
    rf"(?:(?P<num>{DIGITS})(?:\s(?P<cscale>(?i:thousand|million|billion)))?\b"
    rf"|(?P<word>\b(?i:{WORD_NUM}))(?:\s(?P<wscale>(?i:hundred|thousand|million)))?\b)"
)

_RX_DIGIT = re.compile(r"\d")
_WORDS = (*SPELLED, *TIMES_WORDS)
# the number words less those holding another ("seventeen" holds "seven"): a text with none of these holds
# no number word
_NUMBER_STEMS = tuple(w for w in _WORDS if not any(other != w and other in w for other in _WORDS))

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

# a year-like number after these is a year, not a count ("the 2015 agreements", "in 2024 soldiers ...")
_RX_YEAR_WORD_BEFORE = re.compile(
    r"\b(?:the|its|their|this|that|of|in|by|since|until|during|before|after)\s+\Z", re.IGNORECASE
)


def may_hold_number(text: str) -> bool:
    """Whether ``text`` has a digit or, in any case, a word of :data:`SPELLED` or :data:`TIMES_WORDS`.
    Every figure is a number written so: a text without one has no figure (a cheap test that spares the
    detectors' patterns most sentences of news)."""
    return _RX_DIGIT.search(text) is not None or holds_any(text, _NUMBER_STEMS)


def number(digits: str) -> float:
    return float(Decimal(digits.replace(",", "")))


def scale_of(m: re.Match[str]) -> int | None:
    word = m["scale"] or m["short"]
    return None if word is None else SCALES[folded(word)]


def count_word(word: str) -> int:
    return int(word) if word.isdigit() else SPELLED[folded(word)]


def count_value(m: re.Match[str]) -> float | None:
    """The value of a ``COUNT`` match; None for a bare 4-digit year-like number ("the 2015 agreements")."""
    if m["num"] is not None:
        digits, scale = m["num"], m["cscale"]
        if (
            scale is None
            and re.fullmatch(r"1[89]\d\d|20\d\d", digits)
            and _RX_YEAR_WORD_BEFORE.search(m.string, 0, m.start())
        ):
            return None
        return float(Decimal(digits.replace(",", "")) * (SCALES[folded(scale)] if scale else 1))
    base = SPELLED[folded(m["word"])]
    scale = m["wscale"]
    return float(base * (SCALES[folded(scale)] if scale else 1))


def count_span(m: re.Match[str]) -> tuple[int, int]:
    group = "num" if m["num"] is not None else "word"
    return m.start(group), m.end(group)


def qualifier(text: str, start: int) -> str | None:
    m = _RX_QUALIFIER.search(text, max(0, start - 30), start)
    return None if m is None else _QUALIFIERS[" ".join(folded(m["q"]).split())]


def opens_range(text: str, start: int) -> bool:
    return re.search(r"\bfrom\s+(?:\S+\s+)?\Z", text[max(0, start - 20) : start], re.IGNORECASE) is not None
