"""The tables of bilat's store, in SQLAlchemy Core, portable between SQLite and PostgreSQL.

One row per document, then its sentences, actor mentions, time mentions and events, each keyed by
``(doc_id, seq)`` where ``seq`` is the item's position in the :class:`~bilat.model.Reading`. The spans of
an event (trigger, source, target, date, sentence, location, speaker) live in ``event_spans``. Character
offsets are ``start_char``/``end_char``; a span's ``doc_id`` is kept in a ``*_doc`` column that is NULL
when it equals the owning document's id (the usual case), so a reading comes back exactly as written.

Events carry filter columns derived on write: ``source_entity``/``target_entity`` (the code before the
"."), ``date_from``/``date_to`` (ISO days, see :mod:`bilat.store.dates`), ``plover_type``, ``cameo_code``,
``cameo_root`` and ``confidence``, each indexed. ``figures`` holds a reading's figures (schema version
2) with, from version 3, the countries each is about: ``actors`` (the list) and ``actor_1``/``actor_2``
(its first two, indexed, to filter by country pair); ``items`` holds the listed items of a reading
(goods exported and imported, sectors of interest, version 3) with the same actor columns.
``actors`` is the registry of the actor codes seen in stored mentions, one row per code with its kind and
a display name, kept up to date by every write (version 2). ``migrations`` records the applied schema
steps.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import sqlalchemy as sa

SPAN_KINDS: tuple[str, ...] = ("trigger", "source", "target", "date", "sentence", "location", "speaker")
SCHEMA_VERSION = 3  # the version build_schema() builds by default: the last migration step


@dataclass(frozen=True)
class Schema:
    """The store's tables, bound to one :class:`sqlalchemy.MetaData`."""

    metadata: sa.MetaData
    documents: sa.Table
    sentences: sa.Table
    mentions: sa.Table
    times: sa.Table
    events: sa.Table
    event_spans: sa.Table
    migrations: sa.Table
    figures: sa.Table
    actors: sa.Table
    items: sa.Table

    @property
    def reading_tables(self) -> tuple[sa.Table, ...]:
        """The tables holding a reading, children first (the order to delete in)."""
        return (
            self.event_spans,
            self.events,
            self.items,
            self.figures,
            self.times,
            self.mentions,
            self.sentences,
            self.documents,
        )

    @property
    def version_1_tables(self) -> tuple[sa.Table, ...]:
        """The tables of schema version 1, parents first (the order to create in)."""
        return (
            self.documents,
            self.sentences,
            self.mentions,
            self.times,
            self.events,
            self.event_spans,
            self.migrations,
        )

    @property
    def version_2_tables(self) -> tuple[sa.Table, ...]:
        """The tables schema version 2 adds."""
        return (self.figures, self.actors)

    @property
    def version_3_tables(self) -> tuple[sa.Table, ...]:
        """The tables schema version 3 adds (it also adds :func:`figure_actor_columns` to ``figures``)."""
        return (self.items,)


def _span_columns(prefix: str, *, nullable: bool) -> list[sa.Column[int] | sa.Column[str]]:
    return [
        sa.Column(f"{prefix}start_char", sa.Integer, nullable=nullable),
        sa.Column(f"{prefix}end_char", sa.Integer, nullable=nullable),
        sa.Column(f"{prefix}span_doc", sa.String, nullable=True),
    ]


def _place_columns(prefix: str) -> list[sa.Column[str] | sa.Column[float]]:
    return [
        sa.Column(f"{prefix}name", sa.Text, nullable=True),
        sa.Column(f"{prefix}country", sa.String, nullable=True),
        sa.Column(f"{prefix}latitude", sa.Float, nullable=True),
        sa.Column(f"{prefix}longitude", sa.Float, nullable=True),
    ]


def figure_actor_columns() -> list[sa.Column[str] | sa.Column[object]]:
    """The columns schema version 3 adds to ``figures`` (and that ``items`` has): the countries a record is
    about, as a JSON list and its first two codes."""
    return [
        sa.Column("actors", sa.JSON, nullable=True),  # NULL in rows stored before version 3
        sa.Column("actor_1", sa.String, nullable=True),
        sa.Column("actor_2", sa.String, nullable=True),
    ]


def _document_fk() -> sa.ForeignKey:
    return sa.ForeignKey("documents.doc_id", ondelete="CASCADE")


