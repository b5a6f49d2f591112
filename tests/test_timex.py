"""bilat.timex and bilat.timescan: temporal expressions in news, found and resolved against a date."""

from __future__ import annotations

import calendar
import datetime as dt
import itertools
import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Literal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bilat.model import TimeMention
from bilat.timescan import _CORE_RULES, _NEEDS, _RULES, _RX_PREFIX, _prefix_match, folded
from bilat.timex import find_times, latest_absolute_date

THU = dt.date(2025, 1, 16)  # the sample article's date, a Thursday
Row = tuple[str, str | None, str, str | None]  # text, value, precision, relation
Tense = Literal["past", "future"] | None


def rows(sentence: str, anchor: dt.date | None = THU, tense: Tense = None) -> list[Row]:
    return [(m.text, m.value, m.precision, m.relation) for m in find_times(sentence, anchor, tense=tense)]


def values(sentence: str, anchor: dt.date | None = THU, tense: Tense = None) -> list[str | None]:
    return [m.value for m in find_times(sentence, anchor, tense=tense)]


# --- the sample article's expressions ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Putin will hold talks with Touadera on Thursday.", [("on Thursday", "2025-01-16", "day", "on")]),
        (
            "Touadera arrived in Moscow on Wednesday morning; his visit will last until January 17.",
            [
                ("on Wednesday morning", "2025-01-15", "day", "on"),
                ("until January 17", "2025-01-17", "day", "until"),
            ],
        ),
        (
            "Their previous talks took place in St. Petersburg in July 2023.",
            [("in July 2023", "2023-07", "month", "in")],
        ),
        (
            "In November 2024, the two presidents held a phone call.",
            [("In November 2024", "2024-11", "month", "in")],
        ),
        ("Relations enlivened after Touadera took office in 2016.", [("in 2016", "2016", "year", "in")]),
        ("Russia helped sign a peace agreement in 2019.", [("in 2019", "2019", "year", "in")]),
        (
            "They had trained 10,000 soldiers and more than 500 officers by 2024.",
            [("by 2024", "..2024", "year", "by")],
        ),
        (
            "They signed agreements on military cooperation (in 2018) and on military-technical cooperation "
            "(in August 2024).",
            [("in 2018", "2018", "year", "in"), ("in August 2024", "2024-08", "month", "in")],
        ),
        (
            "Schools have been offering Russian classes since 2019.",
            [("since 2019", "2019..", "year", "since")],
        ),
        (
            "The Russia House cultural center was opened in Bangui in 2022.",
            [("in 2022", "2022", "year", "in")],
        ),
        (
            "Trade grew from $0.9 million in 2016 to $6 million in 2021.",
            [("in 2016", "2016", "year", "in"), ("in 2021", "2021", "year", "in")],
        ),
    ],
    ids=[
        "on-thursday",
        "wednesday-morning-until",
        "july-2023",
        "november-2024",
        "in-2016",
        "in-2019",
        "by-2024",
        "parenthesised",
        "since-2019",
        "in-2022",
        "money-range-is-two-years",
    ],
)
def test_sample_article_expressions_resolve(sentence: str, expected: list[Row]) -> None:
    assert rows(sentence) == expected


@pytest.mark.shared
def test_sample_article_latest_absolute_date_is_november_2024(shared_dir: Path) -> None:
    text = (shared_dir / "samples" / "tass-2025-01-16-putin-touadera.txt").read_text(encoding="utf-8")
    assert latest_absolute_date(text) == dt.date(2024, 11, 1)


@pytest.mark.shared
def test_sample_article_mentions_match_their_document_spans(shared_dir: Path) -> None:
    text = (shared_dir / "samples" / "tass-2025-01-16-putin-touadera.txt").read_text(encoding="utf-8")
    mentions = find_times(text, THU, doc_id="tass")
    assert mentions and all(
        text[m.span.start : m.span.end] == m.text and m.span.doc_id == "tass" for m in mentions
    )
    assert "10,000" not in {m.text for m in mentions} and "500" not in {m.text for m in mentions}


