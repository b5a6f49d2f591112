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
from typing import Any, TypeVar

from bilat import relations
from bilat.actors.gazetteer import Gazetteer
from bilat.dedup import Citation, cite, occurrences
from bilat.evaluate import PetrarchScores, PloverScores, Scores
from bilat.evaluate import evaluate as score_gold
from bilat.evaluate.ngec import NgecQuery, NgecScores, Resolved
from bilat.ingest import ReadOptions, document_from_text, read_inputs
from bilat.model import Document, Event, InputError, Reading, Span
from bilat.pipeline import Reader, Settings
from bilat.relations import TimelineEntry
from bilat.report.dossier import CitedFigure, CitedItem, Dossier, build_dossier
from bilat.store import DEFAULT_URL, EventQuery, Store, StoredFigure, StoredItem

INGEST_BATCH = 64
_Stored = TypeVar("_Stored", StoredFigure, StoredItem)


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


def evaluate_ngec(path: str | Path, settings: Settings | None = None) -> NgecScores:
    """Score bilat's actor resolution on NGEC's cases (see :mod:`bilat.evaluate.ngec`): each in-scope
    actor text is read as a document of its own, after the case's context and dated by the case's date,
    and resolved from its mentions."""
    from bilat.evaluate.ngec import load_ngec, score_ngec

    cases = load_ngec(path)
    reader = reader_for(settings)
    queries = sorted(
        {case.query for case in cases if case.out_of_scope is None and case.text.strip()},
        key=lambda q: (q.text, q.context, q.date or dt.date.min),
    )
    documents = [
        document_from_text(q.document_text, date=q.date, doc_id=f"ngec-{i}") for i, q in enumerate(queries)
    ]
    resolved: dict[NgecQuery, Resolved | None] = {
        query: _resolved_actor(reading, reader.gazetteer, query.actor_start)
        for query, reading in zip(queries, reader.read_documents(documents), strict=True)
    }
    return score_ngec(cases, resolved.get, str(path))


def _resolved_actor(reading: Reading, gazetteer: Gazetteer, start: int = 0) -> Resolved | None:
    """The actor text's (from character ``start`` on; the words before are its context) country, from its
    widest mention that names a state, else an organisation's NGEC country, else the context's last state;
    and its sector, from its widest mention with a role, else what its kind implies. A text with no mention
    but a role word ("soldiers", "the authorities") is that role of the context's state or of none; None
    when nothing in it resolves."""
    from bilat.evaluate.ngec import igo_country, ngec_sector

    own = [m for m in reading.mentions if m.span.end > start]
    context = [m.entity for m in reading.mentions if m.span.end <= start and gazetteer.is_state(m.code)]
    implied = context[-1] if context else ""
    widest = sorted(own, key=lambda m: (-(m.span.end - m.span.start), m.span.start))
    if not widest:
        role = gazetteer.role(reading.document.text[start:])
        return None if role is None else Resolved(country=implied, sector=ngec_sector(role, "role"))
    country = next((m.entity for m in widest if gazetteer.is_state(m.code)), "")
    country = country or igo_country(widest[0].entity) or implied
    with_role = next((m for m in widest if m.role), widest[0])
    return Resolved(country=country, sector=ngec_sector(with_role.role, with_role.kind, with_role.entity))


# --- relations, indicators and the dossier ------------------------------------------------------------


def _documents(store: Store, doc_ids: Iterable[str]) -> dict[str, Document]:
    wanted = set(doc_ids)
    return (
        {document.id: document for document in store.documents() if document.id in wanted} if wanted else {}
    )


def _sentence_citation(documents: Mapping[str, Document], doc_id: str, sentence: str) -> Citation:
    sentence = sentence.strip()
    document = documents.get(doc_id)
    start = -1 if document is None else document.text.find(sentence)
    return cite(document, doc_id, sentence, Span(max(start, 0), max(start, 0) + len(sentence), doc_id))


def _in_period(year: int | None, since: str | None, until: str | None) -> bool:
    if year is None:
        return since is None and until is None
    return (since is None or year >= int(since[:4])) and (until is None or year <= int(until[:4]))


def _pair_events(store: Store, pair: tuple[str, str], since: str | None, until: str | None) -> list[Event]:
    """The events between the two entities of ``pair``, and the events within one of them that share a
    sentence with those (a peace agreement between a government and its opposition that the other
    country helped sign)."""
    between = list(store.events(EventQuery(dyad=pair, since=since, until=until)))
    if pair[0] == pair[1]:
        return between
    sentences = {(e.doc_id, e.sentence_span.start) for e in between}
    inside = [
        event
        for entity in pair
        for event in store.events(EventQuery(dyad=(entity, entity), since=since, until=until))
        if (event.doc_id, event.sentence_span.start) in sentences
    ]
    return between + inside


