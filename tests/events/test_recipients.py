"""Whom a verbal act is aimed at when the text names its recipient only indirectly: a request whose
addressee is the state the requested thing names ("called for an inquiry into the shootings in
Kenya"), a complaint lodged with a forum against another state, an order given to another state ("told
Ghana to cut subsidies"), and a demand that a text makes, not whoever rejects the text.

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
    """(source state, type, target state): the roles are the actor resolver's reading, not ours."""
    return {(e.source.code.split(".")[0], e.plover_type, e.target.code.split(".")[0]) for e in reading.events}


@pytest.fixture(scope="module")
def read(read_dated: Callable[[str, str], Reading]) -> Callable[[str], Reading]:
    return lambda text: read_dated(text, DATE)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        pytest.param("The African Union called for an independent inquiry into the shooting of miners in "
                     "South Africa.", "AU", "ZAF", id="inquiry-into-killings-in"),
        pytest.param("Norway appealed for a humanitarian pause in Yemen.", "NOR", "YEM", id="pause-in"),
        pytest.param("Canada demanded an end to the bombing of hospitals in Sudan.", "CAN", "SDN",
                     id="end-to-bombing-in"),
        pytest.param("Germany asked for clarification about the detention of a German journalist in Turkey.",
                     "DEU", "TUR", id="not-the-requesters-own-people"),
    ],
)  # fmt: skip
def test_a_request_with_no_addressee_is_made_of_the_state_the_requested_thing_names(
    read: Callable[[str], Reading], text: str, source: str, target: str
) -> None:
    reading = read(text)
    assert (source, "REQUEST", target) in _coded(reading), _describe(reading.events)


def test_restraint_asked_from_two_states_is_asked_of_both(read: Callable[[str], Reading]) -> None:
    reading = read("Japan urged restraint from both Armenia and Azerbaijan.")
    coded = _coded(reading)
    assert {("JPN", "REQUEST", "ARM"), ("JPN", "REQUEST", "AZE")} <= coded, _describe(reading.events)


def test_a_request_about_the_requesters_own_people_only_names_no_addressee(
    read: Callable[[str], Reading],
) -> None:
    reading = read("Germany demanded the release of a German journalist.")
    assert not [e for e in reading.events if e.plover_type == "REQUEST"], _describe(reading.events)


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        pytest.param("Guyana lodged a complaint with the UN against Venezuela over the border incursion.",
                     "VEN", id="against"),
        pytest.param("Guyana filed a complaint with the UN Security Council on Monday over a wave of "
                     "Venezuelan raids on its border posts.", "VEN", id="over-acts-a-demonym-names"),
        pytest.param("Guyana lodged a complaint with the UN Security Council over Venezuelan raids.", "VEN",
                     id="over-hung-on-the-forum"),
        pytest.param("Venezuela imposed tariffs on goods from Guyana in May, prompting Georgetown to file a "
                     "complaint at the World Trade Organization.", "VEN", id="prompted-by"),
        pytest.param("Ghana said on Thursday it had filed a complaint at the World Trade Organization "
                     "challenging the European Union's new cocoa deforestation rules.", "EU",
                     id="challenging-a-bodys-rules"),
    ],
)  # fmt: skip
def test_a_complaint_lodged_with_a_forum_accuses_the_state_it_is_against(
    read: Callable[[str], Reading], text: str, accused: str
) -> None:
    reading = read(text)
    assert {e.target.code for e in reading.events if e.plover_type == "ACCUSE"} == {accused}, _describe(
        reading.events
    )


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        pytest.param("The World Bank told Ghana to cut fuel subsidies.", "WB", "GHA", id="told-to"),
        pytest.param("Washington ordered Kabul to hand over the suspects.", "USA", "AFG", id="ordered-to"),
        pytest.param("Kenya instructed Somalia to withdraw its ambassador.", "KEN", "SOM",
                     id="instructed-to"),
    ],
)  # fmt: skip
def test_telling_or_ordering_another_state_to_act_is_a_request(
    read: Callable[[str], Reading], text: str, source: str, target: str
) -> None:
    reading = read(text)
    assert (source, "REQUEST", target) in _coded(reading), _describe(reading.events)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The Chinese foreign minister told reporters that talks with India would resume.",
                     id="told-reporters"),
        pytest.param("Russian President Vladimir Putin ordered the Russian army to leave Kherson.",
                     id="command-at-home"),
        pytest.param("A Moscow court ordered a US citizen to be held in pre-trial detention.",
                     id="done-to-the-object"),
    ],
)  # fmt: skip
def test_no_request_in_speech_a_command_at_home_or_an_act_done_to_the_object(
    read: Callable[[str], Reading], text: str
) -> None:
    reading = read(text)
    assert not [e for e in reading.events if e.plover_type == "REQUEST"], _describe(reading.events)


