"""Whom an attack or a crackdown falls on when the clause names nobody, only people ("killing four
people", "arresting 12", "detained dozens of young men"), places they live in ("targets in Jericho") or
a measure on a population ("imposed a curfew"):
the civilians of the state where the clause says it happened; with no place, when a state's own police,
army or authorities act on people, that state's civilians; never the source's own people abroad.

Every text is a news sentence of ours; the publication date is Wednesday 2025-03-05.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from bilat.model import Event, Reading

DATE = "2025-03-05"


def _describe(events: Sequence[Event]) -> str:
    rows = [f"{e.pattern}: {e.source.code} {e.plover_type} {e.target.code} {e.cameo_code}" for e in events]
    return "\n".join(rows) or "(no events)"


def _coded(reading: Reading) -> set[tuple[str, str, str]]:
    """(source state, type, target): the source's role is the actor resolver's reading, not ours."""
    return {(e.source.code.split(".")[0], e.plover_type, e.target.code) for e in reading.events}


@pytest.fixture(scope="module")
def read(read_dated: Callable[[str, str], Reading]) -> Callable[[str], Reading]:
    return lambda text: read_dated(text, DATE)


@pytest.mark.parametrize(
    ("text", "source", "plover", "target"),
    [
        pytest.param("Israeli tanks fired artillery shells at targets in Khan Younis on Tuesday.",
                     "ISR", "ASSAULT", "PSE.CVL", id="targets-in-a-town"),
        pytest.param("Ethiopian troops detained dozens of young men in the Somali town of Baidoa on Sunday.",
                     "ETH", "COERCE", "SOM.CVL", id="men-in-a-foreign-town"),
        pytest.param("Russian troops shelled the Ukrainian city of Kherson on Sunday, killing two civilians.",
                     "RUS", "ASSAULT", "UKR.CVL", id="place-the-completed-act-falls-on"),
        pytest.param("Serbian police killed two men in a shootout in northern Kosovo on Sunday.",
                     "SRB", "ASSAULT", "XKX.CVL", id="place-of-the-shootout"),
        pytest.param("A Pakistani suicide bomber killed 26 people on Tuesday when he blew himself up in "
                     "Kabul.", "PAK", "ASSAULT", "AFG.CVL", id="place-of-the-when-clause"),
        pytest.param("Israeli troops entered the village of Beit Ummar near Hebron, where Israeli soldiers "
                     "detained three young men.", "ISR", "COERCE", "PSE.CVL", id="where-clause"),
    ],
)  # fmt: skip
def test_victims_are_civilians_of_the_state_where_it_happened(
    read: Callable[[str], Reading], text: str, source: str, plover: str, target: str
) -> None:
    reading = read(text)
    assert (source, plover, target) in _coded(reading), _describe(reading.events)


@pytest.mark.parametrize(
    ("text", "source", "plover", "target"),
    [
        pytest.param("Egyptian police opened fire on Monday, killing two people and arresting 15.",
                     "EGY", "COERCE", "EGY.CVL", id="arresting-a-number"),
        pytest.param("Egyptian police opened fire on Monday, killing two people and arresting 15.",
                     "EGY", "ASSAULT", "EGY.CVL", id="killing-people"),
        pytest.param("Iranian security forces arrested 30 people on Friday.",
                     "IRN", "COERCE", "IRN.CVL", id="security-forces"),
        pytest.param("Bangladeshi police opened fire to disperse stone-throwing crowds on Monday.",
                     "BGD", "ASSAULT", "BGD.CVL", id="open-fire-to-disperse"),
        pytest.param("Turkish police broke up a demonstration on Monday.", "TUR", "COERCE",
                     "TUR.CVL", id="broke-up-a-demonstration"),
        pytest.param("The Thai government imposed a curfew on Monday.", "THA", "COERCE", "THA.CVL",
                     id="curfew"),
        pytest.param("The Sudanese government lifted the state of emergency on Sunday.", "SDN", "CONCEDE",
                     "SDN.CVL", id="lifted-emergency"),
    ],
)  # fmt: skip
def test_with_no_place_a_states_own_forces_act_on_its_people(
    read: Callable[[str], Reading], text: str, source: str, plover: str, target: str
) -> None:
    reading = read(text)
    assert (source, plover, target) in _coded(reading), _describe(reading.events)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Nigerian police seized 40 kilograms of heroin in Lagos on Monday.", id="things"),
        pytest.param("Turkey detained 30 people on Friday.", id="a-state-with-no-force-named"),
        pytest.param("Chinese police detained 40 Chinese in Cambodia on Monday.", id="own-people-abroad"),
        pytest.param("Russian troops killed two men on Sunday, Ukrainian officials said.",
                     id="an-army-in-a-story-about-two-states"),
    ],
)  # fmt: skip
def test_no_civilian_target_without_people_a_force_or_a_home_place(
    read: Callable[[str], Reading], text: str
) -> None:
    """Heroin is no victim; a bare state acting gives no home (it may act abroad), nor does an army in a
    story about its state and another (it may be fighting there); a state's own people held abroad are
    not the foreign state's civilians."""
    reading = read(text)
    assert not [e for e in reading.events if e.target.code.endswith(".CVL")], _describe(reading.events)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Russia and Ukraine traded strikes. Russian forces shelled Kherson on Monday.",
                     id="tagged-a-person"),
        pytest.param("Russia struck Ukraine again. Russian drones struck Odesa on Monday.", id="not-tagged"),
    ],
)  # fmt: skip
def test_a_city_the_tagger_misses_is_struck_when_its_state_is_named(
    read: Callable[[str], Reading], text: str
) -> None:
    coded = {(e.source.code[:3], e.plover_type, e.target.code[:3]) for e in read(text).events}
    assert ("RUS", "ASSAULT", "UKR") in coded


def test_an_untagged_name_is_no_city_of_a_state_the_text_never_names(read: Callable[[str], Reading]) -> None:
    """ "Kherson", tagged a person, is taken for the Ukrainian city only where the text names Ukraine."""
    reading = read("Russian forces shelled Kherson on Monday.")
    assert not [e for e in reading.events if e.target.code.startswith("UKR")]
