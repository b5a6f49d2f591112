"""The countries a figure is about: a dyad in the order the relation implies (exporter, importer;
trainer, trained; donor, recipient), else the order of mention, or one country; the document's principal
pair when the sentence says "bilateral" or "the two countries" without naming them. Sentences are ours."""

from __future__ import annotations

import pytest

from bilat.model import Figure
from bilat.pipeline import Reader

LEAD = {
    "RUS-MLI": "Russian President Vladimir Putin met Malian leader Assimi Goita in Moscow on Monday. ",
    "CHN-KEN": "Chinese Premier Li Qiang met Kenyan President William Ruto in Beijing. ",
    "TUR-SOM": "Turkey and Somalia held talks in Ankara. ",
}


def _figure(reader: Reader, text: str, figure_text: str) -> Figure:
    reading = reader.read(text, date="2025-01-16")
    [figure] = [f for f in reading.figures if f.text == figure_text]
    return figure


@pytest.mark.parametrize(
    ("text", "figure", "actors"),
    [
        (
            "Bilateral trade between India and Japan reached $22 billion in 2023.",
            "$22 billion",
            ("IND", "JPN"),
        ),
        ("China and Pakistan signed 12 agreements on Thursday.", "12 agreements", ("CHN", "PAK")),
        ("Trade between Brazil and Argentina rose 9 percent.", "9 percent", ("BRA", "ARG")),
        ("The 750-kilometre railway links Ethiopia and Djibouti.", "750-kilometre", ("ETH", "DJI")),
    ],
    ids=["trade-between", "agreements", "growth-between", "no-direction-word"],
)
def test_a_mutual_figure_keeps_the_order_of_mention(
    reader: Reader, text: str, figure: str, actors: tuple[str, ...]
) -> None:
    assert _figure(reader, text, figure).actors == actors


@pytest.mark.parametrize(
    ("text", "figure", "actors"),
    [
        ("Russia's exports to Egypt reached $4.1 billion in 2022.", "$4.1 billion", ("RUS", "EGY")),
        ("Germany's exports to Poland fell by 5 percent in 2024.", "5 percent", ("DEU", "POL")),
        ("Morocco's imports from Spain rose to 12 billion euros.", "12 billion euros", ("ESP", "MAR")),
        (
            "Ghana exported 800,000 tonnes of cocoa to the Netherlands in 2022.",
            "800,000 tonnes",
            ("GHA", "NLD"),
        ),
    ],
    ids=["possessive-exports-to", "exports-growth", "imports-from", "quantity-exported-to"],
)
def test_trade_flows_go_from_exporter_to_importer(
    reader: Reader, text: str, figure: str, actors: tuple[str, ...]
) -> None:
    assert _figure(reader, text, figure).actors == actors


@pytest.mark.parametrize(
    ("text", "figure", "actors"),
    [
        ("Japan pledged $6 million in humanitarian aid to Vanuatu.", "$6 million", ("JPN", "VUT")),
        ("Egypt received a $3 billion loan from China last year.", "$3 billion", ("CHN", "EGY")),
        ("The United States gave $500 million in military aid to Ukraine.", "$500 million", ("USA", "UKR")),
        (
            "China will provide 2 million U.S. dollars in emergency aid to Tonga.",
            "2 million U.S. dollars",
            ("CHN", "TON"),
        ),
    ],
    ids=["pledged-to", "received-from", "gave-to", "currency-names-no-country"],
)
def test_money_goes_from_donor_to_recipient(
    reader: Reader, text: str, figure: str, actors: tuple[str, ...]
) -> None:
    assert _figure(reader, text, figure).actors == actors


@pytest.mark.parametrize(
    ("text", "figure", "actors"),
    [
        (
            "Turkish instructors have trained 4,000 Somali soldiers since 2017.",
            "4,000 Somali soldiers",
            ("TUR", "SOM"),
        ),
        (
            "French officers trained 1,200 Malian troops in Bamako in 2019.",
            "1,200 Malian troops",
            ("FRA", "MLI"),
        ),
        (
            "Indian instructors trained 300 Nepalese police officers.",
            "300 Nepalese police officers",
            ("IND", "NPL"),
        ),
    ],
    ids=["turkish-somali", "french-malian", "indian-nepalese"],
)
def test_people_trained_go_from_trainer_to_trained(
    reader: Reader, text: str, figure: str, actors: tuple[str, ...]
) -> None:
    assert _figure(reader, text, figure).actors == actors


