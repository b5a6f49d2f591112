"""Who the two sides of an event may be: two actors of one state with different roles (the police and
protesters, a government and the opposition), one actor with no recipient for acts that need none
(PLOVER's `needs_recipient` false: protests, mobilisation, resignations, surrender), a side the text
does not name (an attack's: ``---``; an arrest's: the police of the place), and never one actor on both
sides.

Every text is a news sentence of ours; the publication date is Wednesday 2025-03-05.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from bilat.events.coder import NO_RECIPIENT, ONE_SIDED_TYPES
from bilat.events.ontology import Ontology
from bilat.model import Event, Reading

DATE = "2025-03-05"

DOMESTIC = [
    pytest.param("Kenyan police arrested dozens of protesters in Nairobi on Tuesday.",
                 "KEN.COP", "COERCE", "KEN.CVL", id="police-arrest-protesters"),
    pytest.param("The Pakistani government banned the main opposition party on Monday.",
                 "PAK.GOV", "COERCE", "PAK.OPP", id="government-bans-opposition"),
    pytest.param("Thousands of demonstrators marched against the government in Belgrade on Saturday.",
                 "SRB.CVL", "PROTEST", "SRB.GOV", id="demonstrators-against-government"),
    pytest.param("A Thai court sentenced an opposition leader to two years in prison.",
                 "THA.JUD", "COERCE", "THA.OPP", id="court-sentences-opposition"),
    pytest.param("Serbian students staged a protest outside the Serbian parliament on Monday.",
                 "SRB.EDU", "PROTEST", "SRB.LEG", id="students-at-parliament"),
    pytest.param("The Thai army imposed martial law in Bangkok on Tuesday.",
                 "THA.MIL", "COERCE", "THA.CVL", id="martial-law-in-own-capital"),
    pytest.param("Turkish authorities imposed a curfew in the town of Cizre in southeastern Turkey.",
                 "TUR.GOV", "COERCE", "TUR.CVL", id="curfew-in-own-town"),
    pytest.param("Police in Lima used tear gas to disperse Peruvian protesters on Monday.",
                 "PER.COP", "ASSAULT", "PER.CVL", id="tear-gas-to-disperse"),
]  # fmt: skip

ONE_SIDED = [
    pytest.param("Japanese Prime Minister Fumio Kishida resigned on Friday.", "JPN.HOG", "RETREAT",
                 id="resigned"),
    pytest.param("The Peruvian prime minister stepped down on Thursday.", "PER.HOG", "RETREAT",
                 id="stepped-down"),
    pytest.param("Thousands of Argentine workers went on strike on Wednesday.", "ARG.CVL", "PROTEST",
                 id="went-on-strike"),
    pytest.param("Thousands of Iraqi Kurds demonstrated in Kirkuk on Sunday.", "IRQ", "PROTEST",
                 id="thousands-of-a-people"),
    pytest.param("Tens of thousands of people rallied in Tbilisi on Sunday.", "GEO.CVL", "PROTEST",
                 id="rallied-in-capital"),
    pytest.param("North Korea put its troops on high alert on Monday.", "PRK", "MOBILIZE", id="high-alert"),
    pytest.param("Hundreds of Colombian rebels laid down their arms on Monday.", "COL.REB", "RETREAT",
                 id="laid-down-arms"),
]  # fmt: skip


def _describe(events: Sequence[Event]) -> str:
    rows = [f"{e.pattern}: {e.source.code} {e.plover_type} {e.target.code} {e.cameo_code}" for e in events]
    return "\n".join(rows) or "(no events)"


@pytest.fixture(scope="module")
def read(read_dated: Callable[[str, str], Reading]) -> Callable[[str], Reading]:
    return lambda text: read_dated(text, DATE)


@pytest.mark.parametrize(("text", "source", "plover", "target"), DOMESTIC)
def test_two_roles_of_one_state_are_two_sides(
    read: Callable[[str], Reading], text: str, source: str, plover: str, target: str
) -> None:
    reading = read(text)
    coded = [(e.source.code, e.plover_type, e.target.code) for e in reading.events]
    assert (source, plover, target) in coded, _describe(reading.events)


def test_a_state_named_deep_in_a_phrase_is_not_the_place_of_the_act(read: Callable[[str], Reading]) -> None:
    """Only a place the act happens in stands for its people; "in response to rocket fire on northern
    Israel" is no attack on Israel's civilians by Israel's army."""
    text = (
        "The Israeli military said it had targeted weapons depots in response to rocket fire on northern "
        "Israel."
    )
    reading = read(text)
    assert not [e for e in reading.events if e.target.code == "ISR.CVL"], _describe(reading.events)


