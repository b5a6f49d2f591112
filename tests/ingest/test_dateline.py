"""Datelines at the start of wire stories, and how the document date is chosen."""

from __future__ import annotations

import datetime as dt

import pytest

from bilat.ingest.dateline import named_weekdays, normalise_place, parse_dateline, resolve_document_date
from bilat.model import Dateline, Span

STYLES = [
    # (opening, place, month, day, year, outlet, dateline text)
    (
        "MOSCOW, January 16. /TASS/. The Russian president will",
        "Moscow",
        1,
        16,
        None,
        "TASS",
        "MOSCOW, January 16. /TASS/.",
    ),
    (
        "WASHINGTON (Reuters) - The U.S. Treasury on Friday",
        "Washington",
        None,
        None,
        None,
        "Reuters",
        "WASHINGTON (Reuters) -",
    ),
    (
        "BERLIN (dpa) - Germany is expelling",
        "Berlin",
        None,
        None,
        None,
        "dpa",
        "BERLIN (dpa) -",
    ),
    (
        "BEIJING, Jan. 5 (Xinhua) -- Chinese Premier",
        "Beijing",
        1,
        5,
        None,
        "Xinhua",
        "BEIJING, Jan. 5 (Xinhua) --",
    ),
    (
        "UNITED NATIONS, March 3 (AP) \u2014 The Security Council",
        "United Nations",
        3,
        3,
        None,
        "AP",
        "UNITED NATIONS, March 3 (AP) \u2014",
    ),
    (
        "NEW DELHI, 12 February 2024 (PTI): India on Monday",
        "New Delhi",
        2,
        12,
        2024,
        "PTI",
        "NEW DELHI, 12 February 2024 (PTI):",
    ),
    (
        "KYIV, Ukraine, May 2, 2024 (AP) \u2014 Ukrainian officials",
        "Kyiv",
        5,
        2,
        2024,
        "AP",
        "KYIV, Ukraine, May 2, 2024 (AP) \u2014",
    ),
    ("Paris, 4 June (AFP) - French President", "Paris", 6, 4, None, "AFP", "Paris, 4 June (AFP) -"),
    ("JERUSALEM \u2014 Israel's cabinet met", "Jerusalem", None, None, None, None, "JERUSALEM \u2014"),
    (
        "RIO DE JANEIRO, Nov 18 (Reuters) - Leaders of",
        "Rio de Janeiro",
        11,
        18,
        None,
        "Reuters",
        "RIO DE JANEIRO, Nov 18 (Reuters) -",
    ),
    (
        "ST. PETERSBURG, Sept. 30th -- Officials said",
        "St. Petersburg",
        9,
        30,
        None,
        None,
        "ST. PETERSBURG, Sept. 30th --",
    ),
    (
        "ANKARA, Jan. 5, 2024 /Xinhua/ -- Turkey said",
        "Ankara",
        1,
        5,
        2024,
        "Xinhua",
        "ANKARA, Jan. 5, 2024 /Xinhua/ --",
    ),
]


@pytest.mark.parametrize(
    ("opening", "place", "month", "day", "year", "outlet", "dateline_text"),
    STYLES,
    ids=[style[6] for style in STYLES],
)
def test_dateline_style_is_read(
    opening: str,
    place: str,
    month: int | None,
    day: int | None,
    year: int | None,
    outlet: str | None,
    dateline_text: str,
) -> None:
    found = parse_dateline(opening, "doc-1")
    assert found is not None
    read = (found.place, found.month, found.day, found.year, found.outlet)
    assert read == (place, month, day, year, outlet)
    assert found.text == dateline_text


@pytest.mark.parametrize("opening", [style[0] for style in STYLES], ids=[style[6] for style in STYLES])
def test_dateline_spans_point_into_the_text(opening: str) -> None:
    found = parse_dateline(opening, "doc-7")
    assert found is not None and found.place_span is not None and found.place is not None
    assert found.span.text(opening) == found.text
    assert found.place_span.text(opening).lower() == found.place.lower()
    assert found.span.doc_id == "doc-7"


@pytest.mark.parametrize(
    "text",
    [
        "Russia and China - two old partners - signed a new deal on Monday.",
        "President Vladimir Putin of Russia will hold talks with his guest on Thursday.",
        "NATO: allies to meet in Brussels next week",
        "The talks, held in Geneva, ended without agreement.",
        "Washington - a city of many lobbies - was quiet.",
        "The World Health Organization (WHO) sent two planeloads of medicine to Sudan.",
        "The International Atomic Energy Agency (IAEA) said on Friday its inspectors had left.",
        "",
    ],
)
def test_ordinary_openings_are_not_datelines(text: str) -> None:
    assert parse_dateline(text) is None


def test_dateline_after_a_title_line_is_read() -> None:
    text = "Ministers meet in the Baltic\n\nRIGA, April 9 (Test Wire) - The foreign ministers of Latvia met."
    found = parse_dateline(text)
    assert found is not None
    assert (found.place, found.month, found.day) == ("Riga", 4, 9)
    assert found.span.text(text) == "RIGA, April 9 (Test Wire) -"


def test_dateline_deep_in_the_text_is_not_read() -> None:
    text = "First line.\nSecond line.\nThird line.\nROME, May 1 (Test Wire) - Italy said."
    assert parse_dateline(text) is None