# --- full dates -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("The summit opened on January 16, 2025 in Moscow.", "on January 16, 2025", "2025-01-16"),
        ("The accord was signed on 16 January 2025 in Bangui.", "on 16 January 2025", "2025-01-16"),
        ("The ceasefire took effect on Jan. 5, 2024, officials said.", "on Jan. 5, 2024", "2024-01-05"),
        ("The decree, dated 2025-01-16, was published.", "2025-01-16", "2025-01-16"),
        ("The statement of 16.01.2025 was read out.", "16.01.2025", "2025-01-16"),
        ("Elections were held on Sept. 30, 2023.", "on Sept. 30, 2023", "2023-09-30"),
        (
            "The treaty was signed on Wednesday, 15 January 2025, in Minsk.",
            "on Wednesday, 15 January 2025",
            "2025-01-15",
        ),
        ("He was born on the 3rd of May 1950.", "3rd of May 1950", "1950-05-03"),
        ("MOSCOW, JANUARY 16, 2025 - talks began.", "JANUARY 16, 2025", "2025-01-16"),
    ],
)
def test_full_date_resolves_to_its_day(sentence: str, text: str, value: str) -> None:
    [mention] = find_times(sentence, THU)
    assert (mention.text, mention.value, mention.precision, mention.basis) == (text, value, "day", "absolute")


@pytest.mark.parametrize(
    ("sentence", "tense", "value"),
    [
        ("The two leaders met on January 16.", None, "2025-01-16"),
        ("The minister arrived on 14 January.", "past", "2025-01-14"),
        ("The deal was signed on 3 March.", None, "2025-03-03"),  # within two months ahead: this year
        ("The deal was signed on 3 March.", "past", "2024-03-03"),  # a past event is not after its report
        ("Parliament will vote on 3 March.", "future", "2025-03-03"),
        ("The offensive began on 20 June.", None, "2024-06-20"),  # months ahead: last year
        ("A new round of talks will open on 10 January.", "future", "2026-01-10"),  # already past this year
        ("The delegation will return on January 16.", "future", "2025-01-16"),
        ("The envoy visited Kyiv on December 28.", None, "2024-12-28"),
    ],
)
def test_day_without_year_takes_the_nearest_plausible_year(sentence: str, tense: Tense, value: str) -> None:
    [mention] = find_times(sentence, THU, tense=tense)
    assert (mention.value, mention.precision) == (value, "day")
    assert mention.basis.startswith("relative:")


def test_day_without_year_near_new_year_reads_as_the_coming_january() -> None:
    assert values("The talks are set for January 5.", dt.date(2024, 12, 20)) == ["2025-01-05"]


def test_stated_weekday_picks_the_year_of_a_yearless_date() -> None:
    # 16 January is a Thursday in 2025 and a Tuesday in 2024
    assert values("The talks took place on Tuesday, January 16.", dt.date(2025, 2, 1)) == ["2024-01-16"]
    assert values("The talks took place on Thursday, January 16.", dt.date(2025, 2, 1)) == ["2025-01-16"]


def test_february_29_without_year_finds_a_leap_year() -> None:
    assert values("The vote is due on 29 February.", THU, tense="future") == ["2028-02-29"]
    assert values("The vote was held on 29 February.", THU, tense="past") == ["2024-02-29"]


@pytest.mark.parametrize("sentence", ["The report was dated February 30, 2024.", "It ended on 2024-13-45."])
def test_impossible_dates_are_not_days(sentence: str) -> None:
    assert all(m.precision != "day" for m in find_times(sentence, THU))


