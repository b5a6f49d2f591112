"""How the coder reads a clause beyond its pattern: status (planned, ongoing, hypothetical, negated),
wrappers ("plans to", "pledged to", "refused to", "helped sign"), dates (weekdays, "by", "since", "until",
two dated objects), passives, implied parties, reported speech, datelines and confidence.

Every text is a news sentence of ours about real states; the publication date is given with each.
Behaviours bilat gets wrong are kept as ``xfail(strict=True)`` with what it does instead.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from bilat.model import Event, Reading
from bilat.pipeline import Reader

MAY_16 = "2024-05-16"  # a Thursday
JAN_16 = "2025-01-16"  # a Thursday


def _entity(code: str) -> str:
    return code.split(".", 1)[0]


def _describe(events: Sequence[Event]) -> str:
    return (
        "\n".join(
            f"{e.pattern}: {e.source.code}{'*' if e.source.implied else ''} {e.plover_type} "
            f"{e.target.code}{'*' if e.target.implied else ''} {e.cameo_code} date={e.date.value}"
            f"..{e.date.end_value} status={e.status} conf={e.confidence}"
            for e in events
        )
        or "(no events)"
    )


def _find(reading: Reading, source: str, plover: str, target: str) -> list[Event]:
    return [
        e
        for e in reading.events
        if (_entity(e.source.code), e.plover_type, _entity(e.target.code)) == (source, plover, target)
    ]


def _one(reading: Reading, source: str, plover: str, target: str) -> Event:
    found = _find(reading, source, plover, target)
    assert found, f"no {source} {plover} {target}; bilat coded:\n{_describe(reading.events)}"
    return found[0]


# ---- status ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        pytest.param(
            "Indian Prime Minister Narendra Modi will visit Russia next month, the Kremlin said.",
            "IND", "RUS", id="will-visit-reported-by-host",
        ),
        pytest.param(
            "Japanese Prime Minister Shigeru Ishiba will meet Indonesian President Prabowo Subianto in "
            "Jakarta on Friday.",
            "JPN", "IDN", id="will-meet",
        ),
    ],
)  # fmt: skip
def test_will_is_a_planned_event_of_its_own_type(reader: Reader, text: str, source: str, target: str) -> None:
    event = _one(reader.read(text, date=MAY_16), source, "CONSULT", target)
    assert event.status == "planned"


@pytest.mark.parametrize(
    ("text", "source", "plover", "target"),
    [
        pytest.param("Turkey is developing economic cooperation with Azerbaijan in the energy sector.",
                     "TUR", "COOPERATE", "AZE", id="is-developing"),
        pytest.param("Ukraine is negotiating with Poland over the transit of Ukrainian grain.",
                     "UKR", "CONSULT", "POL", id="is-negotiating"),
    ],
)  # fmt: skip
def test_present_progressive_is_ongoing(
    reader: Reader, text: str, source: str, plover: str, target: str
) -> None:
    reading = reader.read(text, date=MAY_16)
    event = _one(reading, source, plover, target)
    assert event.status == "ongoing"
    assert event.date.value == MAY_16


@pytest.mark.parametrize(
    ("text", "source", "plover", "target"),
    [
        pytest.param(
            "Israel would strike Iran's nuclear facilities if Tehran tested a nuclear weapon, a U.S. "
            "official said.",
            "ISR", "ASSAULT", "IRN", id="would-if-said-by-a-third-party",
        ),
        pytest.param(
            "Japan would send a rescue team to Nepal if Kathmandu asked for help.",
            "JPN", "AID", "NPL", id="would-if-help",
        ),
    ],
)  # fmt: skip
def test_would_with_if_is_hypothetical(
    reader: Reader, text: str, source: str, plover: str, target: str
) -> None:
    """A forecast of someone else's act, or a conditional offer; a party's own conditional hostile act is
    a threat (tests/events/test_reframe.py)."""
    event = _one(reader.read(text, date=MAY_16), source, plover, target)
    assert event.status == "hypothetical"


@pytest.mark.parametrize(
    "text",
    [
        "Seoul's spy agency told lawmakers that North Korea could conduct a nuclear test against the South.",
        "Analysts say Israel might strike Iran's nuclear sites within weeks.",
        "Washington could also sanction Chinese refiners that buy Iranian oil, a former official said.",
    ],
)
def test_what_could_or_might_happen_is_no_event(reader: Reader, text: str) -> None:
    reading = reader.read(text, date=MAY_16)
    assert not reading.events, _describe(reading.events)


def test_a_threat_said_with_could_is_made(reader: Reader) -> None:
    text = "Iran said it could close the Strait of Hormuz if attacked by the United States."
    assert _one(reader.read(text, date=MAY_16), "IRN", "THREATEN", "USA")


@pytest.mark.parametrize(
    ("text", "forbidden"),
    [
        pytest.param(
            "Ukrainian President Volodymyr Zelenskiy did not meet Hungarian Prime Minister Viktor Orban "
            "during his visit to Brussels.",
            ("UKR", "CONSULT", "HUN"), id="did-not-meet",
        ),
        pytest.param(
            "No agreement was signed between Russia and Ukraine at the talks in Istanbul.",
            ("RUS", "SUPPORT", "UKR"), id="no-agreement-was-signed",
        ),
        pytest.param(
            "Egypt and Ethiopia failed to reach an agreement on the operation of the dam.",
            ("EGY", "SUPPORT", "ETH"), id="failed-to-reach",
        ),
        pytest.param(
            "Spain has never recognized Kosovo as an independent state.",
            ("ESP", "SUPPORT", "XKX"), id="never-recognized",
        ),
        pytest.param(
            "Hungary did not send aid to Ukraine last year.", ("HUN", "REJECT", "UKR"), id="did-not-send",
        ),
        pytest.param(
            "The Kremlin denied that Moscow had agreed to release the Ukrainian prisoners.",
            ("RUS", "REJECT", "UKR"), id="denied-agreeing-is-no-refusal",
        ),
        pytest.param(
            "The Kremlin denied that President Vladimir Putin had met the Ukrainian envoy in Abu Dhabi.",
            ("RUS", "CONSULT", "UKR"), id="denied-that",
        ),
        pytest.param(
            "Cairo dismissed reports that Egypt had sent troops to Somalia as fabrications.",
            ("EGY", "MOBILIZE", "SOM"), id="dismissed-reports-that",
        ),
        pytest.param(
            "Baghdad demanded that Ankara withdraw its troops from northern Iraq.",
            ("TUR", "RETREAT", "IRQ"), id="demanded-that",
        ),
        pytest.param(
            "Beijing urged Washington to stop smearing and attacking China over cyber security.",
            ("USA", "ASSAULT", "CHN"), id="urged-to-stop-doing",
        ),
        pytest.param(
            "Qatar urged Israel to de-escalate, free the prisoners and withdraw its troops from Gaza.",
            ("QAT", "RETREAT", "PSE"), id="urged-to-do-a-series-the-parser-split",
        ),
        pytest.param(
            "Brazil implored Argentina to reopen the border on Monday.",
            ("ARG", "RETREAT", "BRA"), id="implored-to-do",
        ),
    ],
)  # fmt: skip
def test_negated_event_is_not_coded(reader: Reader, text: str, forbidden: tuple[str, str, str]) -> None:
    reading = reader.read(text, date=MAY_16)
    assert not _find(reading, *forbidden), _describe(reading.events)
    assert not _find(reading, forbidden[2], forbidden[1], forbidden[0]), _describe(reading.events)


def test_an_accusation_whose_charge_the_accused_denies_still_was_made(reader: Reader) -> None:
    reading = reader.read(
        "Rwanda has accused Burundi of sheltering rebels, a charge Bujumbura denies.", date=MAY_16
    )
    assert _find(reading, "RWA", "ACCUSE", "BDI"), _describe(reading.events)


# ---- wrappers ----------------------------------------------------------------------------------------


def test_plans_to_meet_is_intent_to_meet(reader: Reader) -> None:
    text = "French President Emmanuel Macron plans to meet Chinese President Xi Jinping in Paris next month."
    reading = reader.read(text, date=MAY_16)
    event = _one(reading, "FRA", "AGREE", "CHN")
    assert event.cameo_code == "036"
    assert not _find(reading, "FRA", "CONSULT", "CHN"), _describe(reading.events)


def test_pledged_to_supply_is_agree(reader: Reader) -> None:
    reading = reader.read("Germany pledged to supply more tanks to Ukraine.", date=MAY_16)
    event = _one(reading, "DEU", "AGREE", "UKR")
    assert event.cameo_root == "03"
    assert not _find(reading, "DEU", "AID", "UKR"), _describe(reading.events)


def test_proposing_that_ministers_meet_is_an_offer_to_meet(reader: Reader) -> None:
    text = "Tokyo has proposed that Foreign Minister Toshimitsu Motegi sit down with his Chinese counterpart."
    reading = reader.read(text, date=MAY_16)
    assert _one(reading, "JPN", "AGREE", "CHN").cameo_code == "036"
    assert not _find(reading, "JPN", "CONSULT", "CHN"), _describe(reading.events)


def test_swearing_to_fight_is_a_threat(reader: Reader) -> None:
    reading = reader.read("Ethnic Albanian rebels have sworn to fight Macedonian forces.", date=MAY_16)
    assert _one(reading, "ALB", "THREATEN", "MKD").cameo_root == "13"


def test_standing_ready_to_impose_sanctions_is_a_threat(reader: Reader) -> None:
    reading = reader.read("The EU stands ready to impose further sanctions on Belarus.", date=MAY_16)
    assert _one(reading, "EU", "THREATEN", "BLR").cameo_root == "13"


def test_not_hesitating_to_strike_is_a_threat_and_to_help_a_promise(reader: Reader) -> None:
    text = "Singh said India would not hesitate to strike Pakistan again if provoked."
    assert _one(reader.read(text, date=MAY_16), "IND", "THREATEN", "PAK").cameo_root == "13"
    text = "Germany would not hesitate to send more air defence systems to Ukraine, Pistorius said."
    assert _one(reader.read(text, date=MAY_16), "DEU", "AGREE", "UKR").cameo_root == "03"


def test_an_offer_to_send_people_to_help_is_no_threat(reader: Reader) -> None:
    reading = reader.read("Germany offered to send troops to help Lithuania secure its border.", date=MAY_16)
    assert not [e for e in reading.events if e.plover_type == "THREATEN"], _describe(reading.events)
    reading = reader.read("Russia offered to send troops to Moldova's breakaway region.", date=MAY_16)
    assert [e for e in reading.events if e.plover_type == "THREATEN"], _describe(reading.events)


def test_a_plan_told_in_the_past_perfect_did_not_go_ahead(reader: Reader) -> None:
    text = "Seoul's foreign minister, who had planned to visit Beijing next week, called off the trip."
    reading = reader.read(text, date=MAY_16)
    assert not [e for e in reading.events if e.plover_type == "AGREE"], _describe(reading.events)
    text = "South Korean Foreign Minister Cho Hyun plans to visit Beijing next week."
    assert _one(reader.read(text, date=MAY_16), "KOR", "AGREE", "CHN")


def test_ready_to_is_intent(reader: Reader) -> None:
    reading = reader.read("China is ready to deepen cooperation with Cambodia.", date=MAY_16)
    event = _one(reading, "CHN", "AGREE", "KHM")
    assert event.cameo_root == "03"


@pytest.mark.parametrize(
    ("text", "source", "target", "cameo"),
    [
        pytest.param("Azerbaijan refused to hold talks with Armenia in Washington.", "AZE", "ARM", "125",
                     id="refused-to-hold-talks"),
        pytest.param("Ukraine refused to attend talks with Russia in Istanbul.", "UKR", "RUS", "125",
                     id="refused-to-attend-talks"),
        pytest.param("Germany will not send Taurus cruise missiles to Ukraine, Chancellor Olaf Scholz said.",
                     "DEU", "UKR", "1222", id="will-not-send-arms"),
        pytest.param("Iran said it would not release the detained British sailors.", "IRN", "GBR", "1243",
                     id="would-not-release"),
        pytest.param("Russia will not withdraw its troops from Moldova, Foreign Minister Sergei Lavrov said.",
                     "RUS", "MDA", "1246", id="will-not-withdraw"),
        pytest.param("Egypt and Ethiopia failed to reach an agreement on the operation of the dam.", "EGY",
                     "ETH", "120", id="failed-to-reach-agreement"),
        pytest.param("Serbia does not recognize Kosovo's independence.", "SRB", "XKX", "120",
                     id="does-not-recognise"),
        pytest.param("Mali said it would not cooperate with the ICC.", "MLI", "ICC", "121",
                     id="would-not-cooperate"),
        pytest.param("Syria says it will not accept any more Iraqi refugees.", "SYR", "IRQ", "1233",
                     id="will-not-take-in-refugees"),
    ],
)  # fmt: skip
def test_refusal_is_rejection(reader: Reader, text: str, source: str, target: str, cameo: str) -> None:
    reading = reader.read(text, date=MAY_16)
    event = _one(reading, source, "REJECT", target)
    assert event.cameo_code == cameo
    assert not _find(reading, source, "CONSULT", target), _describe(reading.events)


def test_helped_sign_codes_mediation_and_signatories(reader: Reader) -> None:
    text = "Turkey helped sign a grain export deal between Russia and Ukraine in Istanbul in July 2022."
    reading = reader.read(text, date=MAY_16)
    signed = _one(reading, "RUS", "SUPPORT", "UKR")
    assert signed.cameo_code == "057"
    mediation = [e for e in reading.events if _entity(e.source.code) == "TUR" and e.cameo_code == "045"]
    assert mediation, _describe(reading.events)
    assert {_entity(e.target.code) for e in mediation} <= {"RUS", "UKR"}
    assert all(e.plover_type == "CONSULT" and e.date.value == "2022-07" for e in mediation)


# ---- dates -------------------------------------------------------------------------------------------


def test_past_weekday_resolves_to_the_last_one(reader: Reader) -> None:
    text = "Chinese Premier Li Qiang met Australian Prime Minister Anthony Albanese in Canberra on Wednesday."
    event = _one(reader.read(text, date=JAN_16), "CHN", "CONSULT", "AUS")
    assert (event.date.value, event.date.precision) == ("2025-01-15", "day")


def test_a_weekday_of_an_act_a_present_verb_takes_as_object_is_the_last_one(reader: Reader) -> None:
    """ "follows a telephone call ... on Tuesday": the call is past though "follows" is present."""
    text = (
        "The new aid package follows a telephone call between Chancellor Friedrich Merz and President "
        "Volodymyr Zelensky on Tuesday."
    )
    event = _one(reader.read(text, date=JAN_16), "DEU", "CONSULT", "UKR")
    assert event.date.value == "2025-01-14"


def test_a_present_verb_a_past_saying_reports_takes_the_saying_day(reader: Reader) -> None:
    """ "Poland backs Ukraine, the president said on Tuesday": a stance told on Tuesday, not a plan for the
    next Tuesday ("arrives on Monday" is one)."""
    reading = reader.read("Poland backs Ukraine's bid, the Polish president said on Tuesday.", date=JAN_16)
    event = _one(reading, "POL", "SUPPORT", "UKR")
    assert (event.date.value, event.status) == ("2025-01-14", "occurred")


def test_the_day_of_a_noun_s_of_phrase_is_the_noun_s(reader: Reader) -> None:
    """ "welcomed the decision of 28 August": the decision's day, not the welcome's."""
    reading = reader.read("Ghana welcomed the decision of the African Union of 28 August.", date=JAN_16)
    assert _one(reading, "GHA", "SUPPORT", "AU").date.value == "2025-01-16"


def test_a_year_that_names_a_thing_does_not_date_the_act(reader: Reader) -> None:
    """ "the 1990 declaration" a demand refers to: the thing's year, not the act's; "brokered the 2023
    prisoner swap": the year of what the act makes dates it."""
    text = (
        "Azerbaijan's foreign minister reiterated Baku's demand that Armenia remove from its constitution a "
        "reference to the 1990 declaration of independence."
    )
    assert _one(reader.read(text, date=JAN_16), "AZE", "REQUEST", "ARM").date.value == "2025-01-16"
    made = "Qatar brokered the 2023 prisoner swap between the United States and Iran."  # its making, dated
    assert _one(reader.read(made, date=JAN_16), "QAT", "CONSULT", "USA").date.value == "2023"


