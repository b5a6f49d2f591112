"""Tests for bilat.evaluate.confusion: the matrix itself, its report, and the matrix of a bilat-JSON
evaluation (matches on the diagonal, type errors off it, misses and extras against NONE)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bilat.evaluate import NONE, Confusion, bilat_json_confusion, format_confusion, load_gold, score

Record = dict[str, Any]

DOCUMENTS = [
    {
        "id": "kor-jpn",
        "publication_date": "2024-03-05",
        "text": "South Korea's foreign ministry criticised Japan on Tuesday and summoned its ambassador.",
        "events": [
            {
                "source_actor": "KOR.GOV",
                "target_actor": "JPN.GOV",
                "plover_type": "ACCUSE",
                "cameo_code": "111",
                "date": "2024-03-05",
            },
            {
                "source_actor": "KOR.GOV",
                "target_actor": "JPN.GOV",
                "plover_type": "SANCTION",
                "cameo_code": "160",
                "date": "2024-03-05",
            },
        ],
    },
    {
        "id": "chl-per",
        "publication_date": "2024-05-02",
        "text": "Chile and Peru held talks in Lima on Thursday and agreed to reopen the border.",
        "events": [
            {
                "source_actor": "CHL",
                "target_actor": "PER",
                "plover_type": "CONSULT",
                "cameo_code": "040",
                "date": "2024-05-02",
                "symmetric": True,
            },
            {
                "source_actor": "CHL",
                "target_actor": "PER",
                "plover_type": "AGREE",
                "cameo_code": "030",
                "date": "2024-05-02",
                "symmetric": True,
            },
        ],
    },
    {
        "id": "floods",
        "publication_date": "2024-07-01",
        "negative": True,
        "text": "Floods cut roads across the north of the country on Monday.",
    },
]


def record(doc: str, source: str, target: str, kind: str, date: str, confidence: float = 0.8) -> Record:
    return {
        "doc_id": doc,
        "source_actor": source,
        "target_actor": target,
        "plover_type": kind,
        "date": date,
        "confidence": confidence,
    }


@pytest.fixture
def matrix(tmp_path: Path) -> Confusion:
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in DOCUMENTS), encoding="utf-8")
    predictions = {
        "kor-jpn": [
            record("kor-jpn", "KOR.GOV", "JPN.GOV", "ACCUSE", "2024-03-05"),
            record("kor-jpn", "KOR.GOV", "JPN.GOV", "THREATEN", "2024-03-05"),
        ],
        "chl-per": [
            record("chl-per", "PER", "CHL", "CONSULT", "2024-05-02"),
            record("chl-per", "RUS", "UKR", "ASSAULT", "2024-05-02"),
        ],
        "floods": [record("floods", "USA", "MEX", "AID", "2024-07-01")],
    }
    return bilat_json_confusion(score(load_gold([path]), predictions))


def test_a_match_counts_on_the_diagonal(matrix: Confusion) -> None:
    assert (matrix.count("ACCUSE", "ACCUSE"), matrix.count("CONSULT", "CONSULT")) == (1, 1)


def test_a_prediction_with_the_right_actors_and_another_type_counts_off_the_diagonal(
    matrix: Confusion,
) -> None:
    assert matrix.count("SANCTION", "THREATEN") == 1


def test_a_gold_event_with_no_prediction_counts_in_the_none_column(matrix: Confusion) -> None:
    assert matrix.count("AGREE", NONE) == 1


def test_predictions_with_no_gold_event_count_in_the_none_row(matrix: Confusion) -> None:
    assert (matrix.count(NONE, "ASSAULT"), matrix.count(NONE, "AID")) == (1, 1)


def test_every_gold_event_and_prediction_is_counted_once(matrix: Confusion) -> None:
    assert (matrix.total, matrix.agreeing) == (6, 2)


def test_labels_are_sorted_with_none_last() -> None:
    matrix = Confusion.from_pairs([("REJECT", "ACCUSE"), ("AGREE", NONE)])
    assert matrix.labels == ("ACCUSE", "AGREE", "REJECT", NONE)


def test_largest_lists_the_biggest_disagreements_first() -> None:
    pairs = (
        [("AGREE", "AGREE")] * 5 + [("REQUEST", NONE)] * 3 + [("PROTEST", "ACCUSE")] * 2 + [("AID", "AGREE")]
    )
    assert Confusion.from_pairs(pairs).largest(2) == [("REQUEST", NONE, 3), ("PROTEST", "ACCUSE", 2)]


def test_largest_can_include_agreements() -> None:
    pairs = [("AGREE", "AGREE")] * 5 + [("REQUEST", NONE)] * 3
    assert Confusion.from_pairs(pairs).largest(1, errors_only=False) == [("AGREE", "AGREE", 5)]


def test_json_matrix_has_gold_rows_and_predicted_columns() -> None:
    report = Confusion.from_pairs([("AGREE", "CONSULT"), ("AGREE", "AGREE")]).as_json()
    assert report["labels"] == ["AGREE", "CONSULT", NONE]
    assert report["matrix"] == [[1, 1, 0], [0, 0, 0], [0, 0, 0]]


def test_grid_abbreviates_headers_and_shows_totals() -> None:
    grid = format_confusion(Confusion.from_pairs([("CONSULT", "CONCEDE"), ("CONSULT", "CONSULT")]))
    header = grid.splitlines()[2]
    assert header.split() == ["CONCE", "CONSU", "NONE", "total"]
    assert "CONSULT    -> CONCEDE    1" in grid