@pytest.mark.parametrize(("text", "source", "plover"), ONE_SIDED)
def test_act_that_needs_no_recipient_is_coded_without_one(
    read: Callable[[str], Reading], text: str, source: str, plover: str
) -> None:
    reading = read(text)
    coded = [(e.source.code, e.plover_type, e.target.code) for e in reading.events]
    assert (source, plover, NO_RECIPIENT) in coded, _describe(reading.events)


PAIR_STORY = (
    "Israel and Lebanon traded accusations at the United Nations on Monday. The Israeli military moved an "
    "additional infantry brigade to the northern border on Tuesday. Lebanon's foreign minister resigned "
    "on Tuesday. Thousands of people rallied in Beirut on Wednesday."
)


def test_in_a_story_about_a_pair_a_move_without_recipient_is_aimed_at_the_other(
    read: Callable[[str], Reading],
) -> None:
    reading = read(PAIR_STORY)
    moves = [e for e in reading.events if e.plover_type == "MOBILIZE"]
    assert [(e.source.code, e.target.code, e.target.implied) for e in moves] == [("ISR.MIL", "LBN", True)]


def test_a_protest_without_a_named_target_has_none_even_in_a_pair_story(
    read: Callable[[str], Reading],
) -> None:
    """A protest with no named target is most often about home affairs, not the other state."""
    reading = read(PAIR_STORY)
    protests = [e for e in reading.events if e.plover_type == "PROTEST"]
    assert [(e.source.code, e.target.code) for e in protests] == [("LBN.CVL", NO_RECIPIENT)]


def test_an_act_with_no_recipient_by_nature_has_none_even_in_a_pair_story(
    read: Callable[[str], Reading],
) -> None:
    """ "resigned": its pattern has no target roles (``target = []``)."""
    reading = read(PAIR_STORY)
    resignations = [e for e in reading.events if e.pattern == "retreat.resign"]
    assert [(e.source.code, e.target.code) for e in resignations] == [("LBN.GOV", NO_RECIPIENT)]


def test_one_sided_types_need_no_recipient_in_plover() -> None:
    ontology = Ontology.load()
    assert not [t for t in ONE_SIDED_TYPES if ontology.plover(t).needs_recipient]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Egypt urged restraint on Monday.", id="request"),
        pytest.param("Brazil condemned the violence on Monday.", id="accuse"),
        pytest.param("Indonesia agreed on Monday to review the rules.", id="agree"),
    ],
)
def test_act_that_needs_a_recipient_is_not_coded_without_one(
    read: Callable[[str], Reading], text: str
) -> None:
    reading = read(text)
    assert not [e for e in reading.events if e.target.code == NO_RECIPIENT], _describe(reading.events)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        pytest.param("A roadside bomb near Kandahar killed two Canadian soldiers on Sunday.", "CAN.MIL",
                     id="explosive-as-subject"),
        pytest.param("Three Iraqi policemen were killed in a suicide bombing in Mosul.", "IRQ.COP",
                     id="killed-in-a-bombing"),
        pytest.param("Two Nigerian soldiers were wounded by a landmine near the border.", "NGA.MIL",
                     id="wounded-by-a-mine"),
    ],
)  # fmt: skip
def test_an_attack_whose_author_is_not_named_has_an_unnamed_attacker(
    read: Callable[[str], Reading], text: str, target: str
) -> None:
    events = read(text).events
    assert [(e.source.code, e.plover_type, e.target.code) for e in events] == [
        (NO_RECIPIENT, "ASSAULT", target)
    ]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Three Iraqi policemen were killed on Monday.", id="no-attack-named"),
        pytest.param("The storm killed two Filipino fishermen.", id="a-storm"),
    ],
)
def test_a_death_with_no_attack_named_has_no_attacker(read: Callable[[str], Reading], text: str) -> None:
    assert not read(text).events


