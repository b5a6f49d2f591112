"""Role phrases whose state is named around them in news: forces a state leads, a leader's government,
a group based in a place. Each case is a sentence of ours read by the session's Reader."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bilat.model import Reading

DATE = "2024-06-04"


@pytest.fixture(scope="module")
def read(read_dated: Callable[[str, str], Reading]) -> Callable[[str], Reading]:
    return lambda text: read_dated(text, DATE)


def role_codes(reading: Reading, head: str) -> list[str]:
    """The codes of the role mentions that end with the word ``head``."""
    return [m.code for m in reading.mentions if m.kind == "role" and m.text.split()[-1] == head]


@pytest.mark.parametrize(
    ("text", "head", "code"),
    [
        pytest.param("Ethiopian-led forces retook the town after heavy fighting.", "forces", "ETH.MIL",
                     id="demonym-led"),
        pytest.param("US-led troops entered the northern city on Tuesday.", "troops", "USA.MIL",
                     id="country-led"),
    ],
)  # fmt: skip
def test_forces_a_state_leads_are_its_own(
    read: Callable[[str], Reading], text: str, head: str, code: str
) -> None:
    assert role_codes(read(text), head) == [code]


def test_forces_a_state_backs_are_not_its_own(read: Callable[[str], Reading]) -> None:
    reading = read("Iranian-backed militias fired rockets at a base in Iraq.")
    assert all(not c.startswith("IRN") for c in role_codes(reading, "militias"))


@pytest.mark.parametrize(
    ("text", "head", "code"),
    [
        pytest.param("The Trump administration raised tariffs on steel.", "administration", "USA.GOV",
                     id="leader-before-the-institution"),
        pytest.param("The Bush administration sent envoys to the region.", "administration", "USA.GOV",
                     id="a-surname-two-presidents-share"),
        pytest.param("The government of President Yoweri Museveni banned the rally.", "government", "UGA.GOV",
                     id="the-government-of-a-leader"),
    ],
)  # fmt: skip
def test_a_leaders_government_is_the_leaders_state(
    read: Callable[[str], Reading], text: str, head: str, code: str
) -> None:
    assert role_codes(read(text), head) == [code]


@pytest.mark.parametrize(
    ("text", "head", "code"),
    [
        pytest.param("A militant group based in Peshawar claimed the attack.", "group", "PAK.REB",
                     id="based-in-a-city"),
        pytest.param("A terror group based in Trinidad threatened the embassy.", "group", "TTO.REB",
                     id="based-in-a-country"),
    ],
)  # fmt: skip
def test_a_group_is_of_the_state_it_is_based_in(
    read: Callable[[str], Reading], text: str, head: str, code: str
) -> None:
    assert role_codes(read(text), head) == [code]


def test_a_us_states_governor_is_the_united_states(read: Callable[[str], Reading]) -> None:
    reading = read("The Indiana governor met Mexican officials on Friday.")
    assert role_codes(reading, "governor") == ["USA.GOV"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Seoul's National Security Council met in emergency session.", "KOR.GOV"),
        ("Iran's Supreme National Security Council met on Sunday.", "IRN.GOV"),
    ],
)
def test_a_national_security_council_is_its_state_s(
    read: Callable[[str], Reading], text: str, code: str
) -> None:
    """Not the UN's Security Council, whose name it ends with."""
    reading = read(text)
    assert role_codes(reading, "Council") == [code]
    assert not [m for m in reading.mentions if m.entity == "UN"]


def test_a_small_town_by_another_name_makes_no_role_phrase(read: Callable[[str], Reading]) -> None:
    """ "Mizan" is another name of an Ethiopian town and the name of the Iranian judiciary's news agency."""
    reading = read("The judiciary's Mizan news agency said a Dutch journalist had been deported.")
    assert not [m for m in reading.mentions if m.entity == "ETH"]
    assert role_codes(read("Bombay police detained three Pakistani nationals."), "police") == ["IND.COP"]