def test_what_a_court_is_told_happened_is_still_an_event(read: Callable[[str], Reading]) -> None:
    """ "was told that soldiers shot protesters": a that-clause under "tell" is what is said, not asked."""
    reading = read(
        "A military court was told that Israeli soldiers shot two Palestinian protesters in Hebron."
    )
    assert ("ISR", "ASSAULT", "PSE") in _coded(reading), _describe(reading.events)


def test_a_resolution_demanding_a_truce_is_not_the_demand_of_the_state_that_vetoed_it(
    read: Callable[[str], Reading],
) -> None:
    reading = read("Russia vetoed a draft resolution demanding a ceasefire in Sudan, drafted by Britain.")
    assert not [e for e in reading.events if e.plover_type == "REQUEST"], _describe(reading.events)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        pytest.param("Mali, Niger and Burkina Faso announced their withdrawal from the African Union.",
                     "NER", "AU", id="announced-withdrawal"),
        pytest.param("Venezuela confirmed its exit from the Organization of American States.", "VEN", "OAS",
                     id="confirmed-exit"),
    ],
)  # fmt: skip
def test_an_announced_withdrawal_from_an_organisation_is_leaving_it(
    read: Callable[[str], Reading], text: str, source: str, target: str
) -> None:
    reading = read(text)
    assert (source, "SANCTION", target) in _coded(reading), _describe(reading.events)


def test_a_withdrawal_of_troops_from_a_town_is_no_leaving_of_an_organisation(
    read: Callable[[str], Reading],
) -> None:
    reading = read("The withdrawal of Russian troops from Kherson was completed on Friday.")
    assert not [e for e in reading.events if e.plover_type == "SANCTION"], _describe(reading.events)


def test_a_visit_by_a_leader_to_a_capital_is_a_visit_when_it_is_the_subject(
    read: Callable[[str], Reading],
) -> None:
    reading = read(
        "The visit by Hungarian Prime Minister Viktor Orban to Beijing drew sharp criticism in Brussels."
    )
    assert ("HUN", "CONSULT", "CHN") in _coded(reading), _describe(reading.events)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        pytest.param("The Ghanaian government described the comments by the Nigerian minister as deplorable.",
                     "GHA", "NGA", id="remarks-by-as-deplorable"),
        pytest.param("Beijing viewed the deployment of American missiles in the Philippines as a "
                     "provocation.", "CHN", "USA", id="viewed-as-provocation"),
    ],
)  # fmt: skip
def test_judging_another_states_act_or_words_accuses_their_author(
    read: Callable[[str], Reading], text: str, source: str, target: str
) -> None:
    reading = read(text)
    assert (source, "ACCUSE", target) in _coded(reading), _describe(reading.events)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        pytest.param("Tunisia expelled scores of migrants from Guinea last week.", "TUN", "GIN",
                     id="expelled"),
        pytest.param("Pakistan deported thousands of refugees from Afghanistan.", "PAK", "AFG",
                     id="deported"),
    ],
)  # fmt: skip
def test_people_deported_from_a_state_are_that_states(
    read: Callable[[str], Reading], text: str, source: str, target: str
) -> None:
    reading = read(text)
    assert (source, "COERCE", target) in _coded(reading), _describe(reading.events)


def test_people_let_back_in_are_the_object_of_letting(read: Callable[[str], Reading]) -> None:
    """ "let the observers back into the country": the parser makes them the subject of "back"."""
    reading = read("Venezuela let the OAS observers back into the country.")
    assert ("VEN", "RETREAT", "OAS") in _coded(reading), _describe(reading.events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Colombia should hand over the rebel leaders, Venezuela's defence minister said on Tuesday.",
         ("VEN", "REQUEST", "COL")),
        ("Moscow must withdraw its troops from the border, the Estonian prime minister said.",
         ("EST", "REQUEST", "RUS")),
    ],
)  # fmt: skip
def test_a_demand_reported_before_its_speaker_is_made_of_its_subject(
    read: Callable[[str], Reading], text: str, expected: tuple[str, str, str]
) -> None:
    """ "X should hand over ..., the minister said": the parser joins the speech verb to the demand as a
    conjunct; the demand is still the speaker's, made of X."""
    reading = read(text)
    assert expected in _coded(reading), _describe(reading.events)


