"""Schema versions: named steps recorded in a table, older databases migrated, newer ones refused."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

import bilat.store.migrations as migrations
from bilat.errors import StoreError
from bilat.model import Document, Reading
from bilat.store import MIGRATIONS, Migration, Store, migrate, schema_version

ALL_STEPS = [(1, "initial"), (2, "figures-and-actors"), (3, "figure-actors-and-items")]


def _recorded(engine: sa.Engine) -> list[tuple[int, str]]:
    with engine.connect() as conn:
        rows = conn.execute(sa.text("SELECT step, name FROM migrations ORDER BY step"))
        return [(int(step), str(name)) for step, name in rows]


def _add_event_notes(conn: sa.Connection) -> None:
    conn.execute(sa.text("CREATE TABLE event_notes (doc_id VARCHAR NOT NULL, note TEXT NOT NULL)"))


def _create_a_table_twice(conn: sa.Connection) -> None:
    conn.execute(sa.text("CREATE TABLE scratch (x INTEGER)"))
    conn.execute(sa.text("CREATE TABLE scratch (x INTEGER)"))


def test_new_database_records_every_step(store: Store, raw_engine: sa.Engine) -> None:
    assert _recorded(raw_engine) == ALL_STEPS


def test_new_database_is_at_the_latest_version(store: Store, raw_engine: sa.Engine) -> None:
    with raw_engine.connect() as conn:
        assert schema_version(conn) == len(MIGRATIONS)


def test_reopening_applies_no_step_again(store_url: str, raw_engine: sa.Engine) -> None:
    Store.open(store_url).close()
    Store.open(store_url).close()

    with raw_engine.begin() as conn:
        assert migrate(conn) == ()
    assert _recorded(raw_engine) == ALL_STEPS


def test_older_database_is_migrated_on_open(
    store_url: str, raw_engine: sa.Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store.open(store_url) as old:
        old.write([Reading(Document("kept", "Stored before the upgrade."))])
    monkeypatch.setattr(
        migrations, "MIGRATIONS", (*MIGRATIONS, Migration(4, "event-notes", _add_event_notes))
    )

    with Store.open(store_url) as upgraded:
        assert upgraded.has_document("kept")

    assert _recorded(raw_engine) == [*ALL_STEPS, (4, "event-notes")]
    assert sa.inspect(raw_engine).has_table("event_notes")


def test_newer_database_is_refused_with_a_clear_error(store_url: str, raw_engine: sa.Engine) -> None:
    Store.open(store_url).close()
    with raw_engine.begin() as conn:
        conn.execute(sa.text("INSERT INTO migrations VALUES (4, 'from-the-future', '2031-01-01T00:00:00')"))

    with pytest.raises(StoreError, match=r"version 4 .* upgrade bilat"):
        Store.open(store_url)


def test_database_with_other_step_names_is_refused(store_url: str, raw_engine: sa.Engine) -> None:
    Store.open(store_url).close()
    with raw_engine.begin() as conn:
        conn.execute(sa.text("UPDATE migrations SET name = 'someone-elses' WHERE step = 1"))

    with pytest.raises(StoreError, match="not a bilat database"):
        Store.open(store_url)


def test_failing_step_leaves_the_database_untouched(
    store_url: str, raw_engine: sa.Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        migrations, "MIGRATIONS", (*MIGRATIONS, Migration(4, "broken", _create_a_table_twice))
    )

    with pytest.raises(StoreError, match="opening"):
        Store.open(store_url)

    assert sa.inspect(raw_engine).get_table_names() == []


@pytest.mark.parametrize(
    "steps",
    [
        (Migration(2, "initial", _add_event_notes),),
        (MIGRATIONS[0], Migration(3, "skips-two", _add_event_notes)),
        (MIGRATIONS[0], Migration(2, "initial", _add_event_notes)),
    ],
    ids=["not-starting-at-one", "gap", "repeated-name"],
)
def test_malformed_step_list_is_refused(
    store: Store, raw_engine: sa.Engine, steps: tuple[Migration, ...]
) -> None:
    with raw_engine.begin() as conn, pytest.raises(StoreError, match="migration"):
        migrate(conn, steps)
