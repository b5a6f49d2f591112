"""One record per real-world event: reports merged across documents by pair, type and date, on
articles we wrote."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from bilat.dedup import occurrences
from bilat.model import Document, Event

Corpus = Callable[..., tuple[dict[str, Document], list[Event]]]


TALKS_WIRE = ("wire", "2025-03-04", "Chile and Peru held talks in Lima on Tuesday on a new border crossing.")
TALKS_HERALD = (
    "herald",
    "2025-03-05",
    "Peru and Chile held talks in Lima on March 4, officials said on Wednesday.",
)


def test_the_same_talks_reported_by_two_documents_are_one_occurrence_with_two_citations(
    corpus: Corpus,
) -> None:
    documents, events = corpus(TALKS_WIRE, TALKS_HERALD)
    merged = [o for o in occurrences(events, documents) if o.plover_type == "CONSULT"]
    assert len(merged) == 1
    assert merged[0].date == "2025-03-04"
    assert [c.doc_id for c in merged[0].citations] == ["wire", "herald"]
    assert merged[0].citations[1].outlet is None and merged[0].citations[1].published == dt.date(2025, 3, 5)


def test_different_dates_stay_apart(corpus: Corpus) -> None:
    documents, events = corpus(
        ("a", "2025-03-04", "Chile and Peru held talks in Lima on Tuesday."),
        ("b", "2025-04-10", "Chile and Peru held talks in Santiago on Thursday."),
    )
    assert len([o for o in occurrences(events, documents) if o.plover_type == "CONSULT"]) == 2


def test_two_events_of_one_document_are_never_merged_by_the_rule(corpus: Corpus) -> None:
    documents, events = corpus(
        ("a", "2025-03-04", "Chile accused Peru of spying on Tuesday. Chile also accused Peru of smuggling."),
    )
    accusations = [e for e in events if e.plover_type == "ACCUSE"]
    found = [o for o in occurrences(accusations, documents)]
    assert len(found) == len(accusations)


def test_the_latest_report_gives_the_status(corpus: Corpus) -> None:
    documents, events = corpus(
        ("before", "2025-03-03", "Chile and Peru will hold talks in Lima on Tuesday."),
        ("after", "2025-03-05", "Chile and Peru held talks in Lima on Tuesday."),
    )
    (talks,) = [o for o in occurrences(events, documents) if o.plover_type == "CONSULT"]
    assert talks.status == "occurred"
    assert [c.doc_id for c in talks.citations] == ["before", "after"]
