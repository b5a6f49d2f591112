"""The cheap tests that spare the indicator patterns a sentence they cannot match: a figure needs a number
(digits or a number word, in any case), a list needs one of its cue words. They only save time: every
sentence here still gives what the patterns find in it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from bilat.indicators import figures_in_text
from bilat.indicators.items import _GOODS_WORDS, _INTEREST_WORDS, _RX_GOODS, _RX_INTEREST, items_in_sentence
from bilat.indicators.money import money
from bilat.indicators.numbers import SPELLED, TIMES_WORDS, may_hold_number
from bilat.indicators.people import agreements, persons
from bilat.indicators.quantities import quantities
from bilat.indicators.shares import percentages
from bilat.indicators.votes import votes
from bilat.timescan import folded

ANCHOR = dt.date(2025, 1, 16)
DETECTORS = (money, percentages, votes, agreements, persons, quantities)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russia has trained TWO HUNDRED Malian officers since 2018.",
            ("TWO HUNDRED Malian officers", 200.0),
        ),
        ("Seventeen soldiers were killed in the attack.", ("Seventeen soldiers", 17.0)),
        ("The delegation of Mali abstained twice.", ("abstained twice", 2.0)),
        ("France voted against thrice.", ("voted against thrice", 3.0)),
        ("A dozen experts were sent to Bangui.", ("dozen experts", 12.0)),
        ("Some \u017fix hundred peacekeepers arrived.", ("\u017fix hundred peacekeepers", 600.0)),
        ("Trade grew 12% last year.", ("12%", 12.0)),
    ],
    ids=["capitals", "teen-word", "twice", "thrice", "dozen", "long-s", "digits"],
)
def test_a_sentence_with_a_number_word_in_any_case_still_gives_its_figure(
    text: str, expected: tuple[str, float]
) -> None:
    assert may_hold_number(text)
    assert [(f.text, f.value) for f in figures_in_text(text, ANCHOR)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Exports rose 5 PER CENT last year.", ("5 PER CENT", "percent")),
        ("Growth slowed by 3 percentage points.", ("3 percentage points", "percentage points")),
        ("Imports fell 12 pct.", ("12 pct", "percent")),
        ("They signed two MoUs on energy.", ("two MoUs", "agreements")),
        (
            "They concluded three memoranda of understanding.",
            ("three memoranda of understanding", "agreements"),
        ),
        (
            "Officials signed 4 intergovernmental agreements.",
            ("4 intergovernmental agreements", "agreements"),
        ),
        ("The firms struck five deals.", ("five deals", "agreements")),
        ("Both sides signed 12 Treaties.", ("12 Treaties", "agreements")),
        ("The ministers signed six contracts worth billions.", ("six contracts", "agreements")),
        ("The resolution passed with 141 in favour.", ("141 in favour", "votes")),
        ("The motion was adopted with 12 abstaining after a BALLOT.", ("with 12 abstaining", "votes")),
        ("Mali VOTED against twice.", ("VOTED against twice", "votes")),
    ],
    ids=[
        "per-cent-capitals",
        "percentage-points",
        "pct",
        "mous",
        "memoranda",
        "intergovernmental",
        "deals",
        "treaties-capital",
        "contracts-signed",
        "tally-after-resolution",
        "abstaining-after-ballot",
        "voted-capitals",
    ],
)
def test_a_sentence_with_a_detector_cue_in_any_case_still_gives_its_figure(
    text: str, expected: tuple[str, str]
) -> None:
    assert [(f.text, f.unit) for f in figures_in_text(text, ANCHOR)] == [expected]


@pytest.mark.parametrize("word", [*SPELLED, *TIMES_WORDS])
@pytest.mark.parametrize("case", [str.lower, str.upper, str.title])
def test_every_number_word_passes_the_number_test(word: str, case: Callable[[str], str]) -> None:
    assert may_hold_number(f"The delegation counted {case(word)} of them.")


@pytest.mark.parametrize(
    "text",
    [
        "The ministers discussed security and trade in Bangui.",
        "Millions of people were affected, officials said.",
        "The delegation abstained, and France voted against.",
        "Exports of wheat rose sharply, officials said.",
    ],
    ids=["plain", "plural-scales", "votes-without-count", "growth-without-share"],
)
def test_a_sentence_without_digits_or_number_words_is_skipped_and_has_no_figure(text: str) -> None:
    assert not may_hold_number(text)
    assert [f for detect in DETECTORS for f in detect(text)] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SALES to Egypt include wheat, corn and barley.", ["wheat", "corn", "barley"]),
        ("Shipments from Brazil include soy, beef and coffee.", ["soy", "beef", "coffee"]),
        ("Russian deliveries to Mali include fuel, fertiliser and grain.", ["fuel", "fertiliser", "grain"]),
        (
            "Key IMPORTS from China are machinery, vehicles and textiles.",
            ["machinery", "vehicles", "textiles"],
        ),
        ("Mali is keen on cooperation in energy, mining and transport.", ["energy", "mining", "transport"]),
        (
            "Its priority sectors include agriculture, health and education.",
            ["agriculture", "health", "education"],
        ),
    ],
    ids=["sales-capitals", "shipments", "deliveries", "imports-capitals", "keen-on", "priority-sectors"],
)
def test_a_sentence_with_a_list_cue_still_gives_its_items(text: str, expected: list[str]) -> None:
    assert [i.text for i in items_in_sentence(text, 0, "d", (), None)] == expected


@pytest.mark.parametrize(
    "cue",
    [
        "exports include",
        "EXPORTED are",
        "import of",
        "Sales such as",
        "purchases were",
        "shipments include",
        "supplies consist of",
        "Deliveries including",
    ],
)
def test_every_goods_cue_holds_a_goods_word(cue: str) -> None:
    text = f"Its {cue} grain and oil."
    assert _RX_GOODS.search(text) is not None
    assert any(word in folded(text) for word in _GOODS_WORDS)


@pytest.mark.parametrize(
    "cue",
    [
        "interest in",
        "interested in",
        "keen on",
        "keen to invest in",
        "priority areas are",
        "fields of mutual interest are",
    ],
)
def test_every_interest_cue_holds_an_interest_word(cue: str) -> None:
    text = f"It has {cue} energy and mining."
    assert _RX_INTEREST.search(text) is not None
    assert any(word in text for word in _INTEREST_WORDS)