@pytest.mark.parametrize(
    "text",
    [
        "Chinese and Pakistani naval forces on Monday launched a joint maritime exercise off Shanghai.",
        "Indian and French troops began a joint exercise in Rajasthan on Monday.",
    ],
)
def test_joint_exercise_at_home_of_one_party_is_cooperation(
    read: Callable[[str], Reading], text: str
) -> None:
    """The drill pattern names no recipient (the place is one of the parties' own), the exercise pattern
    names both parties: the reading with a recipient wins, cooperation rather than mobilisation."""
    reading = read(text)
    assert [e.plover_type for e in reading.events] == ["COOPERATE"], _describe(reading.events)


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan Foreign Minister Musalia Mudavadi is scheduled to visit Addis Ababa next week for talks with "
        "his Ethiopian counterpart.",
        "The Kenyan foreign minister was invited to travel to Addis Ababa for talks with Ethiopian "
        "officials.",
    ],
)
def test_the_subject_of_a_passive_does_its_infinitive_act(read: Callable[[str], Reading], text: str) -> None:
    """ "is scheduled to visit X for talks": the talks are the minister's, not a side implied from the
    story's pair."""
    reading = read(text)
    talks = [e for e in reading.events if e.pattern == "consult.talks-noun"]
    assert talks and all(e.source.code == "KEN.GOV" and not e.source.implied for e in talks), _describe(
        reading.events
    )


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Turkey persuaded Russia to resume talks with Ukraine.", "RUS", "UKR"),
        ("Rising debts forced Zambia to seek a new loan from the IMF.", "ZMB", "IMF"),
        ("Qatar and Kuwait pledged to roll over their deposits to help Egypt avoid a default.", "QAT", "EGY"),
    ],
)
def test_the_object_of_the_governing_verb_does_the_infinitive_act(
    read: Callable[[str], Reading], text: str, source: str, target: str
) -> None:
    """Object control: in "persuaded Russia to resume talks" Russia resumes them, not Turkey; in "help
    Egypt avoid" Egypt is whom the act is for."""
    reading = read(text)
    sides = [(e.source.code.split(".")[0], e.target.code.split(".")[0]) for e in reading.events]
    assert (source, target) in sides, _describe(reading.events)


def test_two_titled_names_the_parser_joins_by_their_names_both_act(read: Callable[[str], Reading]) -> None:
    text = (
        "Chinese Vice Premier He Lifeng and Japanese Foreign Minister Takeshi Iwaya are expected to meet in "
        "Tokyo next week."
    )
    reading = read(text)
    sides = {frozenset({e.source.code.split(".")[0], e.target.code.split(".")[0]}) for e in reading.events}
    assert frozenset({"CHN", "JPN"}) in sides, _describe(reading.events)


def test_a_state_the_parser_leaves_as_the_root_noun_does_the_verb_it_hangs_on_it(
    read: Callable[[str], Reading],
) -> None:
    text = (
        "Togo and Burkina Faso exchanged fire on Monday. Ghana, which borders both countries, called on the "
        "two governments to show restraint."
    )
    coded = {(e.source.code, e.plover_type, e.target.code) for e in read(text).events}
    assert {("GHA", "REQUEST", "TGO"), ("GHA", "REQUEST", "BFA")} <= coded


def test_an_apology_with_no_recipient_named_goes_to_the_other_side_of_the_story(
    read: Callable[[str], Reading],
) -> None:
    text = (
        "Seoul and Tokyo held a summit on Monday. The Japanese prime minister expressed deep remorse for the "
        "colonial era."
    )
    coded = {(e.source.code.split(".")[0], e.plover_type, e.target.code) for e in read(text).events}
    assert ("JPN", "CONCEDE", "KOR") in coded


def test_states_that_do_something_to_each_other_each_do_it_to_the_other(
    read: Callable[[str], Reading],
) -> None:
    coded = {
        (e.source.code, e.plover_type, e.target.code)
        for e in read("Armenia and Azerbaijan blamed one another for the clashes.").events
    }
    assert {("ARM", "ACCUSE", "AZE"), ("AZE", "ACCUSE", "ARM")} <= coded