def test_the_month_of_a_thing_judged_is_not_the_judgement_s(reader: Reader) -> None:
    """ "protested Japan's decision in May": the decision's month; the protest is the report's."""
    reading = reader.read(
        "China protested Japan's decision in May to expand its export controls.", date=JAN_16
    )
    assert _one(reading, "CHN", "ACCUSE", "JPN").date.value == "2025-01-16"


def test_what_the_sides_agreed_is_dated_by_the_meeting_told_before(reader: Reader) -> None:
    """ "Xi held talks with Tokayev on Tuesday ... The two sides agreed to open a crossing": agreed at the
    talks, not on the day of the report."""
    text = (
        "ASTANA, June 18 (Xinhua) -- Chinese President Xi Jinping arrived in Astana on Monday for a state "
        "visit.\n\nXi held talks with Kazakh President Kassym-Jomart Tokayev on Tuesday.\n\nThe two sides "
        "agreed to build a third railway crossing on their border."
    )
    event = _one(reader.read(text, date="2025-06-18"), "CHN", "AGREE", "KAZ")
    assert event.date.value == "2025-06-17"


def test_a_day_under_a_participle_describing_the_object_dates_the_act(reader: Reader) -> None:
    """The parser hangs "on Sunday" under "carrying": the seizure's day; "carried out last week" is the
    attack's, not the condemnation's."""
    text = "Iran's navy seized a Togo-flagged tanker carrying smuggled fuel in the Gulf of Oman on Sunday."
    assert _one(reader.read(text, date=JAN_16), "IRN", "COERCE", "TGO").date.value == "2025-01-12"
    done = "Poland condemned the cyberattack carried out by Russia last week."
    assert _one(reader.read(done, date=JAN_16), "POL", "ACCUSE", "RUS").date.value == "2025-01-16"


