"""Soft-power events (bilat.events.softpower): a state's cultural institute or school opened in another
country, and a partner's language taught there. The coding of each pattern is in test_coder.py; here are
the sponsor table, the language of an object and the sentences that are no such event."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bilat.errors import ConfigError
from bilat.events.softpower import Sponsors
from bilat.model import Reading

SOFT_POWER = {"cooperate.open-facility", "cooperate.teach-language"}


@pytest.fixture(scope="module")
def read(read_dated: Callable[[str, str], Reading]) -> Callable[[str], Reading]:
    return lambda text: read_dated(text, "2024-05-16")


def soft_power(reading: Reading) -> list[tuple[str, str]]:
    return [
        (e.source.code.split(".")[0], e.target.code.split(".")[0])
        for e in reading.events
        if e.pattern in SOFT_POWER
    ]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Kenya opened a new school in Nairobi on Monday.", id="own-country"),
        pytest.param(
            "The delegation included Chinese diplomats and engineers.", id="nationality-not-language"
        ),
        pytest.param("Russian troops opened fire on a school in Kharkiv.", id="fire-on-a-school"),
        pytest.param("Turkey will not open a school in Tirana this year.", id="negated"),
        pytest.param("Chinese companies offered loans to Kenyan farmers.", id="not-a-language-noun"),
    ],
)
def test_sentences_that_are_no_soft_power_event(read: Callable[[str], Reading], text: str) -> None:
    assert soft_power(read(text)) == []


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        pytest.param("A Goethe-Institut opened in Accra in 1961.", ("DEU", "GHA"), id="hyphenated-name"),
        pytest.param(
            "The Instituto Cervantes opened in Manila in 1994.", ("ESP", "PHL"), id="proper-noun-head"
        ),
    ],
)
def test_a_known_institute_name_gives_its_sponsor(
    read: Callable[[str], Reading], text: str, pair: tuple[str, str]
) -> None:
    assert soft_power(read(text)) == [pair]


def test_the_subject_outranks_the_institute_name(read: Callable[[str], Reading]) -> None:
    # the sponsor table would say France; the clause says Senegal opened it (in Canada)
    reading = read("Senegal opened an Alliance Francaise branch in Montreal in 2010.")
    assert soft_power(reading) == [("SEN", "CAN")]


def test_a_planned_neighbour_does_not_take_a_past_since_date(read: Callable[[str], Reading]) -> None:
    reading = read(
        "Schools in Kenya have offered Chinese classes since 2015, and it is planned to include Chinese "
        "in universities."
    )
    dates = {e.status: e.date.value for e in reading.events if e.pattern == "cooperate.teach-language"}
    assert dates["occurred"] == "2015.."
    assert dates["planned"] == "2024-05-16"  # the publication day by default, not the neighbour's past


def test_the_sponsor_table_loads_with_three_letter_codes() -> None:
    sponsors = Sponsors.load()
    assert sponsors.names["confucius institute"] == "CHN"
    assert all(len(code) == 3 and code.isupper() for code in sponsors.names.values())


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        ('[sponsors]\n"goethe institut" = "Germany"\n', "three-letter state code"),
        ("[other]\n", r"expected a \[sponsors\] table"),
        ("[sponsors\n", "not valid TOML"),
    ],
)
def test_a_bad_sponsor_table_is_a_config_error_naming_the_file(text: str, complaint: str) -> None:
    with pytest.raises(ConfigError, match=f"mine.toml: .*{complaint}"):
        Sponsors.parse(text, "mine.toml")
