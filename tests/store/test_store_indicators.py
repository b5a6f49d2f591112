"""Schema version 3: the countries of each figure and the listed items stored and loaded back, a
version-2 database (with figures in it) migrated on open, and the indicator queries by country pair."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
import sqlalchemy as sa

from bilat.errors import StoreError
from bilat.model import Document, Figure, ListedItem, Reading, Sentence, Span
from bilat.store import MIGRATIONS, Store, migrate, schema_version
from bilat.store.rows import reading_rows

TRADE = "Trade between India and Japan reached $22 billion in 2023."
LIST = "Key Indian exports to Japan include seafood, iron ore and chemicals."
VOTE = "The Japanese delegation abstained twice."
TEXT = f"{TRADE} {LIST} {VOTE}"


def _at(phrase: str, doc_id: str) -> Span:
    start = TEXT.index(phrase)
    return Span(start, start + len(phrase), doc_id)


def _sentences(doc_id: str) -> tuple[Sentence, ...]:
    return tuple(Sentence(i, _at(s, doc_id), s) for i, s in enumerate((TRADE, LIST, VOTE)))


def indicator_reading(
    doc_id: str = "nikkei-1",
    pair: tuple[str, str] | None = ("IND", "JPN"),
    date: dt.date | None = dt.date(2024, 5, 2),
) -> Reading:
    """A reading with a dyad figure, a one-country figure and three exported goods, built by hand."""
    cue = "exports to Japan include"
    return Reading(
        document=Document(doc_id, TEXT, date=date),
        sentences=_sentences(doc_id),
        principal_pair=pair,
        figures=(
            Figure(
                _at("$22 billion", doc_id),
                "$22 billion",
                2.2e10,
                "USD",
                "trade",
                "Trade",
                2023,
                actors=("IND", "JPN"),
            ),
            Figure(
                _at("abstained twice", doc_id),
                "abstained twice",
                2.0,
                "votes",
                "votes",
                "votes: abstain",
                actors=("JPN",),
            ),
        ),
        items=tuple(
            ListedItem(_at(goods, doc_id), goods, "exports", ("IND", "JPN"), cue)
            for goods in ("seafood", "iron ore", "chemicals")
        ),
    )


def test_figure_actors_and_items_load_equal_to_the_ones_written(store: Store) -> None:
    reading = indicator_reading()
    store.write([reading])

    assert store.load_reading(reading.document.id) == reading


def test_replace_rewrites_the_items_of_a_document(store: Store) -> None:
    reading = indicator_reading()
    store.write([reading])
    fewer = dataclasses.replace(reading, items=reading.items[:1])

    store.write([fewer], replace=True)

    assert [stored.item for stored in store.items()] == list(fewer.items)


@pytest.mark.parametrize("dyad", [("IND", "JPN"), ("JPN", "IND")], ids=["as-stated", "reversed"])
def test_figures_of_a_dyad_match_in_either_order(store: Store, dyad: tuple[str, str]) -> None:
    store.write([indicator_reading()])

    assert [stored.figure.text for stored in store.figures(dyad)] == ["$22 billion", "abstained twice"]


def test_a_one_country_figure_belongs_to_the_dyad_of_its_document(store: Store) -> None:
    store.write([indicator_reading("about-china", pair=("JPN", "CHN"))])

    assert [stored.figure.text for stored in store.figures(("IND", "JPN"))] == ["$22 billion"]
    assert [stored.figure.text for stored in store.figures(("CHN", "JPN"))] == ["abstained twice"]


def test_figures_of_another_dyad_are_not_returned(store: Store) -> None:
    store.write([indicator_reading()])

    assert list(store.figures(("IND", "PAK"))) == []


def test_stored_figures_carry_their_document_date_and_sentence(store: Store) -> None:
    store.write([indicator_reading()])

    [first, second] = store.figures(doc_id="nikkei-1")

    assert (first.doc_id, first.doc_date, first.sentence) == ("nikkei-1", dt.date(2024, 5, 2), TRADE)
    assert second.sentence == VOTE


def test_figures_come_by_document_date_undated_last(store: Store) -> None:
    store.write(
        [
            indicator_reading("undated", date=None),
            indicator_reading("later", date=dt.date(2025, 1, 1)),
            indicator_reading("earlier", date=dt.date(2023, 1, 1)),
        ]
    )

    trade = [s.doc_id for s in store.figures(("IND", "JPN")) if s.figure.what == "trade"]

    assert trade == ["earlier", "later", "undated"]


def test_items_of_a_dyad_carry_their_sentence(store: Store) -> None:
    store.write([indicator_reading(), indicator_reading("other-pair", pair=("USA", "CAN"))])

    found = [(s.doc_id, s.item.text, s.item.kind, s.sentence) for s in store.items(("JPN", "IND"))]

    assert found == [
        ("nikkei-1", "seafood", "exports", LIST),
        ("nikkei-1", "iron ore", "exports", LIST),
        ("nikkei-1", "chemicals", "exports", LIST),
        ("other-pair", "seafood", "exports", LIST),
        ("other-pair", "iron ore", "exports", LIST),
        ("other-pair", "chemicals", "exports", LIST),
    ]


def test_items_filter_by_document(store: Store) -> None:
    store.write([indicator_reading("a"), indicator_reading("b")])

    assert {s.doc_id for s in store.items(doc_id="b")} == {"b"}


def test_a_malformed_dyad_is_refused(store: Store) -> None:
    with pytest.raises(StoreError, match="dyad"):
        list(store.figures(("IND",)))  # type: ignore[arg-type]


def _version_2_database(raw_engine: sa.Engine, reading: Reading) -> None:
    """A database as bilat with schema version 2 left it: its tables, its steps, one reading with figures."""
    with raw_engine.begin() as conn:
        migrate(conn, MIGRATIONS[:2])
        rows = reading_rows(reading)
        version_2 = sa.MetaData()
        version_2.reflect(conn)
        conn.execute(sa.insert(version_2.tables["documents"]), [rows.document])
        conn.execute(sa.insert(version_2.tables["sentences"]), rows.sentences)
        old_columns = set(version_2.tables["figures"].c.keys())
        figures = [{k: v for k, v in row.items() if k in old_columns} for row in rows.figures]
        conn.execute(sa.insert(version_2.tables["figures"]), figures)


def test_version_2_step_creates_no_version_3_shape(store_url: str, raw_engine: sa.Engine) -> None:
    with raw_engine.begin() as conn:
        migrate(conn, MIGRATIONS[:2])

    inspector = sa.inspect(raw_engine)
    assert "items" not in inspector.get_table_names()
    assert "actor_1" not in {column["name"] for column in inspector.get_columns("figures")}


def test_version_2_database_migrates_to_version_3_on_open(store_url: str, raw_engine: sa.Engine) -> None:
    old = dataclasses.replace(indicator_reading("stored-in-v2"), items=())
    _version_2_database(raw_engine, old)

    with Store.open(store_url) as upgraded:
        loaded = upgraded.load_reading("stored-in-v2")

    with raw_engine.connect() as conn:
        assert schema_version(conn) == 3
    assert loaded is not None
    assert loaded.figures == tuple(dataclasses.replace(f, actors=()) for f in old.figures)


def test_migrated_version_2_database_stores_actors_and_items(store_url: str, raw_engine: sa.Engine) -> None:
    _version_2_database(raw_engine, dataclasses.replace(indicator_reading("older"), items=()))

    with Store.open(store_url) as upgraded:
        upgraded.write([indicator_reading("newer")])
        loaded = upgraded.load_reading("newer")
        matched = [s.doc_id for s in upgraded.figures(("IND", "JPN"))]

    assert loaded == indicator_reading("newer")
    assert matched == ["newer", "newer"]
