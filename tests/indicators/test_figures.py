"""Figures of a relationship: money, people, percentages, votes and agreements read from news sentences,
with their scale, unit, kind, year and qualifier; and the six figures of the shared sample article."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from bilat.indicators import figures_in_text, find_figures
from bilat.model import Sentence, Span
from bilat.pipeline import Reader

ANCHOR = dt.date(2025, 1, 16)
SAMPLE = "tass-2025-01-16-putin-touadera"


def _values(text: str) -> list[tuple[str, float, str]]:
    return [(f.text, f.value, f.unit) for f in figures_in_text(text, ANCHOR)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bilateral trade reached $0.9 million last year.", [("$0.9 million", 900_000, "USD")]),
        ("Japan pledged 6 million dollars for the reconstruction.", [("6 million dollars", 6e6, "USD")]),
        ("The EU will release €500m to the government.", [("€500m", 5e8, "EUR")]),
        ("Brussels earmarked 500 million euros for the programme.", [("500 million euros", 5e8, "EUR")]),
        ("Beijing extended a credit line of 1.2 billion yuan.", [("1.2 billion yuan", 1.2e9, "CNY")]),
        ("The lender approved a US$3bn package.", [("US$3bn", 3e9, "USD")]),
        ("Canberra announced A$250 million in aid.", [("A$250 million", 2.5e8, "AUD")]),
        ("The port deal is worth HK$4.5 billion.", [("HK$4.5 billion", 4.5e9, "HKD")]),
        ("London committed £2.26bn to the fund.", [("£2.26bn", 2.26e9, "GBP")]),
        ("Moscow wrote off 20 billion roubles of debt.", [("20 billion roubles", 2e10, "RUB")]),
        ("The bank lent USD 40 million to the ministry.", [("USD 40 million", 4e7, "USD")]),
        ("India offered Rs 5,000 crore in credit.", [("Rs 5,000 crore", 5e10, "INR")]),
        ("Tokyo gave ¥12 billion in grants.", [("¥12 billion", 1.2e10, "JPY")]),
        ("The contract is worth $1,250,000.", [("$1,250,000", 1_250_000, "USD")]),
    ],
    ids=[
        "dollar-sign-million",
        "dollars-word",
        "euro-sign-m",
        "euros-word",
        "yuan",
        "us-dollar-bn",
        "australian-dollar",
        "hong-kong-dollar",
        "pound-sign-bn",
        "roubles",
        "iso-code-before",
        "rupees-crore",
        "yen-sign",
        "digits-with-commas",
    ],
)
def test_money_is_read_with_its_scale_and_currency(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert _values(text) == expected


def test_a_range_of_sums_takes_the_scale_of_its_second_end() -> None:
    assert _values("The project will cost $3 to $5 billion.") == [
        ("$3", 3e9, "USD"),
        ("$5 billion", 5e9, "USD"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bilateral trade grew from $0.9 million in 2016 to $6 million in 2021.",
            [(900_000, 2016, None), (6e6, 2021, None)],
        ),
        (
            "Chinese investment rose from 2 billion yuan in 2019 to 3.5 billion yuan in 2023.",
            [(2e9, 2019, None), (3.5e9, 2023, None)],
        ),
        ("Trade rose from $3 billion to $5 billion in 2023.", [(3e9, None, None), (5e9, 2023, None)]),
        ("In 2022, Russia's exports to Egypt reached $4.1 billion.", [(4.1e9, 2022, None)]),
        ("Germany will provide 500 million euros by 2026.", [(5e8, 2026, "by")]),
        ("The fund has disbursed $120 million since 2019.", [(1.2e8, 2019, "since")]),
        ("Trade reached $240 billion (2023), officials said.", [(2.4e11, 2023, None)]),
        ("Trade reached $2 billion; in 2024 it fell.", [(2e9, None, None)]),
        (
            "Between 2019 and 2023, Kenya's imports from China grew from $3 billion to $4.5 billion.",
            [(3e9, 2019, None), (4.5e9, 2023, None)],
        ),
        (
            "Exports grew from $1.2bn to $1.9bn between 2020 and 2024.",
            [(1.2e9, 2020, None), (1.9e9, 2024, None)],
        ),
        (
            "From 2018 to 2022, aid rose from 40 million euros to 70 million euros.",
            [(4e7, 2018, None), (7e7, 2022, None)],
        ),
        (
            "The turnover increased from 40 billion roubles in 2022 to 55 billion roubles in 2023.",
            [(4e10, 2022, None), (5.5e10, 2023, None)],
        ),
    ],
    ids=[
        "range-two-years",
        "range-yuan-two-years",
        "range-one-year-at-the-end",
        "year-before",
        "by-year",
        "since-year",
        "year-in-parentheses",
        "year-in-another-clause",
        "range-of-years-before",
        "range-of-years-after",
        "from-year-to-year",
        "rose-from-to-each-dated",
    ],
)
def test_each_figure_takes_the_year_attached_to_it(
    text: str, expected: list[tuple[float, int | None, str | None]]
) -> None:
    assert [(f.value, f.year, f.year_qualifier) for f in figures_in_text(text, ANCHOR)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Instructors had trained 10,000 soldiers and more than 500 law enforcement officers by 2024.",
            [
                (10_000, "soldiers trained", "personnel trained", None),
                (500, "law enforcement officers trained", "personnel trained", "more than"),
            ],
        ),
        (
            "Russia deployed some 2,000 troops to the country.",
            [(2_000, "troops", "troops", "about")],
        ),
        (
            "At least 20 civilians were killed and nearly 50 people wounded in the strike.",
            [
                (20, "civilians killed", "casualties", "at least"),
                (50, "people wounded", "casualties", "nearly"),
            ],
        ),
        (
            "Moscow sent two hundred military instructors to Bangui.",
            [(200, "military instructors", "troops", None)],
        ),
        (
            "Up to 1.5 million refugees have crossed the border.",
            [(1.5e6, "refugees", "other", "up to")],
        ),
        (
            "Israeli warplanes struck villages, killing four people including a child.",
            [(4, "people killed", "casualties", None)],
        ),
        (
            "Almost 300 peacekeepers serve in the mission.",
            [(300, "peacekeepers", "troops", "nearly")],
        ),
    ],
    ids=[
        "trained",
        "troops-about",
        "casualties",
        "spelled-hundred",
        "million-refugees",
        "killing",
        "peacekeepers",
    ],
)
def test_people_are_counted_with_their_noun_and_qualifier(
    text: str, expected: list[tuple[float, str, str, str | None]]
) -> None:
    found = figures_in_text(text, ANCHOR)
    assert [(f.value, f.what_text, f.what, f.qualifier) for f in found] == expected
    assert all(f.unit == "persons" for f in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bilateral trade was up 20% year on year.",
            [(20, "percent", "trade", "Bilateral trade growth year on year")],
        ),
        ("Exports to China fell 8.5 per cent in 2023.", [(8.5, "percent", "exports", "Exports decline")]),
        ("Imports rose by 3 percentage points.", [(3, "percentage points", "imports", "Imports growth")]),
        ("The state holds a 49% stake in the company.", [(49, "percent", "other", "")]),
        (
            "Chinese investment rose 12% from a year earlier.",
            [(12, "percent", "investment", "Chinese investment growth year on year")],
        ),
        (
            "Shipments to India were down 7% y/y.",
            [(7, "percent", "exports", "Shipments decline year on year")],
        ),
        ("Exports posted a 10% decline.", [(10, "percent", "exports", "Exports decline")]),
        (
            "Trade saw a 5 percent year-on-year increase.",
            [(5, "percent", "trade", "Trade growth year on year")],
        ),
        ("Aid dropped 30 percent last year.", [(30, "percent", "aid", "Aid decline")]),
    ],
    ids=[
        "up-year-on-year",
        "fell-per-cent",
        "percentage-points",
        "stake",
        "from-a-year-earlier",
        "down-y-y",
        "decline-after",
        "increase-after",
        "dropped",
    ],
)
def test_percentages_are_read_with_their_direction(
    text: str, expected: list[tuple[float, str, str, str]]
) -> None:
    assert [(f.value, f.unit, f.what, f.what_text) for f in figures_in_text(text, ANCHOR)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The delegation abstained two times and voted against one time.",
            [(2, "votes: abstain"), (1, "votes: against")],
        ),
        (
            "Russia abstained twice, and China voted in favour three times.",
            [(2, "votes: abstain"), (3, "votes: in favour")],
        ),
        ("India has abstained on such resolutions 11 times.", [(11, "votes: abstain")]),
        ("Washington vetoed the draft once.", [(1, "votes: veto")]),
        (
            "The resolution passed with 141 votes in favour, 5 against and 35 abstentions.",
            [(141, "votes: in favour"), (5, "votes: against"), (35, "votes: abstain")],
        ),
    ],
    ids=["times", "twice-and-in-favour", "eleven-times-after-words", "veto-once", "tally"],
)
def test_votes_are_counted_by_position(text: str, expected: list[tuple[float, str]]) -> None:
    found = figures_in_text(text, ANCHOR)
    assert [(f.value, f.what_text) for f in found] == expected
    assert all((f.unit, f.what) == ("votes", "votes") for f in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The two sides signed 12 agreements on Thursday.", [(12, "agreements")]),
        ("The ministers signed three memoranda of understanding.", [(3, "memoranda of understanding")]),
        (
            "More than 20 intergovernmental agreements were concluded in 2023.",
            [(20, "intergovernmental agreements")],
        ),
        ("Officials signed 15 documents covering energy and transport.", [(15, "documents")]),
    ],
    ids=["digits", "spelled-memoranda", "qualified-with-year", "documents-signed"],
)
def test_agreements_are_counted(text: str, expected: list[tuple[float, str]]) -> None:
    found = figures_in_text(text, ANCHOR)
    assert [(f.value, f.what_text) for f in found] == expected
    assert all((f.unit, f.what) == ("agreements", "agreements") for f in found)


def test_documents_that_were_not_signed_are_not_agreements() -> None:
    assert figures_in_text("Reporters obtained 15 documents from the ministry.", ANCHOR) == []


@pytest.mark.parametrize(
    ("text", "what", "what_text"),
    [
        ("China pledged 1.2 billion yuan in aid.", "aid", "aid"),
        ("Beijing offered $3bn in loans.", "loans", "loans"),
        (
            "China will provide 1 million U.S. dollars in emergency humanitarian assistance to Vanuatu.",
            "aid",
            "emergency humanitarian assistance",
        ),
        ("Shipments to the European Union fell by $2 billion.", "exports", "Shipments"),
        ("Foreign direct investment reached $5 billion.", "investment", "Foreign direct investment"),
        ("Key Russian exports were worth $1.1 billion.", "exports", "Key Russian exports"),
        ("Imports from the CAR totalled $0.3 million.", "imports", "Imports"),
        ("Bilateral trade grew to $6 million.", "trade", "Bilateral trade"),
        ("The contract is worth $2 billion for infrastructure.", "other", "infrastructure"),
    ],
    ids=[
        "aid-after",
        "loans-after",
        "aid-phrase-after",
        "shipments-to",
        "investment-before",
        "exports-before",
        "imports-before",
        "trade",
        "other",
    ],
)
def test_a_sum_takes_its_kind_from_the_words_around_it(text: str, what: str, what_text: str) -> None:
    [figure] = figures_in_text(text, ANCHOR)
    assert (figure.what, figure.what_text) == (what, what_text)


@pytest.mark.parametrize(
    "text",
    [
        "Leaders of the G20 gathered in Rio de Janeiro.",
        "The summit will take place in 2024.",
        "Iran breached resolution 2231 of the UN Security Council.",
        "Two Tu-95MS strategic bombers flew over the Sea of Japan.",
        "The F-16 pilots returned to base on March 3.",
        "COVID-19 patients were flown to Moscow.",
        "Article 5 of the treaty was invoked.",
        "The 2015 agreements on Iran still hold.",
        "The meeting lasted 3 hours.",
        "In 2024 soldiers from both armies met at the border.",
    ],
    ids=[
        "g20",
        "year",
        "resolution-number",
        "aircraft",
        "f-16",
        "covid-19",
        "article",
        "year-agreements",
        "hours",
        "year-before-noun",
    ],
)
def test_numbers_that_are_no_figures_give_nothing(text: str) -> None:
    assert figures_in_text(text, ANCHOR) == []


def test_spans_point_into_the_document() -> None:
    document = "MOSCOW, May 2. /TASS/. Trade with Egypt reached $4.1 billion in 2023."
    start = document.index("Trade")
    sentence = Sentence(0, Span(start, len(document), "tass-egypt"), document[start:])

    [figure] = find_figures([sentence], ANCHOR)

    assert figure.span == Span(document.index("$4.1"), document.index(" in 2023"), "tass-egypt")
    assert document[figure.span.start : figure.span.end] == figure.text


def test_figures_come_in_text_order_across_sentences() -> None:
    first = "Russia trained 500 officers by 2024."
    second = "Trade reached $6 million in 2021."
    text = f"{first} {second}"
    sentences = [
        Sentence(0, Span(0, len(first), "d"), first),
        Sentence(1, Span(len(first) + 1, len(text), "d"), second),
    ]

    assert [(f.text, f.year) for f in find_figures(sentences, ANCHOR)] == [
        ("500 officers", 2024),
        ("$6 million", 2021),
    ]


def test_relative_years_resolve_against_the_document_date() -> None:
    [figure] = figures_in_text("Exports to India reached $65 billion last year.", ANCHOR)
    assert figure.year == 2024


def test_sample_article_gives_its_six_gold_figures(reader: Reader, shared_dir: Path) -> None:
    gold = json.loads((shared_dir / "samples" / f"{SAMPLE}.gold.json").read_text("utf-8"))
    text = (shared_dir / "samples" / f"{SAMPLE}.txt").read_text("utf-8")
    reading = reader.read(text, date=gold["publication_date"], doc_id=SAMPLE)

    found = {(f.value, f.unit, f.year, f.qualifier, f.year_qualifier, f.actors) for f in reading.figures}
    expected = {
        (
            float(q["value"]),
            q["unit"],
            q["year"],
            q.get("qualifier"),
            q.get("year_qualifier"),
            tuple(q["actors"]),
        )
        for q in gold["quantities"]
    }
    assert found == expected
    assert len(reading.figures) == len(gold["quantities"])
