"""``bilat show`` rendering: figures marked in the text with a readable label and listed after the events."""

from __future__ import annotations

import pytest
from rich.text import Text

from bilat.model import Document, Figure, Mention, Reading, Span
from bilat.show import figure_label, render

TEXT = (
    "Bilateral trade between Russia and the CAR grew from $0.9 million in 2016 to $6 million in 2021, and "
    "Russian instructors trained more than 500 law enforcement officers by 2024."
)


def _at(phrase: str) -> Span:
    start = TEXT.index(phrase)
    return Span(start, start + len(phrase), "trade-1")


def _reading() -> Reading:
    return Reading(
        document=Document("trade-1", TEXT),
        mentions=(Mention(_at("Russia"), "Russia", "RUS", "country"),),
        figures=(
            Figure(_at("$0.9 million"), "$0.9 million", 900_000.0, "USD", "trade", "Bilateral trade", 2016),
            Figure(_at("$6 million"), "$6 million", 6e6, "USD", "trade", "Bilateral trade", 2021),
            Figure(
                _at("500 law enforcement officers"),
                "500 law enforcement officers",
                500.0,
                "persons",
                "personnel trained",
                "law enforcement officers trained",
                year=2024,
                year_qualifier="by",
                qualifier="more than",
            ),
        ),
    )


@pytest.mark.parametrize(
    ("figure", "label"),
    [
        (Figure(Span(0, 1), "$0.9 million", 900_000.0, "USD", "trade", "", 2016), "900,000 USD 2016"),
        (Figure(Span(0, 1), "1.2 billion yuan", 1.2e9, "CNY", "aid", "aid"), "1.2bn CNY"),
        (Figure(Span(0, 1), "$6 million", 6e6, "USD", "trade", "", 2021), "6m USD 2021"),
        (
            Figure(Span(0, 1), "500 officers", 500.0, "persons", "other", "", 2024, "by", "more than"),
            "more than 500 persons by 2024",
        ),
        (Figure(Span(0, 1), "8.5%", 8.5, "percent", "exports", "exports decline"), "8.5 percent"),
    ],
    ids=["thousands", "billions", "millions", "qualified-by-year", "decimal-percent"],
)
def test_figure_label_reads_value_unit_and_year(figure: Figure, label: str) -> None:
    assert figure_label(figure) == label


def test_show_marks_figures_in_the_text() -> None:
    shown = render(_reading())

    assert "[$0.9 million]{900,000 USD 2016}" in shown
    assert "[$6 million]{6m USD 2021}" in shown
    assert "[500 law enforcement officers]{more than 500 persons by 2024}" in shown
    assert "[Russia]{RUS}" in shown


def test_show_lists_figures_after_the_events() -> None:
    lines = render(_reading()).splitlines()

    events_at = lines.index("0 events:")
    figures_at = lines.index("3 figures:")
    listed = lines[figures_at + 1 :]
    assert events_at < figures_at
    assert len(listed) == 3
    assert listed[0].split()[:3] == ["2016", "900,000", "USD"]
    assert "personnel trained (law enforcement officers trained)" in listed[2]


def test_coloured_show_keeps_figure_marks_readable() -> None:
    shown = render(_reading(), color=True)

    assert "[magenta]" in shown
    assert "[$0.9 million]{900,000 USD 2016}" in Text.from_markup(shown).plain
