"""Relations between countries: reports merged into one record per real-world event, the
cooperation-conflict index, the agreement registry, contacts and partners, on sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from bilat.events.ontology import default_ontology
from bilat.model import Document, Event
from bilat.pipeline import Reader
from bilat.relations import (
    agreement_subject,
    agreements,
    contact_level,
    contacts,
    cooperation_index,
    occurrences,
    partners,
    period_of,
    timeline,
)


def read(reader: Reader, doc_id: str, date: str, text: str) -> tuple[Document, list[Event]]:
    document = Document(id=doc_id, text=text, date=dt.date.fromisoformat(date), date_basis="given")
    reading = next(iter(reader.read_documents([document])))
    return document, list(reading.events)


def corpus(reader: Reader, *articles: tuple[str, str, str]) -> tuple[dict[str, Document], list[Event]]:
    documents: dict[str, Document] = {}
    events: list[Event] = []
    for doc_id, date, text in articles:
        document, found = read(reader, doc_id, date, text)
        documents[doc_id] = document
        events += found
    return documents, events


TALKS_WIRE = ("wire", "2025-03-04", "Chile and Peru held talks in Lima on Tuesday on a new border crossing.")
TALKS_HERALD = (
    "herald",
    "2025-03-05",
    "Peru and Chile held talks in Lima on March 4, officials said on Wednesday.",
)


def test_the_same_talks_reported_by_two_documents_are_one_occurrence_with_two_citations(
    reader: Reader,
) -> None:
    documents, events = corpus(reader, TALKS_WIRE, TALKS_HERALD)
    merged = [o for o in occurrences(events, documents) if o.plover_type == "CONSULT"]
    assert len(merged) == 1
    assert merged[0].date == "2025-03-04"
    assert [c.doc_id for c in merged[0].citations] == ["wire", "herald"]
    assert merged[0].citations[1].outlet is None and merged[0].citations[1].published == dt.date(2025, 3, 5)


def test_different_dates_stay_apart(reader: Reader) -> None:
    documents, events = corpus(
        reader,
        ("a", "2025-03-04", "Chile and Peru held talks in Lima on Tuesday."),
        ("b", "2025-04-10", "Chile and Peru held talks in Santiago on Thursday."),
    )
    assert len([o for o in occurrences(events, documents) if o.plover_type == "CONSULT"]) == 2


def test_two_events_of_one_document_are_never_merged_by_the_rule(reader: Reader) -> None:
    documents, events = corpus(
        reader,
        ("a", "2025-03-04", "Chile accused Peru of spying on Tuesday. Chile also accused Peru of smuggling."),
    )
    accusations = [e for e in events if e.plover_type == "ACCUSE"]
    found = [o for o in occurrences(accusations, documents)]
    assert len(found) == len(accusations)


def test_the_latest_report_gives_the_status(reader: Reader) -> None:
    documents, events = corpus(
        reader,
        ("before", "2025-03-03", "Chile and Peru will hold talks in Lima on Tuesday."),
        ("after", "2025-03-05", "Chile and Peru held talks in Lima on Tuesday."),
    )
    (talks,) = [o for o in occurrences(events, documents) if o.plover_type == "CONSULT"]
    assert talks.status == "occurred"
    assert [c.doc_id for c in talks.citations] == ["before", "after"]


@pytest.mark.parametrize(
    ("date", "by", "period"),
    [
        ("2024-11-05", "month", "2024-11"),
        ("2024-11", "month", "2024-11"),
        ("2024", "month", None),
        ("2024-11-05", "year", "2024"),
        ("..2024", "year", "2024"),
        ("2019..", "year", "2019"),
        ("2014-11-10/2014-11-16", "month", "2014-11"),
        ("2024-W03", "year", None),
        (None, "year", None),
    ],
)
def test_period_of_a_date(date: str | None, by: str, period: str | None) -> None:
    assert period_of(date, by) == period  # type: ignore[arg-type]


def test_the_index_is_the_mean_plover_score_over_ten_of_what_happened(reader: Reader) -> None:
    documents, events = corpus(
        reader,
        (
            "a",
            "2024-06-12",
            "Chile accused Peru on Monday of spying. Chile and Peru held talks in Lima on Tuesday. "
            "Chile will send aid to Peru next year.",
        ),
    )
    found = occurrences(events, documents)
    (point,) = cooperation_index(found, "year")
    happened = [o for o in found if o.status in ("occurred", "ongoing")]
    assert point.period == "2024"
    assert point.events == len(happened) == 2  # the planned aid is left out
    scores = default_ontology().plover("ACCUSE").score, default_ontology().plover("CONSULT").score
    assert point.plover == pytest.approx(sum(scores) / 2 / 10)
    assert (point.cooperative, point.conflictual) == (1, 1)
    assert -1 <= point.goldstein <= 1


@pytest.mark.parametrize(
    ("sentence", "anchor", "subject"),
    [
        (
            "The countries signed agreements on military cooperation (in 2018) and on military-technical "
            "cooperation (in August 2024).",
            "August",
            "military-technical cooperation",
        ),
        (
            "The countries signed agreements on military cooperation (in 2018) and on military-technical "
            "cooperation (in August 2024).",
            "2018",
            "military cooperation",
        ),
        ("Kenya and Uganda signed a free trade agreement in Nairobi.", "signed", "free trade agreement"),
        (
            "A memorandum of understanding on renewable energy was signed in Oslo on Monday.",
            "signed",
            "renewable energy",
        ),
        (
            "The two leaders signed an agreement on semiconductor supply chains and agreed to expand ties.",
            "signed",
            "semiconductor supply chains",
        ),
        ("The ministers signed an agreement in Hanoi.", "signed", ""),
    ],
)
def test_agreement_subject(sentence: str, anchor: str, subject: str) -> None:
    assert agreement_subject(sentence, sentence.index(anchor)) == subject


def test_signed_agreements_make_the_registry_with_subject_date_and_parties(reader: Reader) -> None:
    documents, events = corpus(
        reader,
        (
            "a",
            "2023-05-02",
            "Kenya and Uganda signed an agreement on cross-border trade in Nairobi in April 2023.",
        ),
    )
    (agreement,) = agreements(occurrences(events, documents))
    assert agreement.subject == "cross-border trade"
    assert agreement.date == "2023-04"
    assert set(agreement.parties) == {"KEN", "UGA"}
    assert agreement.status == "signed"


def test_contacts_are_visits_talks_and_calls_with_their_level(reader: Reader) -> None:
    documents, events = corpus(
        reader,
        (
            "a",
            "2024-10-03",
            "Brazilian President Lula spoke by phone with Argentine President Javier Milei on Tuesday. "
            "Brazil's foreign minister visited Buenos Aires in August.",
        ),
    )
    found = {c.kind: c for c in contacts(occurrences(events, documents))}
    assert found["phone call"].level == "head of state or government"
    assert found["phone call"].date == "2024-10-01"
    assert found["visit"].date == "2024-08"


@pytest.mark.parametrize(
    ("source", "target", "source_text", "level"),
    [
        ("BRA.HOS", "ARG.HOS", "President Lula", "head of state or government"),
        ("BRA.HOG", "ARG.GOV", "Prime Minister", "leader"),
        ("BRA.GOV", "ARG.GOV", "the foreign minister", "ministers"),
        ("BRA.GOV", "ARG.MIL", "officials", "officials"),
        ("BRA", "ARG.GOV", "Brazil", "countries"),
    ],
)
def test_contact_level(source: str, target: str, source_text: str, level: str) -> None:
    assert contact_level(source, target, source_text, "") == level


def test_partners_are_ranked_by_number_of_events(reader: Reader) -> None:
    documents, events = corpus(
        reader,
        (
            "a",
            "2024-06-12",
            "Chile and Peru held talks in Lima on Monday. Chile accused Peru of spying on Tuesday. "
            "Chile and Bolivia held talks in La Paz on Wednesday.",
        ),
    )
    ranked = partners(occurrences(events, documents), "CHL")
    assert [p.code for p in ranked] == ["PER", "BOL"]
    assert (ranked[0].cooperative, ranked[0].conflictual) == (1, 1)
    assert ranked[1].index == pytest.approx(default_ontology().plover("CONSULT").score / 10)


def test_the_timeline_puts_events_in_date_order_undated_last(reader: Reader) -> None:
    documents, events = corpus(
        reader,
        (
            "a",
            "2024-06-12",
            "Chile accused Peru of spying on Tuesday. Chile and Peru held talks in Lima in March.",
        ),
    )
    dates = [entry.date for entry in timeline(occurrences(events, documents))]
    assert dates == sorted(dates, key=lambda d: d or "~")
    assert dates[0] == "2024-03"
