"""Temporal expressions in English news text, resolved against the document (publication) date.

:func:`find_times` turns dates ("January 16, 2025", "16 January", "2025-01-16"), months ("in July 2023",
"last November"), years ("in 2019", "(2018)", "2014-2016"), decades ("the 1990s"), weekdays ("on Wednesday
morning", "last Friday"), relative expressions ("yesterday", "last week", "three days ago", "the past two
years"), narrative ones ("the next day", "two weeks later"), bounds ("by 2024", "since 2019", "until
January 17", "before March") and ranges ("from 15 to 17 January 2025", "between 2016 and 2021") into
:class:`~bilat.model.TimeMention` values in the FORMAT.md date notation. :func:`latest_absolute_date`
gives the latest date a text states with its year (the ingest stage uses it to date a yearless dateline).
:mod:`bilat.timescan` finds the expressions; this module resolves them.

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
- "August last year", "March of this year", "May next year": that month of the year before, of the
  anchor's or of the one after.
- A bare weekday: the latest such day on or before the anchor (default and past) or the first on or after
  it (future); "last"/"next" exclude the anchor day; "this" is the one in the anchor's Monday-Sunday week.
  Without a tense, "by", "until" and "before" read a bare weekday or yearless date as future, "since" as
  past; a yearless date listed after another ("on March 3 and April 5") takes that one's year.
- Weeks are Monday-Sunday ranges with precision "week"; ranges have precision "range", ``value`` is
  ``start/end`` and ``end_value`` repeats the end.
- Narrative expressions ("the next day", "the previous year", "two days later") count from the latest
  date resolved before them in the same text (or the day an earlier sentence told), else from the
  anchor; a reference coarser than the unit (a year before "the next day") leaves them unresolved.
  "At the time" is the time told before as it was told (a month stays a month); "hours later", "later
  that day" and "that same day" are its day.
- A 4-digit number is a year only where used as one: after a temporal preposition, in parentheses, with
  a month, a season or "early/late/mid", as "the 2022 ..." or "2022's", at the start of a sentence, in a
  list or range of years; never before a count noun ("2000 troops") or in a numeric range ("2000 to 3000").
- Without an anchor, expressions that need one come back with value None and precision "unknown".
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import Literal

from bilat.model import Precision, Span, TimeMention
from bilat.timescan import YEARISH, Candidate, Core, Tense, candidates

__all__ = ["find_times", "is_plain", "latest_absolute_date"]

_PAST_SLACK = dt.timedelta(days=7)
YEAR_WORDS = {"last year": -1, "this year": 0, "next year": 1}  # a month "of last year" and the like
_DEFAULT_SLACK = dt.timedelta(days=61)
_RX_HALF = re.compile(r"(first|second|1st|2nd)\s+half", re.IGNORECASE)
_RX_QUARTER = re.compile(r"(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter", re.IGNORECASE)
_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}


@dataclass(frozen=True)
class _Res:
    """A resolved time: its FORMAT.md value, precision and the first and last day it covers."""

    value: str
    precision: Precision
    lo: dt.date
    hi: dt.date
    end: str | None = None


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


def _on_year(core: Core, year: int) -> _Res:
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


def _pick_year(core: Core, anchor: dt.date, tense: Tense | None) -> int | None:
    if core.kind == "month" and core.word in YEAR_WORDS:  # "in August last year"
        return anchor.year + YEAR_WORDS[core.word]
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
    if tense == "past":  # a past day may lie a few days past a late dateline; a past month has begun
        limit = anchor + (_PAST_SLACK if core.day else dt.timedelta(0))
    else:
        limit = anchor + _DEFAULT_SLACK
    behind = [year for year, res in options if res.lo <= limit]
    return behind[-1] if behind else None


@dataclass(frozen=True)
class _Outcome:
    res: _Res | None
    how: Literal["absolute", "anchor", "narrative", "noanchor", "noref", "error"]
    ref: _Res | None = None
    note: str = ""


def _calendar(core: Core, anchor: dt.date | None, tense: Tense | None) -> _Outcome:
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


def _weekday(core: Core, anchor: dt.date, tense: Tense | None) -> _Res:
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


def _relative(core: Core, anchor: dt.date, tense: Tense | None) -> _Res | None:
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


def _narrative(core: Core, anchor: dt.date | None, ref: _Res | None) -> _Outcome:
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


def _then(core: Core, anchor: dt.date | None, ref: _Res | None) -> _Outcome:
    """ "At the time": the time told before, whatever its precision; "hours later", "later that day": its
    day, which a coarser time does not give. With none told before, the publication day."""
    if ref is None:
        return _Outcome(_r_day(anchor), "anchor") if anchor is not None else _Outcome(None, "noanchor")
    if core.unit == "day" and ref.precision != "day":
        return _Outcome(None, "noref", ref)
    return _Outcome(replace(ref, end=None), "narrative", ref)


def _resolve(cand: Candidate, anchor: dt.date | None, tense: Tense | None, ref: _Res | None) -> _Outcome:
    core = cand.core
    lead = cand.prefix.lead
    if tense is None and lead in {"by", "until", "before"}:
        tense = "future"
    elif tense is None and lead == "since":
        tense = "past"
    if cand.second is not None:
        return _range(core, cand.second, anchor, tense)
    if core.kind == "then":
        return _then(core, anchor, ref)
    if core.kind == "narr" or (core.kind == "weekday" and core.word in {"following", "previous"}):
        return _narrative(replace(core, unit="day") if core.kind == "weekday" else core, anchor, ref)
    if cand.chained and core.year is None and core.kind in YEARISH and ref is not None:
        later = (core.month or 1, core.day or 1) >= (ref.lo.month, ref.lo.day)
        shared = _calendar(replace(core, year=ref.lo.year + (0 if later else 1)), anchor, tense)
        return _Outcome(shared.res, "narrative", ref)
    if core.kind in YEARISH or core.kind == "decade":
        return _calendar(core, anchor, tense)
    if anchor is None:
        return _Outcome(None, "noanchor")
    return _Outcome(_relative(core, anchor, tense), "anchor")


def _range(c1: Core, c2: Core, anchor: dt.date | None, tense: Tense | None) -> _Outcome:
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


def is_plain(value: str) -> bool:
    """Whether a time value is a plain day, month or year ("2024-07-25", "2024-07", "2024"), not a bound,
    a range nor a week."""
    return _RX_POINT.fullmatch(value) is not None


def _told(value: str) -> _Res:
    """A plain day, month or year value ("2024-07-25", "2024-07", "2024") as a resolved time."""
    point = _RX_POINT.fullmatch(value)
    if point is None:
        raise ValueError(f"not a plain day, month or year: {value!r}")
    year, month, day = int(point[1]), point[2], point[3]
    if day is not None:
        return _r_day(dt.date(year, int(month), int(day)))
    return _r_month(year, int(month)) if month is not None else _r_year(year)


def find_times(
    text: str,
    anchor: dt.date | None,
    *,
    doc_id: str = "",
    offset: int = 0,
    tense: Literal["past", "future"] | None = None,
    told_before: str | None = None,
) -> list[TimeMention]:
    """The temporal expressions of ``text`` (a sentence or clause), in text order, not overlapping.

    ``anchor`` is the publication date (None: relative expressions get value None, precision
    "unknown"); ``offset`` is where ``text`` starts in document ``doc_id``, so that spans point into the
    document; ``tense`` is the tense of the clause, which decides between the previous and the next
    weekday or yearless date; ``told_before`` is the last day, month or year (ISO) an earlier sentence
    of the text told, from which a narrative expression at the start of this one counts ("... late on
    Thursday. On the same day, ...", "... in July 2024. Algeria recalled its ambassador at the time").
    See the module docstring for the rules.
    """
    out: list[TimeMention] = []
    ref = None if told_before is None else _told(told_before)
    for cand in candidates(text, tense):
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
