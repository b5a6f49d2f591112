"""How the dossier says things: dates, amounts, lists, verb phrases and actors."""

from __future__ import annotations

import pytest

from bilat.report import wording


@pytest.mark.parametrize(
    ("value", "end", "said"),
    [
        ("2025-01-16", None, "on 16 January 2025"),
        ("2024-11", None, "in November 2024"),
        ("2019", None, "in 2019"),
        ("..2024", None, "by 2024"),
        ("2019..", None, "since 2019"),
        ("2025-01-15", "2025-01-17", "from 15 to 17 January 2025"),
        ("2024-12-30", "2025-01-02", "from 30 December 2024 to 2 January 2025"),
        ("2014-11-10/2014-11-16", None, "from 10 to 16 November 2014"),
        ("2024-W03", None, "in week 3 of 2024"),
        (None, None, ""),
    ],
)
def test_date_phrase(value: str | None, end: str | None, said: str) -> None:
    assert wording.date_phrase(value, end) == said


@pytest.mark.parametrize(
    ("value", "unit", "scale_of", "said"),
    [
        (6_000_000, "USD", None, "USD 6 million"),
        (900_000, "USD", 6_000_000, "USD 0.9 million"),
        (900_000, "USD", None, "USD 900,000"),
        (22_800_000_000, "USD", None, "USD 22.8 billion"),
        (10_000, "persons", None, "10,000 persons"),
        (20, "percent", None, "20%"),
        (1.5, "percentage points", None, "1.5 percentage points"),
        (2_500_000, "tonne", None, "2.5 million tonne"),
    ],
)
def test_amount(value: float, unit: str, scale_of: float | None, said: str) -> None:
    assert wording.amount(value, unit, scale_of=scale_of) == said


@pytest.mark.parametrize(
    ("items", "said"),
    [
        (["energy"], "energy"),
        (["energy", "mining"], "energy and mining"),
        (["energy", "mining", "transport"], "energy, mining and transport"),
        (["pigments and dyes", "glass and glassware"], "pigments and dyes; glass and glassware"),
    ],
)
def test_listing(items: list[str], said: str) -> None:
    assert wording.listing(items) == said


@pytest.mark.parametrize(
    ("code", "status", "since", "said"),
    [
        ("072", "occurred", False, "provided military aid to"),
        ("0721", "occurred", False, "provided military aid to"),  # the longest known prefix
        ("072", "planned", False, "planned to provide military aid to"),
        ("062", "ongoing", False, "continues to cooperate militarily with"),
        ("112", "hypothetical", False, "might accuse"),
        ("036", "planned", False, "agreed to meet or negotiate with"),  # an intent is already future
        ("06", "occurred", True, "has cooperated with"),
        ("056", "occurred", True, "has forgiven"),
    ],
)
def test_verb_phrase(code: str, status: str, since: bool, said: str) -> None:
    assert wording.verb_phrase(code, status, since=since) == said


def test_a_pattern_with_a_phrase_of_its_own_says_more_than_its_code() -> None:
    said = wording.verb_phrase("060", "occurred", pattern="cooperate.open-facility")
    assert said == "opened a school, institute or cultural centre in"
    assert wording.verb_phrase("060", "occurred", pattern="cooperate.unknown") == "cooperated with"
    assert wording.verb_phrase("060", "occurred", since=True, pattern="cooperate.teach-language") == (
        "has had its language taught in"
    )


def test_every_cameo_root_has_a_phrase() -> None:
    for root in range(1, 21):
        assert wording.verb_phrase(f"{root:02d}", "occurred") != "interacted with"


@pytest.mark.parametrize(
    ("code", "text", "said"),
    [
        ("RUS", "Moscow", "Russia"),
        ("CAF", "the CAR", "the Central African Republic"),
        ("RUS.HOS", "Vladimir Putin", "Vladimir Putin of Russia"),
        ("RUS.HOS", "his", "the head of state of Russia"),
        ("CAF.MIL", "soldiers", "the soldiers of the Central African Republic"),
        ("RUS.MIL", "military and civilian instructors", "the military of Russia"),
        ("CAF.OPP", "the opposition", "the opposition of the Central African Republic"),
        ("USA.GOV", "Washington", "the government of the United States"),
        ("ETH.GOV", "Ethiopia's foreign minister", "the foreign minister of Ethiopia"),
        ("PHL.HOS", "the Philippine president", "the president of the Philippines"),
        ("JPN.HOG", "Japan's prime minister", "the prime minister of Japan"),
        ("KOR.GOV", "South Korea's foreign ministry", "the foreign ministry of South Korea"),
    ],
)
def test_actor(code: str, text: str, said: str) -> None:
    assert wording.actor(code, text) == said