def test_a_coordinated_statement_is_no_report_of_the_clause_before_it(read: Callable[[str], Reading]) -> None:
    reading = read("Russia must pay reparations and Poland said it would seek them in court.")
    assert ("POL", "REQUEST", "RUS") not in _coded(reading), _describe(reading.events)


def test_both_sides_urged_are_the_pair_not_the_urgers(read: Callable[[str], Reading]) -> None:
    reading = read(
        "Pakistani jets struck targets in Afghanistan overnight, and Afghan forces fired on Pakistani posts. "
        "Qatar and Turkey urged both sides to return to talks."
    )
    coded = _coded(reading)
    assert {("QAT", "REQUEST", "PAK"), ("QAT", "REQUEST", "AFG")} <= coded, _describe(reading.events)
    assert ("QAT", "REQUEST", "TUR") not in coded, _describe(reading.events)


def test_a_state_named_in_passing_in_one_states_story_is_no_implied_recipient(
    read: Callable[[str], Reading],
) -> None:
    reading = read(
        "Thousands of Serbian students blocked roads in Belgrade and Novi Sad on Monday. Serbian police "
        "detained 40 people in Belgrade. Serbia's president rejected the demand for early elections, and "
        "Moscow voiced support for Belgrade."
    )
    coded = _coded(reading)
    assert ("SRB", "REJECT", "RUS") not in coded, _describe(reading.events)
    assert ("RUS", "SUPPORT", "SRB") in coded, _describe(reading.events)


def test_restraint_a_third_party_calls_for_is_asked_of_both_sides_of_the_story(
    read: Callable[[str], Reading],
) -> None:
    reading = read(
        "Eritrea moved tanks to its border with Ethiopia, and Ethiopia mobilised troops. The United States "
        "called for maximum restraint."
    )
    coded = _coded(reading)
    assert {("USA", "REQUEST", "ERI"), ("USA", "REQUEST", "ETH")} <= coded, _describe(reading.events)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        pytest.param("Azerbaijani police detained 20 Russians in Baku on Friday. Moscow demands the "
                     "immediate release of its citizens, a spokeswoman said.", "AZE",
                     id="release-of-its-citizens"),
        pytest.param("Tunisia deported 300 migrants to Senegal on Tuesday. On Wednesday Senegal demanded an "
                     "explanation.", "TUN", id="an-explanation"),
    ],
)  # fmt: skip
def test_in_a_story_about_a_pair_an_act_one_side_asks_for_is_asked_of_the_other(
    read: Callable[[str], Reading], text: str, target: str
) -> None:
    reading = read(text)
    requests = {(s, t) for s, kind, t in _coded(reading) if kind == "REQUEST"}
    assert requests and all(t == target for _, t in requests), _describe(reading.events)


def test_allies_urged_to_act_are_whom_it_is_asked_of_not_what(read: Callable[[str], Reading]) -> None:
    reading = read(
        "The United States imposed sanctions on Iran on Thursday. Iran condemned the sanctions. U.S. "
        "officials said they were urging European allies to tighten export controls."
    )
    assert ("USA", "REQUEST", "IRN") not in _coded(reading), _describe(reading.events)