def test_future_weekday_resolves_to_the_next_one(reader: Reader) -> None:
    text = (
        "Japanese Prime Minister Shigeru Ishiba will meet Indonesian President Prabowo Subianto in "
        "Jakarta on Friday."
    )
    event = _one(reader.read(text, date=JAN_16), "JPN", "CONSULT", "IDN")
    assert event.date.value == "2025-01-17"
    assert event.status == "planned"


MAR_5 = "2025-03-05"


@pytest.mark.parametrize(
    ("text", "source", "target", "value"),
    [
        pytest.param("Japan will hold talks with India in June.", "JPN", "IND", "2025-06",
                     id="will-hold-in-june"),
        pytest.param("Vietnamese President To Lam will visit South Korea in May.", "VNM", "KOR", "2025-05",
                     id="will-visit-in-may"),
        pytest.param("Egypt held talks with Qatar in April.", "EGY", "QAT", "2024-04", id="held-in-april"),
        pytest.param("Kenyan President William Ruto visited Germany in March.", "KEN", "DEU", "2025-03",
                     id="visited-this-month"),
    ],
)  # fmt: skip
def test_bare_month_follows_the_tense(
    reader: Reader, text: str, source: str, target: str, value: str
) -> None:
    """A month without its year: planned clauses look forwards, past ones backwards (like weekdays)."""
    reading = reader.read(text, date=MAR_5)
    event = _one(reading, source, "CONSULT", target)
    assert (event.date.value, event.date.precision) == (value, "month")


