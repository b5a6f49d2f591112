"""Fixtures for the store tests: a fresh store per test on SQLite and on PostgreSQL, and a full reading.

The PostgreSQL side runs when ``BILAT_TEST_PG_URL`` is set (``.ci/run`` sets it); each test gets a schema
of its own, dropped afterwards. Unset, those tests skip, except under ``CI=true`` where they fail.
"""

from __future__ import annotations

import datetime as dt
import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import psycopg
import pytest
import sqlalchemy as sa
from psycopg import sql

from bilat.model import (
    ActorRef,
    Dateline,
    Document,
    Event,
    EventDate,
    Mention,
    Place,
    Reading,
    Sentence,
    Span,
    TimeMention,
)
from bilat.store import Store

PG_ENV = "BILAT_TEST_PG_URL"


def postgres_url() -> str:
    """The server URL of the test PostgreSQL; skips (fails under CI=true) when it is not configured."""
    url = os.environ.get(PG_ENV, "")
    if not url:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{PG_ENV} is not set under CI=true: the PostgreSQL tests must run (see .ci/run)")
        pytest.skip(f"{PG_ENV} is not set (run the tests through .ci/run to include PostgreSQL)")
    return url


@pytest.fixture
def postgres_schema_url() -> Iterator[str]:
    """A URL whose connections work in a fresh PostgreSQL schema of their own (dropped afterwards)."""
    server = postgres_url()
    name = f"bilat_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(name)))
    url = sa.make_url(server).update_query_dict({"options": f"-csearch_path={name}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with psycopg.connect(server, autocommit=True) as conn:
            conn.execute(sql.SQL("DROP SCHEMA {} CASCADE").format(sql.Identifier(name)))


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The URL of an empty database: a SQLite file, or a fresh PostgreSQL schema."""
    if request.param == "postgres":
        return str(request.getfixturevalue("postgres_schema_url"))
    return f"sqlite:///{tmp_path / 'bilat.db'}"


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    """A freshly created store, closed after the test."""
    with Store.open(store_url) as opened:
        yield opened


@pytest.fixture
def raw_engine(store_url: str) -> Iterator[sa.Engine]:
    """A plain SQLAlchemy engine on the same database as ``store``, to tamper with it."""
    url = sa.make_url(store_url)
    if url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
    engine = sa.create_engine(url)
    yield engine
    engine.dispose()


TEXT = (
    "MOSCOW, January 16. /TASS/. Russian President Vladimir Putin held talks with the President of the "
    "Central African Republic Faustin-Archange Touadera in the Kremlin on Thursday. The two leaders agreed "
    "to expand military cooperation, Kremlin spokesman Dmitry Peskov told reporters."
)


def _span(phrase: str, doc_id: str, after: int = 0) -> Span:
    start = TEXT.index(phrase, after)
    return Span(start, start + len(phrase), doc_id)


def full_reading(doc_id: str = "tass-2025-01-16") -> Reading:
    """A reading with every optional field set, built by hand on a short wire story."""
    first_end = TEXT.index("Thursday.") + len("Thursday.")
    sentences = (
        Sentence(0, Span(0, first_end, doc_id), TEXT[:first_end]),
        Sentence(1, Span(first_end + 1, len(TEXT), doc_id), TEXT[first_end + 1 :]),
    )
    kremlin = Place("Moscow", "RUS", 55.7558, 37.6173, _span("MOSCOW", doc_id))
    putin = ActorRef(
        "RUS.HOS", "Russian President Vladimir Putin", _span("Russian President Vladimir Putin", doc_id)
    )
    touadera = ActorRef("CAF.HOS", "Faustin-Archange Touadera", _span("Faustin-Archange Touadera", doc_id))
    peskov = ActorRef("RUS.SPOKESPERSON", "Dmitry Peskov", _span("Dmitry Peskov", doc_id))
    thursday = _span("Thursday", doc_id)
    document = Document(
        id=doc_id,
        text=TEXT,
        date=dt.date(2025, 1, 16),
        date_basis="dateline",
        date_note="year from the publication metadata",
        dateline=Dateline(
            "MOSCOW, January 16. /TASS/.",
            Span(0, 27, doc_id),
            place="MOSCOW",
            place_span=_span("MOSCOW", doc_id),
            month=1,
            day=16,
            year=None,
            outlet="TASS",
        ),
        title="Putin, Touadera hold talks in the Kremlin",
        url="https://tass.example/politics/1",
        source="TASS",
        origin="feeds/tass.jsonl:3",
        language="en",
    )
    talks = Event(
        event_id=f"{doc_id}:0",
        doc_id=doc_id,
        source=putin,
        target=touadera,
        plover_type="CONSULT",
        cameo_code="040",
        cameo_root="04",
        quad_class=1,
        goldstein=1.0,
        date=EventDate("2025-01-16", "day", "given", span=thursday),
        status="occurred",
        confidence=0.81,
        coder_version="bilat 0.1.0",
        evidence=sentences[0].text,
        sentence_span=sentences[0].span,
        trigger_span=_span("held talks", doc_id),
        trigger="held talks",
        symmetric=True,
        plover_mode="visit",
        context=("military", "diplomatic"),
        location=Place("the Kremlin", "RUS", 55.752, 37.6175, _span("the Kremlin", doc_id)),
        speaker=None,
        pattern="consult.hold_talks",
    )
    agree = Event(
        event_id=f"{doc_id}:1",
        doc_id=doc_id,
        source=ActorRef("RUS", "The two leaders", _span("The two leaders", doc_id)),
        target=ActorRef("CAF", "The two leaders", None, implied=True),
        plover_type="AGREE",
        cameo_code="057",
        cameo_root="05",
        quad_class=1,
        goldstein=8.0,
        date=EventDate("2025-01-16", "day", "inferred"),
        status="planned",
        confidence=0.5,
        coder_version="bilat 0.1.0",
        evidence=sentences[1].text,
        sentence_span=sentences[1].span,
        trigger_span=_span("agreed", doc_id),
        trigger="agreed",
        symmetric=True,
        context=("military",),
        location=Place("Kremlin", "RUS"),
        speaker=peskov,
        pattern="agree.agree_to",
    )
    return Reading(
        document=document,
        sentences=sentences,
        mentions=(
            Mention(putin.span or Span(0, 0), putin.text, "RUS.HOS", "person", 0.95, name="Vladimir Putin"),
            Mention(
                touadera.span or Span(0, 0),
                touadera.text,
                "CAF.HOS",
                "person",
                0.9,
                name="Faustin-Archange Touadera",
            ),
            Mention(_span("the Kremlin", doc_id), "the Kremlin", "RUS.GOV", "metonym", 0.7),
            Mention(
                _span("The two leaders", doc_id),
                "The two leaders",
                "RUS",
                "group",
                0.6,
                members=("RUS.HOS", "CAF.HOS"),
            ),
            Mention(peskov.span or Span(0, 0), peskov.text, "RUS.SPOKESPERSON", "person"),
        ),
        times=(
            TimeMention(
                thursday, "Thursday", "2025-01-16", "day", "weekday before the document date", relation="on"
            ),
            TimeMention(
                _span("January 16", doc_id), "January 16", "2025-01-16", "day", "dateline", end_value=None
            ),
        ),
        events=(talks, agree),
        location=kremlin,
        principal_pair=("RUS", "CAF"),
        notes=("dateline year taken from metadata",),
    )


@pytest.fixture
def reading() -> Reading:
    """The hand-built full reading (see :func:`full_reading`)."""
    return full_reading()


@pytest.fixture
def make_reading() -> Callable[[str], Reading]:
    """A factory of full readings with the given document id."""
    return full_reading
