"""Reading the dates that sources state in their metadata (jsonl fields, HTML meta tags, feed entries).

A metadata date is read with a strict ISO parser first (``2025-01-16``, ``2025-01-16T09:30:00Z``), then
with dateutil, then with dateparser (English only). A value that lacks its day, month or year is refused
rather than completed with parts of today's date. The date is taken as the source wrote it: a timestamp
with an offset keeps its own calendar day (no conversion to UTC). Numbers are Unix timestamps (UTC).
"""

from __future__ import annotations

import datetime as dt
import re

__all__ = ["parse_metadata_date"]

_FIRST_DEFAULT = dt.datetime(1904, 1, 1)
_SECOND_DEFAULT = dt.datetime(1908, 2, 2)
_SMALLEST_YEAR = 1800
_LARGEST_YEAR = 2200


def parse_metadata_date(value: object) -> dt.date | None:
    """The calendar date of a metadata value, or None when it does not state a full date."""
    if isinstance(value, bool):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float):
        return _from_timestamp(float(value))
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text or len(text) > 100:
        return None
    for parse in (_iso, _dateutil, _dateparser):
        found = parse(text)
        if found is not None:
            return found if _SMALLEST_YEAR <= found.year <= _LARGEST_YEAR else None
    return None


def _from_timestamp(seconds: float) -> dt.date | None:
    if seconds != seconds or abs(seconds) > 1e11:  # NaN, or beyond year 5000
        return None
    try:
        found = dt.datetime.fromtimestamp(seconds, tz=dt.UTC).date()
    except (ValueError, OverflowError, OSError):
        return None
    return found if _SMALLEST_YEAR <= found.year <= _LARGEST_YEAR else None


def _iso(text: str) -> dt.date | None:
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            return None
    if re.match(r"\d{4}-\d{2}-\d{2}[T ]\d", text):
        try:
            return dt.datetime.fromisoformat(text).date()
        except ValueError:
            return None
    return None


def _dateutil(text: str) -> dt.date | None:
    """dateutil fills missing parts from its default: parse with two defaults and refuse when they differ."""
    from dateutil import parser

    try:
        first = parser.parse(text, default=_FIRST_DEFAULT)
        second = parser.parse(text, default=_SECOND_DEFAULT)
    except (ValueError, OverflowError, TypeError):
        return None
    if first.date() != second.date():
        return None
    return first.date()


def _dateparser(text: str) -> dt.date | None:
    import dateparser

    settings = {
        "REQUIRE_PARTS": ["day", "month", "year"],
        "PARSERS": ["custom-formats", "absolute-time"],
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    try:
        found = dateparser.parse(text, languages=["en"], settings=settings)
    except (ValueError, OverflowError, TypeError):
        return None
    return found.date() if isinstance(found, dt.datetime) else None