# --- months and years -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "tense", "expected"),
    [
        ("The pact was concluded in July 2023.", None, [("in July 2023", "2023-07", "month", "in")]),
        ("July 2023 saw the first summit.", None, [("July 2023", "2023-07", "month", None)]),
        ("The talks resumed in March of 2019.", None, [("in March of 2019", "2019-03", "month", "in")]),
        ("The ministers met in November.", None, [("in November", "2024-11", "month", "in")]),
        ("The ministers will meet in November.", "future", [("in November", "2025-11", "month", "in")]),
        ("Talks began in January.", "past", [("in January", "2025-01", "month", "in")]),
        ("The delegation came last November.", None, [("last November", "2024-11", "month", "last")]),
        ("Elections are due next March.", None, [("next March", "2025-03", "month", "next")]),
        (
            "Prices rose in January and February.",
            "past",
            [("in January", "2025-01", "month", "in"), ("February", "2025-02", "month", "in")],
        ),
    ],
)
def test_month_resolves_to_month_precision(sentence: str, tense: Tense, expected: list[Row]) -> None:
    assert rows(sentence, tense=tense) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The embassy reopened in 2019.", [("in 2019", "2019")]),
        ("A defence pact was signed (in 2018) in Moscow.", [("in 2018", "2018")]),
        ("2022 was a turning point for the region.", [("2022", "2022")]),
        ("The 2014 annexation of Crimea changed everything.", [("2014", "2014")]),
        ("The agreement (2018) remains in force.", [("2018", "2018")]),
        ("2022's summit was cancelled.", [("2022", "2022")]),
        ("Investment reached $6 million in 2021.", [("in 2021", "2021")]),
        ("Exports doubled in 2023 and 2024.", [("in 2023", "2023"), ("2024", "2024")]),
        ("The war of 1980-1988 killed many.", [("1980-1988", "1980/1988")]),
        ("Aid was frozen during 2020.", [("during 2020", "2020")]),
        ("Troops stayed there throughout 2023.", [("throughout 2023", "2023")]),
        ("The plan runs to the end of 2026.", [("the end of 2026", "2026")]),
        ("Growth slowed in mid-2024.", [("in mid-2024", "2024")]),
        ("He was elected in the year 2000.", [("in the year 2000", "2000")]),
    ],
)
def test_year_used_as_a_year_is_found(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value) for m in find_times(sentence, THU)] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Instructors had trained 10,000 soldiers.",
        "More than 500 law enforcement officers were trained.",
        "Some 1,500 people fled the fighting.",
        "The army sent 2,000 troops to the border.",
        "The court ruled in 1500 cases last decade.",
        "The court ruled in 2000 cases.",
        "Exports rose by 2000 tonnes.",
        "The number of refugees rose by 2000.",
        "Estimates ranged from 2000 to 3000 people.",
        "At 2000 GMT the ship sank.",
        "2000 Russian troops crossed the border.",
        "The 2000-strong force crossed the river.",
        "Security Council resolution 2231 was adopted unanimously.",
        "The company paid for 2000 tickets.",
        "Inflation reached 2019.5 points.",
        "Losses reached 2020 million roubles.",
    ],
)
def test_numbers_that_are_not_years_are_not_dates(sentence: str) -> None:
    assert find_times(sentence, THU) == []


# --- weekdays ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "tense", "value", "relation"),
    [
        ("The talks took place on Thursday.", None, "2025-01-16", "on"),
        ("Touadera arrived on Wednesday.", "past", "2025-01-15", "on"),
        ("Wednesday morning's meeting was short.", None, "2025-01-15", None),
        ("The leaders will meet on Friday.", "future", "2025-01-17", "on"),
        ("The leaders will meet on Thursday.", "future", "2025-01-16", "on"),
        ("The ministry said last Friday that it would retaliate.", None, "2025-01-10", "last"),
        ("The envoy will fly to Beijing next Monday.", None, "2025-01-20", "next"),
        ("Monday's talks ended without agreement.", None, "2025-01-13", None),
        ("Late on Tuesday, the rebels withdrew.", None, "2025-01-14", "on"),
        ("The vote takes place this Saturday.", None, "2025-01-18", "this"),
        ("He left on Sunday night.", None, "2025-01-12", "on"),
        ("The ceasefire must hold until Friday.", None, "2025-01-17", "until"),
    ],
)
def test_weekday_is_anchored_on_the_publication_date(
    sentence: str, tense: Tense, value: str, relation: str | None
) -> None:
    [mention] = find_times(sentence, THU, tense=tense)
    assert (mention.value, mention.precision, mention.relation) == (value, "day", relation)
    assert mention.basis == f"relative: '{mention.text}' vs 2025-01-16"


