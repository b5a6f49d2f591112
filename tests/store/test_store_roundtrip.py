"""A reading written to the store comes back equal: hand-built ones and hypothesis-generated ones."""

from __future__ import annotations

import dataclasses
import string
from collections.abc import Callable
from typing import get_args

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bilat.model import (
    ActorRef,
    DateBasis,
    Dateline,
    Document,
    Event,
    EventDate,
    Figure,
    Mention,
    Place,
    Precision,
    Reading,
    Sentence,
    Span,
    Status,
    TimeMention,
)
from bilat.store import Store

# text the databases can hold: no NUL (PostgreSQL refuses it), no lone surrogates (not UTF-8)
TEXT = st.text(st.characters(exclude_categories=["Cs"], exclude_characters="\x00"), max_size=40)
IDS = st.text(string.ascii_letters + string.digits + "-_:./", min_size=1, max_size=24)
CODES = st.from_regex(r"[A-Z]{2,3}(\.[A-Z]{2,12})?", fullmatch=True)
OFFSETS = st.integers(0, 2**31 - 1)
SMALL = st.integers(-(2**31), 2**31 - 1)
FLOATS = st.floats(allow_nan=False, allow_infinity=False)
DAYS = st.dates().map(lambda day: day.isoformat())
NOTATION = st.one_of(
    DAYS,
    st.dates().map(lambda day: f"{day.year:04d}-{day.month:02d}"),
    st.integers(1, 9999).map(lambda year: f"{year:04d}"),
    st.tuples(DAYS, DAYS).map(lambda pair: "/".join(sorted(pair))),
    st.integers(1, 9999).map(lambda year: f"..{year:04d}"),
    st.integers(1, 9999).map(lambda year: f"{year:04d}.."),
)


@st.composite
def readings(draw: st.DrawFn) -> Reading:
    doc_id = draw(IDS)
    span_docs = st.one_of(st.just(doc_id), st.just(doc_id), st.just(""), IDS)
    spans = st.builds(Span, OFFSETS, OFFSETS, span_docs)
    maybe_span = st.none() | spans
    places = st.builds(Place, TEXT, st.none() | CODES, st.none() | FLOATS, st.none() | FLOATS, maybe_span)
    actors = st.builds(ActorRef, CODES, TEXT, maybe_span, st.booleans())
    dateline = st.builds(
        Dateline,
        TEXT,
        spans,
        st.none() | TEXT,
        maybe_span,
        st.none() | SMALL,
        st.none() | SMALL,
        st.none() | SMALL,
        st.none() | TEXT,
    )
    document = st.builds(
        Document,
        st.just(doc_id),
        TEXT,
        st.none() | st.dates(),
        st.sampled_from(get_args(DateBasis)),
        TEXT,
        st.none() | dateline,
        st.none() | TEXT,
        st.none() | TEXT,
        st.none() | TEXT,
        TEXT,
        st.none() | TEXT,
    )
    event_dates = st.builds(
        EventDate,
        st.none() | NOTATION,
        st.sampled_from(get_args(Precision)),
        TEXT,
        st.none() | NOTATION,
        maybe_span,
    )
    events = st.builds(
        Event,
        event_id=IDS,
        doc_id=st.one_of(st.just(doc_id), IDS),
        source=actors,
        target=actors,
        plover_type=st.sampled_from(["CONSULT", "AGREE", "ACCUSE", "SANCTION", "ASSAULT"]),
        cameo_code=st.from_regex(r"[0-2][0-9]{1,3}", fullmatch=True),
        cameo_root=st.from_regex(r"[0-2][0-9]", fullmatch=True),
        quad_class=SMALL,
        goldstein=FLOATS,
        date=event_dates,
        status=st.sampled_from(get_args(Status)),
        confidence=FLOATS,
        coder_version=TEXT,
        evidence=TEXT,
        sentence_span=spans,
        trigger_span=spans,
        trigger=TEXT,
        symmetric=st.booleans(),
        plover_mode=st.none() | TEXT,
        context=st.lists(TEXT, max_size=3).map(tuple),
        location=st.none() | places,
        speaker=st.none() | actors,
        pattern=TEXT,
    )
    mentions = st.builds(
        Mention, spans, TEXT, CODES, TEXT, FLOATS, st.lists(CODES, max_size=3).map(tuple), st.none() | TEXT
    )
    times = st.builds(
        TimeMention,
        spans,
        TEXT,
        st.none() | TEXT,
        st.sampled_from(get_args(Precision)),
        TEXT,
        st.none() | TEXT,
        st.none() | TEXT,
    )
    figures = st.builds(
        Figure,
        spans,
        TEXT,
        FLOATS,
        st.sampled_from(["USD", "EUR", "CNY", "persons", "votes", "percent", "agreements"]),
        st.sampled_from(["trade", "aid", "personnel trained", "votes", "other"]),
        TEXT,
        st.none() | st.integers(1, 9999),
        st.none() | st.sampled_from(["by", "since", "until"]),
        st.none() | st.sampled_from(["more than", "about", "nearly", "up to"]),
    )
    return Reading(
        document=draw(document),
        sentences=tuple(draw(st.lists(st.builds(Sentence, SMALL, spans, TEXT), max_size=4))),
        mentions=tuple(draw(st.lists(mentions, max_size=4))),
        times=tuple(draw(st.lists(times, max_size=3))),
        events=tuple(draw(st.lists(events, max_size=4))),
        location=draw(st.none() | places),
        principal_pair=draw(st.none() | st.tuples(CODES, CODES)),
        notes=tuple(draw(st.lists(TEXT, max_size=3))),
        figures=tuple(draw(st.lists(figures, max_size=3))),
    )


