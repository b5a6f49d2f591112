"""The whole pipeline on text: the sample TASS article scored against its gold reading, the inferred
publication date, spans that point back at the words, the event record fields FORMAT.md lists, and no
events on news that reports no act between states.

``bilat.api`` builds its own default Reader on first use; these tests hand it the session's Reader instead
(one loaded pipeline for the whole suite).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

import bilat
import bilat.api
from bilat.model import Reading
from bilat.pipeline import Reader

SAMPLE = "tass-2025-01-16-putin-touadera"
REQUIRED_GOLD_EVENTS = 11
MAX_EXTRA_PREDICTIONS = 2
SPAN_KEYS = {"trigger", "source", "target", "date"}


@pytest.fixture
def session_reader(reader: Reader, monkeypatch: pytest.MonkeyPatch) -> Reader:
    """Make ``bilat.api``'s default Reader the session's one."""
    monkeypatch.setattr(bilat.api, "default_reader", lambda: reader)
    return reader


@pytest.fixture
def sample_reading(session_reader: Reader, shared_file: Callable[..., Path]) -> Reading:
    text = shared_file("samples", f"{SAMPLE}.txt").read_text("utf-8")
    return bilat.read(text, doc_id=SAMPLE)


def test_sample_article_finds_every_required_event(
    session_reader: Reader, shared_file: Callable[..., Path]
) -> None:
    scores = bilat.evaluate([shared_file("samples", f"{SAMPLE}.gold.json")])
    missed = [
        (g.source_actor, g.plover_type, g.target_actor, g.date) for d in scores.per_document for g in d.missed
    ]
    assert scores.gold == REQUIRED_GOLD_EVENTS
    assert scores.plover.recall == 1.0, missed


def test_sample_article_has_few_extra_events(
    session_reader: Reader, shared_file: Callable[..., Path]
) -> None:
    scores = bilat.evaluate([shared_file("samples", f"{SAMPLE}.gold.json")])
    extra = [
        (f["source_actor"], f["plover_type"], f["target_actor"], f["date"], f["evidence"])
        for d in scores.per_document
        for f in d.false_positives
    ]
    assert scores.plover.predicted - scores.plover.matched <= MAX_EXTRA_PREDICTIONS, extra


def test_sample_date_is_inferred_from_dateline_and_text(sample_reading: Reading) -> None:
    document = sample_reading.document
    assert document.date is not None
    assert document.date.isoformat() == "2025-01-16"
    assert document.date_basis == "inferred"


def test_event_spans_point_at_their_words(sample_reading: Reading) -> None:
    text = sample_reading.document.text
    assert sample_reading.events
    for e in sample_reading.events:
        assert e.trigger_span.text(text) == e.trigger
        assert e.evidence in e.sentence_span.text(text)
        for side in (e.source, e.target):
            if side.span is not None:
                assert side.span.text(text) == side.text
            else:
                assert side.implied


def test_event_date_span_holds_the_time_expression(sample_reading: Reading) -> None:
    text = sample_reading.document.text
    times = {(t.span.start, t.span.end): t for t in sample_reading.times}
    dated = [e for e in sample_reading.events if e.date.span is not None]
    assert dated
    for e in dated:
        assert e.date.span is not None
        assert (e.date.span.start, e.date.span.end) in times
        assert times[(e.date.span.start, e.date.span.end)].text == e.date.span.text(text)


def _format_record_fields(format_md: str) -> set[str]:
    """The field names FORMAT.md lists under "Event records bilat emits"."""
    section = format_md.split("## Event records bilat emits", 1)[1].split("\n## ", 1)[0]
    return {name for name in re.findall(r"`([a-z_]+)`", section)}


def test_records_have_every_format_field(sample_reading: Reading, shared_file: Callable[..., Path]) -> None:
    fields = _format_record_fields(shared_file("eval", "FORMAT.md").read_text("utf-8"))
    assert {"event_id", "source_actor", "cameo_root", "spans"} <= fields  # the section was found
    for e in sample_reading.events:
        record = e.as_record()
        assert fields <= set(record), fields - set(record)
        spans = record["spans"]
        assert isinstance(spans, dict) and set(spans) >= SPAN_KEYS
        assert isinstance(record["context"], list)
        assert json.loads(json.dumps(record)) == record


def test_sample_confidences_are_within_the_unit_interval(sample_reading: Reading) -> None:
    assert all(0.0 < e.confidence <= 1.0 for e in sample_reading.events)


NOT_EVENTS = [
    pytest.param(
        "MOSCOW, January 16. /TASS/. Heavy snow fell across central Russia on Thursday, and forecasters "
        "expect temperatures to drop to minus 25 degrees Celsius in Moscow over the weekend. Traffic was "
        "disrupted on several highways, the emergencies ministry said.",
        id="weather-report",
    ),
    pytest.param(
        "China's exports rose 7.1% in December from a year earlier, customs data showed on Monday, while "
        "imports from the United States fell 2.3%. Trade with Russia reached a record $240 billion in "
        "2023, up 26% from the previous year.",
        id="trade-statistics",
    ),
    pytest.param(
        "Turkey's annual inflation slowed to 44.4% in December from 47.1% in November, the Turkish "
        "Statistical Institute said on Wednesday. Economists polled by Reuters had expected 45.3%.",
        id="inflation-release",
    ),
]


@pytest.mark.parametrize("text", NOT_EVENTS)
def test_no_event_in_news_without_an_interstate_act(session_reader: Reader, text: str) -> None:
    reading = bilat.read(text, date="2025-01-16")
    assert reading.events == (), [
        (e.pattern, e.source.code, e.plover_type, e.target.code) for e in reading.events
    ]