@pytest.mark.parametrize(
    ("text", "source", "plover", "target"),
    [
        pytest.param("A British tanker was seized by Iran in April.", "IRN", "COERCE", "GBR",
                     id="past-passive"),
        pytest.param("Canada has expelled two Indian diplomats in April.", "CAN", "SANCTION", "IND",
                     id="perfect"),
        pytest.param("Washington opened the year by imposing new tariffs on Chinese steel in April.", "USA",
                     "SANCTION", "CHN", id="participle-under-a-past-verb"),
    ],
)  # fmt: skip
def test_a_bare_month_told_of_the_past_is_the_last_one(
    reader: Reader, text: str, source: str, plover: str, target: str
) -> None:
    """Not only a past verb looks backwards: a past passive, a perfect, and a participle that a past verb
    governs."""
    event = _one(reader.read(text, date=MAR_5), source, plover, target)
    assert event.date.value == "2024-04"


def test_a_pronoun_the_speaker_said_tried_to_act_is_the_speaker(reader: Reader) -> None:
    """ "The Houthis said they attempted to ...": the pronoun under the attempt is the speaker too."""
    text = "The Houthis said they attempted to assassinate the Saudi defence minister."
    assert _one(reader.read(text, date=MAR_5), "YEM", "ASSAULT", "SAU")


def test_time_of_a_killing_the_clause_answers_does_not_date_it(reader: Reader) -> None:
    """ "fired rockets ... in retaliation for the killing of its commander last week": last week dates the
    killing, not the rocket fire, which takes the publication day."""
    text = (
        "Hezbollah said it fired dozens of rockets at an Israeli army base in retaliation for the killing "
        "of one of its commanders last week."
    )
    event = _one(reader.read(text, date=MAY_16), "LBN", "ASSAULT", "ISR")
    assert event.date.value == MAY_16


def test_time_on_the_object_of_a_light_verb_dates_the_event(reader: Reader) -> None:
    """ "held talks ... in April": the parser hangs the time on "talks", which is the event itself."""
    reading = reader.read("Brazil held talks with Angola in April 2024.", date=MAR_5)
    assert _one(reading, "BRA", "CONSULT", "AGO").date.value == "2024-04"


def test_a_time_the_parser_hangs_on_the_object_dates_the_verb(reader: Reader) -> None:
    """ "demanded the withdrawal of Russian troops ... on Tuesday": the demand was made on Tuesday, though
    "withdrawal" is an event noun of its own ("announced their withdrawal from ECOWAS")."""
    text = "Moldova demanded the withdrawal of Russian troops from Transnistria on Tuesday."
    reading = reader.read(text, date=MAR_5)
    assert _one(reading, "MDA", "REQUEST", "RUS").date.value == "2025-03-04"


def test_by_year_is_an_open_start(reader: Reader) -> None:
    text = "Turkey had supplied more than 100 combat drones to Ukraine by 2024."
    event = _one(reader.read(text, date=JAN_16), "TUR", "AID", "UKR")
    assert event.date.value == "..2024"


@pytest.mark.parametrize(
    ("text", "source", "target", "value"),
    [
        pytest.param("India has supplied wheat to Afghanistan since 2019.", "IND", "AFG", "2019..",
                     id="supplied-since"),
        pytest.param("Turkey has trained Somali soldiers since 2017.", "TUR", "SOM", "2017..",
                     id="trained-since"),
    ],
)  # fmt: skip
def test_since_year_is_an_open_end(reader: Reader, text: str, source: str, target: str, value: str) -> None:
    event = _one(reader.read(text, date=JAN_16), source, "AID", target)
    assert event.date.value == value


def test_an_undated_act_a_since_clause_measures_time_from_is_background(reader: Reader) -> None:
    """ "the deadliest since the two nations began talks": the talks are history the text does not date."""
    reading = reader.read(
        "Four Armenian soldiers were killed on Tuesday by Azerbaijani fire, the deadliest incident since "
        "Armenia and Azerbaijan began peace talks.",
        date=JAN_16,
    )
    assert not [e for e in reading.events if e.plover_type == "CONSULT"], _describe(reading.events)


def test_a_dated_act_in_a_since_clause_is_coded_with_its_date(reader: Reader) -> None:
    reading = reader.read(
        "Armenia and Azerbaijan have been negotiating since Azerbaijan attacked Armenia in September 2023.",
        date=JAN_16,
    )
    assert [e.date.value for e in _find(reading, "AZE", "ASSAULT", "ARM")] == ["2023-09"], _describe(
        reading.events
    )


@pytest.mark.parametrize(
    ("text", "source", "plover", "target", "value"),
    [
        pytest.param("Germany will deliver two more Patriot systems to Ukraine by the end of the year.",
                     "DEU", "AID", "UKR", "2024", id="by-end-of-year"),
        pytest.param("The United States will impose a 50% tariff on Chinese imports from June 1.",
                     "USA", "SANCTION", "CHN", "2024-06-01", id="from-a-day"),
    ],
)  # fmt: skip
def test_a_planned_act_is_dated_by_the_period_it_is_bound_to(
    reader: Reader, text: str, source: str, plover: str, target: str, value: str
) -> None:
    event = _one(reader.read(text, date=MAY_16), source, plover, target)
    assert (event.status, event.date.value) == ("planned", value)