def test_troops_belong_to_the_country_that_sends_them(reader: Reader) -> None:
    assert _figure(reader, "Russia has deployed 2,000 troops to Syria.", "2,000 troops").actors == (
        "RUS",
        "SYR",
    )


def test_casualties_go_from_attacker_to_victims(reader: Reader) -> None:
    text = "Officials said 45 Syrian soldiers were killed by Israeli strikes."
    assert _figure(reader, text, "45 Syrian soldiers").actors == ("ISR", "SYR")


@pytest.mark.parametrize(
    ("text", "figure", "actors"),
    [
        ("The Brazilian delegation abstained three times.", "abstained three times", ("BRA",)),
        ("Nigeria abstained twice on the resolution.", "abstained twice", ("NGA",)),
        (
            "India voted in favour while the Pakistani delegation abstained two times.",
            "abstained two times",
            ("PAK",),
        ),
    ],
    ids=["delegation", "country", "second-clause"],
)
def test_votes_are_about_the_country_that_cast_them(
    reader: Reader, text: str, figure: str, actors: tuple[str, ...]
) -> None:
    assert _figure(reader, text, figure).actors == actors


@pytest.mark.parametrize(
    ("text", "figure", "actors"),
    [
        (LEAD["RUS-MLI"] + "Bilateral trade reached $20 million in 2023.", "$20 million", ("RUS", "MLI")),
        (LEAD["CHN-KEN"] + "The two countries signed 12 agreements.", "12 agreements", ("CHN", "KEN")),
        (LEAD["TUR-SOM"] + "Both countries saw trade rise 8% year on year.", "8%", ("TUR", "SOM")),
    ],
    ids=["bilateral", "the-two-countries", "both-countries"],
)
def test_a_pair_cue_without_names_is_the_principal_pair(
    reader: Reader, text: str, figure: str, actors: tuple[str, ...]
) -> None:
    assert _figure(reader, text, figure).actors == actors


def test_imports_from_one_named_country_take_the_other_from_the_principal_pair(reader: Reader) -> None:
    text = LEAD["RUS-MLI"] + "Imports from Mali reached $5 million."
    assert _figure(reader, text, "$5 million").actors == ("MLI", "RUS")


def test_a_figure_naming_no_country_and_no_pair_has_no_actors(reader: Reader) -> None:
    text = LEAD["CHN-KEN"] + "Sales reached $40 million last year."
    assert _figure(reader, text, "$40 million").actors == ()


def test_an_organisation_is_not_a_country(reader: Reader) -> None:
    text = "Ukraine received $2 billion in loans from the World Bank."
    assert _figure(reader, text, "$2 billion").actors == ("UKR",)


def test_a_figure_in_one_list_with_another_shares_its_countries_and_year(reader: Reader) -> None:
    text = (
        "Turkish instructors have worked in Somalia since 2017, and by 2023 they had trained about 5,000 "
        "Somali soldiers and more than 300 police officers."
    )
    reading = reader.read(text, date="2025-01-16")
    soldiers, police = reading.figures
    assert soldiers.actors == police.actors == ("TUR", "SOM")
    assert (police.year, police.year_qualifier, police.qualifier) == (2023, "by", "more than")


@pytest.mark.parametrize("pointer", ["It", "The figure", "This"])
def test_a_sentence_that_points_back_takes_the_kind_and_countries_of_the_one_before(
    reader: Reader, pointer: str
) -> None:
    text = (
        f"Trade between Ghana and Nigeria is still small. {pointer} rose from $40 million in 2019 to "
        "$75 million in 2023."
    )
    figures = reader.read(text, date="2025-01-16").figures
    assert [(f.what, f.year, f.actors) for f in figures] == [
        ("trade", 2019, ("GHA", "NGA")),
        ("trade", 2023, ("GHA", "NGA")),
    ]


def test_a_sentence_that_does_not_point_back_keeps_its_own_kind(reader: Reader) -> None:
    text = "Trade between Ghana and Nigeria is still small. Nigeria spent $75 million on roads in 2023."
    (figure,) = reader.read(text, date="2025-01-16").figures
    assert figure.what == "other"
