"""bilat's Python API: the functions the CLI (and any program) calls. The library never prints; long runs
report through an optional progress callback.
"""

from __future__ import annotations

import datetime as dt
import functools
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bilat.evaluate import PetrarchScores, PloverScores, Scores
from bilat.evaluate import evaluate as score_gold
from bilat.ingest import ReadOptions, document_from_text, read_inputs
from bilat.model import Document, Event, InputError, Reading
from bilat.pipeline import Reader, Settings
from bilat.store import DEFAULT_URL, EventQuery, Store

INGEST_BATCH = 64


@dataclass(frozen=True)
class Progress:
    documents: int
    skipped: int
    events: int
    errors: int
    seconds: float
    last_error: InputError | None = None


@dataclass(frozen=True)
class IngestReport:
    documents: int  # newly stored
    skipped: int  # already stored (same id), or repeated within this run
    events: int
    errors: tuple[InputError, ...]
    seconds: float

    @property
    def ok(self) -> bool:
        return not self.errors


@functools.cache
def default_reader() -> Reader:
    return Reader(Settings())


def reader_for(settings: Settings | None) -> Reader:
    return default_reader() if settings is None or settings == Settings() else Reader(settings)


def read(
    text: str,
    *,
    date: dt.date | str | None = None,
    doc_id: str | None = None,
    source: str | None = None,
    settings: Settings | None = None,
) -> Reading:
    """Read one text: its events, actor mentions, time expressions (and the document's dateline)."""
    return reader_for(settings).read(text, date=date, doc_id=doc_id, source=source)


def ingest(
    inputs: Sequence[str],
    *,
    db: str = DEFAULT_URL,
    options: ReadOptions | None = None,
    settings: Settings | None = None,
    batch_size: int = INGEST_BATCH,
    on_progress: Callable[[Progress], None] | None = None,
    stdin: Any = None,
) -> IngestReport:
    """Read inputs, code them and store them, one transaction per batch. Documents already stored are
    skipped before any parsing, so re-running the same ingest adds nothing."""
    reader = reader_for(settings)
    start = time.perf_counter()
    errors: list[InputError] = []
    seen: set[str] = set()
    stored = skipped = events = 0
    with Store.open(db) as store:

        def report(last: InputError | None = None) -> None:
            if on_progress is not None:
                elapsed = time.perf_counter() - start
                on_progress(Progress(stored, skipped, events, len(errors), elapsed, last))

        for batch in _batches(read_inputs(list(inputs), options or ReadOptions(), stdin=stdin), batch_size):
            fresh: list[Document] = []
            for item in batch:
                if isinstance(item, InputError):
                    errors.append(item)
                    report(item)
                elif item.id in seen or store.has_document(item.id):
                    skipped += 1
                else:
                    seen.add(item.id)
                    fresh.append(item)
            if not fresh:
                report()
                continue
            readings = list(reader.read_documents(fresh))
            result = store.write(readings)
            stored += result.written
            skipped += result.skipped
            events += result.events
            report()
    return IngestReport(stored, skipped, events, tuple(errors), time.perf_counter() - start)


def _batches(items: Iterable[Document | InputError], size: int) -> Iterator[list[Document | InputError]]:
    batch: list[Document | InputError] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def events(db: str = DEFAULT_URL, query: EventQuery | None = None) -> list[Event]:
    """Stored events matching ``query`` (all when None), ordered by date."""
    with Store.open(db) as store:
        return list(store.events(query or EventQuery()))


def load_reading(doc_id: str, db: str = DEFAULT_URL) -> Reading | None:
    with Store.open(db) as store:
        return store.load_reading(doc_id)


def recode(
    db: str = DEFAULT_URL,
    *,
    doc_ids: Sequence[str] = (),
    settings: Settings | None = None,
    batch_size: int = INGEST_BATCH,
) -> IngestReport:
    """Re-code stored documents with the current patterns and model (after an upgrade)."""
    reader = reader_for(settings)
    start = time.perf_counter()
    done = n_events = 0
    with Store.open(db) as store:
        wanted = set(doc_ids)
        docs = [d for d in store.documents() if not wanted or d.id in wanted]
        for i in range(0, len(docs), batch_size):
            readings = list(reader.read_documents(docs[i : i + batch_size]))
            result = store.write(readings, replace=True)
            done += result.written
            n_events += result.events
    return IngestReport(done, 0, n_events, (), time.perf_counter() - start)


def evaluate(paths: Sequence[str | Path], settings: Settings | None = None) -> Scores:
    """Score bilat against gold files (FORMAT.md)."""
    reader = reader_for(settings)

    def predict(document: Document) -> Sequence[Mapping[str, Any]]:
        doc = document_from_text(
            document.text, date=document.date, doc_id=document.id, origin=document.origin
        )
        reading = next(reader.read_documents([doc]))
        return [e.as_record() for e in reading.events]

    return score_gold(paths, predict)


def evaluate_petrarch(path: str | Path, settings: Settings | None = None) -> PetrarchScores:
    """Score bilat on PETRARCH validation records (an XML file), as PETRARCH scores itself (FORMAT.md).

    bilat reads each record dated by its ``date`` attribute, with the actor and agent dictionaries the
    file names in its ``<Environment>`` (next to it), unless ``settings.actor_files`` gives others; all
    records are coded in one batch."""
    from bilat.evaluate import load_petrarch, petrarch_documents, score_petrarch

    gold = load_petrarch(path)
    base = settings or Settings()
    reader = reader_for(
        Settings(
            model=base.model,
            actor_files=base.actor_files or gold.dictionaries,
            pattern_files=base.pattern_files,
            batch_size=base.batch_size,
        )
    )
    documents = [
        document_from_text(d.text, date=d.date, doc_id=d.id, origin=d.origin)
        for d in petrarch_documents(gold)
    ]
    found = {r.document.id: [e.as_record() for e in r.events] for r in reader.read_documents(documents)}
    return score_petrarch(gold, found)


def evaluate_plover(path: str | Path, settings: Settings | None = None) -> PloverScores:
    """Score bilat on PLOVER gold standard records (JSON lines, one sentence each) with PLOVER's own
    convention (FORMAT.md); the sentences are undated and coded in one batch."""
    from bilat.evaluate import load_plover, plover_documents, score_plover

    gold = load_plover(path)
    reader = reader_for(settings)
    documents = [document_from_text(d.text, doc_id=d.id, origin=d.origin) for d in plover_documents(gold)]
    found = {r.document.id: [e.as_record() for e in r.events] for r in reader.read_documents(documents)}
    return score_plover(gold, found, reader.gazetteer.is_state, str(path))