@pytest.mark.parametrize(
    ("text", "source", "plover", "target", "value"),
    [
        pytest.param("Israeli jets struck an army base near Hama on Saturday, injuring four Syrian soldiers.",
                     "ISR", "ASSAULT", "SYR", "2024-05-11", id="participle"),
        pytest.param("Modi spoke to his Nepalese counterpart on Sunday to convey condolences and assured him "
                     "of India's full support.", "IND", "AGREE", "NPL", "2024-05-12", id="purpose-then-and"),
        pytest.param("France on Tuesday expelled twelve Algerian officials and recalled its ambassador, in "
                     "retaliation for a similar move by Algeria two days earlier.",
                     "FRA", "SANCTION", "DZA", "2024-05-14", id="time-of-another-act"),
    ],
)  # fmt: skip
def test_a_clause_without_a_time_takes_the_time_of_the_verb_it_hangs_on(
    reader: Reader, text: str, source: str, plover: str, target: str, value: str
) -> None:
    reading = reader.read(text, date=MAY_16)
    dates = {e.date.value for e in _find(reading, source, plover, target)}
    assert dates == {value}, _describe(reading.events)


@pytest.mark.parametrize(
    ("text", "source", "plover", "target", "value"),
    [
        pytest.param("Pyongyang fired two missiles into the sea on Thursday, two days after Seoul and "
                     "Washington began joint military exercises.", "KOR", "COOPERATE", "USA", "2024-05-14",
                     id="two-days-after"),
        pytest.param("Mexico sent troops to its northern border on Thursday, a day after President Claudia "
                     "Sheinbaum spoke by phone with U.S. President Donald Trump.", "MEX", "CONSULT", "USA",
                     "2024-05-15", id="a-day-after"),
        pytest.param("Ghana began evacuating its citizens from Lebanon on Thursday, three days after Ghana's "
                     "foreign minister held talks with his Lebanese counterpart.", "GHA", "CONSULT", "LBN",
                     "2024-05-13", id="day-of-the-governed-verb"),
    ],
)  # fmt: skip
def test_a_clause_n_days_after_another_is_dated_from_it(
    reader: Reader, text: str, source: str, plover: str, target: str, value: str
) -> None:
    reading = reader.read(text, date=MAY_16)
    assert _one(reading, source, plover, target).date.value == value, _describe(reading.events)


def test_until_gives_the_end_date(reader: Reader) -> None:
    text = "Pakistani Prime Minister Shehbaz Sharif is visiting China until June 8."
    event = _one(reader.read(text, date="2024-06-04"), "PAK", "CONSULT", "CHN")
    assert event.date.end_value == "2024-06-08"
    assert event.date.value == "2024-06-04"
    assert event.status == "ongoing"


def test_two_dated_objects_are_two_events(reader: Reader) -> None:
    text = (
        "Vietnam signed a trade agreement with the European Union in 2019 and an investment protection "
        "agreement in 2020."
    )
    reading = reader.read(text, date=MAY_16)
    dates = sorted(str(e.date.value) for e in _find(reading, "VNM", "SUPPORT", "EU"))
    assert dates == ["2019", "2020"], _describe(reading.events)


def test_reporting_verb_date_does_not_date_a_planned_event(reader: Reader) -> None:
    text = (
        "China will deepen cooperation with Cambodia, Chinese Foreign Ministry spokesperson Mao Ning said "
        "on Tuesday."
    )
    event = _one(reader.read(text, date=MAY_16), "CHN", "COOPERATE", "KHM")
    assert event.date.value is None


def test_a_day_between_the_speech_verb_and_its_clause_dates_the_saying(reader: Reader) -> None:
    # the parser hangs "on Monday" on "close"; it dates the threat, made when said
    text = "Iran said on Monday it would close the Strait of Hormuz if the United States attacked it."
    event = _one(reader.read(text, date=JAN_16), "IRN", "THREATEN", "USA")
    assert (event.date.value, event.status) == ("2025-01-13", "occurred")


@pytest.mark.parametrize(
    ("text", "published", "event", "day"),
    [
        pytest.param(
            "TEHRAN, May 28 (AFP) - Iranian and Afghan border forces exchanged heavy gunfire on Saturday "
            "near the Sasuli post. The clash came nine days after President Ebrahim Raisi warned the Taliban "
            "that Tehran would not allow its share of Helmand River water to be violated.",
            "2023-05-28", ("IRN", "THREATEN", "AFG"), "2023-05-18", id="sequel-counted-from-the-lead",
        ),
        pytest.param(
            "BAGHDAD, March 14 (AFP) - The Iraqi foreign ministry described Wednesday's attack as a blatant "
            "violation of Iraqi sovereignty and demanded that Ankara halt its military operations.",
            "2024-03-14", ("IRQ", "REQUEST", "TUR"), "2024-03-14", id="a-day-owning-a-noun-dates-the-noun",
        ),
        pytest.param(
            "Lula made the comments on Sunday on the sidelines of an African Union summit in Addis Ababa, "
            "where he accused Israel of committing genocide.",
            "2024-02-19", ("BRA", "ACCUSE", "ISR"), "2024-02-18", id="where-clause-of-the-place",
        ),
        pytest.param(
            "Italian Prime Minister Giorgia Meloni visited Tunis on Monday to discuss migration. During "
            "their meeting, Meloni and President Kais Saied agreed to step up joint coastguard patrols.",
            MAY_16, ("ITA", "AGREE", "TUN"), "2024-05-13", id="occasion-told-earlier",
        ),
        pytest.param(
            "Tunisia deported 300 migrants on chartered flights on Tuesday, a week after Meloni visited "
            "Tunis.",
            MAY_16, ("ITA", "CONSULT", "TUN"), "2024-05-07", id="offset-from-a-day-on-a-phrase",
        ),
        pytest.param(
            "Ties between the two countries worsened in December 2023, with Baku blaming Russian air "
            "defences.",
            MAY_16, ("AZE", "ACCUSE", "RUS"), "2023-12", id="with-clause-of-the-clause-it-hangs-on",
        ),
        pytest.param(
            "ASUNCION, Oct 9 (Reuters) - Paraguay has suspended diplomatic relations with Venezuela. "
            "Foreign Minister Ruben Ramirez announced the decision late on Tuesday after a cabinet meeting.",
            "2025-10-09", ("PRY", "SANCTION", "VEN"), "2025-10-07", id="lead-told-by-the-next-sentence",
        ),
        pytest.param(
            "ASUNCION, Oct 9 (Reuters) - Paraguay has suspended diplomatic relations with Venezuela. The "
            "move follows a dispute over the Venezuelan election of July 28.",
            "2025-10-09", ("PRY", "SANCTION", "VEN"), "2025-10-09", id="lead-next-sentence-no-day",
        ),
        pytest.param(
            "Ghana recalled its ambassador from Togo on Monday. On the same day, Benin accused Togo of "
            "sheltering the plotters.",
            "2025-06-05", ("BEN", "ACCUSE", "TGO"), "2025-06-02", id="same-day-as-the-sentence-before",
        ),
        pytest.param(
            "DUSHANBE, June 5 (AKIpress) - Kyrgyzstan and Tajikistan signed a border treaty on Tuesday. "
            "Kyrgyz President Sadyr Japarov was also received by Tajik President Emomali Rahmon at his "
            "residence.",
            "2025-06-05", ("TJK", "CONSULT", "KGZ"), "2025-06-03", id="the-pair-on-the-lead-day",
        ),
        pytest.param(
            "DUSHANBE, June 5 (AKIpress) - Kyrgyzstan and Tajikistan signed a border treaty on Tuesday. "
            "Uzbek President Shavkat Mirziyoyev phoned both leaders to congratulate them.",
            "2025-06-05", ("UZB", "CONSULT", "TJK"), "2025-06-05", id="a-third-party-on-the-report-day",
        ),
        pytest.param(
            "Ties soured in March 2023, when Honduras switched recognition to Beijing. Taiwan recalled its "
            "ambassador from Tegucigalpa at the time.",
            "2025-06-05", ("TWN", "SANCTION", "HND"), "2023-03", id="at-the-time-told-before",
        ),
        pytest.param(
            "Ghana and Togo signed a border accord on Monday. Hours later, gunmen attacked a Togolese "
            "border post from Ghana, and Togo accused Ghana of harbouring them later that day.",
            "2025-06-05", ("TGO", "ACCUSE", "GHA"), "2025-06-02", id="hours-later",
        ),
    ],
)  # fmt: skip
def test_a_clause_takes_the_day_its_story_gives_it(
    reader: Reader, text: str, published: str, event: tuple[str, str, str], day: str
) -> None:
    assert _one(reader.read(text, date=published), *event).date.value == day