def build_schema(version: int = SCHEMA_VERSION) -> Schema:
    """A fresh copy of the schema of ``version`` (a new MetaData each call): the tables a migration step
    creates keep the shape of its own version. Tables newer than ``version`` are built too (in their
    current shape) but no step of that version creates them."""
    md = sa.MetaData()
    documents = sa.Table(
        "documents",
        md,
        sa.Column("doc_id", sa.String, primary_key=True),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("date", sa.Date, nullable=True),
        sa.Column("date_basis", sa.String, nullable=False),
        sa.Column("date_note", sa.Text, nullable=False),
        sa.Column("title", sa.Text, nullable=True),
        sa.Column("url", sa.Text, nullable=True),
        sa.Column("source", sa.Text, nullable=True),
        sa.Column("origin", sa.Text, nullable=False),
        sa.Column("language", sa.String, nullable=True),
        # the dateline: present when dateline_text is not NULL
        sa.Column("dateline_text", sa.Text, nullable=True),
        *_span_columns("dateline_", nullable=True),
        sa.Column("dateline_place", sa.Text, nullable=True),
        *_span_columns("dateline_place_", nullable=True),
        sa.Column("dateline_month", sa.Integer, nullable=True),
        sa.Column("dateline_day", sa.Integer, nullable=True),
        sa.Column("dateline_year", sa.Integer, nullable=True),
        sa.Column("dateline_outlet", sa.Text, nullable=True),
        # Reading.location (the dateline place, resolved): present when location_name is not NULL
        *_place_columns("location_"),
        *_span_columns("location_", nullable=True),
        sa.Column("principal_source", sa.String, nullable=True),
        sa.Column("principal_target", sa.String, nullable=True),
        sa.Column("notes", sa.JSON, nullable=False),
        sa.Index("ix_documents_date", "date"),
    )
    sentences = sa.Table(
        "sentences",
        md,
        sa.Column("doc_id", sa.String, _document_fk(), primary_key=True),
        sa.Column("seq", sa.Integer, primary_key=True),
        sa.Column("sentence_index", sa.Integer, nullable=False),
        *_span_columns("", nullable=False),
        sa.Column("text", sa.Text, nullable=False),
    )
    mentions = sa.Table(
        "mentions",
        md,
        sa.Column("doc_id", sa.String, _document_fk(), primary_key=True),
        sa.Column("seq", sa.Integer, primary_key=True),
        *_span_columns("", nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("code", sa.String, nullable=False),
        sa.Column("entity", sa.String, nullable=False),
        sa.Column("kind", sa.String, nullable=False),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("members", sa.JSON, nullable=False),
        sa.Column("name", sa.Text, nullable=True),
        sa.Index("ix_mentions_entity", "entity"),
    )
    times = sa.Table(
        "times",
        md,
        sa.Column("doc_id", sa.String, _document_fk(), primary_key=True),
        sa.Column("seq", sa.Integer, primary_key=True),
        *_span_columns("", nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("value", sa.String, nullable=True),
        sa.Column("end_value", sa.String, nullable=True),
        sa.Column("precision", sa.String, nullable=False),
        sa.Column("basis", sa.String, nullable=False),
        sa.Column("relation", sa.String, nullable=True),
    )
    events = sa.Table(
        "events",
        md,
        sa.Column("doc_id", sa.String, _document_fk(), primary_key=True),
        sa.Column("seq", sa.Integer, primary_key=True),
        sa.Column("event_id", sa.String, nullable=False),
        sa.Column("event_doc", sa.String, nullable=True),  # Event.doc_id when it differs from doc_id
        sa.Column("source_code", sa.String, nullable=False),
        sa.Column("source_entity", sa.String, nullable=False),
        sa.Column("source_text", sa.Text, nullable=False),
        sa.Column("source_implied", sa.Boolean, nullable=False),
        sa.Column("target_code", sa.String, nullable=False),
        sa.Column("target_entity", sa.String, nullable=False),
        sa.Column("target_text", sa.Text, nullable=False),
        sa.Column("target_implied", sa.Boolean, nullable=False),
        sa.Column("symmetric", sa.Boolean, nullable=False),
        sa.Column("plover_type", sa.String, nullable=False),
        sa.Column("plover_mode", sa.String, nullable=True),
        sa.Column("context", sa.JSON, nullable=False),
        sa.Column("cameo_code", sa.String, nullable=False),
        sa.Column("cameo_root", sa.String, nullable=False),
        sa.Column("quad_class", sa.Integer, nullable=False),
        sa.Column("goldstein", sa.Float, nullable=False),
        sa.Column("date_value", sa.String, nullable=True),
        sa.Column("date_end_value", sa.String, nullable=True),
        sa.Column("date_precision", sa.String, nullable=False),
        sa.Column("date_basis", sa.String, nullable=False),
        sa.Column("date_from", sa.String(10), nullable=True),
        sa.Column("date_to", sa.String(10), nullable=True),
        sa.Column("status", sa.String, nullable=False),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("coder_version", sa.String, nullable=False),
        sa.Column("evidence", sa.Text, nullable=False),
        sa.Column("trigger", sa.Text, nullable=False),
        *_place_columns("location_"),  # present when location_name is not NULL
        sa.Column("speaker_code", sa.String, nullable=True),  # present when not NULL
        sa.Column("speaker_text", sa.Text, nullable=True),
        sa.Column("speaker_implied", sa.Boolean, nullable=True),
        sa.Column("pattern", sa.String, nullable=False),
        sa.Index("ix_events_source_entity", "source_entity"),
        sa.Index("ix_events_target_entity", "target_entity"),
        sa.Index("ix_events_dyad", "source_entity", "target_entity"),
        sa.Index("ix_events_date_from", "date_from"),
        sa.Index("ix_events_date_to", "date_to"),
        sa.Index("ix_events_plover_type", "plover_type"),
        sa.Index("ix_events_cameo_code", "cameo_code"),
        sa.Index("ix_events_cameo_root", "cameo_root"),
        sa.Index("ix_events_confidence", "confidence"),
        sa.Index("ix_events_event_id", "event_id"),
    )
    event_spans = sa.Table(
        "event_spans",
        md,
        sa.Column("doc_id", sa.String, primary_key=True),
        sa.Column("event_seq", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String, primary_key=True),
        *_span_columns("", nullable=False),
        sa.ForeignKeyConstraint(["doc_id", "event_seq"], ["events.doc_id", "events.seq"], ondelete="CASCADE"),
        sa.CheckConstraint(
            "kind IN (" + ", ".join(f"'{kind}'" for kind in SPAN_KINDS) + ")", name="ck_event_spans_kind"
        ),
    )
    migrations = sa.Table(
        "migrations",
        md,
        sa.Column("step", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("name", sa.String, nullable=False),
        sa.Column("applied_at", sa.String, nullable=False),  # ISO 8601, UTC
    )
    figures = sa.Table(
        "figures",
        md,
        sa.Column("doc_id", sa.String, _document_fk(), primary_key=True),
        sa.Column("seq", sa.Integer, primary_key=True),
        *_span_columns("", nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("value", sa.Float, nullable=False),
        sa.Column("unit", sa.String, nullable=False),
        sa.Column("what", sa.String, nullable=False),
        sa.Column("what_text", sa.Text, nullable=False),
        sa.Column("year", sa.Integer, nullable=True),
        sa.Column("year_qualifier", sa.String, nullable=True),
        sa.Column("qualifier", sa.String, nullable=True),
        *(figure_actor_columns() if version >= 3 else []),
        sa.Index("ix_figures_what", "what"),
        sa.Index("ix_figures_year", "year"),
    )
    if version >= 3:
        sa.Index("ix_figures_actors", figures.c.actor_1, figures.c.actor_2)
    items = sa.Table(
        "items",
        md,
        sa.Column("doc_id", sa.String, _document_fk(), primary_key=True),
        sa.Column("seq", sa.Integer, primary_key=True),
        *_span_columns("", nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("kind", sa.String, nullable=False),
        sa.Column("cue", sa.Text, nullable=False),
        *figure_actor_columns(),
        sa.Index("ix_items_kind", "kind"),
        sa.Index("ix_items_actors", "actor_1", "actor_2"),
    )
    actors = sa.Table(
        "actors",
        md,
        sa.Column("code", sa.String, primary_key=True),
        sa.Column("kind", sa.String, nullable=False),
        sa.Column("name", sa.Text, nullable=False),
    )
    return Schema(
        md, documents, sentences, mentions, times, events, event_spans, migrations, figures, actors, items
    )


@functools.cache
def schema() -> Schema:
    """The current schema, built once (a cached factory, never mutated after building)."""
    return build_schema()
