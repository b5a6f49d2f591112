"""Tests for bilat.evaluate.petrarch: reading PETRARCH validation records (Config tags, noevents, errors,
repeated ids, <Stop>), writing bilat's actor codes as PETRARCH does, and scoring as PETRARCH scores itself
(sets of triples, root level one to one, non-CAMEO codes left out on request)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest

from bilat.errors import GoldFormatError
from bilat.evaluate import (
    PetrarchEvent,
    PetrarchGold,
    format_petrarch,
    load_petrarch,
    petrarch_code,
    petrarch_documents,
    predicted_events,
    score_petrarch,
)
from bilat.evaluate.petrarch import is_cameo_code, option_notes

DATA = Path(__file__).resolve().parents[1] / "data" / "eval" / "petrarch"
RECORDS = DATA / "records.xml"

Record = dict[str, Any]


@pytest.fixture(scope="module")
def gold() -> PetrarchGold:
    return load_petrarch(RECORDS)


def record_of(gold: PetrarchGold, key: str) -> Any:
    return next(r for r in gold.records if r.key == key)


def event(source: str, target: str, code: str, **extra: Any) -> Record:
    """A bilat event record (FORMAT.md field names) with the fields the PETRARCH scorer reads."""
    return {
        "source_actor": source,
        "target_actor": target,
        "cameo_code": code,
        "cameo_root": code[:2],
        "source_implied": False,
        "target_implied": False,
        **extra,
    }


def write_xml(tmp_path: Path, sentences: str) -> Path:
    path = tmp_path / "records.xml"
    path.write_text(f"<Validation><Sentences>{sentences}</Sentences></Validation>", encoding="utf-8")
    return path


# ------------------------------------------------------------------------------------------------ reading


def test_load_reads_every_record_up_to_the_stop_tag(gold: PetrarchGold) -> None:
    assert [r.key for r in gold.records] == [
        "BASIC-01",
        "BASIC-02",
        "DYAD-01",
        "DYAD-02",
        "SYNSET-01",
        "ERROR-01",
        "BASIC-02#2",
        "EMPTY-01",
    ]


def test_a_repeated_id_gets_a_numbered_key_and_keeps_its_id(gold: PetrarchGold) -> None:
    second = record_of(gold, "BASIC-02#2")
    assert (second.id, second.text) == ("BASIC-02", "Ormeny wants to meet the Valdorian government.")


def test_record_date_comes_from_the_date_attribute(gold: PetrarchGold) -> None:
    assert record_of(gold, "BASIC-01").date == dt.date(2021, 3, 14)


def test_record_text_is_joined_onto_one_line_and_the_parse_ignored(gold: PetrarchGold) -> None:
    assert record_of(gold, "BASIC-01").text == (
        "The Valdorian foreign minister arrived in Kestran on Sunday "
        "for two days of talks on the shared river."
    )


def test_expected_events_repeated_in_a_record_are_kept_once(gold: PetrarchGold) -> None:
    assert record_of(gold, "BASIC-02").expected == (
        PetrarchEvent("VAL", "KES", "111"),
        PetrarchEvent("VAL", "ORM", "112"),
    )


@pytest.mark.parametrize("key", ["DYAD-02", "ERROR-01", "EMPTY-01"])
def test_noevents_error_and_empty_records_expect_nothing(gold: PetrarchGold, key: str) -> None:
    assert record_of(gold, key).expected == ()


def test_noevents_and_error_are_recorded(gold: PetrarchGold) -> None:
    assert (record_of(gold, "DYAD-02").noevents, record_of(gold, "ERROR-01").error) == (
        True,
        "sentencediscard",
    )


@pytest.mark.parametrize(
    ("key", "require_dyad"),
    [
        ("BASIC-02", True),  # PETRARCH's default before any <Config>
        ("DYAD-01", False),  # after require_dyad = false
        ("DYAD-02", True),  # after require_dyad = TRUE (values are case-free)
        ("EMPTY-01", True),  # still in force further on
    ],
)
def test_config_tags_change_the_options_of_the_records_that_follow(
    gold: PetrarchGold, key: str, require_dyad: bool
) -> None:
    assert record_of(gold, key).require_dyad is require_dyad


def test_config_in_the_environment_applies_to_every_record(gold: PetrarchGold) -> None:
    assert record_of(gold, "BASIC-01").options["stop_on_error"] == "true"


def test_options_seen_lists_each_config_option_once_in_file_order(gold: PetrarchGold) -> None:
    assert gold.options_seen == ("stop_on_error", "require_dyad", "comma_max")


def test_sentence_false_is_kept_on_the_record(gold: PetrarchGold) -> None:
    assert [r.key for r in gold.records if not r.sentence] == ["SYNSET-01"]


def test_dictionaries_are_the_files_the_environment_names_next_to_the_xml(gold: PetrarchGold) -> None:
    assert gold.dictionaries == (DATA / "test.actors.txt", DATA / "test.agents.txt")


def test_documents_carry_the_record_key_text_and_date(gold: PetrarchGold) -> None:
    doc = petrarch_documents(gold)[0]
    assert (doc.id, doc.date, doc.date_basis) == ("BASIC-01", dt.date(2021, 3, 14), "given")


@pytest.mark.parametrize(
    ("sentences", "complaint"),
    [
        ('<Sentence date="20210101" id="A"><Text>Valdoria met Kestran.</Text>', "not well-formed XML"),
        (
            '<Sentence date="2021-01-01" id="A">'
            '<EventCoding sourcecode="VAL" targetcode="KES" eventcode="040"/>'
            "<Text>Valdoria met Kestran.</Text></Sentence>",
            "is not YYYYMMDD",
        ),
        (
            '<Sentence date="20210101" id="A"><EventCoding sourcecode="VAL" eventcode="040"/>'
            "<Text>Valdoria met Kestran.</Text></Sentence>",
            "needs sourcecode, targetcode and eventcode",
        ),
        (
            '<Sentence date="20210101" id="A"><EventCoding noevents="True"/>'
            '<EventCoding sourcecode="VAL" targetcode="KES" eventcode="040"/>'
            "<Text>Valdoria met Kestran.</Text></Sentence>",
            "cannot list events",
        ),
        ('<Sentence date="20210101" id="A"><EventCoding noevents="True"/></Sentence>', "no <Text>"),
        ('<Config option="require_dyad"/>', "needs option and value"),
    ],
)
def test_malformed_records_raise_gold_format_errors(tmp_path: Path, sentences: str, complaint: str) -> None:
    with pytest.raises(GoldFormatError, match=complaint):
        load_petrarch(write_xml(tmp_path, sentences))


# ------------------------------------------------------------------------------------------------ codes


@pytest.mark.parametrize(
    ("bilat", "petrarch"),
    [
        ("ARN.GOV", "ARNGOV"),
        ("ARN", "ARN"),
        ("ARN.GOVFRM", "ARNGOVFRM"),
        ("RUS.HOS", "RUSGOV"),
        ("CAF.HOG", "CAFGOV"),
        ("USA.SPOKESPERSON", "USAGOV"),
        ("EGY.COP", "EGYCOP"),
        ("UN.SC", "UNSC"),
        ("IMGMOSALQ", "IMGMOSALQ"),
        ("USAGOV.GOV", "USAGOV"),
        ("HGWGOVMED.GOVMED", "HGWGOVMED"),
        ("USAGOV.COP", "USAGOVCOP"),
        ("", "---"),
        (None, "---"),
    ],
)
def test_petrarch_code_writes_country_and_agent_together(bilat: str | None, petrarch: str) -> None:
    assert petrarch_code(bilat) == petrarch


@pytest.mark.parametrize(
    ("code", "cameo"),
    [
        ("010", True),
        ("064", True),
        ("1711", True),
        ("204", True),
        ("174K", True),
        ("212", False),
        ("223", False),
        ("345", False),
        ("802", False),
        ("903", False),
        ("915", False),
    ],
)
def test_is_cameo_code_needs_a_cameo_root(code: str, cameo: bool) -> None:
    assert is_cameo_code(code) is cameo


def test_predicted_events_are_kept_once_each() -> None:
    records = [event("VAL.GOV", "KES", "111"), event("VAL.HOS", "KES", "111"), event("VAL", "KES", "111")]
    assert predicted_events(records) == (
        PetrarchEvent("VALGOV", "KES", "111"),
        PetrarchEvent("VAL", "KES", "111"),
    )


def test_an_implied_actor_is_written_as_unknown_when_dyads_are_not_required() -> None:
    records = [event("VAL.GOV", "KES", "010", target_implied=True)]
    assert predicted_events(records, require_dyad=False) == (PetrarchEvent("VALGOV", "---", "010"),)


def test_an_event_with_an_implied_actor_is_dropped_when_dyads_are_required() -> None:
    records = [event("VAL.GOV", "KES", "010", source_implied=True), event("VAL", "KES", "040")]
    assert predicted_events(records, require_dyad=True) == (PetrarchEvent("VAL", "KES", "040"),)


def test_a_compound_actor_is_one_event_per_member() -> None:
    records = [event("FRO/BIL", "ELR/GAL.GOV", "050")]
    assert predicted_events(records) == (
        PetrarchEvent("FRO", "ELRGOV", "050"),
        PetrarchEvent("FRO", "GALGOV", "050"),
        PetrarchEvent("BIL", "ELRGOV", "050"),
        PetrarchEvent("BIL", "GALGOV", "050"),
    )


def joint(source: tuple[int, int], target: tuple[int, int], trigger: tuple[int, int]) -> Record:
    spans = {"source": list(source), "target": list(target), "trigger": list(trigger)}
    return event("PHL", "FRA", "030", symmetric=True, spans=spans)


def test_a_joint_act_of_coordinated_subjects_is_coded_each_way() -> None:
    # "The Philippines and France agree that ...": both sides before the trigger
    assert predicted_events([joint((4, 15), (20, 26), (27, 32))]) == (
        PetrarchEvent("PHL", "FRA", "030"),
        PetrarchEvent("FRA", "PHL", "030"),
    )


def test_a_symmetric_act_with_its_target_after_the_trigger_is_coded_once() -> None:
    # "The Philippines agrees with France that ...": the target follows the trigger
    assert predicted_events([joint((4, 15), (28, 34), (16, 22))]) == (PetrarchEvent("PHL", "FRA", "030"),)


def test_an_act_of_coordinated_subjects_that_is_not_symmetric_is_coded_once() -> None:
    record = {**joint((0, 5), (10, 16), (17, 23)), "symmetric": False}
    assert predicted_events([record]) == (PetrarchEvent("PHL", "FRA", "030"),)


def test_a_record_without_a_cameo_code_is_no_event() -> None:
    assert predicted_events([event("VAL", "KES", "")]) == ()


# ------------------------------------------------------------------------------------------------ scoring


def scores_for(gold: PetrarchGold, predictions: Mapping[str, Sequence[Record]]) -> Any:
    return score_petrarch(gold, predictions)


def test_perfect_predictions_score_one_at_every_level(gold: PetrarchGold) -> None:
    predictions = {r.key: [event(e.source, e.target, e.code) for e in r.expected] for r in gold.records}
    scores = scores_for(gold, predictions)
    assert {name: (prf.precision, prf.recall) for name, prf in scores.levels.items()} == {
        "exact": (1.0, 1.0),
        "root": (1.0, 1.0),
        "exact_cameo": (1.0, 1.0),
        "root_cameo": (1.0, 1.0),
        "sides": (1.0, 1.0),
    }


def test_counts_cover_every_record_and_expected_event(gold: PetrarchGold) -> None:
    scores = scores_for(gold, {})
    assert (scores.records, scores.expected, scores.predicted, scores.non_cameo_expected) == (8, 7, 0, 1)


def test_a_prediction_repeated_in_a_record_counts_once(gold: PetrarchGold) -> None:
    twice = [event("VAL", "KES", "111"), event("VAL", "KES", "111")]
    exact = scores_for(gold, {"BASIC-02": twice}).levels["exact"]
    assert (exact.matched, exact.predicted) == (1, 1)


def test_a_code_of_the_same_root_matches_at_root_level_only(gold: PetrarchGold) -> None:
    scores = scores_for(gold, {"BASIC-02": [event("VAL", "KES", "112")]})
    assert (scores.levels["exact"].matched, scores.levels["root"].matched) == (0, 1)


def test_root_level_matches_one_to_one(tmp_path: Path) -> None:
    gold = load_petrarch(
        write_xml(
            tmp_path,
            (
                '<Sentence date="20210101" id="A">'
                '<EventCoding sourcecode="VAL" targetcode="KES" eventcode="111"/>'
                '<EventCoding sourcecode="VAL" targetcode="KES" eventcode="112"/>'
                "<Text>Valdoria criticised and accused Kestran.</Text></Sentence>"
            ),
        )
    )
    scores = score_petrarch(gold, {"A": [event("VAL", "KES", "110")]})
    assert (scores.levels["root"].matched, scores.levels["root"].gold) == (1, 2)


def test_sides_level_matches_source_and_target_whatever_the_code(gold: PetrarchGold) -> None:
    scores = scores_for(gold, {"BASIC-02": [event("VAL", "KES", "040"), event("KES", "VAL", "112")]})
    sides = scores.levels["sides"]
    assert (scores.levels["root"].matched, sides.matched, sides.predicted) == (0, 1, 2)


def test_sides_level_matches_one_to_one(tmp_path: Path) -> None:
    gold = load_petrarch(
        write_xml(
            tmp_path,
            (
                '<Sentence date="20210101" id="A">'
                '<EventCoding sourcecode="VAL" targetcode="KES" eventcode="111"/>'
                "<Text>Valdoria criticised Kestran.</Text></Sentence>"
            ),
        )
    )
    scores = score_petrarch(gold, {"A": [event("VAL", "KES", "040"), event("VAL", "KES", "057")]})
    assert (scores.levels["sides"].matched, scores.levels["sides"].predicted) == (1, 2)


def test_actors_must_agree_in_order(gold: PetrarchGold) -> None:
    scores = scores_for(gold, {"BASIC-02": [event("KES", "VAL", "111")]})
    assert scores.levels["root"].matched == 0


def test_predictions_on_a_record_expecting_nothing_are_false_positives(gold: PetrarchGold) -> None:
    scores = scores_for(gold, {"ERROR-01": [event("KES", "ORM", "040")]})
    assert (scores.levels["exact"].matched, scores.levels["exact"].predicted) == (0, 1)


def test_non_cameo_expected_events_are_left_out_of_the_cameo_levels(gold: PetrarchGold) -> None:
    scores = scores_for(gold, {"SYNSET-01": [event("VAL", "KES", "071")]})
    assert (scores.levels["exact"].gold, scores.levels["exact_cameo"].gold) == (7, 6)
    assert (scores.levels["exact"].recall, scores.levels["exact_cameo"].recall) == (1 / 7, 1 / 6)


def test_require_dyad_of_the_record_decides_on_implied_actors(gold: PetrarchGold) -> None:
    implied = [event("VAL.GOV", "KES", "010", target_implied=True)]
    scores = scores_for(gold, {"DYAD-01": implied, "DYAD-02": implied})
    by_key = {r.key: r for r in scores.per_record}
    assert (by_key["DYAD-01"].matched, by_key["DYAD-02"].predicted) == (
        (PetrarchEvent("VALGOV", "---", "010"),),
        (),
    )


def test_record_score_lists_misses_and_extras(gold: PetrarchGold) -> None:
    scores = scores_for(gold, {"BASIC-02": [event("VAL", "KES", "111"), event("VAL", "ORM", "111")]})
    basic = next(r for r in scores.per_record if r.key == "BASIC-02")
    assert (basic.missed, basic.extra) == (
        (PetrarchEvent("VAL", "ORM", "112"),),
        (PetrarchEvent("VAL", "ORM", "111"),),
    )


def test_by_category_counts_exact_matches(gold: PetrarchGold) -> None:
    scores = scores_for(gold, {"BASIC-02": [event("VAL", "KES", "111")]})
    basic = scores.by_category["BASIC"]
    assert (basic.matched, basic.gold, basic.predicted) == (1, 4, 1)


# ------------------------------------------------------------------------------------------------ options


def test_require_dyad_is_honoured_and_parser_options_are_not() -> None:
    notes = {
        n.name: n.honoured
        for n in option_notes(
            ["require_dyad", "comma_max", "comma_bmin", "new_actor_length", "stop_on_error"]
        )
    }
    assert notes == {
        "require_dyad": True,
        "comma_max": False,
        "comma_bmin": False,
        "new_actor_length": False,
        "stop_on_error": False,
    }


def test_an_unknown_option_is_reported_as_ignored() -> None:
    (note,) = option_notes(["colour_scheme"])
    assert (note.honoured, note.meaning) == (False, "not known to bilat")


def test_scores_report_the_defaults_and_every_option_the_file_sets(gold: PetrarchGold) -> None:
    report = scores_for(gold, {}).as_json()
    assert (report["options_honoured"], report["options_ignored"]) == (
        ["require_dyad"],
        ["new_actor_length", "stop_on_error", "comma_max"],
    )


# ------------------------------------------------------------------------------------------------ reports


def test_json_report_has_every_level_and_petrarch2_reference(gold: PetrarchGold) -> None:
    report = scores_for(gold, {}).as_json()
    assert {"exact", "root", "exact_cameo", "root_cameo"} <= report.keys()
    assert report["petrarch2"]["exact"] == {"precision": 0.543, "recall": 0.331}


def test_table_shows_levels_reference_options_and_misses(gold: PetrarchGold) -> None:
    table = format_petrarch(scores_for(gold, {"BASIC-02": [event("VAL", "ORM", "111")]}))
    assert "exact, CAMEO only" in table
    assert "0.543" in table
    assert "require_dyad       honoured" in table
    assert "    extra   VAL ORM 111" in table