@pytest.mark.parametrize(
    ("text", "source", "plover", "target"),
    [
        pytest.param(
            "Blinken said Russia needs to withdraw its forces from Ukraine.", "RUS", "RETREAT", "UKR",
            id="needs-to",
        ),
        pytest.param(
            "Germany said Israel had to allow UN inspectors into the site.", "ISR", "RETREAT", "UN",
            id="said-had-to",
        ),
    ],
)  # fmt: skip
def test_an_obligation_is_asked_not_done(
    reader: Reader, text: str, source: str, plover: str, target: str
) -> None:
    reading = reader.read(text, date=JAN_16)
    done = [e for e in _find(reading, source, plover, target) if e.status in {"occurred", "ongoing"}]
    assert not done, _describe(reading.events)
    assert any(e.plover_type == "REQUEST" for e in reading.events), _describe(reading.events)


def test_an_act_a_renewed_call_asks_for_is_no_act_done(reader: Reader) -> None:
    text = (
        "The Secretary-General reiterates his call on Rwanda to withdraw its forces from Congolese territory."
    )
    reading = reader.read(text, date=JAN_16)
    coded = {
        (e.source.code.split(".")[0], e.plover_type, e.target.code.split(".")[0]) for e in reading.events
    }
    assert coded == {("UN", "REQUEST", "RWA")}, _describe(reading.events)


def test_an_obligation_met_in_the_past_happened(reader: Reader) -> None:
    event = _one(
        reader.read("Russia had to withdraw its forces from Kherson in 2022.", date=JAN_16),
        "RUS",
        "RETREAT",
        "UKR",
    )
    assert event.status == "occurred"


def test_insisting_that_a_state_act_asks_it_to(reader: Reader) -> None:
    text = "Iran's foreign ministry insisted that the United States release Iranian funds frozen abroad."
    reading = reader.read(text, date=JAN_16)
    assert [(e.plover_type, _entity(e.target.code)) for e in reading.events] == [("REQUEST", "USA")], (
        _describe(reading.events)
    )


def test_insisting_that_a_state_acted_asks_nothing(reader: Reader) -> None:
    reading = reader.read("Russia insisted that Ukraine had attacked the plant.", date=JAN_16)
    assert not [e for e in reading.events if e.plover_type == "REQUEST"], _describe(reading.events)


def test_threatening_that_ones_side_will_act_is_a_threat(reader: Reader) -> None:
    text = "Kim Yo Jong threatened that Pyongyang would shoot down U.S. spy planes."
    event = _one(reader.read(text, date=JAN_16), "PRK", "THREATEN", "USA")
    assert event.status == "occurred"


def test_bare_authorities_in_an_officials_words_are_the_officials_state(reader: Reader) -> None:
    text = "Venezuela's interior minister Diosdado Cabello said authorities had arrested three U.S. citizens."
    event = _one(reader.read(text, date=JAN_16), "VEN", "COERCE", "USA")
    assert event.source.implied


def test_a_conditional_threat_aims_at_the_party_of_its_condition(reader: Reader) -> None:
    text = "Serbia said it would boycott the talks if Kosovo did not withdraw its police."
    _one(reader.read(text, date=JAN_16), "SRB", "THREATEN", "XKX")


@pytest.mark.parametrize(
    "text",
    [
        "Russia rejected talks with Ukraine on Tuesday.",
        "Serbia boycotted the talks with Kosovo on Tuesday.",
        "Russia ruled out talks with Ukraine on Tuesday.",
    ],
)
def test_refused_talks_are_no_meeting(reader: Reader, text: str) -> None:
    reading = reader.read(text, date=JAN_16)
    assert not [e for e in reading.events if e.plover_type == "CONSULT"], _describe(reading.events)
    assert [e for e in reading.events if e.plover_type == "REJECT"], _describe(reading.events)


