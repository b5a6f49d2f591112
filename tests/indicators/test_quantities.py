"""Physical quantities read with quantulum3 (tonnes, barrels, cubic metres, megawatts, kilometres), with
the unit spelled out, the goods measured and a kind from the sentence; readings that are no quantity of
ours (clock times, "m" for metres) give nothing. Sentences are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from bilat.indicators import figures_in_text

ANCHOR = dt.date(2025, 1, 16)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia shipped 1.2 million tonnes of wheat to Egypt.", ("1.2 million tonnes", 1.2e6, "tonne")),
        ("India bought 300,000 tons of rice.", ("300,000 tons", 3e5, "ton")),
        (
            "Output reached 1.5 million barrels per day.",
            ("1.5 million barrels per day", 1.5e6, "barrel per day"),
        ),
        (
            "The pipeline carries 38 billion cubic metres of natural gas a year.",
            ("38 billion cubic metres", 3.8e10, "cubic metre"),
        ),
        ("Chinese firms will build a 1,000-megawatt power plant.", ("1,000-megawatt", 1000, "megawatt")),
        ("The new plant adds 500 MW to the grid.", ("500 MW", 500, "megawatt")),
        ("The 750-kilometre railway opened in 2016.", ("750-kilometre", 750, "kilometre")),
    ],
    ids=["tonnes", "tons", "barrels-per-day", "cubic-metres", "megawatt-adjective", "mw", "kilometre"],
)
def test_physical_quantities_are_read_with_a_normalised_unit(
    text: str, expected: tuple[str, float, str]
) -> None:
    [figure] = figures_in_text(text, ANCHOR)
    assert (figure.text, figure.value, figure.unit) == expected


@pytest.mark.parametrize(
    ("text", "what", "what_text"),
    [
        ("Russia shipped 1.2 million tonnes of wheat to Egypt.", "other", "wheat"),
        ("About 40 tonnes of gold were sold.", "other", "gold"),
        ("Saudi exports reached 500,000 barrels of oil.", "exports", "Saudi exports"),
        ("Imports rose to 2 million tonnes last year.", "imports", "Imports"),
    ],
    ids=["goods-after-of", "goods-before-a-verb", "exports", "imports"],
)
def test_a_quantity_takes_its_kind_or_goods_from_the_sentence(text: str, what: str, what_text: str) -> None:
    [figure] = figures_in_text(text, ANCHOR)
    assert (figure.what, figure.what_text) == (what, what_text)


def test_a_quantity_keeps_its_qualifier_and_year() -> None:
    [figure] = figures_in_text("Ghana exported about 800,000 tonnes of cocoa in 2022.", ANCHOR)
    assert (figure.qualifier, figure.year) == ("about", 2022)


@pytest.mark.parametrize(
    "text",
    [
        "The ministers met at 10 am on Monday.",
        "The wall is 3 m high.",
        "Two Su-35 jets landed in 2024.",
        "The talks lasted 3 hours.",
    ],
    ids=["clock-time", "m-is-no-metre", "model-number", "duration"],
)
def test_readings_that_are_no_physical_quantity_give_nothing(text: str) -> None:
    assert figures_in_text(text, ANCHOR) == []


def test_our_own_figures_are_not_read_twice() -> None:
    found = figures_in_text("Trade grew 20% to $6 million, or 40,000 tonnes of goods.", ANCHOR)
    assert [(f.text, f.unit) for f in found] == [
        ("20%", "percent"),
        ("$6 million", "USD"),
        ("40,000 tonnes", "tonne"),
    ]