@pytest.mark.parametrize(
    "sentence",
    ["The Good Friday Agreement holds.", "Black Friday sales soared.", "Fridays for Future marched."],
)
def test_named_days_are_not_weekdays(sentence: str) -> None:
    assert find_times(sentence, THU) == []


# --- relative expressions ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "value", "precision"),
    [
        ("The minister said today that talks would go on.", "2025-01-16", "day"),
        ("Rebels attacked the town yesterday.", "2025-01-15", "day"),
        ("The envoy arrives tomorrow.", "2025-01-17", "day"),
        ("Shelling resumed last night.", "2025-01-15", "day"),
        ("The delegation visited Beijing last week.", "2025-01-06/2025-01-12", "week"),
        ("Talks continue this week.", "2025-01-13/2025-01-19", "week"),
        ("A new round is planned for next week.", "2025-01-20/2025-01-26", "week"),
        ("Exports fell last month.", "2024-12", "month"),
        ("Trade grew last year.", "2024", "year"),
        ("The deal will be signed this year.", "2025", "year"),
        ("Elections are planned for next year.", "2026", "year"),
        ("Protests broke out earlier this month.", "2025-01", "month"),
        ("The strike began three days ago.", "2025-01-13", "day"),
        ("The convoy left two weeks ago.", "2024-12-30/2025-01-05", "week"),
        ("The ambassador was recalled a year ago.", "2024", "year"),
        ("Clashes have killed dozens over the past two years.", "2023-01-16/2025-01-16", "range"),
        ("The ministers met over the weekend.", "2025-01-11/2025-01-12", "range"),
    ],
)
def test_relative_expression_resolves_against_the_anchor(sentence: str, value: str, precision: str) -> None:
    [mention] = find_times(sentence, THU)
    assert (mention.value, mention.precision) == (value, precision)
    assert mention.basis.startswith("relative:")


def test_week_range_carries_its_end() -> None:
    [mention] = find_times("The delegation visited Beijing last week.", THU)
    assert mention.end_value == "2025-01-12"


@pytest.mark.parametrize(
    ("sentence", "values_"),
    [
        ("The minister flew in on Monday and left the day before the talks ended.", ["2025-01-13"]),
        ("He was detained on March 3, 2024 and released the next day.", ["2024-03-03", "2024-03-04"]),
        ("In 2019 trade grew faster than the previous year.", ["2019", "2018"]),
        (
            "The talks collapsed on 5 May 2023; two days later, fighting resumed.",
            ["2023-05-05", "2023-05-07"],
        ),
        ("The envoy left, and the day before, he met the president.", ["2025-01-15"]),
    ],
)
def test_narrative_expression_counts_from_the_previous_date(sentence: str, values_: list[str]) -> None:
    assert values(sentence) == values_


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Lee visited Tokyo in August last year.", "2024-08"),
        ("They met in March of this year.", "2025-03"),
        ("The summit is planned for May next year.", "2026-05"),
    ],
)
def test_a_month_of_a_year_named_by_its_distance_is_that_years_month(text: str, value: str) -> None:
    [mention] = find_times(text, THU)
    assert mention.value == value


def test_narrative_expression_counts_from_a_day_an_earlier_sentence_told() -> None:
    [mention] = find_times("The next day, the envoy left.", THU, told_before="2025-01-06")
    assert mention.value == "2025-01-07"