def test_full_reading_loads_equal_to_the_one_written(store: Store, reading: Reading) -> None:
    store.write([reading])

    assert store.load_reading(reading.document.id) == reading


def test_bare_reading_loads_equal_to_the_one_written(store: Store) -> None:
    bare = Reading(Document("wire-1", "Nothing happened today."))
    store.write([bare])

    assert store.load_reading("wire-1") == bare


def test_children_keep_their_order_in_the_reading(store: Store, reading: Reading) -> None:
    shuffled = dataclasses.replace(
        reading, mentions=tuple(reversed(reading.mentions)), events=tuple(reversed(reading.events))
    )
    store.write([shuffled])

    loaded = store.load_reading(reading.document.id)

    assert loaded is not None
    assert loaded.mentions == shuffled.mentions
    assert loaded.events == shuffled.events


def test_unknown_document_loads_as_none(store: Store, reading: Reading) -> None:
    store.write([reading])

    assert store.load_reading("no-such-document") is None


def test_reading_survives_closing_and_reopening_the_store(store_url: str, reading: Reading) -> None:
    with Store.open(store_url) as first:
        first.write([reading])

    with Store.open(store_url) as second:
        assert second.load_reading(reading.document.id) == reading


def test_stored_events_equal_the_written_ones(store: Store, make_reading: Callable[[str], Reading]) -> None:
    batch = [make_reading("a"), make_reading("b")]
    store.write(batch)

    assert sorted(store.events(), key=lambda e: e.event_id) == sorted(
        (event for r in batch for event in r.events), key=lambda e: e.event_id
    )


def test_documents_lists_every_stored_document_by_id(
    store: Store, make_reading: Callable[[str], Reading]
) -> None:
    batch = [make_reading("reuters-2"), make_reading("apnews-7"), make_reading("tass-1")]
    store.write(batch)

    assert list(store.documents()) == sorted((r.document for r in batch), key=lambda d: d.id)


def test_documents_by_id_gives_those_that_are_stored(
    store: Store, make_reading: Callable[[str], Reading]
) -> None:
    store.write([make_reading("reuters-2"), make_reading("apnews-7"), make_reading("tass-1")])

    assert [d.id for d in store.documents(["tass-1", "reuters-2", "unknown", "tass-1"])] == [
        "reuters-2",
        "tass-1",
    ]
    assert list(store.documents([])) == []


@settings(
    max_examples=40,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(generated=readings())
def test_any_reading_loads_equal_to_the_one_written(store: Store, generated: Reading) -> None:
    store.write([generated], replace=True)

    assert store.load_reading(generated.document.id) == generated
