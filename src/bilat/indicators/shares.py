"""Percentages and growth: "up 20% year on year", "fell by 5 percent", "3 percentage points", each with
the kind of what grew (from its clause) and the direction and period in ``what_text``."""

from __future__ import annotations

import re

from bilat.indicators.clauses import RANKS, Found, clause_start, holds_any
from bilat.indicators.kinds import RX_WHAT_AFTER, kind
from bilat.indicators.numbers import DIGITS, NUM_START, number, opens_range, qualifier

_RX_PERCENT = re.compile(
    rf"{NUM_START}(?P<num>{DIGITS})\s?(?P<pct>%|(?i:percentage\s+points?|per\s*cent|pct)\b)"
)
_PERCENT_WORDS = ("%", "per", "pct")  # every match of _RX_PERCENT holds one ("percentage", "per cent")
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
# the direction named after the share: "a 10% decline", "a 5 percent year-on-year increase"
_RX_UP_AFTER = re.compile(
    r"\A\s*(?:(?:annual|yearly|year[\s-]on[\s-]year)\s+)?(?:increase|rise|growth|jump|gain|hike|surge)\b",
    re.IGNORECASE,
)
_RX_DOWN_AFTER = re.compile(
    r"\A\s*(?:(?:annual|yearly|year[\s-]on[\s-]year)\s+)?(?:decline|drop|fall|decrease|contraction|cut|slump)\b",
    re.IGNORECASE,
)
_RX_YEAR_ON_YEAR = re.compile(
    r"\A\s*,?\s*(?:(?:on\s+)?(?:a\s+)?(?:year[\s-]on[\s-]year|year[\s-]over[\s-]year|y/y|yoy)"
    r"|from\s+a\s+year\s+(?:earlier|ago|before))\b",
    re.IGNORECASE,
)


_RX_YOY_AFTER = re.compile(r"\A\s*year[\s-]on[\s-]year\s+(?:increase|rise|growth|decline|drop|fall)", re.I)


def _direction(before: str, after: str) -> str:
    """ "growth" or "decline" from a verb before the share ("rose 5%", "down by 3%") or a noun after it ("a
    10% decline"); "" when neither says."""
    if _RX_UP.search(before) or _RX_UP_AFTER.match(after):
        return "growth"
    if _RX_DOWN.search(before) or _RX_DOWN_AFTER.match(after):
        return "decline"
    return ""


def percentages(text: str) -> list[Found]:
    """The percentages of ``text``, each with its kind, and its direction and period in ``what_text``
    ("Exports growth year on year")."""
    if not holds_any(text, _PERCENT_WORDS):
        return []
    out: list[Found] = []
    for m in _RX_PERCENT.finditer(text):
        start, end = m.start(), m.end()
        unit = "percentage points" if m["pct"].lower().startswith("percentage") else "percent"
        what, key_text = kind(text, start, end)
        before = text[clause_start(text, start) : start]
        direction = _direction(before, text[end:])
        yoy = "year on year" if _RX_YEAR_ON_YEAR.match(text[end:]) or _RX_YOY_AFTER.match(text[end:]) else ""
        if what == "other":
            after = RX_WHAT_AFTER.match(text[end:])
            key_text = "" if after is None else after["what"]
        what_text = " ".join(part for part in (key_text, direction, yoy) if part)
        out.append(
            Found(
                start,
                end,
                m.start("num"),
                m.end("num"),
                number(m["num"]),
                unit,
                what,
                what_text,
                qualifier(text, start),
                RANKS["percent"],
                opens_range=opens_range(text, start),
            )
        )
    return out
