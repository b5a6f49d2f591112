"""URLs, connection settings, and driver errors mapped to StoreError with the URL (password hidden)."""

from __future__ import annotations

import socket
from collections.abc import Callable
from pathlib import Path

import pytest
import sqlalchemy as sa

from bilat.errors import BilatError, StoreError
from bilat.model import Document, Reading
from bilat.store import EventQuery, Store, redact
from bilat.store.store import resolve_url


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.mark.parametrize(
    ("url", "driver"),
    [
        ("postgresql://bilat:pw@db.example:5432/bilat", "postgresql+psycopg"),
        ("postgres://bilat@localhost/bilat", "postgresql+psycopg"),
        ("postgresql+psycopg://localhost/bilat", "postgresql+psycopg"),
        ("sqlite:///bilat.db", "sqlite"),
        ("sqlite://", "sqlite"),
    ],
)
def test_database_urls_pick_their_driver(url: str, driver: str) -> None:
    assert resolve_url(url).drivername == driver


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("postgresql://bilat:s3cret@db.example:5432/bilat", "postgresql://bilat:***@db.example:5432/bilat"),
        ("postgresql://bilat:p%40ss@10.0.0.2/events", "postgresql://bilat:***@10.0.0.2/events"),
        ("postgresql://bilat@localhost/bilat", "postgresql://bilat@localhost/bilat"),
        (
            "postgresql://localhost/bilat?user=bilat&password=pw2",
            "postgresql://localhost/bilat?user=bilat&password=***",
        ),
        ("sqlite:///var/lib/bilat.db", "sqlite:///var/lib/bilat.db"),
    ],
)
def test_redact_hides_only_the_password(url: str, shown: str) -> None:
    assert redact(url) == shown


def test_memory_store_keeps_its_data_between_calls() -> None:
    with Store.open("sqlite://") as store:
        store.write([Reading(Document("memo", "Kept in memory."))])

        assert store.has_document("memo")


def test_sqlite_file_runs_in_wal_mode_with_foreign_keys(tmp_path: Path) -> None:
    with Store.open(f"sqlite:///{tmp_path / 'wal.db'}") as store:
        engine = store._engine  # the store's own connections carry the pragmas
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


@pytest.mark.parametrize(
    "url",
    [
        "mysql://bilat:pw@localhost/bilat",
        "not a url at all",
        "sqlite:////nonexistent-directory/for/bilat.db",
    ],
    ids=["unsupported-database", "unparsable", "missing-directory"],
)
def test_bad_url_is_a_store_error(url: str) -> None:
    with pytest.raises(StoreError):
        Store.open(url)


def test_unreachable_server_error_names_the_url_without_its_password() -> None:
    url = f"postgresql://bilat:hunter2@127.0.0.1:{_closed_port()}/bilat?connect_timeout=3"

    with pytest.raises(StoreError) as caught:
        Store.open(url)

    assert "postgresql://bilat:***@127.0.0.1" in str(caught.value)
    assert "hunter2" not in str(caught.value)


def test_read_only_database_refuses_writes_with_a_store_error(tmp_path: Path) -> None:
    path = tmp_path / "frozen.db"
    Store.open(f"sqlite:///{path}").close()

    with Store.open(f"sqlite:///file:{path}?mode=ro&uri=true") as store:
        assert store.counts()["documents"] == 0
        with pytest.raises(StoreError, match="readonly"):
            store.write([Reading(Document("late", "Too late to store."))])


def test_read_only_file_that_is_missing_cannot_be_opened(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="opening"):
        Store.open(f"sqlite:///file:{tmp_path / 'absent.db'}?mode=ro&uri=true")


Operation = Callable[[Store], object]
OPERATIONS: dict[str, Operation] = {
    "write": lambda store: store.write([Reading(Document("new", "A new story."))]),
    "load_reading": lambda store: store.load_reading("old"),
    "has_document": lambda store: store.has_document("old"),
    "documents": lambda store: list(store.documents()),
    "events": lambda store: list(store.events(EventQuery(actor="RUS"))),
    "counts": lambda store: store.counts(),
    "figures": lambda store: list(store.figures(("RUS", "CAF"))),
    "items": lambda store: list(store.items(doc_id="old")),
}


@pytest.mark.parametrize("operation", OPERATIONS.values(), ids=OPERATIONS.keys())
def test_dropped_table_comes_out_as_a_store_error(
    store: Store, raw_engine: sa.Engine, operation: Operation
) -> None:
    store.write([Reading(Document("old", "An old story."))])
    with raw_engine.begin() as conn:
        for table in (
            "event_spans",
            "events",
            "items",
            "figures",
            "times",
            "mentions",
            "sentences",
            "documents",
        ):
            conn.execute(sa.text(f"DROP TABLE {table}"))

    with pytest.raises(StoreError) as caught:
        operation(store)

    assert caught.value.code == "E004"
    assert isinstance(caught.value.__cause__, Exception)
    assert not isinstance(caught.value.__cause__, BilatError)


@pytest.mark.parametrize("operation", OPERATIONS.values(), ids=OPERATIONS.keys())
def test_closed_store_refuses_to_work(store: Store, operation: Operation) -> None:
    store.close()

    with pytest.raises(StoreError, match="closed"):
        operation(store)


def test_store_error_message_names_the_url(store: Store, raw_engine: sa.Engine) -> None:
    with raw_engine.begin() as conn:
        conn.execute(sa.text("DROP TABLE mentions"))

    with pytest.raises(StoreError) as caught:
        store.counts()

    assert store.url in str(caught.value)
    assert "mentions" in str(caught.value)