def test_a_more_specific_object_reading_is_no_fallback(reader: Reader) -> None:
    # "hunger strike" is a protest; the bare "strike" of an attack must not take over for want of a target
    reading = reader.read(
        "Armenians staged a hunger strike outside the Russian embassy in Yerevan.", date=JAN_16
    )
    assert [e.plover_type for e in reading.events] == ["PROTEST"], _describe(reading.events)
    assert _entity(reading.events[0].target.code) == "RUS"


def test_targeting_after_a_measure_is_no_attack(reader: Reader) -> None:
    text = "The EU adopted new sanctions against Russia on Monday, targeting Russian aluminium imports."
    reading = reader.read(text, date=JAN_16)
    assert [e.plover_type for e in reading.events] == ["SANCTION"], _describe(reading.events)
    attack = "Russia launched 200 drones overnight, targeting Kyiv and Odesa."
    _one(reader.read(attack, date=JAN_16), "RUS", "ASSAULT", "UKR")


# ---- passives and implied parties ---------------------------------------------------------------------


def test_passive_agent_is_the_source(reader: Reader) -> None:
    reading = reader.read("New sanctions were imposed on Iran by the European Union on Monday.", date=MAY_16)
    event = _one(reading, "EU", "SANCTION", "IRN")
    assert event.cameo_code == "163"
    assert event.date.value == "2024-05-13"
    assert not event.source.implied


PAIR_DOCUMENT = (
    "Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing on Thursday.\n\n"
    "An agreement on energy cooperation was signed."
)


def test_agentless_passive_implies_the_documents_pair(reader: Reader) -> None:
    reading = reader.read(PAIR_DOCUMENT, date=MAY_16)
    signed = _one(reading, "RUS", "SUPPORT", "CHN")
    assert signed.source.implied and signed.as_record()["source_implied"] is True
    assert signed.source.span is None


@pytest.mark.parametrize(
    ("text", "source", "plover", "target"),
    [
        pytest.param(
            "Russia's embassy in Berlin said the deliveries would prolong the conflict and accused Germany "
            "of becoming a party to the war.",
            "RUS", "ACCUSE", "DEU", id="said-and-accused",
        ),
        pytest.param(
            "The EU's foreign policy chief said on Tuesday the bill was incompatible with European values "
            "and urged the government of Georgia to withdraw it.",
            "EU", "REQUEST", "GEO", id="said-and-urged",
        ),
    ],
)  # fmt: skip
def test_verb_joined_to_a_reported_clause_takes_the_reporter_as_source(
    reader: Reader, text: str, source: str, plover: str, target: str
) -> None:
    """The parser often hangs the second verb of "X said A and B-ed Y" on A; A's subject names no
    actor, so the reporter is the one who acts."""
    assert _find(reader.read(text, date=MAY_16), source, plover, target)


def test_disappointment_at_an_earlier_act_is_aimed_at_its_author(reader: Reader) -> None:
    """ "disappointed by the veto": the veto is an event of the text; its author is the target."""
    text = (
        "Russia vetoed a U.S. draft resolution on Ukraine at the Security Council on Monday. China said it "
        "was deeply disappointed by the veto."
    )
    event = _one(reader.read(text, date=MAY_16), "CHN", "ACCUSE", "RUS")
    assert (event.pattern, event.target.implied) == ("accuse.disappointed", True)


def test_judging_an_act_whose_author_is_named_in_it_is_aimed_at_the_author(reader: Reader) -> None:
    reading = reader.read("India welcomed the release of eight Indian nationals by Qatar.", date=MAY_16)
    assert _one(reading, "IND", "SUPPORT", "QAT").target.text == "Qatar"


def test_a_move_in_response_is_aimed_at_who_acted_before(reader: Reader) -> None:
    text = (
        "Chinese warships sailed through the Tsushima Strait on Thursday. Japan's Defence Ministry said it "
        "had sent destroyers in response."
    )
    reading = reader.read(text, date=MAY_16)
    assert _one(reading, "JPN", "MOBILIZE", "CHN").target.implied


def test_condemning_a_launch_is_aimed_at_who_launched(reader: Reader) -> None:
    text = (
        "North Korea fired two ballistic missiles into the sea on Thursday. The launch was condemned by "
        "Japan."
    )
    reading = reader.read(text, date=MAY_16)
    assert _one(reading, "JPN", "ACCUSE", "PRK").date.value == MAY_16


def test_implied_parties_lower_the_confidence(reader: Reader) -> None:
    reading = reader.read(PAIR_DOCUMENT, date=MAY_16)
    met = _one(reading, "RUS", "CONSULT", "CHN")
    signed = _one(reading, "RUS", "SUPPORT", "CHN")
    assert not met.source.implied
    assert signed.confidence < met.confidence


# ---- reported speech ---------------------------------------------------------------------------------


def test_reported_speech_records_the_speaker(reader: Reader) -> None:
    text = (
        "China will deepen cooperation with Cambodia, Chinese Foreign Ministry spokesperson Mao Ning said "
        "on Tuesday."
    )
    event = _one(reader.read(text, date=MAY_16), "CHN", "COOPERATE", "KHM")
    assert event.speaker is not None
    assert event.speaker.code == "CHN.GOV"
    assert "Mao Ning" in event.speaker.text


def test_we_will_in_a_partys_quote_is_agree(reader: Reader) -> None:
    text = (
        '"We will continue developing our cooperation with Kazakhstan," Russian Foreign Minister Sergei '
        "Lavrov told reporters in Astana."
    )
    reading = reader.read(text, date=MAY_16)
    event = _one(reading, "RUS", "AGREE", "KAZ")
    assert event.cameo_root == "03"
    assert event.speaker is not None and _entity(event.speaker.code) == "RUS"
    assert not _find(reading, "RUS", "COOPERATE", "KAZ"), _describe(reading.events)


# ---- datelines and confidence ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "plover", "target"),
    [
        pytest.param("MOSCOW, May 16. /TASS/. Indonesian President Joko Widodo held talks with Russian "
                     "President Vladimir Putin in the Kremlin on Thursday.",
                     "IDN", "CONSULT", "RUS", id="tass"),
        pytest.param("BEIJING, May 16 (Reuters) - Russian President Vladimir Putin arrived in China on "
                     "Thursday for a two-day state visit.",
                     "RUS", "CONSULT", "CHN", id="reuters"),
    ],
)  # fmt: skip
def test_dateline_city_is_not_an_actor(
    reader: Reader, text: str, source: str, plover: str, target: str
) -> None:
    reading = reader.read(text, date=MAY_16)
    dateline = reading.document.dateline
    assert dateline is not None
    _one(reading, source, plover, target)
    end = dateline.span.end
    assert all(m.span.start >= end for m in reading.mentions), reading.mentions
    assert all(e.source.span is None or e.source.span.start >= end for e in reading.events)


