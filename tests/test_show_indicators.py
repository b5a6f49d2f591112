"""``bilat show`` and the indicators: a figure's countries in the list of figures, listed items marked in
the text and listed after the figures."""

from __future__ import annotations

from bilat.model import Document, Figure, ListedItem, Reading, Span
from bilat.show import render

TEXT = "Trade between Peru and China reached $40 billion. Peru's main exports to China are copper and zinc."
CUE = "exports to China are"


def _at(phrase: str) -> Span:
    start = TEXT.index(phrase)
    return Span(start, start + len(phrase), "lima-1")


def _reading(items: tuple[ListedItem, ...]) -> Reading:
    figure = Figure(_at("$40 billion"), "$40 billion", 4e10, "USD", "trade", "Trade", actors=("PER", "CHN"))
    return Reading(document=Document("lima-1", TEXT), figures=(figure,), items=items)


ITEMS = (
    ListedItem(_at("copper"), "copper", "exports", ("PER", "CHN"), CUE),
    ListedItem(_at("zinc"), "zinc", "exports", ("PER", "CHN"), CUE),
)


def test_show_lists_the_countries_of_a_figure() -> None:
    lines = render(_reading(ITEMS)).splitlines()

    [listed] = [line for line in lines if line.endswith("[$40 billion]")]
    assert "PER,CHN" in listed.split()


def test_show_marks_listed_items_in_the_text() -> None:
    shown = render(_reading(ITEMS))

    assert "[copper]{exports} and [zinc]{exports}" in shown


def test_show_lists_items_after_the_figures() -> None:
    lines = render(_reading(ITEMS)).splitlines()

    at = lines.index("2 items:")
    assert lines.index("1 figures:") < at
    assert [line.split() for line in lines[at + 1 :]] == [
        ["exports", "PER,CHN", "copper"],
        ["exports", "PER,CHN", "zinc"],
    ]


def test_show_prints_no_item_list_for_a_reading_without_items() -> None:
    assert not any(line.endswith("items:") for line in render(_reading(())).splitlines())