def test_states_acting_on_each_other_do_so_in_a_story_about_a_third(read: Callable[[str], Reading]) -> None:
    text = (
        "Kazakhstan and Uzbekistan signed a water agreement on Tuesday. Uzbekistan's president praised the "
        "deal. Last year, Kazakhstan and Kyrgyzstan accused each other of overdrawing the reservoir."
    )
    coded = {(e.source.code, e.plover_type, e.target.code) for e in read(text).events}
    assert {("KAZ", "ACCUSE", "KGZ"), ("KGZ", "ACCUSE", "KAZ")} <= coded
    assert not {c for c in coded if c[1] == "ACCUSE" and c[2] == "UZB"}


def test_the_pair_a_lead_names_outweighs_a_third_state_named_often_in_one_closing_sentence(
    read: Callable[[str], Reading],
) -> None:
    text = (
        "Kenya and Tanzania signed a border agreement on Tuesday, following talks between the two "
        "countries' presidents. Kenya's foreign ministry said the deal would ease trade. Chinese Foreign "
        "Ministry spokesperson Lin Jian welcomed the agreement, and Beijing said China was ready to help."
    )
    reading = read(text)
    assert reading.principal_pair == ("KEN", "TZA")


def test_a_thing_given_for_an_end_leaves_the_end_to_its_giver(read: Callable[[str], Reading]) -> None:
    text = "Japan announced on Friday a 30 million dollar grant to help Tonga rebuild its harbour."
    reading = read(text)
    assert any(
        e.plover_type == "AID" and e.source.code == "JPN" and e.target.code == "TON" for e in reading.events
    ), _describe(reading.events)


@pytest.mark.parametrize(
    ("text", "source", "plover", "target"),
    [
        ("India retaliated by expelling six Canadian diplomats.", "IND", "SANCTION", "CAN"),
        ("After meeting Putin in Moscow, Hungary's premier flew to Beijing.", "HUN", "CONSULT", "RUS"),
    ],
)  # fmt: skip
def test_a_gerund_after_a_preposition_shares_the_subject_of_its_verb(
    read: Callable[[str], Reading], text: str, source: str, plover: str, target: str
) -> None:
    reading = read(text)
    found = [
        (e.source.code.split(".")[0], e.plover_type, e.target.code.split(".")[0]) for e in reading.events
    ]
    assert (source, plover, target) in found, _describe(reading.events)


def test_a_gerund_after_for_is_not_the_subjects_act(read: Callable[[str], Reading]) -> None:
    """ "thanked India for sending aid to Nepal": India sent it, not Japan."""
    reading = read("Japan thanked India for sending aid to Nepal.")
    assert not [e for e in reading.events if e.source.code == "JPN" and e.plover_type == "AID"], _describe(
        reading.events
    )


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Israeli forces withdrew from the town of Jenin after a three-day raid.", "ISR", "PSE"),
        ("Russian forces withdrew from the city of Kherson in November.", "RUS", "UKR"),
    ],
)
def test_a_place_noun_naming_a_city_is_the_citys_state(
    read: Callable[[str], Reading], text: str, source: str, target: str
) -> None:
    """ "the town of Jenin": the gazetteer of places knows the city the place noun names."""
    reading = read(text)
    sides = [(e.source.code.split(".")[0], e.target.code.split(".")[0]) for e in reading.events]
    assert (source, target) in sides, _describe(reading.events)


@pytest.mark.parametrize("text", [p.values[0] for p in DOMESTIC + ONE_SIDED])
def test_no_actor_is_on_both_sides(read: Callable[[str], Reading], text: str) -> None:
    """One state's police and its protesters are two sides; a state and its own government are not."""
    for e in read(text).events:
        source_entity, _, source_role = e.source.code.partition(".")
        target_entity, _, target_role = e.target.code.partition(".")
        same_entity = source_entity == target_entity
        assert not (same_entity and (source_role == target_role or not source_role or not target_role)), (
            _describe(read(text).events)
        )


def test_states_agreeing_to_act_against_an_outsider_do_not_act_on_each_other(
    read: Callable[[str], Reading],
) -> None:
    """ "agreed to respond firmly to provocations": their agreement is with each other, the threat is not."""
    events = read("South Korea and Japan agreed to respond firmly to provocations.").events
    assert not [e for e in events if e.plover_type == "THREATEN"], _describe(events)
    assert [e for e in events if e.plover_type == "AGREE"], _describe(events)