@pytest.mark.parametrize(
    ("text", "source", "plover", "target"),
    [
        # in a story about a pair, an act on a thing of the other side is aimed at it
        pytest.param("Pakistani jets struck targets in Afghanistan overnight. On Tuesday Islamabad shut the "
                     "main Torkham crossing.", "PAK", "SANCTION", "AFG", id="closing-a-crossing"),
        pytest.param("Israel and Lebanon traded fire across the border. Beirut lodged a complaint on "
                     "Monday.", "LBN", "ACCUSE", "ISR", id="lodging-a-complaint"),
        # "called on Tunis": the parser makes "on" a particle with an object
        pytest.param('The African Union Commission deplored the expulsions as "degrading" and called on '
                     "Tunis to suspend them.", "AU", "REQUEST", "TUN", id="particle-with-an-object"),
        # a judged act was done by whom the coordinated request addresses
        pytest.param("Tunisia deported 300 migrants to Guinea on Tuesday. The African Union Commission "
                     "deplored the expulsions and called on Tunis to suspend them.", "AU", "ACCUSE", "TUN",
                     id="deplored-and-called-on"),
        pytest.param("Panama let U.S. troops rotate through its bases. China's embassy slammed the remarks "
                     "as slander and urged Washington to stop sowing discord.", "CHN", "ACCUSE", "USA",
                     id="slammed-and-urged"),
        # "it" asked or accused of an act is the state named before
        pytest.param("Iran suspended cooperation with the IAEA on Wednesday. IAEA chief Rafael Grossi called "
                     "the decision disproportionate and urged it to reverse course.", "UN", "REQUEST", "IRN",
                     id="urged-it-to"),
        pytest.param("Mali expelled the French ambassador. Paris condemned the move and accused it of "
                     "violating the accord.", "FRA", "ACCUSE", "MLI", id="accused-it-of"),
        # an act demanded by a state is asked of whoever does it
        pytest.param("France on Thursday handed over its last military base in Chad to the Chadian army, "
                     "completing a troop withdrawal demanded by N'Djamena.", "TCD", "REQUEST", "FRA",
                     id="demanded-by"),
        # both sides of a conflict inside one state are its two parties
        pytest.param("Clashes broke out between Libyan government forces and militia fighters in Tripoli. "
                     "The UN Support Mission in Libya urged both sides to agree an immediate truce.", "UN",
                     "REQUEST", "LBY", id="both-sides-at-home"),
    ],
)  # fmt: skip
def test_a_recipient_the_text_names_indirectly(
    read: Callable[[str], Reading], text: str, source: str, plover: str, target: str
) -> None:
    reading = read(text)
    assert (source, plover, target) in _coded(reading), _describe(reading.events)


def test_a_forum_asked_to_act_did_not_do_the_judged_act(read: Callable[[str], Reading]) -> None:
    reading = read(
        "Israeli jets struck targets near Damascus on Wednesday. Syria's foreign ministry condemned the "
        "raids and called on the UN Security Council to act."
    )
    coded = _coded(reading)
    assert ("SYR", "ACCUSE", "UN") not in coded, _describe(reading.events)


def test_states_named_in_an_aside_about_the_urger_are_not_both_sides(read: Callable[[str], Reading]) -> None:
    reading = read(
        "Burkina Faso accused Ivory Coast of harbouring plotters. The West African bloc ECOWAS, which "
        "Burkina Faso quit last year along with Mali and Niger, urged both governments to exercise restraint."
    )
    requests = {t for s, kind, t in _coded(reading) if kind == "REQUEST" and s == "ECOWAS"}
    assert requests == {"BFA", "CIV"}, _describe(reading.events)


@pytest.mark.parametrize(
    ("text", "coded", "not_coded"),
    [
        pytest.param("China sent 25 warships and 153 military aircraft around Taiwan during drills.",
                     ("CHN", "MOBILIZE", "TWN"), ("CHN", "AID", "TWN"), id="ships-around-a-state"),
        pytest.param("Iran fired missiles at Israel on Tuesday, sending millions of Israelis into shelters.",
                     ("IRN", "ASSAULT", "ISR"), ("IRN", "AID", "ISR"), id="millions-of-people-are-no-money"),
    ],
)  # fmt: skip
def test_a_named_recipient_outranks_a_reading_that_only_implies_one(
    read: Callable[[str], Reading], text: str, coded: tuple[str, str, str], not_coded: tuple[str, str, str]
) -> None:
    reading = read(text)
    assert coded in _coded(reading), _describe(reading.events)
    assert not_coded not in _coded(reading), _describe(reading.events)


