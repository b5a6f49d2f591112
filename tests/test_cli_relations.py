"""The relation commands end to end: ``bilat indicators``, ``relations``, ``timeline`` and ``dossier`` on
the example articles and our hand-written pairs, in a temporary SQLite database."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from bilat.cli import app

ROOT = Path(__file__).resolve().parents[1]
INPUTS = (ROOT / "examples", ROOT / "tests" / "data" / "relations")


def bilat(*args: str) -> Result:
    return CliRunner().invoke(app, list(args))


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('cli') / 'bilat.db'}"
    result = bilat("ingest", *map(str, INPUTS), "--db", url, "--quiet")
    assert result.exit_code == 0, result.output
    return url


def test_indicators_jsonl_records_carry_the_issue_fields(db: str) -> None:
    result = bilat("indicators", "--db", db, "--dyad", "jpn", "ind", "--format", "jsonl")
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    fields = {"what", "value", "unit", "year", "qualifier", "year_qualifier", "actors", "evidence", "doc_id"}
    assert records and all(fields <= set(r) for r in records)
    trade = sorted((r["year"], r["value"]) for r in records if r["what"] == "trade")
    assert trade == [(2020, 18e9), (2024, 22.8e9)]
    assert all(set(r["actors"]) <= {"IND", "JPN"} for r in records)


def test_indicators_csv_has_a_header(db: str) -> None:
    result = bilat("indicators", "--db", db, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows and {"what", "value", "unit", "actors", "evidence"} <= set(rows[0])


def test_indicators_table_is_titled_with_the_count(db: str) -> None:
    result = bilat("indicators", "--db", db, "--dyad", "IND", "JPN")
    assert result.exit_code == 0
    assert "figures" in result.stdout and "trade" in result.stdout


def test_relations_ranks_partners(db: str) -> None:
    result = bilat("relations", "JPN", "--db", db)
    assert result.exit_code == 0, result.output
    assert "IND" in result.stdout and "partners of JPN" in result.stdout


def test_timeline_lists_events_and_figures_by_date(db: str) -> None:
    result = bilat("timeline", "IND", "JPN", "--db", db)
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.index("2020") < out.index("2023") < out.index("2025-03-04")


@pytest.mark.parametrize("fmt", ["md", "html", "json"])
def test_dossier_writes_each_format(db: str, tmp_path: Path, fmt: str) -> None:
    target = tmp_path / "out" / f"ind-jpn.{fmt}"
    result = bilat("dossier", "IND", "JPN", "--db", db, "--format", fmt, "-o", str(target))
    assert result.exit_code == 0, result.output
    text = target.read_text(encoding="utf-8")
    assert "India and Japan" in text
    if fmt == "md":
        assert (tmp_path / "out" / "ind-jpn-economy.png").exists()


def test_dossier_to_stdout_is_markdown_without_charts(db: str) -> None:
    result = bilat("dossier", "rus", "caf", "--db", db)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("# Russia and the Central African Republic")
    assert "![" not in result.stdout


def test_dossier_refuses_an_unknown_format(db: str) -> None:
    result = bilat("dossier", "IND", "JPN", "--db", db, "--format", "pdf")
    assert result.exit_code == 2


def test_dossier_bad_since_is_one_error_line(db: str) -> None:
    result = bilat("dossier", "IND", "JPN", "--db", db, "--since", "March")
    assert result.exit_code == 2
    assert "since" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_indicators_on_the_sample_give_the_gold_figures(
    tmp_path: Path, shared_file: Callable[..., Path]
) -> None:
    gold = json.loads(shared_file("samples", "tass-2025-01-16-putin-touadera.gold.json").read_text("utf-8"))
    url = f"sqlite:///{tmp_path / 'sample.db'}"
    sample = shared_file("samples", "tass-2025-01-16-putin-touadera.txt")
    assert bilat("ingest", str(sample), "--db", url, "--quiet").exit_code == 0
    result = bilat("indicators", "--db", url, "--dyad", "RUS", "CAF", "--format", "jsonl")
    found = {
        (r["value"], r["unit"], r["year"], r["qualifier"], tuple(r["actors"]))
        for r in map(json.loads, result.stdout.splitlines())
    }
    for quantity in gold["quantities"]:
        expected = (
            float(quantity["value"]),
            quantity["unit"],
            quantity["year"],
            quantity.get("qualifier"),
            tuple(quantity["actors"]),
        )
        assert expected in found, quantity["what"]


def test_future_as_agree_lists_a_planned_meeting_as_agree(tmp_path: Path) -> None:
    article = tmp_path / "plan.txt"
    article.write_text(
        "LIMA, March 3, 2025 (Example Wire) -- Chile and Peru will hold talks in Lima on Thursday.\n",
        encoding="utf-8",
    )
    url = f"sqlite:///{tmp_path / 'plan.db'}"
    assert bilat("ingest", str(article), "--db", url, "--quiet").exit_code == 0
    (as_coded,) = map(json.loads, bilat("events", "--db", url, "--format", "jsonl").stdout.splitlines())
    converted = bilat("events", "--db", url, "--format", "jsonl", "--future-as-agree").stdout.splitlines()
    (as_plover,) = map(json.loads, converted)
    assert (as_coded["plover_type"], as_coded["status"]) == ("CONSULT", "planned")
    assert (as_plover["plover_type"], as_plover["coded_plover_type"], as_plover["status"]) == (
        "AGREE",
        "CONSULT",
        "planned",
    )


def test_indicators_items_list_goods_and_sectors_with_their_spans(db: str) -> None:
    result = bilat("indicators", "--db", db, "--items", "--format", "jsonl")
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records and all(
        {"kind", "item", "actors", "evidence", "doc_id", "spans"} <= set(r) for r in records
    )
    for record in records:
        start, end = record["spans"]["item"]
        s_start, s_end = record["spans"]["sentence"]
        assert s_start <= start < end <= s_end
        assert record["item"] in record["evidence"]