@pytest.mark.parametrize(
    ("text", "told", "value"),
    [
        ("Algeria recalled its ambassador at the time.", "2024-07", "2024-07"),
        ("At that time the two were allies.", "2019", "2019"),
        ("Hours later, jets struck the base.", "2025-01-06", "2025-01-06"),
        ("Later that day, the envoy left.", "2025-01-06", "2025-01-06"),
        ("That same day, the envoy left.", "2025-01-06", "2025-01-06"),
        ("He arrived in Dushanbe earlier in the day.", "2025-01-06", "2025-01-06"),
    ],
)
def test_the_time_told_before_is_taken_as_it_was_told(text: str, told: str, value: str) -> None:
    [mention] = find_times(text, THU, told_before=told)
    assert mention.value == value


def test_hours_later_than_a_month_is_left_unresolved() -> None:
    [mention] = find_times("Hours later, jets struck the base.", THU, told_before="2024-07")
    assert (mention.value, mention.precision) == (None, "unknown")


def test_since_after_a_first_counts_the_time_since_and_is_no_time_of_the_act() -> None:
    assert values("It was his first trip to Greece since 2017.", THU) == []
    assert values("Trade has doubled since 2017.", THU) == ["2017.."]


def test_the_time_is_a_time_only_at_the_time() -> None:
    assert values("It is the time to act, and time is short.", THU) == []


def test_narrative_day_after_a_year_is_left_unresolved() -> None:
    [_, mention] = find_times("In 2019 the rebels attacked and the next day they withdrew.", THU)
    assert (mention.value, mention.precision) == (None, "unknown")


def test_in_n_years_is_not_read_as_a_future_date_in_a_past_clause() -> None:
    assert values("Trade tripled in three years.", THU, tense="past") == []


def test_a_past_month_is_one_that_has_begun() -> None:
    late_october = dt.date(2025, 10, 29)
    assert values("Two sailors were arrested in November.", late_october, tense="past") == ["2024-11"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Modi and Xi held their first formal talks in five years.",
        "Putin landed on his first visit to the country in 24 years.",
        "It was the largest drill in a decade.",
        "The two leaders held their third summit in a year.",
    ],
)
def test_in_n_years_after_a_first_or_a_superlative_counts_the_years_since(sentence: str) -> None:
    assert values(sentence, THU) == []
    assert values("Japan will double its defence budget in five years.", THU) == ["2030"]
    assert values("The base will close in two years.", THU, tense="future") == ["2027"]


# --- bounds and ranges ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The force will withdraw by 2024.", ("by 2024", "..2024", "year", "by")),
        ("Russian is taught there since 2019.", ("since 2019", "2019..", "year", "since")),
        ("The visit lasts until January 17.", ("until January 17", "2025-01-17", "day", "until")),
        ("Sanctions stay till March 2025.", ("till March 2025", "2025-03", "month", "until")),
        ("Troops must leave no later than March 1.", ("no later than March 1", "..2025-03-01", "day", "by")),
        ("The rules apply from January 1, 2026.", ("from January 1, 2026", "2026-01-01..", "day", "from")),
        ("The regime fell before March 2024.", ("before March 2024", "..2024-02", "month", "before")),
        ("Relations cooled after 2019.", ("after 2019", "2020..", "year", "after")),
        ("Debt has doubled since last year.", ("since last year", "2024..", "year", "since")),
        ("The base must close by the end of 2026.", ("by the end of 2026", "..2026", "year", "by")),
        (
            "Output fell in the first half of 2024.",
            ("in the first half of 2024", "2024-01/2024-06", "range", "in"),
        ),
    ],
)
def test_bound_keeps_its_governing_word(sentence: str, expected: Row) -> None:
    assert rows(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Trade grew from 2016 to 2021.", ("from 2016 to 2021", "2016/2021", "range", "from")),
        ("Trade grew between 2016 and 2021.", ("between 2016 and 2021", "2016/2021", "range", "between")),
        (
            "The forum ran from 15 to 17 January 2025.",
            ("from 15 to 17 January 2025", "2025-01-15/2025-01-17", "range", "from"),
        ),
        ("The 2014-2016 crisis hit exports.", ("2014-2016", "2014/2016", "range", None)),
        ("The drills run January 15-17.", ("January 15-17", "2025-01-15/2025-01-17", "range", None)),
        (
            "Talks are set for between January 15 and 17.",
            ("between January 15 and 17", "2025-01-15/2025-01-17", "range", "between"),
        ),
        (
            "The mission ran from March 3 to April 5, 2024.",
            ("from March 3 to April 5, 2024", "2024-03-03/2024-04-05", "range", "from"),
        ),
        ("Output rose in January-March 2025.", ("in January-March 2025", "2025-01/2025-03", "range", "in")),
        (
            "The truce held from December 28 to January 3.",
            ("from December 28 to January 3", "2024-12-28/2025-01-03", "range", "from"),
        ),
        (
            "The summit lasted from Monday until Wednesday.",
            ("from Monday until Wednesday", "2025-01-13/2025-01-15", "range", "from"),
        ),
        ("The 2019-20 season was cut short.", ("2019-20", "2019/2020", "range", None)),
    ],
)
def test_range_joins_its_two_ends(sentence: str, expected: Row) -> None:
    assert rows(sentence) == [expected]


