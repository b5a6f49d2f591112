"""Fixtures shared by the whole suite: the ../shared folder (fails under CI=true when missing, skips
otherwise), the loaded reading pipeline (built once per session) and readings cached per text and date."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from bilat.model import Document, Event, Reading
from bilat.pipeline import Reader

SHARED = (Path(__file__).resolve().parents[1] / ".." / "shared").resolve()


def require_shared(*parts: str) -> Path:
    """A path under ../shared; fails the test under CI=true when it is missing, skips it otherwise."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{path} is missing and CI=true: the shared evaluation folder is required")
        pytest.skip(f"{path} is missing")
    return path


@pytest.fixture
def shared_dir() -> Path:
    return require_shared()


@pytest.fixture(scope="session")
def shared_file() -> Callable[..., Path]:
    """:func:`require_shared` itself, for tests and module-scoped fixtures that need one file of ../shared:
    ``shared_file("eval", "plover", "cameo2plover_2021.json")`` (test modules cannot import conftest)."""
    return require_shared


@pytest.fixture(scope="session")
def reader() -> Reader:
    return Reader()


@pytest.fixture(scope="session")
def read_dated(reader: Reader) -> Callable[[str, str], Reading]:
    """Reads a text published on a date with the session's reader, once per text and date: tests that
    read the same sentence share its reading. ``read_dated(text, "2025-03-05")``."""
    cache: dict[tuple[str, str], Reading] = {}

    def read(text: str, date: str) -> Reading:
        if (text, date) not in cache:
            cache[(text, date)] = reader.read(text, date=date)
        return cache[(text, date)]

    return read


@pytest.fixture(scope="session")
def corpus(reader: Reader) -> Callable[..., tuple[dict[str, Document], list[Event]]]:
    """Reads articles given as ``(doc_id, "YYYY-MM-DD", text)`` with the session's reader and returns
    their documents by id and all their events: ``documents, events = corpus(("a", "2025-03-04", text))``."""

    def read(*articles: tuple[str, str, str]) -> tuple[dict[str, Document], list[Event]]:
        documents = {
            doc_id: Document(id=doc_id, text=text, date=dt.date.fromisoformat(date), date_basis="given")
            for doc_id, date, text in articles
        }
        events = [
            event for reading in reader.read_documents(list(documents.values())) for event in reading.events
        ]
        return documents, events

    return read