def test_a_plane_carrying_a_load_pays_no_visit(read: Callable[[str], Reading]) -> None:
    reading = read(
        "A Japanese aircraft carrying tents and blankets landed in Kabul for earthquake survivors."
    )
    assert not [e for e in reading.events if e.plover_type == "CONSULT"], _describe(reading.events)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        pytest.param("Tens of thousands of Moroccans marched through Rabat in solidarity with the "
                     "Palestinians and against Israel.", ("MAR", "PROTEST", "ISR"), id="and-against"),
        pytest.param("Saudi Arabia deposited $2 billion with the State Bank of Pakistan.",
                     ("SAU", "AID", "PAK"), id="deposit-with-a-bank-of"),
        pytest.param("United Arab Emirates aircraft airdropped food parcels over northern Gaza.",
                     ("ARE", "AID", "PSE"), id="airdrop-over"),
    ],
)  # fmt: skip
def test_a_recipient_named_by_a_less_common_preposition(
    read: Callable[[str], Reading], text: str, coded: tuple[str, str, str]
) -> None:
    reading = read(text)
    assert coded in _coded(reading), _describe(reading.events)


def test_condemning_the_attack_aims_at_its_author_told_before(read: Callable[[str], Reading]) -> None:
    text = (
        "Qatar vowed on Wednesday to respond to Israel's air strike on a residential compound in Doha. "
        "Tuesday's strike killed five people and a member of Qatar's internal security forces. "
        "Saudi Arabia and Turkey condemned the attack on Tuesday."
    )
    coded = _coded(read(text))
    assert {("SAU", "ACCUSE", "ISR"), ("TUR", "ACCUSE", "ISR")} <= coded
    assert ("ISR", "ASSAULT", "QAT") in coded  # the strike the second sentence refers back to
    assert not [c for c in coded if c[0] == "---" or c[2] == "---"]


def test_condemning_what_one_called_an_attack_on_its_victim_aims_at_its_author(
    read: Callable[[str], Reading],
) -> None:
    text = (
        "Eritrean troops shelled an Ethiopian border post on Monday. Kenya condemned what it called an "
        "unprovoked attack on Ethiopian soldiers."
    )
    coded = _coded(read(text))
    assert ("KEN", "ACCUSE", "ERI") in coded
    assert ("KEN", "ACCUSE", "ETH") not in coded


def test_an_object_moved_past_its_judgement_is_still_the_objects_owner(
    read: Callable[[str], Reading],
) -> None:
    coded = _coded(read("Greece denounced as a provocation Turkey's survey of the seabed near Crete."))
    assert ("GRC", "ACCUSE", "TUR") in coded


def test_a_third_party_offering_talks_offers_them_to_both_sides_of_the_story(
    read: Callable[[str], Reading],
) -> None:
    text = (
        "Ethiopia and Eritrea traded accusations on Monday. Eritrea said Ethiopia was massing troops. Kenya "
        "offered to host talks in Nairobi."
    )
    coded = _coded(read(text))
    assert {("KEN", "AGREE", "ETH"), ("KEN", "AGREE", "ERI")} <= coded


def test_a_list_of_states_the_parser_splits_by_an_apposition_acts_together(
    read: Callable[[str], Reading],
) -> None:
    coded = _coded(read("Mali, Burkina Faso and Niger have recalled their ambassadors from Algeria."))
    assert {("MLI", "SANCTION", "DZA"), ("BFA", "SANCTION", "DZA"), ("NER", "SANCTION", "DZA")} <= coded


def test_the_release_of_ones_own_nationals_is_asked_of_their_jailers(read: Callable[[str], Reading]) -> None:
    text = (
        "NIAMEY, June 11 (AFP) - Niger demanded on Tuesday the immediate release of three Nigerien oil "
        "workers who were arrested in Benin last week. Prime Minister Ali Mahaman Lamine Zeine told "
        "reporters the arrests were a hostile act. Benin's government, which has kept its border with Niger "
        "shut, did not comment."
    )
    coded = _coded(read(text))
    assert {("NER", "REQUEST", "BEN"), ("NER", "ACCUSE", "BEN")} <= coded
    assert not [c for c in coded if c[0] == c[2]], coded


def test_a_release_names_whom_it_frees_or_is_no_event(read: Callable[[str], Reading]) -> None:
    assert not read("Iran released the seized tanker on Monday.").events
    coded = _coded(read("The United Nations released $10 million to Libya from its emergency relief fund."))
    assert coded == {("UN", "AID", "LBY")}  # money given, not a fund unfrozen