def test_range_end_value_is_its_last_date() -> None:
    [mention] = find_times("The forum ran from 15 to 17 January 2025.", THU)
    assert mention.end_value == "2025-01-17"


def test_two_dates_joined_by_and_without_between_stay_two() -> None:
    assert values("The votes took place on January 15 and on January 17.") == ["2025-01-15", "2025-01-17"]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The economy stagnated in the 1990s.", "1990/1999"),
        ("Ties deepened in the early 2000s.", "2000/2009"),
    ],
)
def test_decade_is_its_ten_years_or_nothing(sentence: str, value: str) -> None:
    assert values(sentence) == [value]


# --- without an anchor, spans, offsets --------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The talks took place on Thursday.",
        "Rebels attacked yesterday.",
        "They met on January 16.",
        "Exports fell last month.",
        "Talks began in November.",
    ],
)
def test_relative_expression_without_anchor_is_unknown(sentence: str) -> None:
    [mention] = find_times(sentence, None)
    assert (mention.value, mention.precision) == (None, "unknown")


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The pact was signed in July 2023.", "2023-07"),
        ("Trade grew from 2016 to 2021.", "2016/2021"),
        ("The visit ran from 15 to 17 January 2025.", "2025-01-15/2025-01-17"),
        ("It ends by 2024.", "..2024"),
    ],
)
def test_absolute_expression_without_anchor_resolves(sentence: str, value: str) -> None:
    [mention] = find_times(sentence, None)
    assert (mention.value, mention.basis) == (value, "absolute")


def test_offset_and_doc_id_shift_spans_into_the_document() -> None:
    document = "MOSCOW, January 16. Touadera arrived on Wednesday morning; he leaves until January 17."
    start = document.index("Touadera")
    mentions = find_times(document[start:], THU, doc_id="doc-1", offset=start)
    found = [document[m.span.start : m.span.end] for m in mentions]
    assert found == ["on Wednesday morning", "until January 17"]
    assert {m.span.doc_id for m in mentions} == {"doc-1"}


@pytest.mark.parametrize(
    ("text", "latest"),
    [
        ("SEOUL, March 5 -- the second launch since a test on January 14, 2025.", dt.date(2025, 1, 14)),
        ("Trade grew from 2016 to 2021 and talks resumed in November 2024.", dt.date(2024, 11, 1)),
        ("Troops will stay until March 2026, officials said yesterday.", dt.date(2026, 3, 1)),
        ("The minister spoke on Thursday, January 16.", None),
    ],
)
def test_latest_absolute_date_ignores_yearless_and_relative_dates(text: str, latest: dt.date | None) -> None:
    assert latest_absolute_date(text) == latest


# --- properties -------------------------------------------------------------------------------------------

