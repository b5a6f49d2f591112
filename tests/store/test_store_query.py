"""Filtering and ordering stored events with an EventQuery."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from bilat.errors import StoreError
from bilat.model import ActorRef, Document, Event, EventDate, Reading, Span
from bilat.store import EventQuery, Store

TEXT = "Officials met, talked, agreed, accused, demanded and sanctioned across the region this year."


def _event(
    doc_id: str,
    event_id: str,
    source: str,
    target: str,
    plover: str,
    root: str,
    date: str | None,
    confidence: float,
    end: str | None = None,
) -> Event:
    return Event(
        event_id=event_id,
        doc_id=doc_id,
        source=ActorRef(source, source, Span(0, 9, doc_id)),
        target=ActorRef(target, target, None, implied=True),
        plover_type=plover,
        cameo_code=f"{root}0",
        cameo_root=root,
        quad_class=1,
        goldstein=1.0,
        date=EventDate(date, "unknown" if date is None else "day", "given", end_value=end),
        status="occurred",
        confidence=confidence,
        coder_version="test",
        evidence=TEXT,
        sentence_span=Span(0, len(TEXT), doc_id),
        trigger_span=Span(10, 13, doc_id),
        trigger="met",
    )


def _readings() -> list[Reading]:
    first = [
        _event("d1", "e1", "RUS.HOS", "CAF.HOS", "CONSULT", "04", "2025-01-16", 0.9),
        _event("d1", "e2", "CAF", "RUS", "AGREE", "05", "2024-11", 0.6),
    ]
    second = [
        _event("d2", "e3", "USA.GOV", "RUS", "SANCTION", "16", "..2024", 0.7),
        _event("d2", "e4", "UN.SC", "CAF", "DEMAND", "10", "2019..", 0.3),
        _event("d2", "e5", "FRA", "CAF.GOV", "ACCUSE", "11", None, 0.8),
        _event("d2", "e6", "RUS.MIL", "CAF.MIL", "CONSULT", "04", "2014-11-10/2014-11-16", 0.5),
        _event("d2", "e7", "CAF.HOS", "RUS.HOS", "CONSULT", "04", "2025-01-15", 0.95, end="2025-01-17"),
    ]
    return [
        Reading(Document("d1", TEXT), events=tuple(first)),
        Reading(Document("d2", TEXT), events=tuple(second)),
    ]


@pytest.fixture
def filled(store: Store) -> Store:
    store.write(_readings())
    return store


def _ids(store: Store, **query: Any) -> list[str]:
    return [event.event_id for event in store.events(EventQuery(**query))]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"dyad": ("RUS", "CAF")}, {"e1", "e2", "e6", "e7"}),
        ({"dyad": ("CAF", "RUS")}, {"e1", "e2", "e6", "e7"}),
        ({"dyad": ("RUS", "CAF"), "directed": True}, {"e1", "e6"}),
        ({"dyad": ("CAF", "RUS"), "directed": True}, {"e2", "e7"}),
        ({"dyad": ("USA", "CAF")}, set()),
        ({"actor": "CAF"}, {"e1", "e2", "e4", "e5", "e6", "e7"}),
        ({"actor": "UN"}, {"e4"}),
        ({"plover_type": "CONSULT"}, {"e1", "e6", "e7"}),
        ({"cameo_root": "16"}, {"e3"}),
        ({"min_confidence": 0.8}, {"e1", "e5", "e7"}),
        ({"doc_id": "d1"}, {"e1", "e2"}),
        ({"dyad": ("RUS", "CAF"), "plover_type": "CONSULT", "since": "2015"}, {"e1", "e7"}),
    ],
    ids=[
        "dyad-either-order",
        "dyad-given-reversed",
        "dyad-directed",
        "dyad-directed-reversed",
        "dyad-absent",
        "actor-either-side",
        "actor-igo-organ-by-entity",
        "plover-type",
        "cameo-root",
        "min-confidence",
        "document",
        "combined",
    ],
)
def test_query_keeps_the_matching_events(filled: Store, query: dict[str, Any], expected: set[str]) -> None:
    assert set(_ids(filled, **query)) == expected


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"since": "2025"}, {"e1", "e4", "e7"}),
        ({"since": "2025-01-17"}, {"e4", "e7"}),
        ({"since": "2025-01-18"}, {"e4"}),
        ({"since": "2024-11"}, {"e1", "e2", "e3", "e4", "e7"}),
        ({"until": "2014"}, {"e3", "e6"}),
        ({"until": "2014-11-09"}, {"e3"}),
        ({"until": "2014-11-10"}, {"e3", "e6"}),
        ({"since": "2024-12", "until": "2024-12"}, {"e3", "e4"}),
        ({"since": "2014-11-16", "until": "2014-11-16"}, {"e3", "e6"}),
    ],
    ids=[
        "since-year",
        "since-last-day-of-a-lasting-event",
        "since-after-it",
        "since-month",
        "until-year",
        "until-day-before-a-range",
        "until-first-day-of-a-range",
        "within-a-month",
        "last-day-of-a-range",
    ],
)
def test_since_and_until_compare_date_ranges(
    filled: Store, query: dict[str, Any], expected: set[str]
) -> None:
    assert set(_ids(filled, **query)) == expected


def test_undated_events_are_left_out_by_a_date_filter(filled: Store) -> None:
    assert "e5" not in _ids(filled, since="1900") + _ids(filled, until="2100")


def test_events_come_by_first_day_then_undated_last(filled: Store) -> None:
    assert _ids(filled) == ["e6", "e4", "e2", "e7", "e1", "e3", "e5"]


def test_limit_keeps_the_first_events_in_order(filled: Store) -> None:
    assert _ids(filled, limit=3) == ["e6", "e4", "e2"]


def test_limit_applies_after_the_filter(filled: Store) -> None:
    assert _ids(filled, actor="RUS", limit=2) == ["e6", "e2"]


def test_events_of_the_same_day_come_by_document_then_position(store: Store) -> None:
    day = "2025-03-01"
    store.write(
        [
            Reading(Document("b", TEXT), events=(_event("b", "b0", "RUS", "CAF", "AGREE", "05", day, 0.5),)),
            Reading(
                Document("a", TEXT),
                events=(
                    _event("a", "a0", "RUS", "CAF", "AGREE", "05", day, 0.5),
                    _event("a", "a1", "RUS", "CAF", "AGREE", "05", day, 0.5),
                ),
            ),
        ]
    )

    assert _ids(store) == ["a0", "a1", "b0"]


def test_events_keep_their_spans(filled: Store) -> None:
    expected = {event.event_id: event for reading in _readings() for event in reading.events}

    assert {event.event_id: event for event in filled.events()} == expected


def test_empty_store_has_no_events(store: Store) -> None:
    assert list(store.events()) == []


@pytest.mark.parametrize(
    "query",
    [
        {"since": "2024-13"},
        {"until": "last week"},
        {"since": "2024-02-30"},
        {"dyad": ("RUS", "CAF", "USA")},
        {"limit": -1},
    ],
    ids=["month-13", "words", "no-such-day", "three-sided-dyad", "negative-limit"],
)
def test_malformed_query_is_a_store_error(query: dict[str, Any]) -> None:
    with pytest.raises(StoreError, match="event query"):
        EventQuery(**query)


def test_query_is_a_frozen_value() -> None:
    query = EventQuery(actor="RUS")

    with pytest.raises(dataclasses.FrozenInstanceError):
        query.actor = "CAF"  # type: ignore[misc]
