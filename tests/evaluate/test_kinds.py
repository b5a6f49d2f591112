"""Tests for bilat.evaluate.common.gold_kind / group_by_kind: which scorer ``bilat eval`` gives a file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bilat.evaluate import gold_kind, group_by_kind

DATA = Path(__file__).resolve().parents[1] / "data" / "eval"


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        (DATA / "petrarch" / "records.xml", "petrarch"),
        (DATA / "plover" / "gold.jsonl", "plover"),
        (DATA / "gold" / "cases.jsonl", "bilat_json"),
        (DATA / "gold" / "hun-tur-visit.gold.json", "bilat_json"),
        (DATA / "gold", "bilat_json"),
    ],
)
def test_gold_kind_tells_the_formats_apart(path: Path, kind: str) -> None:
    assert gold_kind(path) == kind


@pytest.mark.parametrize(
    "first",
    [
        {"id": "a", "text": "Chile met Peru.", "events": [], "event_current": "CONSULT"},  # has events: ours
        {"id": "a", "text": "Chile met Peru.", "plover_type": "CONSULT"},  # no event_current
    ],
)
def test_a_jsonl_file_is_plover_only_with_its_fields_and_no_events(
    tmp_path: Path, first: dict[str, object]
) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(first) + "\n", encoding="utf-8")
    assert gold_kind(path) == "bilat_json"


def test_a_missing_file_is_left_to_the_bilat_json_loader(tmp_path: Path) -> None:
    assert gold_kind(tmp_path / "missing.jsonl") == "bilat_json"


def test_group_by_kind_keeps_the_order_given_within_each_kind() -> None:
    paths = [
        DATA / "gold" / "cases.jsonl",
        DATA / "petrarch" / "records.xml",
        DATA / "plover" / "gold.jsonl",
        DATA / "gold" / "hun-tur-visit.gold.json",
    ]
    assert group_by_kind(paths) == {
        "bilat_json": [paths[0], paths[3]],
        "petrarch": [paths[1]],
        "plover": [paths[2]],
        "ngec": [],
    }
