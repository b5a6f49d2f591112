"""What every detector shares: the :class:`Found` value (a figure in one text, local offsets, before its
year is attached), the rank that settles overlaps, the clause boundaries around a figure, and
:func:`holds_any`, the cheap test that lets a detector skip a text its pattern cannot match."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from bilat.timescan import folded

RX_BREAK = re.compile(r"[;:()\[\]\u2014]|\s[-\u2013]\s|,\s+(?:while|whereas|but|although|though)\b")

BEFORE = 120
AFTER = 60

RANKS = {"money": 0, "percent": 1, "votes": 2, "agreements": 3, "persons": 4, "quantity": 5}


@dataclass(frozen=True)
class Found:
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


def holds_any(text: str, words: Iterable[str]) -> bool:
    """Whether ``text`` holds one of ``words`` (lower-case ASCII) in any case, as a case-insensitive
    pattern would see it (:func:`bilat.timescan.folded`). A detector whose every match holds one of its
    words skips, with this, the many sentences it could never match: it finds the same, faster."""
    lowered = folded(text)
    for word in words:  # noqa: SIM110 (a loop is twice as fast as any() on a generator)
        if word in lowered:
            return True
    return False


def clause_start(text: str, pos: int) -> int:
    last = 0
    for m in RX_BREAK.finditer(text, 0, pos):
        last = m.end()
    return last


def clause_end(text: str, pos: int) -> int:
    m = RX_BREAK.search(text, pos)
    return len(text) if m is None else m.start()


def last(rx: re.Pattern[str], text: str) -> re.Match[str] | None:
    found = None
    for m in rx.finditer(text):
        found = m
    return found


# what may stand between two coordinated figures: "10,000 soldiers and more than 500 police officers"
_RX_COORDINATION = re.compile(
    r"\A\s*(?:,\s*(?:and\s+)?|(?:and|as\s+well\s+as|plus)\s+)"
    r"(?:(?:more|less|fewer)\s+than|about|around|nearly|almost|over|some|at\s+least|up\s+to|roughly|"
    r"approximately)?\s*\Z",
    re.IGNORECASE,
)


def coordinated(between: str) -> bool:
    """Whether the words ``between`` two figures join them as one list ("and", ", and", "as well as"):
    the second then shares the first's year and countries."""
    return _RX_COORDINATION.match(between) is not None
