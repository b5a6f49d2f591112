"""Tests for bilat.evaluate.plover: reading PLOVER gold standard records, PLOVER's future-is-AGREE
convention, type accuracy and coding rate, actor accuracy on ISO codes only, and the confusion matrix."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest

from bilat.actors.gazetteer import default_gazetteer
from bilat.errors import GoldFormatError
from bilat.evaluate import (
    NONE,
    PloverScores,
    PloverSentence,
    format_plover,
    load_plover,
    plover_documents,
    plover_type,
    score_plover,
)

GOLD = Path(__file__).resolve().parents[1] / "data" / "eval" / "plover" / "gold.jsonl"

Record = dict[str, Any]


@pytest.fixture(scope="module")
def gold() -> tuple[PloverSentence, ...]:
    return load_plover(GOLD)


def sentence(gold: Sequence[PloverSentence], sentence_id: str) -> PloverSentence:
    return next(s for s in gold if s.id == sentence_id)


def event(
    kind: str, source: str = "", target: str = "", status: str = "occurred", confidence: float = 0.8
) -> Record:
    return {
        "plover_type": kind,
        "source_actor": source,
        "target_actor": target,
        "status": status,
        "confidence": confidence,
    }


def scored(gold: Sequence[PloverSentence], predictions: Mapping[str, Sequence[Record]]) -> PloverScores:
    return score_plover(gold, predictions, default_gazetteer().is_state)


# ------------------------------------------------------------------------------------------------ reading


def test_load_reads_every_line(gold: tuple[PloverSentence, ...]) -> None:
    assert [s.id for s in gold] == [
        "T-AGREE-1",
        "T-AGREE-2",
        "T-ACCUSE-1",
        "T-REQUEST-1",
        "T-ASSAULT-1",
        "T-ACCUSE-1#2",
    ]


def test_the_gold_type_is_the_current_name(gold: tuple[PloverSentence, ...]) -> None:
    request = sentence(gold, "T-REQUEST-1")
    assert (request.event_type, request.old_type) == ("REQUEST", "DEMAND")


def test_actor_is_the_source_and_recipient_the_target(gold: tuple[PloverSentence, ...]) -> None:
    accuse = sentence(gold, "T-ACCUSE-1")
    assert (accuse.side_codes("source"), accuse.side_codes("target")) == (("GHA",), ("TGO",))


def test_a_src_tar_markup_makes_both_sides_accept_every_actor(gold: tuple[PloverSentence, ...]) -> None:
    agree = sentence(gold, "T-AGREE-1")
    assert agree.symmetric
    assert agree.side_codes("source") == agree.side_codes("target") == ("CHL", "PER")


def test_a_recipient_that_is_no_actor_object_is_left_out_with_a_note(
    gold: tuple[PloverSentence, ...],
) -> None:
    assault = sentence(gold, "T-ASSAULT-1")
    assert [a.code for a in assault.targets] == ["MLI"]
    assert assault.notes == ("recipient entry 'military' is no actor object: left out",)


def test_documents_are_undated_sentences_keyed_by_id(gold: tuple[PloverSentence, ...]) -> None:
    doc = plover_documents(gold)[-1]
    assert (doc.id, doc.date, doc.text) == ("T-ACCUSE-1#2", None, sentence(gold, "T-ACCUSE-1#2").text)


@pytest.mark.parametrize(
    ("line", "complaint"),
    [
        ('{"id": "x", "text": "Chile met Peru."', "not valid JSON"),
        ('["Chile met Peru."]', "must be a JSON object"),
        ('{"id": "x", "text": "", "event_current": "CONSULT"}', "'text' is missing"),
        ('{"id": "x", "text": "Chile met Peru."}', "'event_current'"),
        (
            '{"id": "x", "text": "Chile met Peru.", "event_current": "CONSULT", '
            '"actor": [{"actorText": "Chile"}]}',
            "has no code",
        ),
    ],
)
def test_malformed_lines_raise_gold_format_errors_with_the_line(
    tmp_path: Path, line: str, complaint: str
) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(
        json.dumps({"id": "ok", "text": "Chile met Peru.", "event_current": "CONSULT"}) + "\n" + line + "\n",
        encoding="utf-8",
    )
    with pytest.raises(GoldFormatError, match=f"{path}:2: .*{complaint}"):
        load_plover(path)


# ------------------------------------------------------------------------------------------------ types


@pytest.mark.parametrize(
    ("kind", "status", "counted"),
    [
        ("CONSULT", "planned", "AGREE"),
        ("SUPPORT", "planned", "AGREE"),
        ("COOPERATE", "planned", "AGREE"),
        ("AID", "planned", "AGREE"),
        ("CONSULT", "occurred", "CONSULT"),
        ("AID", "ongoing", "AID"),
        ("ACCUSE", "planned", "ACCUSE"),
        ("THREATEN", "planned", "THREATEN"),
    ],
)
def test_a_planned_consult_support_cooperate_or_aid_counts_as_agree(
    kind: str, status: str, counted: str
) -> None:
    assert plover_type(event(kind, status=status)) == counted


def test_future_talks_are_right_for_an_agree_sentence(gold: tuple[PloverSentence, ...]) -> None:
    scores = scored(gold, {"T-AGREE-2": [event("CONSULT", "NOR.GOV", "SWE.GOV", status="planned")]})
    assert [s.right for s in scores.per_sentence if s.id == "T-AGREE-2"] == [True]


def test_talks_that_took_place_are_wrong_for_an_agree_sentence(gold: tuple[PloverSentence, ...]) -> None:
    scores = scored(gold, {"T-AGREE-2": [event("CONSULT", "NOR.GOV", "SWE.GOV")]})
    assert [s.right for s in scores.per_sentence if s.id == "T-AGREE-2"] == [False]


# ------------------------------------------------------------------------------------------------ rates


def test_a_sentence_is_right_when_any_of_its_events_has_the_gold_type(
    gold: tuple[PloverSentence, ...],
) -> None:
    scores = scored(gold, {"T-ACCUSE-1": [event("THREATEN", "GHA", "TGO"), event("ACCUSE", "GHA", "TGO")]})
    assert scores.right == 1


def test_accuracy_is_over_coded_sentences_and_coding_rate_over_all(gold: tuple[PloverSentence, ...]) -> None:
    scores = scored(
        gold,
        {
            "T-ACCUSE-1": [event("ACCUSE", "GHA", "TGO")],
            "T-REQUEST-1": [event("ACCUSE", "EU", "SRB")],
            "T-ASSAULT-1": [event("ASSAULT", "MLI.REB", "MLI.MIL")],
        },
    )
    assert (scores.sentences, scores.coded, scores.right) == (6, 3, 2)
    assert (scores.type_accuracy, scores.coding_rate, scores.hit_rate) == (2 / 3, 3 / 6, 2 / 6)


def test_per_type_counts_sentences_coded_and_right(gold: tuple[PloverSentence, ...]) -> None:
    scores = scored(gold, {"T-ACCUSE-1": [event("ACCUSE", "GHA", "TGO")]})
    assert scores.by_type["ACCUSE"] == (2, 1, 1)


# ------------------------------------------------------------------------------------------------ actors


def test_actor_sides_are_scored_only_where_every_gold_code_is_iso(gold: tuple[PloverSentence, ...]) -> None:
    scores = scored(
        gold,
        {
            "T-REQUEST-1": [event("REQUEST", "EU", "SRB.GOV")],  # source IGO: not scored; target SRB: right
            "T-ACCUSE-1#2": [event("ACCUSE", "JPN", "UN")],  # JAP and IGO: neither scored
        },
    )
    verdicts = {s.id: (s.source_right, s.target_right) for s in scores.per_sentence}
    assert verdicts["T-REQUEST-1"] == (None, True)
    assert verdicts["T-ACCUSE-1#2"] == (None, None)
    assert scores.actor_counts() == (1, 1)


def test_actor_entity_must_be_a_gold_code_of_that_side(gold: tuple[PloverSentence, ...]) -> None:
    scores = scored(gold, {"T-ACCUSE-1": [event("ACCUSE", "TGO", "GHA")]})
    assert scores.actor_counts("source") == (0, 1)
    assert scores.actor_counts("target") == (0, 1)


def test_a_joint_act_accepts_its_actors_in_either_order(gold: tuple[PloverSentence, ...]) -> None:
    scores = scored(gold, {"T-AGREE-1": [event("AGREE", "PER.GOV", "CHL.GOV")]})
    assert scores.actor_counts() == (2, 2)


def test_actors_are_scored_only_on_right_sentences(gold: tuple[PloverSentence, ...]) -> None:
    scores = scored(gold, {"T-ACCUSE-1": [event("THREATEN", "GHA", "TGO")]})
    assert scores.actor_counts() == (0, 0)


def test_the_best_event_is_the_gold_typed_one_whose_actors_agree(gold: tuple[PloverSentence, ...]) -> None:
    events = [event("ACCUSE", "TGO", "GHA", confidence=0.9), event("ACCUSE", "GHA", "TGO", confidence=0.5)]
    best = next(s for s in scored(gold, {"T-ACCUSE-1": events}).per_sentence if s.id == "T-ACCUSE-1").best
    assert best is not None
    assert (best["source_actor"], best["target_actor"]) == ("GHA", "TGO")


# ------------------------------------------------------------------------------------------------ confusion


def test_confusion_pairs_gold_type_with_the_best_event_or_none(gold: tuple[PloverSentence, ...]) -> None:
    scores = scored(
        gold,
        {
            "T-ACCUSE-1": [event("ACCUSE", "GHA", "TGO")],
            "T-REQUEST-1": [
                event("THREATEN", "EU", "SRB", confidence=0.4),
                event("ACCUSE", "EU", "SRB", confidence=0.7),
            ],
            "T-AGREE-2": [event("CONSULT", "NOR", "SWE", status="planned")],
        },
    )
    matrix = scores.confusion
    assert (
        matrix.count("ACCUSE", "ACCUSE"),
        matrix.count("REQUEST", "ACCUSE"),
        matrix.count("AGREE", "AGREE"),
        matrix.count("AGREE", NONE),
        matrix.count("ACCUSE", NONE),
    ) == (1, 1, 1, 1, 1)
    assert matrix.total == 6


# ------------------------------------------------------------------------------------------------ reports


def test_json_report_has_the_rates_and_optionally_the_matrix(gold: tuple[PloverSentence, ...]) -> None:
    scores = scored(gold, {"T-ACCUSE-1": [event("ACCUSE", "GHA", "TGO")]})
    assert {"type_accuracy", "coding_rate", "actor_accuracy"} <= scores.as_json().keys()
    assert "confusion" not in scores.as_json()
    assert scores.as_json(confusion=True)["confusion"]["labels"][-1] == NONE


def test_table_shows_rates_types_and_left_out_entries(gold: tuple[PloverSentence, ...]) -> None:
    table = format_plover(scored(gold, {"T-ACCUSE-1": [event("ACCUSE", "GHA", "TGO")]}))
    assert "type accuracy (coded sentences) 1.000   coding rate 0.167" in table
    assert "ACCUSE" in table
    assert "T-ASSAULT-1: recipient entry 'military'" in table