CONFIDENCE_TEXTS = [
    PAIR_DOCUMENT,
    "Indian Prime Minister Narendra Modi will visit Russia next month, the Kremlin said.",
    "Russia attacked Ukraine's energy infrastructure overnight with missiles and drones.",
    "Japan condemned North Korea's latest ballistic missile launch on Friday.",
]


@pytest.mark.parametrize("text", CONFIDENCE_TEXTS, ids=["pair-document", "planned", "assault", "condemn"])
def test_confidence_is_within_the_unit_interval(reader: Reader, text: str) -> None:
    reading = reader.read(text, date=MAY_16)
    assert reading.events
    assert all(0.0 < e.confidence <= 1.0 for e in reading.events), _describe(reading.events)


def test_a_present_tense_schedule_is_planned_and_dated_forwards(reader: Reader) -> None:
    reading = reader.read(
        "Kenyan President William Ruto arrives in Beijing on Friday for a state visit.", date=MAY_16
    )
    event = _one(reading, "KEN", "CONSULT", "CHN")
    assert (event.date.value, event.status) == ("2024-05-17", "planned")


def test_an_object_after_of_is_the_object(reader: Reader) -> None:
    reading = reader.read("Iran warned of a crushing military response against Israel.", date=MAY_16)
    [event] = [e for e in reading.events if e.plover_type == "THREATEN"]
    assert (event.source.code, event.target.code, event.pattern) == ("IRN", "ISR", "threaten.force")


def test_a_wrapper_whose_inner_act_codes_nothing_is_coded_itself(reader: Reader) -> None:
    reading = reader.read(
        "Jordan and Britain have agreed to undertake joint military exercises.", date=MAY_16
    )
    assert {(e.source.code, e.plover_type, e.target.code) for e in reading.events} == {
        ("JOR", "AGREE", "GBR")
    }


def test_a_request_is_dated_by_its_own_clause_not_by_the_requested_act(reader: Reader) -> None:
    text = "Ukraine called on the European Union to adopt new sanctions at its summit in late June."
    [event] = [e for e in reader.read(text, date=MAY_16).events if e.plover_type == "REQUEST"]
    assert (event.target.code, event.date.value) == ("EU", "2024-05-16")


# ---- dates borrowed from the act around -----------------------------------------------------------------


def test_a_visit_over_a_span_of_days_starts_on_its_first_and_ends_on_its_last(reader: Reader) -> None:
    text = "Bhutan's Prime Minister Tshering Tobgay is on an official visit to India from 14-17 May 2024."
    event = _one(reader.read(text, date=MAY_16), "BTN", "CONSULT", "IND")
    assert (event.date.value, event.date.end_value, event.date.precision) == (
        "2024-05-14",
        "2024-05-17",
        "day",
    )


@pytest.mark.parametrize(
    ("text", "source", "plover", "target"),
    [
        pytest.param("Malaysian Prime Minister Anwar Ibrahim held a video call with Vietnamese Prime "
                     "Minister Pham Minh Chinh on Tuesday evening, during which the two leaders agreed to "
                     "speed up talks on their sea border.", "MYS", "AGREE", "VNM", id="during-which"),
        pytest.param("Laos reopened its border crossings with Thailand on Thursday, following talks in "
                     "Vientiane on Tuesday at which the two neighbours agreed to set up joint patrols.",
                     "LAO", "AGREE", "THA", id="at-which-after-the-antecedents-own-day"),
        pytest.param("Kenyan police fired tear gas on Tuesday to disperse hundreds of protesters who had "
                     "marched to Tanzania's High Commission in Nairobi.", "KEN", "PROTEST", "TZA",
                     id="pluperfect-act-of-the-people-acted-on"),
    ],
)  # fmt: skip
def test_an_act_inside_a_dated_act_takes_its_day(
    reader: Reader, text: str, source: str, plover: str, target: str
) -> None:
    assert _one(reader.read(text, date=MAY_16), source, plover, target).date.value == "2024-05-14"


def test_a_time_on_a_noun_the_parser_joins_to_the_verb_does_not_date_it(reader: Reader) -> None:
    text = (
        "He condemned the Kremlin's continued efforts to destabilize Moldova through disinformation, "
        "vote-buying schemes, and the weaponization of energy supplies ahead of parliamentary elections in "
        "September."
    )
    reading = reader.read(
        "U.S. Secretary of State Marco Rubio met Moldova's president on Tuesday. " + text, date=MAY_16
    )
    event = _one(reading, "USA", "ACCUSE", "RUS")
    assert event.date.value != "2024-09"


def test_an_act_an_after_clause_names_without_a_day_takes_the_main_clauses_day(reader: Reader) -> None:
    text = "Japan lodged a strong protest with China on Tuesday after Beijing arrested a Japanese employee."
    event = _one(reader.read(text, date=MAY_16), "CHN", "COERCE", "JPN")
    assert event.date.value == "2024-05-14"


@pytest.mark.parametrize(
    ("text", "source", "plover", "target", "day"),
    [
        pytest.param("South Korean troops fired warning shots after North Korean soldiers crossed the border "
                     "line on Tuesday.", "KOR", "THREATEN", "PRK", "2024-05-14", id="after-clause"),
        pytest.param("Moscow froze the fishing talks, citing Tokyo's decision in April to freeze the assets "
                     "of twelve Russian banks.", "JPN", "SANCTION", "RUS", "2024-04", id="decision-in"),
    ],
)  # fmt: skip
def test_an_act_with_no_time_of_its_own_takes_the_day_of_what_frames_it(
    reader: Reader, text: str, source: str, plover: str, target: str, day: str
) -> None:
    assert _one(reader.read(text, date=MAY_16), source, plover, target).date.value == day


def test_an_act_that_lasts_keeps_the_end_its_clause_gives(reader: Reader) -> None:
    text = "Chinese and Pakistani warships will hold joint drills from Monday until June 28."
    event = _one(reader.read(text, date="2024-06-04"), "CHN", "COOPERATE", "PAK")
    assert event.date.end_value == "2024-06-28"
