"""Reading stored indicators back: figures and listed items, each with its document's id and date and
the sentence that states it, filtered by country pair or document.

A ``dyad`` (two entity codes) matches the records whose first two actors are that pair, in either
order, and the one-country records whose country is in the pair when the document's principal pair is
the dyad (in either order): "the Central African delegation abstained twice" in a story about Russia and
the CAR belongs to the RUS-CAF relationship.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from bilat.errors import StoreError
from bilat.model import Figure, ListedItem
from bilat.store.rows import figure_from_row, item_from_row
from bilat.store.schema import schema


@dataclass(frozen=True)
class StoredFigure:
    """A stored figure, the document it comes from (id and date) and its evidence sentence."""

    figure: Figure
    doc_id: str
    doc_date: dt.date | None
    sentence: str


@dataclass(frozen=True)
class StoredItem:
    """A stored listed item, the document it comes from (id and date) and its evidence sentence."""

    item: ListedItem
    doc_id: str
    doc_date: dt.date | None
    sentence: str


def check_dyad(dyad: tuple[str, str] | None) -> None:
    if dyad is not None and (len(dyad) != 2 or not all(isinstance(code, str) and code for code in dyad)):
        raise StoreError(f"indicator query: a dyad is two entity codes, got {dyad!r}")


def _statement(table: sa.Table, dyad: tuple[str, str] | None, doc_id: str | None) -> sa.Select[Any]:
    tables = schema()
    documents, sentences = tables.documents, tables.sentences
    c = table.c
    sentence = sa.and_(
        sentences.c.doc_id == c.doc_id,
        sentences.c.start_char <= c.start_char,
        sentences.c.end_char >= c.end_char,
    )
    statement = (
        sa.select(table, documents.c.date.label("doc_date"), sentences.c.text.label("sentence_text"))
        .select_from(table.join(documents, documents.c.doc_id == c.doc_id).outerjoin(sentences, sentence))
        .order_by(sa.nulls_last(documents.c.date.asc()), c.doc_id, c.seq)
    )
    if doc_id is not None:
        statement = statement.where(c.doc_id == doc_id)
    if dyad is not None:
        first, second = dyad
        pair = sa.or_(
            sa.and_(c.actor_1 == first, c.actor_2 == second),
            sa.and_(c.actor_1 == second, c.actor_2 == first),
        )
        principal = sa.or_(
            sa.and_(documents.c.principal_source == first, documents.c.principal_target == second),
            sa.and_(documents.c.principal_source == second, documents.c.principal_target == first),
        )
        alone = sa.and_(c.actor_2.is_(None), c.actor_1.in_([first, second]), principal)
        statement = statement.where(sa.or_(pair, alone))
    return statement


def stored_figures(
    conn: sa.Connection, dyad: tuple[str, str] | None, doc_id: str | None
) -> Iterator[StoredFigure]:
    """The stored figures matching ``dyad`` and ``doc_id`` (None filters nothing), by document date
    (undated last), document and position."""
    check_dyad(dyad)
    result = conn.execute(_statement(schema().figures, dyad, doc_id)).mappings()
    for row in result:
        owner = str(row["doc_id"])
        yield StoredFigure(
            figure_from_row(row, owner), owner, row["doc_date"], str(row["sentence_text"] or "")
        )


def stored_items(
    conn: sa.Connection, dyad: tuple[str, str] | None, doc_id: str | None
) -> Iterator[StoredItem]:
    """The stored listed items matching ``dyad`` and ``doc_id``, in the order of :func:`stored_figures`."""
    check_dyad(dyad)
    result = conn.execute(_statement(schema().items, dyad, doc_id)).mappings()
    for row in result:
        owner = str(row["doc_id"])
        yield StoredItem(item_from_row(row, owner), owner, row["doc_date"], str(row["sentence_text"] or ""))
