"""Conversion between :class:`~bilat.model.Reading` values and the rows of :mod:`bilat.store.schema`.

Pure functions, no database: :func:`reading_rows` flattens a reading into one dict per row (every dict of
a table has the same keys, as executemany wants), and the ``*_from_row(s)`` functions rebuild the values,
so that ``reading_from_rows(reading_rows(r)) == r``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, cast

from bilat.errors import StoreError
from bilat.model import (
    ActorRef,
    DateBasis,
    Dateline,
    Document,
    Event,
    EventDate,
    Figure,
    ItemKind,
    ListedItem,
    Mention,
    Place,
    Precision,
    Reading,
    Sentence,
    Span,
    Status,
    TimeMention,
)
from bilat.store.dates import date_bounds

Row = Mapping[Any, Any]  # a SQLAlchemy RowMapping or a plain dict


@dataclass(frozen=True)
class ReadingRows:
    """The rows of one reading, per table."""

    document: dict[str, Any]
    sentences: list[dict[str, Any]]
    mentions: list[dict[str, Any]]
    times: list[dict[str, Any]]
    events: list[dict[str, Any]]
    event_spans: list[dict[str, Any]]
    figures: list[dict[str, Any]]
    items: list[dict[str, Any]]


def entity(code: str) -> str:
    """The ENTITY part of an ``ENTITY[.ROLE]`` actor code."""
    return code.split(".", 1)[0]


# --- spans and places -------------------------------------------------------------------------------


def _span_fields(span: Span | None, owner: str, prefix: str = "") -> dict[str, Any]:
    if span is None:
        return {f"{prefix}start_char": None, f"{prefix}end_char": None, f"{prefix}span_doc": None}
    return {
        f"{prefix}start_char": span.start,
        f"{prefix}end_char": span.end,
        f"{prefix}span_doc": None if span.doc_id == owner else span.doc_id,
    }


def _span_from(row: Row, owner: str, prefix: str = "") -> Span | None:
    start = row[f"{prefix}start_char"]
    if start is None:
        return None
    span_doc = row[f"{prefix}span_doc"]
    return Span(int(start), int(row[f"{prefix}end_char"]), owner if span_doc is None else str(span_doc))


def _required_span(row: Row, owner: str, prefix: str = "") -> Span:
    span = _span_from(row, owner, prefix)
    if span is None:
        raise StoreError(f"document {owner!r}: a row lacks its span ({prefix or 'span'} start is NULL)")
    return span


def _place_fields(place: Place | None, prefix: str) -> dict[str, Any]:
    if place is None:
        return {
            f"{prefix}name": None,
            f"{prefix}country": None,
            f"{prefix}latitude": None,
            f"{prefix}longitude": None,
        }
    return {
        f"{prefix}name": place.name,
        f"{prefix}country": place.country,
        f"{prefix}latitude": place.latitude,
        f"{prefix}longitude": place.longitude,
    }


def _place_from(row: Row, prefix: str, span: Span | None) -> Place | None:
    name = row[f"{prefix}name"]
    if name is None:
        return None
    return Place(
        name=str(name),
        country=row[f"{prefix}country"],
        latitude=_float_or_none(row[f"{prefix}latitude"]),
        longitude=_float_or_none(row[f"{prefix}longitude"]),
        span=span,
    )


def _float_or_none(value: Any) -> float | None:
    return None if value is None else float(value)


def _strings(value: Any) -> tuple[str, ...]:
    return tuple(str(item) for item in (value or ()))


# --- documents --------------------------------------------------------------------------------------


def _document_fields(reading: Reading) -> dict[str, Any]:
    doc = reading.document
    line = doc.dateline
    pair = reading.principal_pair
    fields: dict[str, Any] = {
        "doc_id": doc.id,
        "text": doc.text,
        "date": doc.date,
        "date_basis": doc.date_basis,
        "date_note": doc.date_note,
        "title": doc.title,
        "url": doc.url,
        "source": doc.source,
        "origin": doc.origin,
        "language": doc.language,
        "dateline_text": None if line is None else line.text,
        **_span_fields(None if line is None else line.span, doc.id, "dateline_"),
        "dateline_place": None if line is None else line.place,
        **_span_fields(None if line is None else line.place_span, doc.id, "dateline_place_"),
        "dateline_month": None if line is None else line.month,
        "dateline_day": None if line is None else line.day,
        "dateline_year": None if line is None else line.year,
        "dateline_outlet": None if line is None else line.outlet,
        **_place_fields(reading.location, "location_"),
        **_span_fields(None if reading.location is None else reading.location.span, doc.id, "location_"),
        "principal_source": None if pair is None else pair[0],
        "principal_target": None if pair is None else pair[1],
        "notes": list(reading.notes),
    }
    return fields


def document_from_row(row: Row) -> Document:
    """The :class:`Document` (with its dateline) stored in a ``documents`` row."""
    doc_id = str(row["doc_id"])
    dateline = None
    if row["dateline_text"] is not None:
        dateline = Dateline(
            text=str(row["dateline_text"]),
            span=_required_span(row, doc_id, "dateline_"),
            place=row["dateline_place"],
            place_span=_span_from(row, doc_id, "dateline_place_"),
            month=row["dateline_month"],
            day=row["dateline_day"],
            year=row["dateline_year"],
            outlet=row["dateline_outlet"],
        )
    return Document(
        id=doc_id,
        text=str(row["text"]),
        date=row["date"],
        date_basis=cast(DateBasis, row["date_basis"]),
        date_note=str(row["date_note"]),
        dateline=dateline,
        title=row["title"],
        url=row["url"],
        source=row["source"],
        origin=str(row["origin"]),
        language=row["language"],
    )


# --- events -----------------------------------------------------------------------------------------


def _event_fields(event: Event, owner: str, seq: int) -> dict[str, Any]:
    try:
        date_from, date_to = date_bounds(event.date.value, event.date.end_value)
    except ValueError as exc:
        raise StoreError(f"document {owner!r}, event {event.event_id!r}: bad date: {exc}") from exc
    speaker = event.speaker
    return {
        "doc_id": owner,
        "seq": seq,
        "event_id": event.event_id,
        "event_doc": None if event.doc_id == owner else event.doc_id,
        "source_code": event.source.code,
        "source_entity": entity(event.source.code),
        "source_text": event.source.text,
        "source_implied": event.source.implied,
        "target_code": event.target.code,
        "target_entity": entity(event.target.code),
        "target_text": event.target.text,
        "target_implied": event.target.implied,
        "symmetric": event.symmetric,
        "plover_type": event.plover_type,
        "plover_mode": event.plover_mode,
        "context": list(event.context),
        "cameo_code": event.cameo_code,
        "cameo_root": event.cameo_root,
        "quad_class": event.quad_class,
        "goldstein": event.goldstein,
        "date_value": event.date.value,
        "date_end_value": event.date.end_value,
        "date_precision": event.date.precision,
        "date_basis": event.date.basis,
        "date_from": date_from,
        "date_to": date_to,
        "status": event.status,
        "confidence": event.confidence,
        "coder_version": event.coder_version,
        "evidence": event.evidence,
        "trigger": event.trigger,
        **_place_fields(event.location, "location_"),
        "speaker_code": None if speaker is None else speaker.code,
        "speaker_text": None if speaker is None else speaker.text,
        "speaker_implied": None if speaker is None else speaker.implied,
        "pattern": event.pattern,
    }


def _event_span_rows(event: Event, owner: str, seq: int) -> list[dict[str, Any]]:
    spans: dict[str, Span | None] = {
        "trigger": event.trigger_span,
        "source": event.source.span,
        "target": event.target.span,
        "date": event.date.span,
        "sentence": event.sentence_span,
        "location": None if event.location is None else event.location.span,
        "speaker": None if event.speaker is None else event.speaker.span,
    }
    return [
        {"doc_id": owner, "event_seq": seq, "kind": kind, **_span_fields(span, owner)}
        for kind, span in spans.items()
        if span is not None
    ]


def event_from_row(row: Row, spans: Mapping[str, Span]) -> Event:
    """The :class:`Event` stored in an ``events`` row, given its spans by kind (from ``event_spans``)."""
    owner = str(row["doc_id"])
    where = f"document {owner!r}, event {row['event_id']!r}"
    for kind in ("trigger", "sentence"):
        if kind not in spans:
            raise StoreError(f"{where}: the {kind} span is missing from event_spans")
    speaker = None
    if row["speaker_code"] is not None:
        speaker = ActorRef(
            str(row["speaker_code"]),
            str(row["speaker_text"]),
            spans.get("speaker"),
            bool(row["speaker_implied"]),
        )
    return Event(
        event_id=str(row["event_id"]),
        doc_id=owner if row["event_doc"] is None else str(row["event_doc"]),
        source=ActorRef(
            str(row["source_code"]), str(row["source_text"]), spans.get("source"), bool(row["source_implied"])
        ),
        target=ActorRef(
            str(row["target_code"]), str(row["target_text"]), spans.get("target"), bool(row["target_implied"])
        ),
        plover_type=str(row["plover_type"]),
        cameo_code=str(row["cameo_code"]),
        cameo_root=str(row["cameo_root"]),
        quad_class=int(row["quad_class"]),
        goldstein=float(row["goldstein"]),
        date=EventDate(
            value=row["date_value"],
            precision=cast(Precision, row["date_precision"]),
            basis=str(row["date_basis"]),
            end_value=row["date_end_value"],
            span=spans.get("date"),
        ),
        status=cast(Status, row["status"]),
        confidence=float(row["confidence"]),
        coder_version=str(row["coder_version"]),
        evidence=str(row["evidence"]),
        sentence_span=spans["sentence"],
        trigger_span=spans["trigger"],
        trigger=str(row["trigger"]),
        symmetric=bool(row["symmetric"]),
        plover_mode=row["plover_mode"],
        context=_strings(row["context"]),
        location=_place_from(row, "location_", spans.get("location")),
        speaker=speaker,
        pattern=str(row["pattern"]),
    )


def span_by_kind(rows: Iterable[Row], owner: str) -> dict[str, Span]:
    """The spans of one event from its ``event_spans`` rows, keyed by kind."""
    return {str(row["kind"]): _required_span(row, owner) for row in rows}


# --- whole readings ---------------------------------------------------------------------------------


def reading_rows(reading: Reading) -> ReadingRows:
    """Every row that stores ``reading``; raises :class:`StoreError` on an event date outside the notation."""
    owner = reading.document.id
    event_spans: list[dict[str, Any]] = []
    for seq, event in enumerate(reading.events):
        event_spans.extend(_event_span_rows(event, owner, seq))
    return ReadingRows(
        document=_document_fields(reading),
        sentences=[
            {
                "doc_id": owner,
                "seq": seq,
                "sentence_index": sentence.index,
                **_span_fields(sentence.span, owner),
                "text": sentence.text,
            }
            for seq, sentence in enumerate(reading.sentences)
        ],
        mentions=[
            {
                "doc_id": owner,
                "seq": seq,
                **_span_fields(mention.span, owner),
                "text": mention.text,
                "code": mention.code,
                "entity": mention.entity,
                "kind": mention.kind,
                "confidence": mention.confidence,
                "members": list(mention.members),
                "name": mention.name,
            }
            for seq, mention in enumerate(reading.mentions)
        ],
        times=[
            {
                "doc_id": owner,
                "seq": seq,
                **_span_fields(time.span, owner),
                "text": time.text,
                "value": time.value,
                "end_value": time.end_value,
                "precision": time.precision,
                "basis": time.basis,
                "relation": time.relation,
            }
            for seq, time in enumerate(reading.times)
        ],
        events=[_event_fields(event, owner, seq) for seq, event in enumerate(reading.events)],
        event_spans=event_spans,
        figures=[
            {
                "doc_id": owner,
                "seq": seq,
                **_span_fields(figure.span, owner),
                "text": figure.text,
                "value": figure.value,
                "unit": figure.unit,
                "what": figure.what,
                "what_text": figure.what_text,
                "year": figure.year,
                "year_qualifier": figure.year_qualifier,
                "qualifier": figure.qualifier,
                **actor_fields(figure.actors),
            }
            for seq, figure in enumerate(reading.figures)
        ],
        items=[
            {
                "doc_id": owner,
                "seq": seq,
                **_span_fields(item.span, owner),
                "text": item.text,
                "kind": item.kind,
                "cue": item.cue,
                **actor_fields(item.actors),
            }
            for seq, item in enumerate(reading.items)
        ],
    )


def reading_from_rows(
    document: Row,
    sentences: Sequence[Row],
    mentions: Sequence[Row],
    times: Sequence[Row],
    events: Sequence[Row],
    event_spans: Sequence[Row],
    figures: Sequence[Row] = (),
    items: Sequence[Row] = (),
) -> Reading:
    """The :class:`Reading` stored in these rows (children in ``seq`` order)."""
    owner = str(document["doc_id"])
    spans_of: dict[int, list[Row]] = {}
    for row in event_spans:
        spans_of.setdefault(int(row["event_seq"]), []).append(row)
    principal = None
    if document["principal_source"] is not None and document["principal_target"] is not None:
        principal = (str(document["principal_source"]), str(document["principal_target"]))
    return Reading(
        document=document_from_row(document),
        sentences=tuple(
            Sentence(int(row["sentence_index"]), _required_span(row, owner), str(row["text"]))
            for row in sentences
        ),
        mentions=tuple(
            Mention(
                span=_required_span(row, owner),
                text=str(row["text"]),
                code=str(row["code"]),
                kind=str(row["kind"]),
                confidence=float(row["confidence"]),
                members=_strings(row["members"]),
                name=row["name"],
            )
            for row in mentions
        ),
        times=tuple(
            TimeMention(
                span=_required_span(row, owner),
                text=str(row["text"]),
                value=row["value"],
                precision=cast(Precision, row["precision"]),
                basis=str(row["basis"]),
                end_value=row["end_value"],
                relation=row["relation"],
            )
            for row in times
        ),
        events=tuple(
            event_from_row(row, span_by_kind(spans_of.get(int(row["seq"]), ()), owner)) for row in events
        ),
        location=_place_from(document, "location_", _span_from(document, owner, "location_")),
        principal_pair=principal,
        notes=_strings(document["notes"]),
        figures=tuple(figure_from_row(row, owner) for row in figures),
        items=tuple(item_from_row(row, owner) for row in items),
    )


# --- figures and items ------------------------------------------------------------------------------


def actor_fields(actors: Sequence[str]) -> dict[str, Any]:
    """The actor columns of a figure or item row: the list, and its first two codes to filter on."""
    return {
        "actors": list(actors),
        "actor_1": actors[0] if actors else None,
        "actor_2": actors[1] if len(actors) > 1 else None,
    }


def figure_from_row(row: Row, owner: str) -> Figure:
    """The :class:`Figure` stored in a ``figures`` row of document ``owner`` (no actors before version 3)."""
    return Figure(
        span=_required_span(row, owner),
        text=str(row["text"]),
        value=float(row["value"]),
        unit=str(row["unit"]),
        what=str(row["what"]),
        what_text=str(row["what_text"]),
        year=None if row["year"] is None else int(row["year"]),
        year_qualifier=row["year_qualifier"],
        qualifier=row["qualifier"],
        actors=_strings(row["actors"]),
    )


def item_from_row(row: Row, owner: str) -> ListedItem:
    """The :class:`ListedItem` stored in an ``items`` row of document ``owner``."""
    return ListedItem(
        span=_required_span(row, owner),
        text=str(row["text"]),
        kind=cast(ItemKind, row["kind"]),
        actors=_strings(row["actors"]),
        cue=str(row["cue"]),
    )
