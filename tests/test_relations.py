"""Relations between countries: reports merged into one record per real-world event, the
cooperation-conflict index, the agreement registry, contacts and partners, on sentences we wrote."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bilat.dedup import occurrences
from bilat.events.ontology import default_ontology
from bilat.model import Document, Event
from bilat.relations import (
    agreement_subject,
    agreements,
    contact_level,
    contacts,
    cooperation_index,
    partners,
    period_of,
    timeline,
)

Corpus = Callable[..., tuple[dict[str, Document], list[Event]]]


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


def test_the_index_is_the_mean_plover_score_over_ten_of_what_happened(corpus: Corpus) -> None:
    documents, events = corpus(
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


def test_signed_agreements_make_the_registry_with_subject_date_and_parties(corpus: Corpus) -> None:
    documents, events = corpus(
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


def test_contacts_are_visits_talks_and_calls_with_their_level(corpus: Corpus) -> None:
    documents, events = corpus(
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


def test_partners_are_ranked_by_number_of_events(corpus: Corpus) -> None:
    documents, events = corpus(
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


def test_a_side_with_no_named_recipient_is_no_partner(corpus: Corpus) -> None:
    documents, events = corpus(
        (
            "a",
            "2024-06-12",
            "Georgia's prime minister resigned on Monday. Georgia and Armenia held talks.",
        ),
    )
    assert any(e.target.code == "---" for e in events)
    assert [p.code for p in partners(occurrences(events, documents), "GEO")] == ["ARM"]


def test_the_timeline_puts_events_in_date_order_undated_last(corpus: Corpus) -> None:
    documents, events = corpus(
        (
            "a",
            "2024-06-12",
            "Chile accused Peru of spying on Tuesday. Chile and Peru held talks in Lima in March.",
        ),
    )
    dates = [entry.date for entry in timeline(occurrences(events, documents))]
    assert dates == sorted(dates, key=lambda d: d or "~")
    assert dates[0] == "2024-03"
