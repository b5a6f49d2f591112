"""The year a figure is attached to: the first year-level time after it in its clause (a parenthesis
right after it counts), else the last one before it when no other figure stands between them. "by 2024"
gives year 2024 and ``year_qualifier`` "by"; "from $0.9 million in 2016 to $6 million in 2021" gives each
end its own year, and so does "between 2019 and 2023 ... grew from $3 billion to $4.5 billion" (a range of
figures with no year of its own takes the ends of a range of years stated in its clause)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from bilat.indicators.clauses import RX_BREAK, Found, clause_end, clause_start
from bilat.model import TimeMention

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

# "in 2019" right after a figure, for the few the time finder reads as a numeric range ("in 2019 to 3.5")
_RX_YEAR_RIGHT_AFTER = re.compile(r"\A\s+(?P<rel>in|by|since)\s+(?P<year>1[89]\d\d|20\d\d)\b(?![.,]\d)")

_FOLLOWING_TIME = 120
_RX_YEAR_RANGE = re.compile(r"(?P<first>\d{4})/(?P<last>\d{4})")
_RX_RANGE_GAP = re.compile(r"\s*(?:to|-|\u2013)\s*")


def year_of(
    text: str, figure: Found, figures: Sequence[Found], times: Sequence[tuple[int, int, TimeMention]]
) -> tuple[int | None, str | None]:
    """The year attached to ``figure``: the first time after it in its clause (a parenthesis right after
    it counts), else the last time before it in its clause with no other figure between them."""
    for start, _end, time in sorted(times, key=lambda item: item[0]):
        if start < figure.end:
            continue
        gap = text[figure.end : start]
        if len(gap) > _FOLLOWING_TIME or (RX_BREAK.search(gap) and gap.strip() != "("):
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
        if RX_BREAK.search(gap) or any(end <= other.start < figure.start for other in figures):
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


def range_years(
    text: str,
    figures: Sequence[Found],
    years: Sequence[tuple[int | None, str | None]],
    times: Sequence[tuple[int, int, TimeMention]],
) -> list[tuple[int | None, str | None]]:
    """``years`` (one per figure, from :func:`year_of`) with the ends of each undated "from X to Y" range
    of figures dated by a range of years in their clause ("between 2019 and 2023", "from 2019 to 2023",
    "over 2019-2023")."""
    out = list(years)
    for i, (first, second) in enumerate(itertools.pairwise(figures)):
        if not first.opens_range or out[i][0] is not None or out[i + 1][0] is not None:
            continue
        if not _RX_RANGE_GAP.fullmatch(text, first.end, second.start):
            continue
        start, end = clause_start(text, first.start), clause_end(text, second.end)
        for time_start, time_end, time in times:
            ends = _RX_YEAR_RANGE.fullmatch(time.value or "")
            if ends is not None and start <= time_start and time_end <= end:
                out[i], out[i + 1] = (int(ends["first"]), None), (int(ends["last"]), None)
                break
    return out
