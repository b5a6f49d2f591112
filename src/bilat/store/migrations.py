"""Schema migrations: named, numbered steps, each recorded in the ``migrations`` table when applied.

The schema version of a database is the highest step recorded. :func:`migrate` applies, in order, every
known step a database lacks, and refuses a database whose version is newer than the steps this code
knows, or whose recorded step names differ from ours (not a bilat database, or a diverged one).

Steps: 1 "initial" creates the version-1 tables (documents, sentences, mentions, times, events,
event_spans, migrations); 2 "figures-and-actors" adds ``figures`` and the ``actors`` registry (filled from
the stored mentions); 3 "figure-actors-and-items" adds the countries of a figure to ``figures`` (columns
``actors``, ``actor_1``, ``actor_2``, NULL for the figures stored before: read again, they get them) and
creates ``items`` (the listed goods and sectors of interest).

Adding a step: append ``Migration(n, "what-it-does", apply)`` to :data:`MIGRATIONS`, change
:mod:`bilat.store.schema` to the new shape, and freeze step 1 (and others) to the tables as they were,
since a step must always build the schema of its own version.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import sqlalchemy as sa

from bilat.errors import StoreError
from bilat.store.registry import refresh_actors
from bilat.store.schema import build_schema, figure_actor_columns, schema


@dataclass(frozen=True)
class Migration:
    """One schema step: its number (1, 2, ...), a stable name, and the function that applies it."""

    step: int
    name: str
    apply: Callable[[sa.Connection], None]


def _initial(conn: sa.Connection) -> None:
    current = build_schema()
    current.metadata.create_all(conn, tables=list(current.version_1_tables), checkfirst=True)


def _figures_and_actors(conn: sa.Connection) -> None:
    """Version 2: the ``figures`` of readings and the ``actors`` registry, filled from the mentions
    already stored (readings stored before have no figures until they are read again)."""
    version_2 = build_schema(2)
    version_2.metadata.create_all(conn, tables=list(version_2.version_2_tables), checkfirst=True)
    refresh_actors(conn)


def _figure_actors_and_items(conn: sa.Connection) -> None:
    """Version 3: the countries of each figure (three nullable columns added to ``figures``, and their
    index) and the ``items`` table."""
    current = build_schema(3)
    preparer = conn.dialect.identifier_preparer
    table = preparer.quote(current.figures.name)
    for column in figure_actor_columns():
        kind = column.type.compile(dialect=conn.dialect)
        conn.execute(sa.text(f"ALTER TABLE {table} ADD COLUMN {preparer.quote(column.name)} {kind}"))
    for index in current.figures.indexes:
        if index.name == "ix_figures_actors":
            index.create(conn)
    current.metadata.create_all(conn, tables=list(current.version_3_tables), checkfirst=True)


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "initial", _initial),
    Migration(2, "figures-and-actors", _figures_and_actors),
    Migration(3, "figure-actors-and-items", _figure_actors_and_items),
)


def _check_steps(steps: Sequence[Migration]) -> None:
    numbers = [migration.step for migration in steps]
    if numbers != list(range(1, len(steps) + 1)):
        raise StoreError(f"migration steps must be numbered 1..{len(steps)} in order, got {numbers}")
    names = [migration.name for migration in steps]
    if len(set(names)) != len(names):
        raise StoreError(f"migration names must be unique, got {names}")


def recorded_steps(conn: sa.Connection) -> dict[int, str]:
    """The steps recorded in a database (number -> name); empty when it has no migrations table."""
    table = schema().migrations
    if not sa.inspect(conn).has_table(table.name):
        return {}
    rows = conn.execute(sa.select(table.c.step, table.c.name).order_by(table.c.step))
    return {int(row.step): str(row.name) for row in rows}


def schema_version(conn: sa.Connection) -> int:
    """The database's schema version: its highest recorded step, 0 for an empty database."""
    return max(recorded_steps(conn), default=0)


def migrate(conn: sa.Connection, steps: Sequence[Migration] | None = None) -> tuple[str, ...]:
    """Bring the database behind ``conn`` to the last of ``steps`` (default :data:`MIGRATIONS`); return the
    names of the steps applied.

    Run it inside a transaction so that a failing step leaves the database as it was (both SQLite, as the
    store drives it, and PostgreSQL have transactional DDL). Raises :class:`StoreError` when the database
    is newer than ``steps`` or its recorded names differ from theirs.
    """
    if steps is None:
        steps = MIGRATIONS
    _check_steps(steps)
    recorded = recorded_steps(conn)
    newest = max(recorded, default=0)
    if newest > len(steps):
        raise StoreError(
            f"the database schema is at version {newest} ({recorded[newest]!r}) but this bilat knows "
            f"versions up to {len(steps)}; upgrade bilat to open it"
        )
    for migration in steps:
        name = recorded.get(migration.step)
        if name is not None and name != migration.name:
            raise StoreError(
                f"the database records schema step {migration.step} as {name!r} where bilat expects "
                f"{migration.name!r}; it is not a bilat database or it diverged"
            )
    table = schema().migrations
    table.create(conn, checkfirst=True)
    applied: list[str] = []
    for migration in steps:
        if migration.step in recorded:
            continue
        migration.apply(conn)
        conn.execute(
            table.insert().values(
                step=migration.step,
                name=migration.name,
                applied_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            )
        )
        applied.append(migration.name)
    return tuple(applied)