def _pair_figures(
    store: Store, pair: tuple[str, str], since: str | None, until: str | None
) -> list[StoredFigure]:
    return [f for f in store.figures(dyad=pair) if _in_period(f.figure.year, since, until)]


def dossier(
    a: str,
    b: str,
    db: str = DEFAULT_URL,
    *,
    since: str | None = None,
    until: str | None = None,
    generated: dt.date | None = None,
) -> Dossier:
    """The dossier of the pair (``a``, ``b``) from what is stored in ``db`` (see :mod:`bilat.report`)."""
    pair = (a, b)
    with Store.open(db) as store:
        found = _pair_events(store, pair, since, until)
        stored_figures = _pair_figures(store, pair, since, until)
        stored_items = list(store.items(dyad=pair))
        doc_ids = {e.doc_id for e in found} | {f.doc_id for f in stored_figures}
        documents = _documents(store, doc_ids | {i.doc_id for i in stored_items})
    figures = [
        CitedFigure(f.figure, _sentence_citation(documents, f.doc_id, f.sentence)) for f in stored_figures
    ]
    items = [CitedItem(i.item, _sentence_citation(documents, i.doc_id, i.sentence)) for i in stored_items]
    return build_dossier(
        pair, found, documents, figures, items, since=since, until=until, generated=generated
    )


def timeline(
    a: str, b: str, db: str = DEFAULT_URL, *, since: str | None = None, until: str | None = None
) -> list[TimelineEntry]:
    """The pair's events (one per real-world event, with all its sources) and figures in date order."""
    pair = (a, b)
    with Store.open(db) as store:
        found = list(store.events(EventQuery(dyad=pair, since=since, until=until)))
        stored_figures = _pair_figures(store, pair, since, until)
        documents = _documents(store, {e.doc_id for e in found} | {f.doc_id for f in stored_figures})
    figures = [(f.figure, _sentence_citation(documents, f.doc_id, f.sentence)) for f in stored_figures]
    return relations.timeline(occurrences(found, documents), figures)


def partners(country: str, db: str = DEFAULT_URL) -> list[relations.Partner]:
    """The partners of ``country``, most events first (see :mod:`bilat.relations`)."""
    with Store.open(db) as store:
        found = list(store.events(EventQuery(actor=country)))
        documents = _documents(store, {e.doc_id for e in found})
    return relations.partners(occurrences(found, documents), country)


def indicators(db: str = DEFAULT_URL, dyad: tuple[str, str] | None = None) -> list[dict[str, Any]]:
    """The stored figures (of ``dyad`` when given) as flat records: what, what_text, value, unit, year,
    qualifier, year_qualifier, actors, text, evidence, doc_id and spans (the figure's and its sentence's)."""

    def fields(found: StoredFigure) -> tuple[dict[str, Any], Span]:
        figure = found.figure
        return {
            "what": figure.what,
            "what_text": figure.what_text,
            "value": figure.value,
            "unit": figure.unit,
            "year": figure.year,
            "qualifier": figure.qualifier,
            "year_qualifier": figure.year_qualifier,
            "actors": list(figure.actors),
            "text": figure.text,
        }, figure.span

    with Store.open(db) as store:
        return _records(store, list(store.figures(dyad=dyad)), fields, "figure")


def listed_items(db: str = DEFAULT_URL, dyad: tuple[str, str] | None = None) -> list[dict[str, Any]]:
    """The stored listed items (goods exported or imported, sectors of stated interest; of ``dyad`` when
    given) as flat records: kind, item, actors, cue, evidence, doc_id and spans."""

    def fields(found: StoredItem) -> tuple[dict[str, Any], Span]:
        item = found.item
        return {"kind": item.kind, "item": item.text, "actors": list(item.actors), "cue": item.cue}, item.span

    with Store.open(db) as store:
        return _records(store, list(store.items(dyad=dyad)), fields, "item")


def _records(
    store: Store,
    stored: Sequence[_Stored],
    fields: Callable[[_Stored], tuple[dict[str, Any], Span]],
    name: str,
) -> list[dict[str, Any]]:
    """Flat records of stored figures or items: their own ``fields``, then evidence, doc_id and the spans
    of the value (under ``name``) and of its sentence."""
    documents = _documents(store, {found.doc_id for found in stored})
    records = []
    for found in stored:
        record, span = fields(found)
        sentence = _sentence_citation(documents, found.doc_id, found.sentence)
        record |= {
            "evidence": sentence.sentence,
            "doc_id": found.doc_id,
            "spans": {name: [span.start, span.end], "sentence": [sentence.span.start, sentence.span.end]},
        }
        records.append(record)
    return records
