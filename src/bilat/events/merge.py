"""One record per real event within a document: the coder finds an event once per mention (a lead, a
later "the talks", a dated and an undated mention in one sentence); these rules merge the mentions and
give each event its stable id."""

from __future__ import annotations

import hashlib
from dataclasses import replace

from bilat.model import Event


def event_id(doc_id: str, trigger_start: int, source: str, target: str, plover: str, day: str | None) -> str:
    """The stable id of an event: its document, where its trigger starts, its two sides' codes, its PLOVER
    type and its date's value (read before the event is built, so that it is built once)."""
    key = "|".join([doc_id, str(trigger_start), source, target, plover, str(day)])
    return "ev-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def merge(events: list[Event]) -> list[Event]:
    """One record per real event within a document: the same dyad (order-free when symmetric), CAMEO code
    and date are one event (the most confident mention wins; an end date from another mention is kept).
    Within a sentence, an undated mention of an event that another mention dates is the same event."""
    out: dict[tuple[object, ...], Event] = {}
    for ev in events:
        pair: tuple[str, ...] = (ev.source.code.split(".")[0], ev.target.code.split(".")[0])
        if ev.symmetric:
            pair = tuple(sorted(pair))
        key = (pair, ev.symmetric, ev.cameo_code, ev.date.value)
        prev = out.get(key)
        if prev is None or ev.confidence > prev.confidence:
            if prev is not None and prev.date.end_value and not ev.date.end_value:
                ev = replace(ev, date=replace(ev.date, end_value=prev.date.end_value))
            out[key] = ev
    merged = list(out.values())
    dated: dict[tuple[object, ...], Event] = {}
    for e in merged:
        if e.date.value is not None:
            dated.setdefault(_sentence_key(e), e)
    result: dict[str, Event] = {e.event_id: e for e in merged}
    for e in merged:
        twin = dated.get(_sentence_key(e))
        if e.date.value is None and e.date.end_value and twin is not None:
            del result[e.event_id]
            if e.date.end_value and not twin.date.end_value:
                result[twin.event_id] = replace(twin, date=replace(twin.date, end_value=e.date.end_value))
    return sorted(result.values(), key=lambda e: (e.trigger_span.start, e.source.code, e.target.code))


def _sentence_key(e: Event) -> tuple[object, ...]:
    entities = frozenset({e.source.code.split(".")[0], e.target.code.split(".")[0]})
    return (e.sentence_span, e.plover_type, entities)