ANCHORS = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31))
WEEKDAY_NAMES = st.sampled_from(list(calendar.day_name))


@given(ANCHORS, WEEKDAY_NAMES)
def test_bare_weekday_is_within_the_past_six_days(anchor: dt.date, name: str) -> None:
    [mention] = find_times(f"The ministers met on {name}.", anchor, tense="past")
    day = dt.date.fromisoformat(mention.value or "")
    assert 0 <= (anchor - day).days <= 6 and calendar.day_name[day.weekday()] == name


@given(ANCHORS, WEEKDAY_NAMES)
def test_bare_weekday_in_a_future_clause_is_within_the_next_six_days(anchor: dt.date, name: str) -> None:
    [mention] = find_times(f"The ministers will meet on {name}.", anchor, tense="future")
    day = dt.date.fromisoformat(mention.value or "")
    assert 0 <= (day - anchor).days <= 6 and calendar.day_name[day.weekday()] == name


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)), st.none() | ANCHORS)
def test_month_day_year_resolves_to_that_day(day: dt.date, anchor: dt.date | None) -> None:
    written = f"{calendar.month_name[day.month]} {day.day}, {day.year}"
    [mention] = find_times(f"The treaty was signed on {written}.", anchor)
    assert (mention.value, mention.precision) == (day.isoformat(), "day")


PHRASES = st.sampled_from(
    [
        "on Thursday",
        "in July 2023",
        "by 2024",
        "since 2019",
        "until January 17",
        "(in 2018)",
        "last week",
        "10,000 soldiers",
        "from 15 to 17 January 2025",
        "three days ago",
        "between 2016 and 2021",
        "yesterday",
        "$6 million in 2021",
        "the next day",
        "in the 1990s",
        "January 15-17",
        "on 3 March",
        "Monday's talks",
    ]
)
FILLER = st.sampled_from(["The ministers met", "and", "; officials said", ",", "Russia and the CAR", "talks"])


@given(
    st.lists(st.one_of(PHRASES, FILLER), max_size=8),
    st.integers(min_value=0, max_value=10_000),
    st.none() | ANCHORS,
)
def test_spans_cover_the_mention_text_at_any_offset(
    parts: list[str], offset: int, anchor: dt.date | None
) -> None:
    text = " ".join(parts)
    document = "x" * offset + text
    mentions = find_times(text, anchor, doc_id="d", offset=offset)
    assert all(document[m.span.start : m.span.end] == m.text for m in mentions)
    assert all(a.span.end <= b.span.start for a, b in itertools.pairwise(mentions))
    assert [_shift(m, offset) for m in find_times(text, anchor, doc_id="d")] == mentions


def _shift(mention: TimeMention, offset: int) -> TimeMention:
    return replace(mention, span=mention.span.shifted(offset))


# --- the shortcuts of the scanner never change what it finds ----------------------------------------------