def test_a_joint_act_of_three_states_pairs_each_two(read: Callable[[str], Reading]) -> None:
    """ "Japan, the United States and South Korea began an exercise": three pairs, whichever way the parser
    splits the list (here it gives the verb two subjects)."""
    text = "Japan, the United States and South Korea began a joint military exercise on Monday."
    pairs = {
        frozenset((e.source.code.split(".")[0], e.target.code.split(".")[0]))
        for e in read(text).events
        if e.plover_type == "COOPERATE"
    }
    assert pairs == {frozenset(p) for p in (("JPN", "USA"), ("JPN", "KOR"), ("USA", "KOR"))}


@pytest.mark.parametrize(
    ("text", "source", "plover", "target"),
    [
        pytest.param("The Security Council adopted a resolution demanding that Rwanda withdraw its troops.",
                     "UN.SC", "REQUEST", "RWA", id="resolution-demanding"),
        pytest.param("China's foreign ministry issued a statement condemning the Japanese decision.",
                     "CHN.GOV", "ACCUSE", "JPN", id="statement-condemning"),
    ],
)  # fmt: skip
def test_a_text_says_what_its_author_says(
    read: Callable[[str], Reading], text: str, source: str, plover: str, target: str
) -> None:
    reading = read(text)
    coded = [(e.source.code, e.plover_type, e.target.code.split(".")[0]) for e in reading.events]
    assert (source, plover, target) in coded, _describe(reading.events)


@pytest.mark.parametrize(
    "text",
    [
        "Guyana accused Venezuela of massing troops near their disputed border.",
        "Sudan's government accused Ethiopia of shelling a camp near the border, killing 11 civilians.",
        "Kenya's government accused Somalia of shelling a camp outside the city days later, killing at least "
        "11 civilians.",
    ],
)
def test_an_alleged_act_is_no_event_of_its_own(read: Callable[[str], Reading], text: str) -> None:
    """ "accused Venezuela of massing troops": the accusation is the event, the massing stays alleged."""
    reading = read(text)
    assert [e.plover_type for e in reading.events] == ["ACCUSE"], _describe(reading.events)


COMMUNIQUE = (
    "The Peace and Security Council of the African Union, at its meeting held on 3 March 2025 on the "
    "situation in Sudan, adopted the following decision:\n\n"
    "Strongly condemns the attacks by the Rapid Support Forces on camps for displaced people in Darfur;\n\n"
    "Welcomes the decision of the Sudanese government to lift the curfew imposed on Khartoum in January, "
    "and commends Egypt for hosting talks between the parties;\n\n"
    "Decides to remain actively seized of the matter."
)


def test_a_communiques_subjectless_lines_are_its_issuers_acts_on_its_day(
    read: Callable[[str], Reading],
) -> None:
    reading = read(COMMUNIQUE)
    coded = {(e.source.code, e.plover_type, e.target.code[:3], e.date.value) for e in reading.events}
    assert ("AU.PSC", "SUPPORT", "EGY", "2025-03-03") in coded, _describe(reading.events)
    assert ("AU.PSC", "SUPPORT", "SDN", "2025-03-03") in coded, _describe(reading.events)


NUMBERED_COMMUNIQUE = (
    "The Peace and Security Council of the African Union, at its meeting held on 3 March 2025, adopted "
    "the following decision:\n\n"
    "1. Strongly condemns the attacks on camps for displaced people in Darfur;\n\n"
    "2. Welcomes the efforts of the Kingdom of Saudi Arabia and the United States of America in "
    "facilitating the Jeddah process;\n\n"
    "3. Commends the Republic of Chad, the Republic of South Sudan and the Arab Republic of Egypt for "
    "their solidarity with Sudanese refugees;"
)


def test_a_numbered_communiques_lines_are_its_issuers_acts_on_each_state_listed(
    read: Callable[[str], Reading],
) -> None:
    """A line's number the parser splits off is no heading; a list of states thanked or commended, however
    the parser hangs it, names each."""
    reading = read(NUMBERED_COMMUNIQUE)
    coded = {(e.source.code, e.plover_type, e.target.code) for e in reading.events}
    listed = {("AU.PSC", "SUPPORT", state) for state in ("SAU", "USA", "TCD", "SSD", "EGY")}
    assert listed <= coded, _describe(reading.events)