def test_impossible_day_is_not_a_dateline_date() -> None:
    assert parse_dateline("GENEVA, February 30 (Test Wire) - Talks began.") is None


@pytest.mark.parametrize(
    ("written", "normal"),
    [
        ("NEW DELHI", "New Delhi"),
        ("PORT-AU-PRINCE", "Port-au-Prince"),
        ("N'DJAMENA", "N'Djamena"),
        ("DAR ES SALAAM", "Dar es Salaam"),
        ("Paris", "Paris"),
        ("ADDIS ABABA", "Addis Ababa"),
    ],
)
def test_place_names_are_normalised(written: str, normal: str) -> None:
    assert normalise_place(written) == normal


def _dateline(month: int | None, day: int | None, year: int | None = None) -> Dateline:
    return Dateline(text="X", span=Span(0, 1), place="X", month=month, day=day, year=year)


def _never_called(text: str) -> dt.date | None:
    raise AssertionError("latest_date must not be consulted")


def test_given_date_wins_over_everything() -> None:
    date, basis, _ = resolve_document_date(
        "text", _dateline(1, 16, 2025), dt.date(2020, 1, 1), dt.date(2021, 1, 1), latest_date=_never_called
    )
    assert (date, basis) == (dt.date(2020, 1, 1), "given")


def test_metadata_date_wins_over_the_dateline() -> None:
    date, basis, _ = resolve_document_date(
        "text", _dateline(1, 16, 2025), None, dt.date(2021, 5, 5), latest_date=_never_called
    )
    assert (date, basis) == (dt.date(2021, 5, 5), "metadata")


def test_dateline_with_a_year_gives_the_date() -> None:
    dateline = _dateline(2, 12, 2024)
    date, basis, _ = resolve_document_date("text", dateline, None, None, latest_date=_never_called)
    assert (date, basis) == (dt.date(2024, 2, 12), "dateline")


def test_no_dateline_leaves_the_date_unknown() -> None:
    assert resolve_document_date("text", None, None, None, latest_date=_never_called)[:2] == (None, "unknown")


INFERENCE = [
    # (text, dateline month/day, latest date stated in the text, expected date)
    (
        "Leaders will meet on Thursday. They last spoke in November 2024.",
        (1, 16),
        dt.date(2024, 11, 1),
        dt.date(2025, 1, 16),
    ),
    (
        "The vote is on Friday; the last vote was in March 2023.",
        (3, 8),
        dt.date(2023, 3, 1),
        dt.date(2024, 3, 8),
    ),
    (
        "The envoy arrived on Sunday, weeks after the May 2022 summit.",
        (10, 3),
        dt.date(2022, 5, 20),
        dt.date(2022, 10, 3),
    ),
    (
        "Talks were held in Cairo, following a deal signed in June 2021.",
        (7, 1),
        dt.date(2021, 6, 15),
        dt.date(2021, 7, 1),
    ),
    (
        "Ministers met on Wednesday in Hanoi after the 2023 agreement.",
        (10, 1),
        dt.date(2023, 12, 31),
        dt.date(2025, 10, 1),
    ),
    # the lead's weekday is the day's: Feb. 19 is a Thursday in 2026 (a Wednesday in 2025, named later)
    (
        "The ministry on Thursday summoned the envoy over a ship seized in December 2024. The ship was "
        "boarded on Monday and released on Wednesday.",
        (2, 19),
        dt.date(2024, 12, 1),
        dt.date(2026, 2, 19),
    ),
    # background dates only years before: Feb. 12 is a Wednesday in 2025, three years after the text's 2022
    (
        "Russia has barred entry to nine Japanese citizens, the ministry said on Wednesday. Moscow suspended "
        "treaty talks with Tokyo in March 2022. Its border guards detained a boat on Monday.",
        (2, 12),
        dt.date(2022, 3, 1),
        dt.date(2025, 2, 12),
    ),
]


@pytest.mark.parametrize(("text", "month_day", "latest", "expected"), INFERENCE)
def test_year_of_a_dateline_without_year_is_inferred(
    text: str, month_day: tuple[int, int], latest: dt.date, expected: dt.date
) -> None:
    date, basis, note = resolve_document_date(
        text, _dateline(*month_day), None, None, latest_date=lambda _: latest
    )
    assert (date, basis) == (expected, "inferred")
    assert str(expected.year) in note and latest.isoformat() in note


def test_year_stays_unknown_without_any_date_stated_with_a_year() -> None:
    text = "The two presidents will meet on Thursday, the Kremlin said."
    date, basis, note = resolve_document_date(text, _dateline(1, 16), None, None, latest_date=lambda _: None)
    assert (date, basis) == (None, "unknown")
    assert "without a year" in note


def test_named_weekdays_are_found() -> None:
    assert named_weekdays("He arrived on Wednesday, leaves on Friday and returns on Wednesday.") == (2, 4)


@pytest.mark.shared
def test_sample_article_date_is_inferred_with_the_real_timex(shared_dir: object) -> None:
    from pathlib import Path

    assert isinstance(shared_dir, Path)
    pytest.importorskip("bilat.timex", reason="bilat.timex gives the latest date stated in the text")
    text = (shared_dir / "samples" / "tass-2025-01-16-putin-touadera.txt").read_text(encoding="utf-8")
    date, basis, _ = resolve_document_date(text, parse_dateline(text), None, None)
    assert (date, basis) == (dt.date(2025, 1, 16), "inferred")
