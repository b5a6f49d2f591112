"""Writing batches: counts, skipping stored documents, replacing them, and all-or-nothing transactions."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import pytest
import sqlalchemy as sa

from bilat.errors import StoreError
from bilat.model import Document, EventDate, Reading
from bilat.store import Store, WriteResult

MakeReading = Callable[[str], Reading]


def test_write_reports_readings_and_events_written(store: Store, make_reading: MakeReading) -> None:
    result = store.write([make_reading("a"), make_reading("b")])

    assert result == WriteResult(written=2, skipped=0, events=4)


def test_stored_document_is_skipped_on_a_second_write(store: Store, make_reading: MakeReading) -> None:
    store.write([make_reading("a")])

    result = store.write([make_reading("a"), make_reading("b")])

    assert result == WriteResult(written=1, skipped=1, events=2)
    assert store.counts()["documents"] == 2


def test_skipped_document_keeps_its_first_reading(store: Store, reading: Reading) -> None:
    store.write([reading])
    store.write([dataclasses.replace(reading, events=())])

    assert store.load_reading(reading.document.id) == reading


def test_replace_rewrites_a_stored_document(store: Store, reading: Reading) -> None:
    store.write([reading])
    recoded = dataclasses.replace(reading, events=reading.events[:1], notes=("recoded",))

    result = store.write([recoded], replace=True)

    assert result == WriteResult(written=1, skipped=0, events=1)
    assert store.load_reading(reading.document.id) == recoded
    assert store.counts()["events"] == 1


def test_replace_leaves_other_documents_alone(store: Store, make_reading: MakeReading) -> None:
    store.write([make_reading("a"), make_reading("b")])

    store.write([Reading(Document("a", "Recoded."))], replace=True)

    assert store.load_reading("b") == make_reading("b")
    assert store.counts() == {"documents": 2, "events": 2, "mentions": 5}


def test_document_twice_in_a_batch_is_written_once(store: Store, reading: Reading) -> None:
    later = dataclasses.replace(reading, notes=("second",))

    result = store.write([reading, later])

    assert result == WriteResult(written=1, skipped=1, events=2)
    assert store.load_reading(reading.document.id) == reading


def test_document_twice_in_a_replacing_batch_keeps_the_last(store: Store, reading: Reading) -> None:
    later = dataclasses.replace(reading, notes=("second",))

    store.write([reading, later], replace=True)

    assert store.load_reading(reading.document.id) == later


def test_has_document_tells_stored_from_unknown(store: Store, reading: Reading) -> None:
    store.write([reading])

    assert (store.has_document(reading.document.id), store.has_document("elsewhere")) == (True, False)


def test_counts_documents_events_and_mentions(store: Store, make_reading: MakeReading) -> None:
    store.write([make_reading("a"), make_reading("b"), Reading(Document("c", "Quiet day."))])

    assert store.counts() == {"documents": 3, "events": 4, "mentions": 10}


def test_empty_store_counts_zero(store: Store) -> None:
    assert store.counts() == {"documents": 0, "events": 0, "mentions": 0}


def test_empty_batch_writes_nothing(store: Store) -> None:
    assert store.write([]) == WriteResult(written=0, skipped=0, events=0)


def test_large_batch_is_written_in_one_call(store: Store, make_reading: MakeReading) -> None:
    batch = [make_reading(f"doc-{number:05d}") for number in range(1200)]

    result = store.write(batch)

    assert result == WriteResult(written=1200, skipped=0, events=2400)
    assert store.write(batch) == WriteResult(written=0, skipped=1200, events=0)
    assert store.counts() == {"documents": 1200, "events": 2400, "mentions": 6000}


@pytest.mark.parametrize("bad_date", ["January 2025", "2025-13", "2025-02-30", "next week", "2024/"])
def test_batch_with_an_undatable_event_writes_nothing(
    store: Store, make_reading: MakeReading, bad_date: str
) -> None:
    good = make_reading("good")
    bad = make_reading("bad")
    first = bad.events[0]
    bad = dataclasses.replace(
        bad, events=(dataclasses.replace(first, date=EventDate(bad_date, "day", "given")),)
    )

    with pytest.raises(StoreError, match="bad date"):
        store.write([good, bad])

    assert store.counts()["documents"] == 0


def test_database_failure_mid_batch_rolls_the_whole_batch_back(
    store: Store, raw_engine: sa.Engine, make_reading: MakeReading
) -> None:
    store.write([make_reading("kept")])
    with raw_engine.begin() as conn:  # documents and events still insert; their spans cannot
        conn.execute(sa.text("DROP TABLE event_spans"))

    with pytest.raises(StoreError, match="writing to"):
        store.write([make_reading("lost-1"), make_reading("lost-2")], replace=True)

    assert [document.id for document in store.documents()] == ["kept"]


def _recode_while_iterating(store: Store) -> list[str]:
    seen = []
    for document in store.documents():
        loaded = store.load_reading(document.id)
        assert loaded is not None
        store.write([dataclasses.replace(loaded, notes=("recoded",))], replace=True)
        seen.append(document.id)
    return seen


def test_reading_and_writing_while_iterating_documents(store: Store, make_reading: MakeReading) -> None:
    store.write([make_reading("a"), make_reading("b")])

    assert _recode_while_iterating(store) == ["a", "b"]
    assert [reading.notes for reading in map(store.load_reading, "ab") if reading] == [("recoded",)] * 2


def test_memory_store_reads_and_writes_while_iterating(make_reading: MakeReading) -> None:
    with Store.open("sqlite://") as store:
        store.write([make_reading("a"), make_reading("b")])

        assert _recode_while_iterating(store) == ["a", "b"]
        assert store.counts()["documents"] == 2
