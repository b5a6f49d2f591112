"""Offline place names: a name resolves to the city news means by it, with its state."""

from __future__ import annotations

import pytest

from bilat.places import default_places


@pytest.mark.parametrize(
    ("name", "country"),
    [
        pytest.param("Hama", "SYR", id="the-largest-city-among-alternate-names"),
        pytest.param("Dehli", "IND", id="a-common-misspelling-listed-as-alternate"),
        pytest.param("Jericho", "PSE", id="a-small-city-by-its-own-name"),
        pytest.param("El-Fasher", "SDN", id="a-hyphenated-name"),
        pytest.param("Paris", "FRA", id="an-own-name-over-alternates-elsewhere"),
        pytest.param("Indiana", "USA", id="a-us-state-over-a-foreign-town"),
        pytest.param("Georgia", "GEO", id="a-country-over-a-us-state"),
    ],
)  # fmt: skip
def test_a_name_resolves_to_the_city_news_means(name: str, country: str) -> None:
    place = default_places().resolve(name)
    assert place is not None
    assert place.country == country


def test_an_unknown_name_resolves_to_nothing() -> None:
    assert default_places().resolve("Qwertyville") is None


@pytest.mark.parametrize(
    ("name", "own"),
    [
        pytest.param("Jericho", True, id="a-small-city-by-its-own-name"),
        pytest.param("Bombay", True, id="another-name-of-a-large-city"),
        pytest.param("Mizan", False, id="another-name-of-a-small-town"),
        pytest.param("Qwertyville", False, id="no-place"),
    ],
)  # fmt: skip
def test_a_place_by_its_own_name_or_well_known_by_another(name: str, own: bool) -> None:
    assert default_places().by_own_name(name) is own