def test_a_request_with_no_addressee_in_a_story_about_one_state_is_asked_of_it(
    read: Callable[[str], Reading],
) -> None:
    text = (
        "TRIPOLI (dpa) - Rival militias clashed for a second day in the Libyan capital on Tuesday. Libya's "
        "health ministry said 12 people had been killed. Flights at Libya's main airport were suspended. "
        "Egypt and the United Arab Emirates called for restraint, and the European Union called for an "
        "independent inquiry."
    )
    wanted = {("EGY", "REQUEST", "LBY"), ("ARE", "REQUEST", "LBY"), ("EU", "REQUEST", "LBY")}
    assert wanted <= _coded(read(text))


@pytest.mark.parametrize(
    "text",
    [
        "Washington imposed tariffs on Canadian and Mexican imports on Tuesday.",
        "Canada hit back minutes after the U.S. levies on Canadian and Mexican goods came into force.",
    ],
)
def test_coordinated_modifiers_name_a_recipient_each(read: Callable[[str], Reading], text: str) -> None:
    reading = read(text)
    both = {("USA", "SANCTION", "CAN"), ("USA", "SANCTION", "MEX")}
    assert both <= _coded(reading), _describe(reading.events)


def test_the_move_a_spokesperson_was_asked_about_is_its_authors(read: Callable[[str], Reading]) -> None:
    reading = read(
        "Asked about the European Union's decision on Monday to list three Chinese companies in its "
        "sanctions package, Guo said China firmly opposes the move."
    )
    assert ("CHN", "ACCUSE", "EU") in _coded(reading), _describe(reading.events)


def test_a_sum_of_goods_a_measure_is_extended_to_is_no_aid(read: Callable[[str], Reading]) -> None:
    reading = read(
        "Prime Minister Justin Trudeau said the counter-tariffs would be extended to a further C$125 "
        "billion of American products within 21 days if Washington did not back down."
    )
    assert not [e for e in reading.events if e.plover_type == "AID"], _describe(reading.events)


def test_what_a_renewed_demand_asks_for_is_asked_not_done(read: Callable[[str], Reading]) -> None:
    reading = read("The UN reiterated its demand that Israel ease restrictions on Palestinian workers.")
    assert ("UN", "REQUEST", "ISR") in _coded(reading), _describe(reading.events)
    assert not [e for e in reading.events if e.source.code.startswith("ISR")], _describe(reading.events)


def test_a_batch_of_troops_arriving_is_no_visit(read: Callable[[str], Reading]) -> None:
    reading = read("A first batch of Bangladeshi peacekeeping troops arrived in Sierra Leone on Tuesday.")
    assert not [e for e in reading.events if e.plover_type == "CONSULT"], _describe(reading.events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The European Union on Monday imposed sanctions on three Russian banks. A Kremlin "
                     "spokesman said Moscow would respond to the illegal measures.",
                     ("RUS", "THREATEN", "EU"), id="a-promised-answer-to-measures"),
        pytest.param("Iran seized a Marshall Islands-flagged tanker in the Gulf of Oman on Wednesday. "
                     "Washington condemned the seizure and demanded the immediate release of the ship and "
                     "its crew.", ("USA", "REQUEST", "IRN"), id="a-release-asked-of-whoever-seized-them"),
        pytest.param("On Monday, Israeli troops fired on a UNIFIL patrol near Kfar Kila. UNIFIL called the "
                     "shooting a serious violation of resolution 1701.", ("UN", "ACCUSE", "ISR"),
                     id="a-judgement-of-the-shooting"),
        pytest.param("Russian drones struck the western Ukrainian city of Lviv overnight. Poland scrambled "
                     "fighter jets and put its air defences on high alert as the attack unfolded.",
                     ("POL", "MOBILIZE", "RUS"), id="jets-scrambled-against-the-attacker"),
        pytest.param("China imposed duties on Canadian canola. Trump threatened on Tuesday to impose tariffs "
                     "on the European Union. French Foreign Minister Jean-Noel Barrot called the ultimatum "
                     '"economic blackmail".', ("FRA", "ACCUSE", "USA"), id="a-judgement-of-the-ultimatum"),
    ],
)  # fmt: skip
def test_an_act_told_before_gives_the_recipient_of_what_answers_it(
    read: Callable[[str], Reading], text: str, expected: tuple[str, str, str]
) -> None:
    reading = read(text)
    assert expected in _coded(reading), _describe(reading.events)