@pytest.mark.parametrize(
    ("text", "head", "code"),
    [
        pytest.param("Residents of the Iraqi city of Mosul protested on Friday.", "Residents", "IRQ.CVL",
                     id="the-demonym-city-of"),
        pytest.param("Inhabitants of the Syrian Golan Heights went on strike.", "Inhabitants", "SYR.CVL",
                     id="a-named-place-with-a-demonym"),
    ],
)  # fmt: skip
def test_people_of_a_place_a_state_modifies_are_that_states(
    read: Callable[[str], Reading], text: str, head: str, code: str
) -> None:
    assert role_codes(read(text), head) == [code]


def test_people_of_a_place_a_state_occupies_are_not_that_states(read: Callable[[str], Reading]) -> None:
    reading = read("Residents of the Israeli-occupied West Bank protested on Friday.")
    assert all(not c.startswith("ISR") for c in role_codes(reading, "Residents"))


@pytest.mark.parametrize(
    ("text", "head", "code"),
    [
        pytest.param("Ethnic Serb militiamen operating in Kosovo attacked a police post.", "militiamen",
                     "XKX.REB", id="an-ethnic-demonym-placed-by-its-verb"),
        pytest.param("Ethnic Russian separatists in Moldova blocked the road.", "separatists", "MDA.REB",
                     id="an-ethnic-demonym-placed-by-its-phrase"),
        pytest.param("Ethnic Albanian leaders met the prime minister on Monday.", "leaders", "ALB.CVL",
                     id="an-ethnic-demonym-holds-no-office"),
    ],
)  # fmt: skip
def test_a_people_named_by_ethnic_and_a_demonym_is_of_the_state_it_lives_in(
    read: Callable[[str], Reading], text: str, head: str, code: str
) -> None:
    assert role_codes(read(text), head) == [code]


def test_suicide_bombers_are_rebels_not_aircraft(read: Callable[[str], Reading]) -> None:
    reading = read("Two Syrian suicide bombers attacked a checkpoint on Sunday.")
    assert role_codes(reading, "bombers") == ["SYR.REB"]


def test_a_bracketed_abbreviation_of_a_name_is_no_person(read: Callable[[str], Reading]) -> None:
    reading = read("Officials of the Kosovo Kickboxing Association (AKK) criticised the ministry on Monday.")
    assert [m.code for m in reading.mentions if m.text == "AKK"] == []


@pytest.mark.parametrize(
    ("text", "head", "code"),
    [
        pytest.param("Thousands of supporters of former President Jair Bolsonaro marched in Brasilia.",
                     "supporters", "BRA.OPP", id="followers-of-a-former-leader-are-the-opposition"),
        pytest.param("Supporters of President William Ruto gathered outside the court.", "Supporters",
                     "KEN.CVL", id="followers-of-a-leader-in-office-are-civilians"),
        pytest.param("Loyalists of ousted President Mohamed Bazoum were arrested in Niamey.", "Loyalists",
                     "NER.OPP", id="loyalists-of-an-ousted-leader"),
    ],
)  # fmt: skip
def test_a_persons_followers_are_of_the_persons_state(
    read: Callable[[str], Reading], text: str, head: str, code: str
) -> None:
    assert role_codes(read(text), head) == [code]


def test_a_state_in_apposition_to_supporter_is_not_the_persons_follower(
    read: Callable[[str], Reading],
) -> None:
    reading = read("Iran, a close supporter of Bashar al-Assad, condemned the strikes.")
    assert role_codes(reading, "supporter") == []


@pytest.mark.parametrize(
    ("text", "head", "code"),
    [
        pytest.param("The military government of President Ibrahim Traore expelled the French ambassador.",
                     "government", "BFA.GOV", id="a-leaders-military-government"),
        pytest.param("Niger's military junta suspended the broadcasts of two French radio stations.", "junta",
                     "NER.GOV", id="a-states-military-junta"),
    ],
)  # fmt: skip
def test_a_government_the_military_runs_is_the_government(
    read: Callable[[str], Reading], text: str, head: str, code: str
) -> None:
    assert role_codes(read(text), head) == [code]


