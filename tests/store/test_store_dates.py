"""Day bounds of the FORMAT.md date notation, as stored in the events' date_from/date_to columns."""

from __future__ import annotations

import pytest

from bilat.store import date_bounds


@pytest.mark.parametrize(
    ("value", "end_value", "expected"),
    [
        ("2025-01-16", None, ("2025-01-16", "2025-01-16")),
        ("2024-11", None, ("2024-11-01", "2024-11-30")),
        ("2024-02", None, ("2024-02-01", "2024-02-29")),
        ("2023-02", None, ("2023-02-01", "2023-02-28")),
        ("2019", None, ("2019-01-01", "2019-12-31")),
        ("2014-11-10/2014-11-16", None, ("2014-11-10", "2014-11-16")),
        ("2014-11/2015", None, ("2014-11-01", "2015-12-31")),
        ("..2024", None, (None, "2024-12-31")),
        ("..2024-06", None, (None, "2024-06-30")),
        ("2019..", None, ("2019-01-01", None)),
        ("2024-W03", None, ("2024-01-15", "2024-01-21")),
        ("2025-01-15", "2025-01-17", ("2025-01-15", "2025-01-17")),
        ("2025-01", "2025-03", ("2025-01-01", "2025-03-31")),
        ("2022-02-24", "2022..", ("2022-02-24", None)),
        (None, None, (None, None)),
    ],
    ids=[
        "day",
        "month",
        "leap-february",
        "february",
        "year",
        "range-of-days",
        "range-of-month-to-year",
        "up-to-year",
        "up-to-month",
        "from-year",
        "iso-week",
        "lasting-event",
        "lasting-over-months",
        "ongoing-since",
        "undated",
    ],
)
def test_date_bounds_cover_the_days_of_a_value(
    value: str | None, end_value: str | None, expected: tuple[str | None, str | None]
) -> None:
    assert date_bounds(value, end_value) == expected


@pytest.mark.parametrize(
    "value",
    [
        "January 2025",
        "2025-13",
        "2025-02-30",
        "25-01-16",
        "2025-1-16",
        "",
        "..",
        "0000",
        "2024-W54",
        "last week",
    ],
)
def test_value_outside_the_notation_is_refused(value: str) -> None:
    with pytest.raises(ValueError):
        date_bounds(value)
