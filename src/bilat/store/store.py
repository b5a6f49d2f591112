"""The :class:`Store`: readings written to and read from SQLite or PostgreSQL, chosen by one URL.

``Store.open(url)`` creates or migrates the schema; ``write`` stores a batch of readings in one
transaction (and updates the registry of actors seen); ``load_reading``, ``documents``, ``events``
(filtered by an :class:`EventQuery`), ``figures``, ``items`` (by country pair or document, see
:mod:`bilat.store.indicators`) and ``actors`` read them back. Every driver error (sqlite3,
psycopg, SQLAlchemy) is mapped here to :class:`~bilat.errors.StoreError` with the URL (password hidden)
and the reason.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import groupby
from types import TracebackType
from typing import Any

import psycopg
import sqlalchemy as sa
from sqlalchemy.pool import StaticPool

from bilat.errors import StoreError
from bilat.model import Document, Event, Reading
from bilat.store.dates import point_bounds
from bilat.store.indicators import StoredFigure, StoredItem, stored_figures, stored_items
from bilat.store.migrations import migrate
from bilat.store.registry import refresh_actors
from bilat.store.rows import document_from_row, event_from_row, reading_from_rows, reading_rows, span_by_kind
from bilat.store.schema import schema

DEFAULT_URL = "sqlite:///bilat.db"
_CHUNK = 500  # ids per IN (...) list
_DRIVER_ERRORS: tuple[type[Exception], ...] = (sa.exc.SQLAlchemyError, sqlite3.Error, psycopg.Error)
_READ_OPTION = "bilat_read_only"  # execution option marking the store's reading connections
_PASSWORD = re.compile(r"^(?P<head>[^:/?#]+://[^:/@?#]*:)(?P<secret>[^@]*)@")
_QUERY_PASSWORD = re.compile(r"(?P<head>[?&]password=)(?P<secret>[^&#]*)")


@dataclass(frozen=True)
class WriteResult:
    """What a :meth:`Store.write` did: readings written, readings skipped (already stored), events written."""

    written: int
    skipped: int
    events: int


@dataclass(frozen=True)
class EventQuery:
    """A filter over stored events; every field left at its default filters nothing.

    ``dyad`` matches the two entity codes in either order unless ``directed`` (then source, target);
    ``actor`` an entity on either side; ``since``/``until`` (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``) keep
    events whose date range ends on or after the first day of ``since`` / starts on or before the last day
    of ``until`` (an open side counts as reaching it; undated events are dropped by either).
    """

    dyad: tuple[str, str] | None = None
    directed: bool = False
    actor: str | None = None
    plover_type: str | None = None
    cameo_root: str | None = None
    since: str | None = None
    until: str | None = None
    min_confidence: float = 0.0
    doc_id: str | None = None
    limit: int | None = None

    def __post_init__(self) -> None:
        for name in ("since", "until"):
            value = getattr(self, name)
            if value is not None:
                try:
                    point_bounds(value)
                except ValueError as exc:
                    raise StoreError(f"event query: bad {name} {value!r}: {exc}") from exc
        if self.dyad is not None and len(self.dyad) != 2:
            raise StoreError(f"event query: a dyad is two entity codes, got {self.dyad!r}")
        if self.limit is not None and self.limit < 0:
            raise StoreError(f"event query: limit must be >= 0, got {self.limit}")

    def conditions(self, events: sa.Table) -> list[sa.ColumnElement[bool]]:
        """The WHERE conditions of this query on the ``events`` table."""
        c = events.c
        found: list[sa.ColumnElement[bool]] = []
        if self.dyad is not None:
            first, second = self.dyad
            forward = sa.and_(c.source_entity == first, c.target_entity == second)
            found.append(
                forward
                if self.directed
                else sa.or_(forward, sa.and_(c.source_entity == second, c.target_entity == first))
            )
        if self.actor is not None:
            found.append(sa.or_(c.source_entity == self.actor, c.target_entity == self.actor))
        if self.plover_type is not None:
            found.append(c.plover_type == self.plover_type)
        if self.cameo_root is not None:
            found.append(c.cameo_root == self.cameo_root)
        if self.since is not None:
            first_day = point_bounds(self.since)[0].isoformat()
            open_end = sa.and_(c.date_to.is_(None), c.date_from.is_not(None))
            found.append(sa.or_(c.date_to >= first_day, open_end))
        if self.until is not None:
            last_day = point_bounds(self.until)[1].isoformat()
            open_start = sa.and_(c.date_from.is_(None), c.date_to.is_not(None))
            found.append(sa.or_(c.date_from <= last_day, open_start))
        if self.min_confidence > 0.0:
            found.append(c.confidence >= self.min_confidence)
        if self.doc_id is not None:
            found.append(c.doc_id == self.doc_id)
        return found


# --- URLs and errors --------------------------------------------------------------------------------


def redact(url: str) -> str:
    """``url`` with its password (``user:PASSWORD@`` or ``?password=``) replaced by ``***``; works on URLs
    SQLAlchemy cannot parse too."""
    hidden = _PASSWORD.sub(lambda m: f"{m['head']}***@", url, count=1)
    return _QUERY_PASSWORD.sub(lambda m: f"{m['head']}***", hidden)


def _secret(url: str) -> str | None:
    match = _PASSWORD.match(url) or _QUERY_PASSWORD.search(url)
    return match["secret"] if match and match["secret"] else None


def resolve_url(url: str) -> sa.URL:
    """The SQLAlchemy URL for a bilat database URL: ``sqlite:///path``, ``sqlite://`` (memory) or
    ``postgresql://...`` (driven by psycopg 3). Raises :class:`StoreError` for anything else (its message
    leaves the URL out, for the caller to add with its password hidden)."""
    try:
        parsed = sa.make_url(url)
    except sa.exc.ArgumentError as exc:
        raise StoreError("not a database URL (use sqlite:///PATH or postgresql://...)") from exc
    if parsed.drivername in ("postgresql", "postgres", "postgresql+psycopg"):
        return parsed.set(drivername="postgresql+psycopg")
    if parsed.drivername in ("sqlite", "sqlite+pysqlite"):
        return parsed
    raise StoreError(f"unsupported database {parsed.drivername!r} (use sqlite or postgresql)")


def _reason(exc: BaseException, secret: str | None) -> str:
    orig = getattr(exc, "orig", None)
    cause = orig if isinstance(orig, BaseException) else exc
    text = " ".join(str(cause).split()) or type(cause).__name__
    if secret:
        text = text.replace(secret, "***")
    return f"{type(cause).__name__}: {text}"


def _is_memory(url: sa.URL) -> bool:
    return url.database in (None, "", ":memory:")


def _create_engine(url: sa.URL) -> sa.Engine:
    if url.get_backend_name() != "sqlite":
        return sa.create_engine(url, pool_pre_ping=True)
    memory = _is_memory(url)
    read_only = url.query.get("mode") == "ro"
    if memory:
        engine = sa.create_engine(url, poolclass=StaticPool, connect_args={"check_same_thread": False})
    else:
        engine = sa.create_engine(url)

    def on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # SQLAlchemy emits BEGIN itself (below): transactional DDL
        cursor = dbapi_conn.cursor()
        try:
            cursor.execute("PRAGMA foreign_keys = ON")
            if not memory and not read_only:
                cursor.execute("PRAGMA journal_mode = WAL")
        finally:
            cursor.close()

    def on_begin(conn: sa.Connection) -> None:
        # An in-memory database is one connection shared by every Connection (StaticPool): a read begun
        # there would make a read or write nested in it (iterating events() while loading readings)
        # fail with "cannot start a transaction within a transaction", so reads run without BEGIN.
        if memory and conn.get_execution_options().get(_READ_OPTION, False):
            return
        conn.exec_driver_sql("BEGIN")

    sa.event.listen(engine, "connect", on_connect)
    sa.event.listen(engine, "begin", on_begin)
    return engine


def _chunks(items: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


# --- the store --------------------------------------------------------------------------------------


class Store:
    """bilat's database. Open it with :meth:`open`; use it as a context manager or call :meth:`close`."""

    def __init__(self, engine: sa.Engine, url: str, secret: str | None = None) -> None:
        self._engine = engine
        self.url = url  # password hidden
        self._secret = secret
        self._closed = False

    @classmethod
    def open(cls, url: str = DEFAULT_URL) -> Store:
        """Connect to ``url``, create the schema in an empty database or migrate an older one."""
        safe, secret = redact(url), _secret(url)
        try:
            engine = _create_engine(resolve_url(url))
            try:
                with engine.begin() as conn:
                    migrate(conn)
            except BaseException:
                engine.dispose()
                raise
        except StoreError as exc:
            raise StoreError(f"opening {safe}: {exc.message}") from exc
        except _DRIVER_ERRORS as exc:
            raise StoreError(f"opening {safe}: {_reason(exc, secret)}") from exc
        return cls(engine, safe, secret)

    def close(self) -> None:
        """Release every connection; the store cannot be used afterwards."""
        self._closed = True
        self._engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.url!r})"

    @contextmanager
    def _mapped(self, action: str) -> Iterator[None]:
        """Map driver errors raised inside to :class:`StoreError` naming the action and the URL."""
        if self._closed:
            raise StoreError(f"{action} {self.url}: the store is closed")
        try:
            yield
        except _DRIVER_ERRORS as exc:
            raise StoreError(f"{action} {self.url}: {_reason(exc, self._secret)}") from exc

    @contextmanager
    def _reading(self) -> Iterator[sa.Connection]:
        """A connection to read with (one transaction, so one snapshot), driver errors mapped."""
        with self._mapped("reading from"), self._engine.connect() as conn:
            yield conn.execution_options(**{_READ_OPTION: True})

    # --- writing ------------------------------------------------------------------------------------

    def write(self, readings: Sequence[Reading], *, replace: bool = False) -> WriteResult:
        """Store ``readings`` in one transaction.

        A document already stored is skipped (counted in ``skipped``) unless ``replace``, which deletes
        its rows and writes the new reading. A document given twice in the batch counts once: its first
        reading is kept, or its last one with ``replace``; the other counts as skipped. Any failure rolls
        the whole batch back and raises :class:`StoreError`.
        """
        chosen: dict[str, Reading] = {}
        for reading in readings:
            if replace or reading.document.id not in chosen:
                chosen[reading.document.id] = reading
        skipped = len(readings) - len(chosen)
        rows = {doc_id: reading_rows(reading) for doc_id, reading in chosen.items()}
        tables = schema()
        with self._mapped("writing to"), self._engine.begin() as conn:
            existing = self._existing(conn, list(chosen))
            codes = {mention.code for reading in chosen.values() for mention in reading.mentions}
            if replace:
                codes |= self._mention_codes(conn, sorted(existing))
                for table in tables.reading_tables:
                    for chunk in _chunks(sorted(existing)):
                        conn.execute(sa.delete(table).where(table.c.doc_id.in_(chunk)))
            else:
                skipped += len(existing)
                rows = {doc_id: found for doc_id, found in rows.items() if doc_id not in existing}
            batches: list[tuple[sa.Table, list[dict[str, Any]]]] = [
                (tables.documents, [found.document for found in rows.values()]),
                (tables.sentences, [row for found in rows.values() for row in found.sentences]),
                (tables.mentions, [row for found in rows.values() for row in found.mentions]),
                (tables.times, [row for found in rows.values() for row in found.times]),
                (tables.events, [row for found in rows.values() for row in found.events]),
                (tables.event_spans, [row for found in rows.values() for row in found.event_spans]),
                (tables.figures, [row for found in rows.values() for row in found.figures]),
                (tables.items, [row for found in rows.values() for row in found.items]),
            ]
            for table, batch in batches:
                if batch:
                    conn.execute(sa.insert(table), batch)
            if rows:
                refresh_actors(conn, codes)
        events = sum(len(found.events) for found in rows.values())
        return WriteResult(written=len(rows), skipped=skipped, events=events)

    @staticmethod
    def _existing(conn: sa.Connection, doc_ids: Sequence[str]) -> set[str]:
        documents = schema().documents
        found: set[str] = set()
        for chunk in _chunks(doc_ids):
            query = sa.select(documents.c.doc_id).where(documents.c.doc_id.in_(chunk))
            found.update(str(doc_id) for doc_id in conn.scalars(query))
        return found

    @staticmethod
    def _mention_codes(conn: sa.Connection, doc_ids: Sequence[str]) -> set[str]:
        mentions = schema().mentions
        found: set[str] = set()
        for chunk in _chunks(doc_ids):
            query = sa.select(mentions.c.code).where(mentions.c.doc_id.in_(chunk)).distinct()
            found.update(str(code) for code in conn.scalars(query))
        return found

    # --- reading ------------------------------------------------------------------------------------

    def has_document(self, doc_id: str) -> bool:
        """Whether a reading of ``doc_id`` is stored."""
        with self._reading() as conn:
            return bool(self._existing(conn, [doc_id]))

    def load_reading(self, doc_id: str) -> Reading | None:
        """The reading stored for ``doc_id``, equal to the one written; ``None`` when there is none."""
        tables = schema()
        with self._reading() as conn:
            documents = tables.documents
            query = sa.select(documents).where(documents.c.doc_id == doc_id)
            document = conn.execute(query).mappings().first()
            if document is None:
                return None

            def children(table: sa.Table, *order: sa.ColumnElement[Any]) -> list[sa.RowMapping]:
                query = sa.select(table).where(table.c.doc_id == doc_id).order_by(*order)
                return list(conn.execute(query).mappings())

            return reading_from_rows(
                document,
                children(tables.sentences, tables.sentences.c.seq),
                children(tables.mentions, tables.mentions.c.seq),
                children(tables.times, tables.times.c.seq),
                children(tables.events, tables.events.c.seq),
                children(tables.event_spans, tables.event_spans.c.event_seq, tables.event_spans.c.kind),
                children(tables.figures, tables.figures.c.seq),
                children(tables.items, tables.items.c.seq),
            )

    def documents(self, ids: Iterable[str] | None = None) -> Iterator[Document]:
        """Every stored document, or those of ``ids`` (unknown ids are left out), by id."""
        documents = schema().documents
        with self._reading() as conn:
            if ids is None:
                result = conn.execution_options(yield_per=_CHUNK).execute(
                    sa.select(documents).order_by(documents.c.doc_id)
                )
                for row in result.mappings():
                    yield document_from_row(row)
                return
            for chunk in _chunks(sorted(set(ids))):
                query = sa.select(documents).where(documents.c.doc_id.in_(chunk)).order_by(documents.c.doc_id)
                for row in conn.execute(query).mappings():
                    yield document_from_row(row)

    def events(self, query: EventQuery = EventQuery()) -> Iterator[Event]:
        """The stored events matching ``query``, by first day (undated last), then document and position."""
        tables = schema()
        events, spans = tables.events, tables.event_spans
        chosen = (
            sa.select(events)
            .where(*query.conditions(events))
            .order_by(*_event_order(events))
            .limit(query.limit)
            .subquery("chosen")
        )
        statement = (
            sa.select(
                chosen,
                spans.c.kind.label("span_kind"),
                spans.c.start_char.label("span_start_char"),
                spans.c.end_char.label("span_end_char"),
                spans.c.span_doc.label("span_span_doc"),
            )
            .select_from(
                chosen.outerjoin(
                    spans, sa.and_(spans.c.doc_id == chosen.c.doc_id, spans.c.event_seq == chosen.c.seq)
                )
            )
            .order_by(*_event_order(chosen), spans.c.kind)
        )
        with self._reading() as conn:
            result = conn.execution_options(yield_per=_CHUNK).execute(statement).mappings()
            for _key, group in groupby(result, key=lambda row: (row["doc_id"], row["seq"])):
                rows = list(group)
                owner = str(rows[0]["doc_id"])
                span_rows = [
                    {
                        "kind": row["span_kind"],
                        "start_char": row["span_start_char"],
                        "end_char": row["span_end_char"],
                        "span_doc": row["span_span_doc"],
                    }
                    for row in rows
                    if row["span_kind"] is not None
                ]
                yield event_from_row(rows[0], span_by_kind(span_rows, owner))

    def figures(
        self, dyad: tuple[str, str] | None = None, doc_id: str | None = None
    ) -> Iterator[StoredFigure]:
        """The stored figures about ``dyad`` (see :mod:`bilat.store.indicators`) and/or of ``doc_id``, each
        with its document's id and date and its sentence, by document date (undated last)."""
        with self._reading() as conn:
            yield from stored_figures(conn, dyad, doc_id)

    def items(self, dyad: tuple[str, str] | None = None, doc_id: str | None = None) -> Iterator[StoredItem]:
        """The stored listed items (goods traded, sectors of interest), filtered as :meth:`figures`."""
        with self._reading() as conn:
            yield from stored_items(conn, dyad, doc_id)

    def actors(self) -> Iterator[tuple[str, str, str]]:
        """The registry of actors seen in the stored mentions, by code: ``(code, kind, name)``, where the
        name is a person's name, else the most frequent text naming the code."""
        actors = schema().actors
        with self._reading() as conn:
            query = sa.select(actors.c.code, actors.c.kind, actors.c.name).order_by(actors.c.code)
            for row in conn.execute(query):
                yield str(row.code), str(row.kind), str(row.name)

    def counts(self) -> dict[str, int]:
        """How many documents, events and mentions are stored."""
        tables = schema()
        named = {"documents": tables.documents, "events": tables.events, "mentions": tables.mentions}
        with self._reading() as conn:
            return {
                name: int(conn.scalar(sa.select(sa.func.count()).select_from(table)) or 0)
                for name, table in named.items()
            }


def _event_order(events: sa.Table | sa.Subquery) -> tuple[sa.ColumnElement[Any], ...]:
    c = events.c
    return (sa.nulls_last(c.date_from.asc()), sa.nulls_last(c.date_to.asc()), c.doc_id, c.seq)
