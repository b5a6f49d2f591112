"""End-to-end runs of the new scorers through the real pipeline: ``bilat eval`` on our own small files of
all three kinds, and the API on the shared PETRARCH and PLOVER gold (the numbers must be computed; their
values are not checked, the coder is still changing)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from bilat import api
from bilat.cli import app

DATA = Path(__file__).resolve().parents[1] / "data" / "eval"
FILES = [DATA / "gold" / "cases.jsonl", DATA / "petrarch" / "records.xml", DATA / "plover" / "gold.jsonl"]


def json_objects(text: str) -> list[dict[str, Any]]:
    """The JSON objects printed one after another."""
    decoder = json.JSONDecoder()
    objects, position = [], 0
    while text[position:].strip():
        position += len(text[position:]) - len(text[position:].lstrip())
        value, position = decoder.raw_decode(text, position)
        objects.append(value)
    return objects


def in_unit_interval(report: dict[str, float]) -> bool:
    return all(0.0 <= report[key] <= 1.0 for key in ("precision", "recall", "f1"))


@pytest.fixture(scope="module")
def cli_reports() -> list[dict[str, Any]]:
    result = CliRunner().invoke(app, ["eval", *map(str, FILES), "--json", "--confusion"])
    assert result.exit_code == 0, result.output
    return json_objects(result.stdout)


def test_eval_prints_one_json_object_per_format(cli_reports: list[dict[str, Any]]) -> None:
    assert [r.get("format", "bilat_json") for r in cli_reports] == ["bilat_json", "petrarch", "plover"]


def test_eval_json_for_bilat_gold_keeps_the_format_md_object(cli_reports: list[dict[str, Any]]) -> None:
    assert {"documents", "gold", "predicted", "plover", "cameo_root", "ignoring_dates"} <= cli_reports[
        0
    ].keys()


def test_eval_confusion_is_given_for_bilat_json_and_plover_gold(cli_reports: list[dict[str, Any]]) -> None:
    assert ["confusion" in r for r in cli_reports] == [True, False, True]


def test_eval_scores_every_petrarch_record_of_our_file(cli_reports: list[dict[str, Any]]) -> None:
    petrarch = cli_reports[1]
    assert (petrarch["records"], petrarch["expected"], petrarch["non_cameo_expected"]) == (8, 7, 1)
    assert petrarch["options_honoured"] == ["require_dyad"]


def test_eval_table_names_each_format() -> None:
    result = CliRunner().invoke(app, ["eval", *map(str, FILES[1:])])
    assert result.exit_code == 0, result.output
    assert "PETRARCH validation records" in result.stdout
    assert "PLOVER gold records" in result.stdout


def test_eval_reports_a_malformed_petrarch_file_as_an_error(tmp_path: Path) -> None:
    broken = tmp_path / "broken.xml"
    broken.write_text("<Validation><Sentences><Sentence", encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", str(broken)])
    assert result.exit_code == 2
    assert "not well-formed XML" in result.output


# ------------------------------------------------------------------------------------------ shared gold


@pytest.mark.shared
def test_shared_petrarch_records_are_all_scored(shared_file: Callable[..., Path]) -> None:
    scores = api.evaluate_petrarch(shared_file("eval", "petrarch2", "PETR.UnitTest.records.xml"))
    assert (scores.records, scores.expected, scores.non_cameo_expected) == (284, 359, 57)
    assert len(scores.per_record) == 284
    assert scores.levels["exact_cameo"].gold == 302
    report = scores.as_json()
    assert all(in_unit_interval(report[level]) for level in ("exact", "root", "exact_cameo", "root_cameo"))
    assert "require_dyad" in report["options_honoured"]
    assert "comma_max" in report["options_ignored"]


@pytest.mark.shared
def test_shared_plover_sentences_are_all_scored(shared_file: Callable[..., Path]) -> None:
    scores = api.evaluate_plover(shared_file("eval", "plover", "plover_gsr.jsonl"))
    assert scores.sentences == scores.confusion.total == 322
    assert 0.0 <= scores.coding_rate <= 1.0
    assert 0.0 <= scores.type_accuracy <= 1.0
    assert 0.0 <= scores.actor_accuracy <= 1.0