def test_an_act_inside_a_communiques_line_keeps_its_own_author(read: Callable[[str], Reading]) -> None:
    """ "Welcomes the decision of the Sudanese government to lift the curfew imposed on Khartoum": the
    government lifts it, and the curfew's imposer is not the Council."""
    reading = read(COMMUNIQUE)
    lifted = [e for e in reading.events if e.plover_type == "CONCEDE"]
    assert [e.source.code for e in lifted] == ["SDN.GOV"], _describe(reading.events)
    assert not [e for e in reading.events if e.plover_type == "COERCE" and e.source.code == "AU.PSC"]


def test_a_decision_to_act_is_the_owners_act(read: Callable[[str], Reading]) -> None:
    reading = read("Moscow condemned Tokyo's decision to freeze the assets of twelve Russian banks.")
    coded = {(e.source.code, e.plover_type, e.target.code.split(".")[0]) for e in reading.events}
    assert ("JPN", "SANCTION", "RUS") in coded, _describe(reading.events)


def test_the_object_of_a_relative_clause_is_its_antecedent(read: Callable[[str], Reading]) -> None:
    reading = read("ECOWAS, which Burkina Faso quit in January, urged the junta to hold elections.")
    coded = {(e.source.code[:3], e.plover_type, e.target.code) for e in reading.events}
    assert ("BFA", "SANCTION", "ECOWAS") in coded, _describe(reading.events)


def test_a_pronoun_in_reported_speech_is_the_speaker(read: Callable[[str], Reading]) -> None:
    reading = read("Mali said on Sunday they were recalling their ambassador from Algeria.")
    coded = {(e.source.code[:3], e.plover_type, e.target.code[:3]) for e in reading.events}
    assert ("MLI", "SANCTION", "DZA") in coded, _describe(reading.events)


def test_a_partner_the_parser_hangs_on_a_nested_noun_is_found(read: Callable[[str], Reading]) -> None:
    """ "sharing information on the launch with the United States": "with" hangs under "launch"."""
    reading = read("South Korea is sharing information on the launch with the United States.")
    coded = {(e.source.code[:3], e.plover_type, e.target.code[:3]) for e in reading.events}
    assert ("KOR", "COOPERATE", "USA") in coded, _describe(reading.events)


def test_joint_signatories_sign_with_each_other_not_with_the_host(read: Callable[[str], Reading]) -> None:
    reading = read("Azerbaijan and Armenia initialled a peace agreement in Washington on Friday.")
    pairs = {(e.source.code[:3], e.target.code[:3]) for e in reading.events if e.plover_type == "SUPPORT"}
    assert pairs in ({("AZE", "ARM")}, {("ARM", "AZE")}), _describe(reading.events)


@pytest.mark.parametrize(
    ("text", "plover", "target"),
    [
        pytest.param("Algeria lodged a protest with France and requested an explanation.", "REQUEST", "FRA",
                     id="second-of-two-verbs"),
        pytest.param("Egypt summoned the Ethiopian ambassador and demanded an apology.", "REQUEST", "ETH",
                     id="summoned-and-demanded"),
        pytest.param("Mali's foreign ministry handed the Algerian ambassador a note verbale demanding an "
                     "investigation.", "REQUEST", "DZA", id="note-demanding"),
        pytest.param("Egypt's foreign ministry sent Ethiopia a letter demanding an explanation.", "REQUEST",
                     "ETH", id="letter-demanding"),
    ],
)  # fmt: skip
def test_an_act_that_names_no_recipient_goes_where_the_act_carrying_it_went(
    read: Callable[[str], Reading], text: str, plover: str, target: str
) -> None:
    reading = read(text)
    coded = [(e.plover_type, e.target.code.split(".")[0]) for e in reading.events]
    assert (plover, target) in coded, _describe(reading.events)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The United States defended the right of Russian troops to fire on militants and "
                     "insisted the unrest reflected ethnic tensions.", id="says-its-own-content"),
        pytest.param("Germany praised the courage of Ukrainian soldiers and demanded more ammunition for "
                     "Europe's armies.", id="object-names-no-party"),
    ],
)  # fmt: skip
def test_a_second_act_takes_no_recipient_from_a_thing_the_first_was_done_to(
    read: Callable[[str], Reading], text: str
) -> None:
    """Only a party the first act reached (a dative, a "with" or "to" party, an object that is itself an
    actor) receives the second; not the owner of a thing it was done to, nor when the second says its own
    content."""
    reading = read(text)
    assert not [e for e in reading.events if e.plover_type == "REQUEST"], _describe(reading.events)


