"""The articles under examples/ (used by ``make demo``) are read cleanly, dated and attributed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bilat.ingest import read_inputs
from bilat.model import Document

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _examples() -> dict[str, Document]:
    items = list(read_inputs([str(EXAMPLES)]))
    assert all(isinstance(item, Document) for item in items), items
    return {item.id: item for item in items if isinstance(item, Document)}


def test_every_example_is_an_english_document_with_a_dateline() -> None:
    pytest.importorskip("bilat.timex", reason="bilat.timex infers the year of the Korean example")
    documents = _examples()
    assert len(documents) == 5
    for document in documents.values():
        assert document.language == "en" and document.dateline is not None and document.date is not None


@pytest.mark.parametrize(
    ("name", "date", "basis"),
    [
        ("russia-car-visit.txt", dt.date(2025, 1, 16), "dateline"),
        ("japan-philippines-call.html", dt.date(2024, 7, 8), "metadata"),
        ("korea-missile-accusation.txt", dt.date(2025, 3, 5), "inferred"),
    ],
)
def test_example_is_dated(name: str, date: dt.date, basis: str) -> None:
    if basis == "inferred":
        pytest.importorskip("bilat.timex", reason="bilat.timex infers the year")
    [document] = list(read_inputs([str(EXAMPLES / name)]))
    assert isinstance(document, Document)
    assert (document.date, document.date_basis) == (date, basis)


def test_html_example_keeps_the_article_and_drops_the_page_furniture() -> None:
    [document] = list(read_inputs([str(EXAMPLES / "japan-philippines-call.html")]))
    assert isinstance(document, Document)
    assert document.text.startswith("TOKYO, July 8, 2024 (Example Wire) -- Japan's prime minister")
    assert "Home" not in document.text and "All rights reserved" not in document.text
    assert "analytics" not in document.text
    assert document.title == "Japan pledges coastal security aid to the Philippines after leaders' call"
    assert document.url == "https://example.org/news/japan-philippines-call"
    assert document.source == "Example Wire"


def test_jsonl_example_carries_its_own_ids_titles_and_dates() -> None:
    items = list(read_inputs([str(EXAMPLES / "east-africa-and-belarus.jsonl")]))
    assert [(item.id, item.date) for item in items if isinstance(item, Document)] == [
        ("example-kenya-ethiopia-2024-03-12", dt.date(2024, 3, 12)),
        ("example-eu-belarus-2024-06-24", dt.date(2024, 6, 24)),
    ]
