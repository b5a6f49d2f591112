"""A threat to do an act is coded as a threat of the matching CAMEO 13x code (bilat.events.reframe), from
the one who threatens to the act's target; a warning or a request to someone else is not."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bilat.events.reframe import threat_code
from bilat.model import Reading


@pytest.mark.parametrize(
    ("act", "threat"),
    [
        ("161", "1313"),  # reduce or break relations
        ("163", "1312"),  # embargo, boycott, sanctions
        ("1621", "1311"),  # reduce economic aid
        ("1723", "1323"),  # impose curfew
        ("191", "1381"),  # blockade
        ("195", "1384"),  # aerial weapons
        ("190", "138"),  # fight, not specified
        ("141", "133"),  # demonstrate
        ("042", "130"),  # a visit: threaten, not specified
    ],
)
def test_a_threat_takes_the_13x_code_of_its_act(act: str, threat: str) -> None:
    assert threat_code(act) == threat


@pytest.fixture(scope="module")
def read(read_dated: Callable[[str, str], Reading]) -> Callable[[str], Reading]:
    return lambda text: read_dated(text, "2024-05-16")


def test_a_threat_is_made_so_it_occurred_on_its_own_date(read: Callable[[str], Reading]) -> None:
    events = read("Turkey threatened on Tuesday to impose tariffs on Sweden.").events
    assert [(e.plover_type, e.status, e.date.value) for e in events] == [
        ("THREATEN", "occurred", "2024-05-14")
    ]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Turkey did not threaten to impose tariffs on Sweden.", id="negated"),
        pytest.param("Turkey warned Sweden to stop the protests.", id="warning-to-another"),
        pytest.param("Turkey urged Sweden to impose sanctions on Iran.", id="request"),
    ],
)
def test_no_threat_of_the_act_without_a_threat_to_do_it(read: Callable[[str], Reading], text: str) -> None:
    assert not [e for e in read(text).events if e.plover_type == "THREATEN" and e.cameo_code != "130"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Russia will cut gas supplies to Moldova unless Chisinau pays its debt.",
            ("RUS", "MDA", "1312"),
            id="unless",
        ),
        pytest.param(
            "Serbia would impose tariffs on Kosovo if Pristina blocked the trucks.",
            ("SRB", "XKX", "1312"),
            id="if",
        ),
        pytest.param(
            "Israel would strike Iran's nuclear facilities if Tehran tested a nuclear weapon, an Israeli "
            "minister said.",
            ("ISR", "IRN", "138"),
            id="if-said-by-the-source",
        ),
        pytest.param(
            "Mali will withdraw its troops from Niger unless the junta releases the soldiers.",
            ("MLI", "NER", "130"),
            id="withdrawal-unless",
        ),
    ],
)
def test_a_hostile_act_promised_on_a_condition_is_a_threat(
    read: Callable[[str], Reading], text: str, expected: tuple[str, str, str]
) -> None:
    found = [(e.source.code, e.target.code, e.cameo_code, e.status) for e in read(text).events]
    assert found == [(*expected, "occurred")]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Poland said it would close its border with Belarus.", id="own-announcement"),
        pytest.param("China is ready to impose sanctions on Lithuania.", id="ready-to"),
        pytest.param("Lithuania vowed to expel the Belarusian diplomats.", id="vowed-to"),
        pytest.param("Iran vowed to retaliate against Israel.", id="vowed-to-retaliate"),
    ],
)
def test_a_party_announcing_its_own_coercive_act_threatens(read: Callable[[str], Reading], text: str) -> None:
    assert [e.plover_type for e in read(text).events] == ["THREATEN"]


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        pytest.param("The European Union decided to impose sanctions on Belarus.", "SANCTION", id="decided"),
        pytest.param("The ministry said Poland would close its border with Belarus.", "SANCTION", id="named"),
        pytest.param("Mali will withdraw its troops from Niger if the ceasefire holds.", "RETREAT", id="if"),
        pytest.param(
            "China would impose sanctions on the Philippines if Manila allowed more US troops on its "
            "territory, a Japanese analyst said.",
            "SANCTION",
            id="forecast-by-a-third-party",
        ),
    ],
)
def test_a_decision_a_report_or_a_conditional_withdrawal_is_no_threat(
    read: Callable[[str], Reading], text: str, plover: str
) -> None:
    assert [e.plover_type for e in read(text).events] == [plover]