@pytest.mark.parametrize(
    "text",
    [
        "Paris warned that it was ready to push for EU sanctions on Belarus if the crackdown went on.",
        "Washington threatened to reimpose UN sanctions against Iran before the end of the year.",
    ],
)
def test_a_threatened_measure_is_aimed_at_its_recipient_not_its_author(
    read: Callable[[str], Reading], text: str
) -> None:
    """ "ready to trigger U.N. sanctions on Iran": the threat is against Iran; the UN only imposes them."""
    reading = read(text)
    targets = {e.target.code.split(".")[0] for e in reading.events if e.plover_type == "THREATEN"}
    assert targets and not targets & {"EU", "UN"}, _describe(reading.events)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        pytest.param("A US citizen was detained in Russia on Monday.", "RUS.COP", "USA.CVL",
                     id="in-a-country"),
        pytest.param("Two British nationals were arrested in Dubai last week.", "ARE.COP", "GBR.CVL",
                     id="in-a-city"),
    ],
)  # fmt: skip
def test_an_arrest_whose_agent_is_not_named_is_made_by_the_police_of_the_place(
    read: Callable[[str], Reading], text: str, source: str, target: str
) -> None:
    reading = read(text)
    coded = {(e.source.code, e.plover_type, e.target.code) for e in reading.events}
    assert (source, "COERCE", target) in coded, _describe(reading.events)


def test_an_arrest_with_no_agent_and_no_place_has_no_source(read: Callable[[str], Reading]) -> None:
    assert not read("A Russian spy was arrested on Monday.").events


@pytest.mark.parametrize(
    ("text", "source"),
    [
        pytest.param("The Russian ambassador was summoned to the German foreign ministry on Monday.", "DEU",
                     id="summoned-to-the-ministry"),
        pytest.param("Foreign Minister Johann Wadephul said the Russian ambassador had been summoned.", "DEU",
                     id="speaker-reports-own-act"),
    ],
)  # fmt: skip
def test_the_agent_of_an_agentless_summons(read: Callable[[str], Reading], text: str, source: str) -> None:
    reading = read(text)
    coded = {(e.source.code[:3], e.plover_type, e.target.code[:3]) for e in reading.events}
    assert (source, "ACCUSE", "RUS") in coded, _describe(reading.events)


def test_a_speaker_reporting_its_own_envoy_summoned_is_no_agent(read: Callable[[str], Reading]) -> None:
    reading = read("Russia said its ambassador had been summoned.")
    assert not reading.events, _describe(reading.events)


def test_it_coordinated_with_a_named_subject_is_that_subject(read: Callable[[str], Reading]) -> None:
    reading = read(
        "Ethiopia's foreign ministry said it had no plans to invade any neighbour, and it charged that "
        "Asmara was arming rebels."
    )
    coded = {(e.source.code[:3], e.plover_type, e.target.code[:3]) for e in reading.events}
    assert ("ETH", "ACCUSE", "ERI") in coded, _describe(reading.events)


def test_a_verb_whose_phrase_has_a_sense_of_its_own_is_not_read_bare(read: Callable[[str], Reading]) -> None:
    """ "called for restraint" is a request, not a phone call between the two callers."""
    reading = read("Egypt and the United Arab Emirates called for restraint in Libya on Monday.")
    assert not [e for e in reading.events if e.plover_type == "CONSULT"], _describe(reading.events)