def test_fundamentalists_are_civilians_of_the_state_the_sentence_names(
    read: Callable[[str], Reading],
) -> None:
    reading = read("Islamic fundamentalists burned a church in northern Nigeria on Sunday.")
    assert role_codes(reading, "fundamentalists") == ["NGA.CVL"]


def test_a_bare_institution_in_a_text_with_no_dateline_is_of_the_state_it_is_about(
    read: Callable[[str], Reading],
) -> None:
    reading = read(
        "The Secretary-General is alarmed by the fighting in Myanmar's Rakhine State. Fighting in Myanmar "
        "has displaced thousands. He calls on the military to halt its bombardments."
    )
    assert role_codes(reading, "military") == ["MMR.MIL"]


def test_a_bare_institution_is_nobodys_when_no_state_stands_out(read: Callable[[str], Reading]) -> None:
    reading = read("Sudan and Chad discussed the border. The military said the talks went well.")
    assert role_codes(reading, "military") == []


def test_riot_police_with_no_state_named_are_the_datelines(read: Callable[[str], Reading]) -> None:
    reading = read("PANAMA CITY (Reuters) - Riot police detained 14 students on Wednesday.")
    assert role_codes(reading, "police") == ["PAN.COP"]


def test_an_institution_named_like_a_person_is_no_titled_person(read: Callable[[str], Reading]) -> None:
    """ "National Assembly" is no person titled "National" (nationals being civilians)."""
    reading = read("Panama's National Assembly must still approve the arrangement.")
    assert [m.code for m in reading.mentions if m.text.endswith("Assembly")] == ["PAN.LEG"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        pytest.param("The UN Support Mission in Libya deplored the use of heavy weapons.", "UN",
                     id="an-organisations-mission"),
        pytest.param("Russia's permanent mission to the UN rejected the report.", "RUS.GOV",
                     id="a-states-mission"),
    ],
)  # fmt: skip
def test_a_mission_is_its_organisations_or_its_states(
    read: Callable[[str], Reading], text: str, code: str
) -> None:
    assert code in {m.code for m in read(text).mentions if m.kind == "role"}


def test_a_population_noun_that_qualifies_a_thing_names_no_actor(read: Callable[[str], Reading]) -> None:
    reading = read("France decried Italy's migrant deal on Monday.")
    assert [m.code for m in reading.mentions if m.kind == "role"] == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        pytest.param("PANAMA CITY (Reuters) - Dozens of students marched to the U.S. embassy on Wednesday.",
                     "PAN.EDU", id="counted-crowd"),
        pytest.param("LIMA (AFP) - Students marched to the Chilean embassy on Friday.", "PER.EDU",
                     id="bare-crowd"),
    ],
)  # fmt: skip
def test_a_crowd_with_no_state_is_of_the_dateline_state(
    read: Callable[[str], Reading], text: str, code: str
) -> None:
    reading = read(text)
    assert role_codes(reading, "students") + role_codes(reading, "Students") == [code]


def test_a_crowd_the_text_gives_an_owner_is_not_the_dateline_states(read: Callable[[str], Reading]) -> None:
    reading = read("PANAMA CITY (Reuters) - Its students marched to the U.S. embassy on Wednesday.")
    assert not [m for m in reading.mentions if m.code == "PAN.EDU"]


def test_the_states_forces_act_on_a_pronoun_for_its_own_people(read: Callable[[str], Reading]) -> None:
    reading = read(
        "PANAMA CITY (Reuters) - Students marched on Wednesday, and riot police detained 14 of them."
    )
    assert [
        (e.source.code, e.plover_type, e.target.code) for e in reading.events if e.plover_type == "COERCE"
    ] == [("PAN.COP", "COERCE", "PAN.EDU")]


@pytest.mark.parametrize(
    "text",
    [
        "A contingent of Bangladeshi peacekeeping troops landed in Congo.",  # the troops are read after it
        "A contingent of Bangladeshi peacekeepers landed in Congo.",  # the peacekeepers are a role already
    ],
)
def test_a_body_of_a_states_people_is_that_states_once(read: Callable[[str], Reading], text: str) -> None:
    assert role_codes(read(text), "contingent") == ["BGD.MIL"]
