"""A country's name or demonym misspelt by one letter still names the country, when nothing else is
meant by the word."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bilat.actors import default_gazetteer
from bilat.actors.phrases import one_edit_apart
from bilat.model import Reading

DATE = "2024-06-04"


@pytest.mark.parametrize(
    ("right", "written", "near"),
    [
        pytest.param("philippines", "phillippines", True, id="a-letter-added"),
        pytest.param("ethiopia", "ethopia", True, id="a-letter-dropped"),
        pytest.param("colombian", "columbian", True, id="a-letter-changed"),
        pytest.param("ethiopia", "etihopia", True, id="two-letters-swapped"),
        pytest.param("slovenia", "slovakia", False, id="two-letters-changed"),
        pytest.param("austria", "australia", False, id="two-letters-added"),
        pytest.param("ethiopia", "ethiopia", False, id="the-same-word"),
    ],
)  # fmt: skip
def test_one_edit_apart_is_one_letter_added_dropped_changed_or_swapped(
    right: str, written: str, near: bool
) -> None:
    assert one_edit_apart(right, written) is near


@pytest.mark.parametrize(
    ("word", "code"),
    [
        pytest.param("Phillippines", "PHL", id="country"),
        pytest.param("Afganistan", "AFG", id="country-missing-a-letter"),
        pytest.param("Ukrainain", "UKR", id="demonym-with-swapped-letters"),
        pytest.param("Chenchen", "RUS", id="a-people"),
    ],
)  # fmt: skip
def test_the_gazetteer_finds_the_country_a_word_misspells(word: str, code: str) -> None:
    entry = default_gazetteer().misspelt(word)
    assert entry is not None
    assert entry.code == code


@pytest.mark.parametrize(
    "word",
    [
        pytest.param("Quatar", id="a-name-too-short-to-guess"),
        pytest.param("Slovekia", id="near-two-countries"),
        pytest.param("Mountains", id="near-none"),
    ],
)  # fmt: skip
def test_the_gazetteer_guesses_no_country_when_unsure(word: str) -> None:
    assert default_gazetteer().misspelt(word) is None


@pytest.fixture(scope="module")
def read(read_dated: Callable[[str, str], Reading]) -> Callable[[str], Reading]:
    return lambda text: read_dated(text, DATE)


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        pytest.param("Ethopia has agreed to reopen its border crossings.", "Ethopia", "ETH", id="a-subject"),
        pytest.param("Pakistan rejected an offer of talks from Afganistan on Monday.", "Afganistan", "AFG",
                     id="an-object"),
    ],
)  # fmt: skip
def test_a_misspelt_country_in_a_sentence_is_the_country(
    read: Callable[[str], Reading], text: str, word: str, code: str
) -> None:
    assert [m.code for m in read(text).mentions if m.text == word] == [code]


def test_a_misspelt_word_inside_an_organisations_name_is_no_country(read: Callable[[str], Reading]) -> None:
    reading = read("Students of Columbia University marched on Monday.")
    assert [m.code for m in reading.mentions if m.text == "Columbia"] == []


@pytest.mark.parametrize(
    ("written", "name"),
    [
        pytest.param("Juvenal Habyariman", "Juvénal Habyarimana", id="surname-missing-a-letter"),
        pytest.param("Olaf Sholz", "Olaf Scholz", id="surname-with-a-letter-dropped"),
        pytest.param("Emanuel Macron", "Emmanuel Macron", id="given-name-missing-a-letter"),
    ],
)  # fmt: skip
def test_a_name_misspelt_in_one_word_by_one_letter_is_the_person(written: str, name: str) -> None:
    person = default_gazetteer().misspelt_person(written)
    assert person is not None
    assert person.name == name


@pytest.mark.parametrize(
    "written",
    [
        pytest.param("Kim Jong Um", id="the-misspelt-word-too-short"),
        pytest.param("Olaf Schulze", id="two-letters-changed"),
        pytest.param("Habyariman", id="one-word"),
        pytest.param("Vladimir Puttin Junior", id="another-word-count"),
    ],
)  # fmt: skip
def test_a_name_is_no_persons_when_the_misspelling_is_unsure(written: str) -> None:
    assert default_gazetteer().misspelt_person(written) is None


def test_a_titled_misspelt_name_takes_the_persons_office(read_dated: Callable[[str, str], Reading]) -> None:
    reading = read_dated("Rebels demanded the removal of President Juvenal Habyariman.", "1993-04-02")
    assert [m.code for m in reading.mentions if m.text.endswith("Habyariman")] == ["RWA.HOS"]
