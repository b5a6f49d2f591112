"""Dates stated in metadata: strict ISO first, then dateutil and dateparser, never completed from today."""

from __future__ import annotations

import datetime as dt

import pytest

from bilat.ingest.dates import parse_metadata_date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-01-16", dt.date(2025, 1, 16)),
        ("2025-01-16T23:30:00-05:00", dt.date(2025, 1, 16)),
        ("2024-07-08T14:20:00Z", dt.date(2024, 7, 8)),
        ("Thu, 16 Jan 2025 09:00:00 GMT", dt.date(2025, 1, 16)),
        ("January 16, 2025", dt.date(2025, 1, 16)),
        ("16 January 2025", dt.date(2025, 1, 16)),
        (1705363200, dt.date(2024, 1, 16)),
        (dt.date(2023, 5, 1), dt.date(2023, 5, 1)),
    ],
)
def test_full_dates_are_read(value: object, expected: dt.date) -> None:
    assert parse_metadata_date(value) == expected


@pytest.mark.parametrize(
    "value",
    [
        "January 16",
        "2025",
        "March 2024",
        "yesterday",
        "2 days ago",
        "soon",
        "",
        "2025-13-45",
        True,
        None,
        [2025],
    ],
)
def test_partial_or_relative_dates_are_refused(value: object) -> None:
    assert parse_metadata_date(value) is None