EXPRESSIONS = [
    *("between March 3 and 5", "March 3-5, 2024", "3 to 5 March 2024", "between 3 and 5 of March"),
    *("Thursday, January 16, 2025", "Monday the 3 March", "16 January", "Sept. 9", "2025-01-16"),
    *("16.01.2025", "March 2024", "June of 2019", "last November", "next March", "2014-2016", "1990/91"),
    *(
        "November 5",
        "Oct 2024",
        "in April",
        "August",
        "Dec. 1",
        "Feb 29",
        "July 4",
        "since May 9",
        "03-05 May",
    ),
    *("in 2019", "2100", "the early 1990s", "mid-1980's", "late 2010\u2019s", "last Monday", "Good Friday"),
    *("the following Tuesday", "on Friday morning", "Sunday", "Saturday night", "Wednesday", "Thursday"),
    *("the day before yesterday", "tonight", "this morning", "last night", "the past week", "this year"),
    *("the coming decade", "the past three years", "the next two decades", "two days ago", "a year hence"),
    *("three weeks from now", "in two years", "within a month", "in 3 weeks' time", "two days later"),
    *("the day after", "the previous year", "the same week", "this weekend", "last weekend"),
    *("the end of the year", "\u0130n 2020", "\u017finCE 2020", "\u0131n two wee\u212as"),
    *(f"{m} 3-5, 2024; 3 {m}; {m} 2024; {m[:3]}. 9" for m in calendar.month_name[1:]),
    *(f"{d}, January 16; {d} 3 March; {d}" for d in calendar.day_name),
]
PREFIXES = [
    *("no later than", "not later than", "ever since", "up until", "till", "starting from", "starting in"),
    *("as from", "effective", "prior to", "ahead of", "circa", "as of", "throughout", "during", "between"),
    *("early in", "late on", "earlier in", "the very beginning of", "the end of", "the turn of"),
    *(
        "the first half of",
        "the 3rd quarter of",
        "the spring of",
        "summer",
        "the fiscal year",
        "year",
        "mid-",
    ),
    *("end-", "early", "by", "after", "before", "over", "around", "within", "for", "at", "in", "on", "from"),
]
CASES = [str, str.lower, str.upper, str.title]


def _found(rx: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in rx.finditer(text)]


def _same_with_shortcuts(text: str) -> None:
    lowered = folded(text)
    for rule, (needs, fast, _) in zip(_RULES, _CORE_RULES, strict=True):
        plain = _found(re.compile(rule.pattern), text)
        if plain:
            assert all(_NEEDS[i].met(text, lowered) for i in needs), rule.pattern
        assert _found(fast, text) == plain, rule.pattern


def _same_prefix(text: str, start: int, lo: int) -> None:
    plain = _RX_PREFIX.search(text, lo, start)
    fast = _prefix_match(text, lo, start)
    if plain is None or plain.start() == start:
        assert fast is None
    else:
        assert fast is not None
        assert (fast.span(), fast.groupdict()) == (plain.span(), plain.groupdict())


def test_case_folding_maps_every_letter_ignorecase_equates_with_a_to_z_onto_it() -> None:
    any_letter = re.compile("(?i:[a-z])")
    for code in range(0x110000):
        char = chr(code)
        if any_letter.fullmatch(char):
            one = folded(char)
            assert len(one) == 1, hex(code)
            assert "a" <= one <= "z", hex(code)
            assert re.fullmatch(f"(?i:{one})", char), hex(code)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.__name__)
@pytest.mark.parametrize("expression", EXPRESSIONS)
def test_each_rule_finds_the_same_with_its_shortcuts_as_without(
    expression: str, case: Callable[[str], str]
) -> None:
    _same_with_shortcuts(f"Officials said {case(expression)}, and (again) {case(expression)}.")


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.__name__)
@pytest.mark.parametrize("prefix", PREFIXES)
def test_prefix_scan_finds_what_a_plain_search_finds(prefix: str, case: Callable[[str], str]) -> None:
    for core in ("2019", "July", "Monday"):
        text = f"The talks, held {case(prefix)}{'' if prefix.endswith('-') else ' '}"
        _same_prefix(text + core, len(text), 0)


@given(
    st.lists(
        st.tuples(
            st.sampled_from(CASES), st.sampled_from(PREFIXES + EXPRESSIONS + ["Russia", "talks", "99"])
        ),
        min_size=1,
        max_size=8,
    ),
    st.lists(
        st.sampled_from([" ", ", ", "-", " - ", "\u2013", "/", ". ", " (", ") ", "'s ", "\n"]),
        min_size=8,
        max_size=8,
    ),
    st.integers(0, 80),
)
def test_shortcuts_change_nothing_in_any_mix_of_expressions(
    parts: list[tuple[Callable[[str], str], str]], separators: list[str], back: int
) -> None:
    text = "".join(case(word) + sep for (case, word), sep in zip(parts, separators, strict=False))
    _same_with_shortcuts(text)
    _same_prefix(text + "2019", len(text), max(0, len(text) - back))
