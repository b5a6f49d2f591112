"""Schema version 2: a reading's figures stored and loaded back, the registry of actors seen, and a
version-1 database (with readings in it) migrated on open."""

from __future__ import annotations

import dataclasses

import sqlalchemy as sa

from bilat.model import Document, Figure, Mention, Reading, Span
from bilat.store import MIGRATIONS, Store, migrate, schema_version
from bilat.store.rows import reading_rows

TRADE = (
    "Bilateral trade grew from $0.9 million in 2016 to $6 million in 2021, and Russian instructors trained "
    "more than 500 law enforcement officers by 2024."
)


def _at(phrase: str, doc_id: str) -> Span:
    start = TRADE.index(phrase)
    return Span(start, start + len(phrase), doc_id)


def figure_reading(doc_id: str = "tass-trade") -> Reading:
    """A reading with three figures and a few mentions, built by hand."""
    return Reading(
        document=Document(doc_id, TRADE),
        mentions=(
            Mention(_at("Russian instructors", doc_id), "Russian instructors", "RUS.MIL", "role"),
            Mention(_at("Russian", doc_id), "Russian", "RUS", "country"),
        ),
        figures=(
            Figure(
                _at("$0.9 million", doc_id), "$0.9 million", 900000.0, "USD", "trade", "Bilateral trade", 2016
            ),
            Figure(
                _at("$6 million", doc_id), "$6 million", 6000000.0, "USD", "trade", "Bilateral trade", 2021
            ),
            Figure(
                _at("500 law enforcement officers", doc_id),
                "500 law enforcement officers",
                500.0,
                "persons",
                "personnel trained",
                "law enforcement officers trained",
                year=2024,
                year_qualifier="by",
                qualifier="more than",
            ),
        ),
    )


def _person(text: str, code: str, name: str | None, start: int = 0) -> Mention:
    return Mention(Span(start, start + len(text)), text, code, "person", name=name)


def _figure_count(engine: sa.Engine) -> int:
    with engine.connect() as conn:
        return int(conn.scalar(sa.text("SELECT count(*) FROM figures")) or 0)


def test_figures_load_equal_to_the_ones_written(store: Store) -> None:
    reading = figure_reading()
    store.write([reading])

    loaded = store.load_reading(reading.document.id)

    assert loaded is not None
    assert loaded.figures == reading.figures


def test_replace_rewrites_the_figures_of_a_document(store: Store, raw_engine: sa.Engine) -> None:
    reading = figure_reading()
    store.write([reading])
    fewer = dataclasses.replace(reading, figures=reading.figures[2:])

    store.write([fewer], replace=True)

    assert store.load_reading(reading.document.id) == fewer
    assert _figure_count(raw_engine) == 1


def test_skipped_document_keeps_its_figures(store: Store) -> None:
    reading = figure_reading()
    store.write([reading])

    store.write([dataclasses.replace(reading, figures=())])

    loaded = store.load_reading(reading.document.id)
    assert loaded is not None
    assert loaded.figures == reading.figures


def test_actors_name_a_person_by_the_persons_name(store: Store) -> None:
    store.write(
        [
            Reading(
                Document("kremlin-1", "President Putin met Touadera. Vladimir Putin said ..."),
                mentions=(
                    _person("President Putin", "RUS.HOS", "Vladimir Putin"),
                    _person("Vladimir Putin", "RUS.HOS", "Vladimir Putin", 30),
                ),
            )
        ]
    )

    assert list(store.actors()) == [("RUS.HOS", "person", "Vladimir Putin")]


def test_actors_name_a_state_by_its_most_frequent_mention(store: Store) -> None:
    mentions = tuple(
        Mention(Span(i, i + len(text)), text, "CAF", "country")
        for i, text in enumerate(["the CAR", "Central African Republic", "the CAR"])
    )
    store.write([Reading(Document("bangui-1", "..."), mentions=mentions)])

    assert list(store.actors()) == [("CAF", "country", "the CAR")]


def test_actors_prefer_a_name_to_a_group_or_pronoun_mention(store: Store) -> None:
    mentions = (
        Mention(Span(0, 15), "The two leaders", "RUS", "group", members=("RUS.HOS", "CAF.HOS")),
        Mention(Span(20, 35), "The two leaders", "RUS", "group", members=("RUS.HOS", "CAF.HOS")),
        Mention(Span(40, 46), "Russia", "RUS", "country"),
    )
    store.write([Reading(Document("summit-1", "..."), mentions=mentions)])

    assert list(store.actors()) == [("RUS", "country", "Russia")]


def test_actors_count_mentions_across_documents(store: Store) -> None:
    store.write(
        [Reading(Document("a", "..."), mentions=(Mention(Span(0, 6), "Moscow", "RUS.GOV", "metonym"),))]
    )
    store.write(
        [
            Reading(
                Document("b", "..."),
                mentions=(
                    Mention(Span(0, 11), "the Kremlin", "RUS.GOV", "metonym"),
                    Mention(Span(20, 31), "the Kremlin", "RUS.GOV", "metonym"),
                ),
            )
        ]
    )

    assert list(store.actors()) == [("RUS.GOV", "metonym", "the Kremlin")]


def test_replace_drops_an_actor_no_mention_names_any_more(store: Store) -> None:
    reading = figure_reading()
    store.write([reading])

    store.write([dataclasses.replace(reading, mentions=reading.mentions[1:])], replace=True)

    assert list(store.actors()) == [("RUS", "country", "Russian")]


def _version_1_database(raw_engine: sa.Engine, reading: Reading) -> None:
    """A database as bilat with schema version 1 left it: its tables, its step, one reading stored."""
    with raw_engine.begin() as conn:
        migrate(conn, MIGRATIONS[:1])
        rows = reading_rows(reading)
        version_1 = sa.MetaData()
        version_1.reflect(conn)
        conn.execute(sa.insert(version_1.tables["documents"]), [rows.document])
        for name, batch in (("mentions", rows.mentions), ("sentences", rows.sentences)):
            if batch:
                conn.execute(sa.insert(version_1.tables[name]), batch)


def test_version_1_database_migrates_to_the_latest_version_on_open(
    store_url: str, raw_engine: sa.Engine
) -> None:
    old = dataclasses.replace(figure_reading("stored-in-v1"), figures=())
    _version_1_database(raw_engine, old)

    with Store.open(store_url) as upgraded:
        loaded = upgraded.load_reading("stored-in-v1")
        actors = list(upgraded.actors())

    with raw_engine.connect() as conn:
        assert schema_version(conn) == len(MIGRATIONS)
    assert {"figures", "actors", "items"} <= set(sa.inspect(raw_engine).get_table_names())
    assert loaded == old
    assert actors == [("RUS", "country", "Russian"), ("RUS.MIL", "role", "Russian instructors")]


def test_migrated_database_stores_figures(store_url: str, raw_engine: sa.Engine) -> None:
    _version_1_database(raw_engine, Reading(Document("older", "Stored before figures.")))

    with Store.open(store_url) as upgraded:
        upgraded.write([figure_reading()])
        loaded = upgraded.load_reading("tass-trade")

    assert loaded == figure_reading()


def test_version_1_step_creates_no_version_2_table(store_url: str, raw_engine: sa.Engine) -> None:
    with raw_engine.begin() as conn:
        migrate(conn, MIGRATIONS[:1])

    assert not {"figures", "actors"} & set(sa.inspect(raw_engine).get_table_names())
