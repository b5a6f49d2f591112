"""Day bounds of bilat's date notation, for the store's ``date_from``/``date_to`` filter columns.

The notation is the one of ``../shared/eval/FORMAT.md``: ``2025-01-16`` (day), ``2024-11`` (month),
``2019`` (year), ``2014-11-10/2014-11-16`` (range), ``..2024`` (up to), ``2019..`` (from). ISO weeks
(``2024-W03``) are read too. Each value covers a span of days; :func:`date_bounds` gives its first and
last day as ISO strings, ``None`` for an open side.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_MONTH = re.compile(r"(\d{4})-(\d{2})")
_YEAR = re.compile(r"(\d{4})")
_WEEK = re.compile(r"(\d{4})-W(\d{2})")


def point_bounds(value: str) -> tuple[dt.date, dt.date]:
    """First and last day of a single date given as a day, an ISO week, a month or a year.

    Raises ``ValueError`` when ``value`` is none of those or names a day that does not exist.
    """
    text = value.strip()
    if match := _DAY.fullmatch(text):
        day = dt.date(int(match[1]), int(match[2]), int(match[3]))
        return day, day
    if match := _WEEK.fullmatch(text):
        monday = dt.date.fromisocalendar(int(match[1]), int(match[2]), 1)
        return monday, monday + dt.timedelta(days=6)
    if match := _MONTH.fullmatch(text):
        year, month = int(match[1]), int(match[2])
        if not 1 <= month <= 12:
            raise ValueError(f"month {month} out of range in {value!r}")
        last = calendar.monthrange(year, month)[1]
        return dt.date(year, month, 1), dt.date(year, month, last)
    if match := _YEAR.fullmatch(text):
        year = int(match[1])
        if year < 1:
            raise ValueError(f"year 0 in {value!r}")
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    raise ValueError(f"{value!r} is not a date (YYYY, YYYY-MM, YYYY-Www or YYYY-MM-DD)")


def _value_bounds(value: str) -> tuple[dt.date | None, dt.date | None]:
    text = value.strip()
    if "/" in text:
        first, last = text.split("/", 1)
        return point_bounds(first)[0], point_bounds(last)[1]
    if text.startswith(".."):
        return None, point_bounds(text[2:])[1]
    if text.endswith(".."):
        return point_bounds(text[:-2])[0], None
    return point_bounds(text)


def date_bounds(value: str | None, end_value: str | None = None) -> tuple[str | None, str | None]:
    """ISO first and last day covered by an event dated ``value`` and, when it lasts, ending ``end_value``.

    ``None`` on a side means open or unknown: ``'..2024'`` gives ``(None, '2024-12-31')``, ``'2019..'``
    gives ``('2019-01-01', None)``, an undated event ``(None, None)``. Raises ``ValueError`` on a value
    outside the notation.
    """
    start, end = _value_bounds(value) if value is not None else (None, None)
    if end_value is not None:
        end = _value_bounds(end_value)[1]
    return (None if start is None else start.isoformat(), None if end is None else end.isoformat())
