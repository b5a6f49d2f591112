"""Lists a relationship states: goods exported and imported and sectors of stated interest, one item per
element of the list, with its span and the countries it is about. Sentences are ours."""

from __future__ import annotations

import pytest

from bilat.model import ListedItem
from bilat.pipeline import Reader

LEAD = "Russian President Vladimir Putin met Malian leader Assimi Goita in Moscow on Monday. "


def _items(reader: Reader, text: str) -> tuple[ListedItem, ...]:
    return reader.read(text, date="2025-01-16").items


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Key Russian exports to Mali include fertiliser, wheat and machinery.",
            ["fertiliser", "wheat", "machinery"],
        ),
        (
            "Vietnam's main exports to the United States are electronics, textiles, footwear and furniture.",
            ["electronics", "textiles", "footwear", "furniture"],
        ),
        (
            "Indonesia's exports to China consist mainly of coal, nickel and palm oil.",
            ["coal", "nickel", "palm oil"],
        ),
        ("Chilean exports to Korea, such as copper and wine, grew fast.", ["copper", "wine"]),
    ],
    ids=["include", "are", "consist-mainly-of", "such-as"],
)
def test_exported_goods_are_listed_one_item_each(reader: Reader, text: str, expected: list[str]) -> None:
    items = _items(reader, text)
    assert [i.text for i in items] == expected
    assert {i.kind for i in items} == {"exports"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Peru's main exports to China include copper, iron ore, and fishmeal.",
            ["copper", "iron ore", "fishmeal"],
        ),
        (
            "Imports from Ghana include pigments and dyes, glass and glassware.",
            ["pigments and dyes", "glass and glassware"],
        ),
        ("Imports from Ghana include cocoa and gold.", ["cocoa", "gold"]),
        (
            "Exports to Kenya include machines and equipment, chemicals, and food.",
            ["machines and equipment", "chemicals", "food"],
        ),
    ],
    ids=["serial-comma", "pairs", "no-comma", "pair-then-serial-comma"],
)
def test_a_list_splits_on_commas_and_keeps_fixed_pairs(
    reader: Reader, text: str, expected: list[str]
) -> None:
    assert [i.text for i in _items(reader, text)] == expected


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("Key Russian exports to Mali include fertiliser, wheat and machinery.", ("RUS", "MLI")),
        ("Peru's main exports to China are copper and zinc.", ("PER", "CHN")),
        ("Germany's imports from Norway consist of gas and fish.", ("NOR", "DEU")),
        (LEAD + "Imports from Mali include cotton and gold.", ("MLI", "RUS")),
    ],
    ids=["demonym-exports-to", "possessive-exports-to", "possessive-imports-from", "imports-from-pair"],
)
def test_goods_go_from_exporter_to_importer(reader: Reader, text: str, actors: tuple[str, ...]) -> None:
    items = _items(reader, text)
    assert items
    assert {i.actors for i in items} == {actors}


def test_imports_are_listed_as_imports(reader: Reader) -> None:
    items = _items(reader, "Germany's imports from Norway consist of gas and fish.")
    assert [(i.text, i.kind) for i in items] == [("gas", "imports"), ("fish", "imports")]


@pytest.mark.parametrize(
    ("text", "expected", "actors"),
    [
        (
            "Mali has expressed interest in cooperation in energy, mining and transport.",
            ["energy", "mining", "transport"],
            ("MLI",),
        ),
        (
            "Brazil has shown interest in cooperation with India in pharmaceuticals, defence and space.",
            ["pharmaceuticals", "defence", "space"],
            ("BRA", "IND"),
        ),
        (
            "Kazakhstan is keen on Chinese investment in agriculture, logistics and renewable energy.",
            ["agriculture", "logistics", "renewable energy"],
            ("KAZ", "CHN"),
        ),
        (
            "Senegal is interested in such sectors as fisheries, tourism, and housing.",
            ["fisheries", "tourism", "housing"],
            ("SEN",),
        ),
    ],
    ids=["interest-in-cooperation-in", "with-partner", "keen-on", "such-sectors-as"],
)
def test_sectors_of_stated_interest_are_listed(
    reader: Reader, text: str, expected: list[str], actors: tuple[str, ...]
) -> None:
    items = _items(reader, text)
    assert [(i.text, i.kind) for i in items] == [(e, "interest") for e in expected]
    assert {i.actors for i in items} == {actors}


def test_an_item_span_points_at_its_words(reader: Reader) -> None:
    text = LEAD + "Key Russian exports to Mali include fertiliser, wheat and machinery."
    reading = reader.read(text, date="2025-01-16")
    assert [text[i.span.start : i.span.end] for i in reading.items] == ["fertiliser", "wheat", "machinery"]
    assert all(i.span.doc_id == reading.document.id for i in reading.items)


@pytest.mark.parametrize(
    "text",
    [
        "Exports rose 5 percent last year.",
        "Imports from Mali include $5 million of cotton.",
        "The minister said exports are growing and imports are falling.",
        "Mali has expressed interest in the proposal.",
        "Seoul criticised curbs on exports of chemicals used to make chips.",
        "Kyiv asked for faster deliveries of air defence systems, saying Moscow had fired 90 missiles.",
        "Police halted the deliveries in Kabul on Monday after two of their trucks were attacked.",
    ],
    ids=[
        "no-list",
        "a-sum-is-no-item",
        "clause-not-a-list",
        "interest-in-one-thing",
        "exports-of-one-thing",
        "participle-clause-ends-the-list",
        "words-between-cue-and-of",
    ],
)
def test_words_that_list_nothing_give_no_items(reader: Reader, text: str) -> None:
    assert _items(reader, text) == ()
