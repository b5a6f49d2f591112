"""A crowd with no nationality takes the state of the place it is in, not the state of the mission or
embassy it targets. Each case is a sentence of ours read by the session's Reader."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bilat.model import Reading

DATE = "2025-02-04"


@pytest.fixture(scope="module")
def read(read_dated: Callable[[str, str], Reading]) -> Callable[[str], Reading]:
    return lambda text: read_dated(text, DATE)


def codes_at(reading: Reading, words: str) -> list[str]:
    start = reading.document.text.index(words)
    return [m.code for m in reading.mentions if m.span.start <= start < m.span.end and m.kind == "role"]


@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        pytest.param("Protesters set fire to parts of the Zambian and Malawian embassies in Angola's capital "
                     "on Tuesday.", "Protesters", "AGO.CVL", id="the-capital-of-a-named-state"),
        pytest.param("Hundreds of people protested outside the Chinese consulate in Osaka on Sunday.",
                     "people", "JPN.CVL", id="a-city-outside-a-consulate"),
        pytest.param("Demonstrators gathered outside the Russian embassy in Vilnius on Saturday.",
                     "Demonstrators", "LTU.CVL", id="a-capital-outside-an-embassy"),
        pytest.param("Thousands of people marched in the capital of Georgia on Monday.", "people", "GEO.CVL",
                     id="the-capital-of"),
    ],
)  # fmt: skip
def test_a_crowd_takes_the_state_of_the_place_it_is_in(
    read: Callable[[str], Reading], text: str, words: str, code: str
) -> None:
    assert codes_at(read(text), words) == [code]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        pytest.param("Protesters burned the flag of Rwanda on Tuesday.", "Protesters",
                     id="the-flag-of-a-state"),
        pytest.param("Demonstrators threw eggs at the French embassy on Friday.", "Demonstrators",
                     id="an-embassy-with-no-place"),
    ],
)  # fmt: skip
def test_a_crowd_takes_no_state_from_what_it_targets(
    read: Callable[[str], Reading], text: str, words: str
) -> None:
    assert codes_at(read(text), words) == []


@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        pytest.param("Police in Chengdu detained three activists on Monday.", "Police", "CHN.COP",
                     id="police-in-a-city"),
        pytest.param("The authorities in Kharkiv ordered an evacuation of the district on Friday.",
                     "authorities", "UKR.GOV", id="authorities-in-a-city"),
        pytest.param("Officials in Mombasa said the port would reopen on Thursday.", "Officials", "KEN.GOV",
                     id="officials-in-a-port-city"),
    ],
)  # fmt: skip
def test_a_role_in_a_city_is_that_states_role(
    read: Callable[[str], Reading], text: str, words: str, code: str
) -> None:
    assert codes_at(read(text), words) == [code]


def test_a_role_in_an_unnamed_place_takes_no_state(read: Callable[[str], Reading]) -> None:
    assert codes_at(read("Police in the city arrested two men on Tuesday."), "Police") == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        pytest.param("The ambassador in Beijing handed over a protest note on Monday.", "ambassador",
                     id="a-mission-abroad"),
        pytest.param("Troops in Kherson shelled the river bank overnight.", "Troops", id="armed-forces"),
    ],
)  # fmt: skip
def test_a_role_that_may_serve_abroad_takes_no_state_from_its_city(
    read: Callable[[str], Reading], text: str, words: str
) -> None:
    assert codes_at(read(text), words) == []