def test_each_of_two_coordinated_names_before_a_role_noun_is_a_side(read: Callable[[str], Reading]) -> None:
    reading = read("Indonesian and Papua New Guinean forces have stepped up joint patrols on their border.")
    pairs = {(e.source.code, e.target.code) for e in reading.events if e.plover_type == "COOPERATE"}
    assert pairs & {("IDN.MIL", "PNG.MIL"), ("PNG.MIL", "IDN.MIL")}, _describe(reading.events)


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        pytest.param("Burkina Faso quit ECOWAS in January along with Mali and Niger.", {"BFA", "MLI", "NER"},
                     id="along-with"),
        pytest.param("France, together with Germany, condemned the coup in Niger.", {"FRA", "DEU"},
                     id="together-with"),
    ],
)  # fmt: skip
def test_who_acts_along_with_the_subject_acts_too(
    read: Callable[[str], Reading], text: str, sources: set[str]
) -> None:
    reading = read(text)
    assert {e.source.code[:3] for e in reading.events} == sources, _describe(reading.events)


def test_an_anti_government_protest_is_aimed_at_the_protesters_government(
    read: Callable[[str], Reading],
) -> None:
    reading = read(
        "Tens of thousands of students blocked intersections in Belgrade on Monday in the largest "
        "anti-government protests in Serbia in months."
    )
    coded = {(e.source.code[:3], e.plover_type, e.target.code) for e in reading.events}
    assert ("SRB", "PROTEST", "SRB.GOV") in coded, _describe(reading.events)


def test_an_agentless_act_that_needs_no_recipient_takes_no_agent_from_its_speaker(
    read: Callable[[str], Reading],
) -> None:
    reading = read("The Japanese ministry stressed that the patrol was conducted in accordance with the law.")
    assert not reading.events, _describe(reading.events)


def test_a_nominal_act_takes_its_parties_from_the_verb_it_is_the_object_of(
    read: Callable[[str], Reading],
) -> None:
    """ "launched a mediation effort between A and B": "between" hangs on "launched"."""
    reading = read("Qatar's emir launched a mediation effort between the Emirates and Saudi Arabia.")
    coded = {(e.source.code[:3], e.cameo_code, e.target.code) for e in reading.events}
    assert {("QAT", "045", "ARE"), ("QAT", "045", "SAU")} <= coded, _describe(reading.events)


def test_states_agreeing_together_to_act_agree_with_each_other(read: Callable[[str], Reading]) -> None:
    reading = read("Colombia and Venezuela agreed to reopen their border on Monday.")
    pairs = {(e.source.code, e.target.code) for e in reading.events if e.plover_type == "AGREE"}
    assert pairs & {("COL", "VEN"), ("VEN", "COL")}, _describe(reading.events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Members of several Sikh groups staged a protest outside the Canadian High Commission "
                     "in New Delhi on Monday.", ("IND.CVL", "PROTEST", "CAN"), id="crowd-of-the-city"),
        pytest.param("Israeli soldiers fired on a patrol of the U.N. peacekeeping force near the Blue Line "
                     "on Monday.", ("ISR.MIL", "ASSAULT", "UN"), id="patrol-of-a-force"),
        pytest.param("The Red Cross operating in Gaza said Israeli forces must allow fuel deliveries.",
                     ("ICRC", "REQUEST", "ISR"), id="subject-parsed-as-its-participle"),
    ],
)  # fmt: skip
def test_a_side_named_through_where_or_whose_it_is(
    read: Callable[[str], Reading], text: str, expected: tuple[str, str, str]
) -> None:
    """Protesters the text does not name are the people of the city they protest in; a patrol, convoy or
    unit of a force is that force's; a subject the parser gives as its participle ("The Red Cross
    operating in Gaza said", "operating" as the subject) is the participle's subject."""
    reading = read(text)
    coded = {(e.source.code, e.plover_type, e.target.code.split(".")[0]) for e in reading.events}
    assert expected in coded, _describe(reading.events)


def test_an_unnamed_crowd_rallying_for_its_leader_is_no_protest(read: Callable[[str], Reading]) -> None:
    reading = read("Hundreds of people rallied in Niamey on Friday in support of General Tiani.")
    assert not [e for e in reading.events if e.plover_type == "PROTEST"], _describe(reading.events)


def test_talks_a_third_party_welcomes_are_between_their_parties(read: Callable[[str], Reading]) -> None:
    reading = read("Saudi Arabia and Qatar welcomed the talks between Iran and the United States.")
    consult = {(e.source.code, e.target.code) for e in reading.events if e.plover_type == "CONSULT"}
    assert consult == {("IRN", "USA")}, _describe(reading.events)