@pytest.mark.parametrize(
    "text",
    [
        "Belarus freed 31 prisoners, among them two Lithuanians, a Polish citizen and a Japanese national.",
        "Belarus freed 31 prisoners, including two Lithuanians, a Polish citizen and a Japanese national.",
    ],
)
def test_each_member_a_noun_lists_is_a_recipient(read: Callable[[str], Reading], text: str) -> None:
    targets = {t for s, p, t in _coded(read(text)) if (s, p) == ("BLR", "RETREAT")}
    assert targets == {"LTU", "POL", "JPN"}, _describe(read(text).events)


def test_an_appeal_to_others_is_not_to_those_just_thanked(read: Callable[[str], Reading]) -> None:
    """ "thanked Kenya ... and appealed to other countries": the appeal names its own addressees."""
    reading = read("Haiti thanked Kenya for its help and appealed to other countries to send troops.")
    assert ("HTI", "REQUEST", "KEN") not in _coded(reading), _describe(reading.events)
    assert ("HTI", "SUPPORT", "KEN") in _coded(reading), _describe(reading.events)


def test_a_share_of_a_noun_named_after_it_is_its_recipient(read: Callable[[str], Reading]) -> None:
    """ "its 14 crew members, 11 of them Indian nationals": the share named is the recipient, alone."""
    text = "Iran detained the 14 crew members of a tanker on Sunday, 11 of them Indian nationals."
    targets = {t for s, p, t in _coded(read(text)) if (s, p) == ("IRN", "COERCE")}
    assert targets == {"IND"}, _describe(read(text).events)


def test_two_people_the_parser_folds_into_one_are_both_recipients(read: Callable[[str], Reading]) -> None:
    """The parser hangs "el-Sissi and" on "Abiy Ahmed" as a modifier: both are spoken with."""
    text = (
        "President Donald Trump spoke by phone with Egyptian President Abdel Fattah el-Sissi and Ethiopian "
        "Prime Minister Abiy Ahmed on Monday."
    )
    reading = read(text)
    expected = {("USA", "CONSULT", "EGY"), ("USA", "CONSULT", "ETH")}
    assert expected <= _coded(reading), _describe(reading.events)


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        pytest.param("Armenia and Azerbaijan held talks in Abu Dhabi on Monday. The talks were mediated by "
                     "the United Arab Emirates.", "2025-03-03", id="the-talks-were-mediated"),
        pytest.param("Armenia and Azerbaijan held talks in Abu Dhabi on Monday. Officials said the United "
                     "Arab Emirates had acted as mediator.", "2025-03-03", id="acted-as-mediator"),
    ],
)  # fmt: skip
def test_a_mediation_naming_no_parties_is_between_the_parties_of_the_joint_act_told_before(
    read: Callable[[str], Reading], text: str, dated: str
) -> None:
    mediations = [e for e in read(text).events if e.cameo_code == "045"]
    assert {(e.source.code, e.target.code, e.date.value) for e in mediations} == {
        ("ARE", "ARM", dated),
        ("ARE", "AZE", dated),
    }, _describe(mediations)


def test_a_ceasefire_a_third_state_brokered_refers_to_no_earlier_act(read: Callable[[str], Reading]) -> None:
    reading = read(
        "Armenia and Azerbaijan held talks in Abu Dhabi on Monday. "
        "Sudan's army agreed to a ceasefire brokered by Qatar."
    )
    assert not [e for e in reading.events if e.cameo_code == "045"], _describe(reading.events)


@pytest.mark.parametrize(
    ("text", "praiser"),
    [
        pytest.param("Armenia and Azerbaijan held talks in Abu Dhabi on Monday. France welcomed the talks.",
                     "FRA", id="welcomed-the-talks"),
        pytest.param("Armenia and Azerbaijan signed a peace deal on Monday. The European Union hailed the "
                     "deal.", "EU", id="hailed-the-deal"),
    ],
)  # fmt: skip
def test_praise_of_a_joint_act_told_before_goes_to_both_its_parties(
    read: Callable[[str], Reading], text: str, praiser: str
) -> None:
    praise = [e for e in read(text).events if e.plover_type == "SUPPORT" and e.source.code == praiser]
    assert {e.target.code for e in praise} == {"ARM", "AZE"}, _describe(praise)
