"""The ``bilat`` command end to end: ingest the example articles into a temporary SQLite database, list
their events in every format and through every filter, show one document, score gold files, re-code, and
refuse bad inputs with one line each on stderr and exit status 1."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from bilat import api
from bilat.cli import CSV_FIELDS, app
from bilat.model import Document
from bilat.store import Store

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
GOLD = ROOT / "tests" / "data" / "eval" / "gold"
EXAMPLE_COUNT = 5  # documents in examples/: two .txt, one .html, two lines of .jsonl
FORMAT_FIELDS = (
    "event_id", "doc_id", "source_actor", "target_actor", "source_text", "target_text", "symmetric",
    "plover_type", "plover_mode", "context", "cameo_code", "cameo_root", "quad_class", "goldstein", "date",
    "end_date", "date_precision", "status", "location", "confidence", "coder_version", "evidence", "spans",
)  # fmt: skip  # FORMAT.md, "Event records bilat emits"
SPAN_KINDS = ("trigger", "source", "target", "date")
GOOD_TEXT = (
    "WASHINGTON, May 2, 2024 (Example Wire) -- The United States accused Iran on Thursday of attacking "
    "commercial ships in the Red Sea.\n"
)
KENYA_DOC = "example-kenya-ethiopia-2024-03-12"  # the id given in examples/east-africa-and-belarus.jsonl


def bilat(*args: str, stdin: str | None = None) -> Result:
    return CliRunner().invoke(app, list(args), input=stdin)


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def ingest_ok(*args: str, stdin: str | None = None) -> Result:
    result = bilat("ingest", "--quiet", *args, stdin=stdin)
    assert result.exit_code == 0, result.output
    return result


def records(db: str, *args: str) -> list[dict[str, Any]]:
    result = bilat("events", "--db", db, "--format", "jsonl", *args)
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def entity(code: str) -> str:
    return code.split(".", 1)[0]


def pair(record: dict[str, Any]) -> tuple[str, str]:
    return entity(record["source_actor"]), entity(record["target_actor"])


def error_lines(result: Result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("error:")]


def _documents(db: str) -> list[Document]:
    with Store.open(db) as store:
        return list(store.documents())


def table_rows(db_path: Path, table: str) -> int:
    with sqlite3.connect(db_path) as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


@pytest.fixture(scope="module")
def examples_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The example articles, ingested once through the CLI; tests only read it."""
    db = sqlite_url(tmp_path_factory.mktemp("cli") / "examples.db")
    ingest_ok(str(EXAMPLES), "--db", db)
    return db


@pytest.fixture(scope="module")
def all_records(examples_db: str) -> list[dict[str, Any]]:
    found = records(examples_db)
    assert found, "the example articles yield events"
    return found


@pytest.fixture
def good_file(tmp_path: Path) -> Path:
    path = tmp_path / "in" / "usa-iran.txt"
    path.parent.mkdir()
    path.write_text(GOOD_TEXT, encoding="utf-8")
    return path


# ------------------------------------------------------------------------------------------ ingest, events


def test_ingest_stores_every_example_document_and_its_events(examples_db: str) -> None:
    documents = _documents(examples_db)
    assert len(documents) == EXAMPLE_COUNT
    assert {e.doc_id for e in api.events(examples_db)} <= {d.id for d in documents}


def test_ingest_summary_names_documents_events_and_errors(tmp_path: Path) -> None:
    result = bilat("ingest", str(EXAMPLES), "--db", sqlite_url(tmp_path / "b.db"))
    assert result.exit_code == 0, result.output
    assert f"ingested {EXAMPLE_COUNT} documents (0 already stored)" in result.stderr
    assert "0 errors" in result.stderr


def test_events_jsonl_records_carry_the_format_fields(all_records: list[dict[str, Any]]) -> None:
    for record in all_records:
        assert set(FORMAT_FIELDS) <= set(record), sorted(set(FORMAT_FIELDS) - set(record))
        assert set(SPAN_KINDS) <= set(record["spans"])
        assert isinstance(record["context"], list)
        assert 0.0 <= record["confidence"] <= 1.0


def test_events_jsonl_spans_point_at_the_trigger_in_the_stored_text(
    examples_db: str, all_records: list[dict[str, Any]]
) -> None:
    texts = {d.id: d.text for d in _documents(examples_db)}
    for record in all_records:
        start, end = record["spans"]["trigger"]
        assert texts[record["doc_id"]][start:end] == record["trigger"]


def test_events_csv_has_a_header_and_one_row_per_event(
    examples_db: str, all_records: list[dict[str, Any]]
) -> None:
    result = bilat("events", "--db", examples_db, "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert tuple(rows[0]) == CSV_FIELDS
    assert [row[0] for row in rows[1:]] == [r["event_id"] for r in all_records]


def test_events_table_is_titled_with_the_event_count(
    examples_db: str, all_records: list[dict[str, Any]]
) -> None:
    result = bilat("events", "--db", examples_db)
    assert result.exit_code == 0, result.output
    assert result.stdout.lstrip().startswith(f"{len(all_records)} events")
    assert all(r["cameo_code"] in result.stdout for r in all_records)


def test_events_refuses_an_unknown_format(examples_db: str) -> None:
    result = bilat("events", "--db", examples_db, "--format", "parquet")
    assert result.exit_code == 2
    assert "table, jsonl, csv" in result.stderr


@pytest.mark.parametrize(("first", "second"), [("RUS", "CAF"), ("CAF", "RUS"), ("rus", "caf")])
def test_dyad_filter_is_order_free(examples_db: str, first: str, second: str) -> None:
    found = records(examples_db, "--dyad", first, second)
    assert found
    assert all(set(pair(r)) == {"RUS", "CAF"} for r in found)


def test_dyad_filter_keeps_every_event_between_the_two(
    examples_db: str, all_records: list[dict[str, Any]]
) -> None:
    expected = [r["event_id"] for r in all_records if set(pair(r)) == {"JPN", "PHL"}]
    assert [r["event_id"] for r in records(examples_db, "--dyad", "PHL", "JPN")] == expected


def test_directed_dyad_keeps_the_source_first(examples_db: str) -> None:
    forward = records(examples_db, "--dyad", "JPN", "PHL", "--directed")
    backward = records(examples_db, "--dyad", "PHL", "JPN", "--directed")
    assert forward and backward
    assert all(pair(r) == ("JPN", "PHL") for r in forward)
    assert all(pair(r) == ("PHL", "JPN") for r in backward)
    both = {r["event_id"] for r in records(examples_db, "--dyad", "JPN", "PHL")}
    assert {r["event_id"] for r in forward + backward} == both


@pytest.mark.parametrize("plover_type", ["CONSULT", "consult", "ACCUSE", "SANCTION"])
def test_type_filter_keeps_that_plover_type(examples_db: str, plover_type: str) -> None:
    found = records(examples_db, "--type", plover_type)
    assert found
    assert {r["plover_type"] for r in found} == {plover_type.upper()}


def test_since_and_until_keep_events_in_the_window(examples_db: str) -> None:
    found = records(examples_db, "--since", "2024-07-01", "--until", "2024-07-31")
    days = {r["date"] for r in found if r["date_precision"] == "day"}
    assert "2024-07-08" in days  # the Japan-Philippines call
    assert all("2024-07-01" <= day <= "2024-07-31" for day in days)
    assert all(r["date"] is not None for r in found)


@pytest.mark.parametrize(("option", "value"), [("--since", "2025"), ("--until", "2023-12")])
def test_a_date_bound_drops_the_events_beyond_it(
    examples_db: str, all_records: list[dict[str, Any]], option: str, value: str
) -> None:
    found = records(examples_db, option, value)
    days = [r["date"] for r in found if r["date_precision"] == "day"]
    assert 0 < len(found) < len(all_records)
    assert all(day >= "2025" for day in days) if option == "--since" else all(day < "2024" for day in days)


def test_a_bad_date_bound_is_one_error_line(examples_db: str) -> None:
    result = bilat("events", "--db", examples_db, "--since", "last spring")
    assert result.exit_code == 2
    assert len(error_lines(result)) == 1 and "since" in error_lines(result)[0]


def test_min_confidence_drops_less_confident_events(
    examples_db: str, all_records: list[dict[str, Any]]
) -> None:
    threshold = sorted(r["confidence"] for r in all_records)[len(all_records) // 2]
    found = records(examples_db, "--min-confidence", str(threshold))
    assert found and all(r["confidence"] >= threshold for r in found)
    assert len(found) == sum(r["confidence"] >= threshold for r in all_records)


def test_doc_filter_keeps_one_document(examples_db: str, all_records: list[dict[str, Any]]) -> None:
    found = records(examples_db, "--doc", KENYA_DOC)
    assert found and {r["doc_id"] for r in found} == {KENYA_DOC}
    assert len(found) == sum(r["doc_id"] == KENYA_DOC for r in all_records)


@pytest.mark.parametrize("limit", [0, 1, 3])
def test_limit_keeps_the_first_events(
    examples_db: str, all_records: list[dict[str, Any]], limit: int
) -> None:
    found = records(examples_db, "--limit", str(limit))
    assert [r["event_id"] for r in found] == [r["event_id"] for r in all_records[:limit]]


def test_filters_combine(examples_db: str) -> None:
    found = records(examples_db, "--dyad", "RUS", "CAF", "--type", "CONSULT", "--since", "2025")
    assert found
    assert all(set(pair(r)) == {"RUS", "CAF"} and r["plover_type"] == "CONSULT" for r in found)


# ---------------------------------------------------------------------------------------------- re-ingest


def test_reingesting_the_same_inputs_adds_nothing(tmp_path: Path) -> None:
    db_path = tmp_path / "again.db"
    db = sqlite_url(db_path)
    ingest_ok(str(EXAMPLES), "--db", db)
    before = {t: table_rows(db_path, t) for t in ("documents", "sentences", "mentions", "times", "events")}
    again = bilat("ingest", str(EXAMPLES), "--db", db)
    assert again.exit_code == 0, again.output
    assert f"ingested 0 documents ({EXAMPLE_COUNT} already stored), 0 events" in again.stderr
    assert {t: table_rows(db_path, t) for t in before} == before


# ------------------------------------------------------------------------------------------- bad inputs


BAD_INPUTS: dict[str, tuple[str, bytes | None, str]] = {
    # name: (file name, bytes (None: no file at all), what the error line says)
    "bad-utf8": ("lagos.txt", b"LAGOS, May 2, 2024 -- Nigeria\xe2\x80 protested to Ghana.\xff\n", "UTF-8"),
    "malformed-jsonl": (
        "feed.jsonl",
        b'{"id": "ok-1", "text": "France and Germany held talks in Paris on Monday.", "date": "2024-05-06"}\n'
        b'{"id": "broken", "text": "Spain met\n',
        "feed.jsonl:2:",
    ),
    "empty": ("empty.txt", b"  \n\n", "empty"),
    "binary": ("chart.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "binary"),
    "missing": ("not-there.txt", None, "not-there.txt"),
}


@pytest.mark.parametrize("kind", list(BAD_INPUTS))
def test_a_bad_input_is_one_error_line_and_the_good_document_is_stored(
    tmp_path: Path, good_file: Path, kind: str
) -> None:
    name, content, says = BAD_INPUTS[kind]
    bad = tmp_path / name
    if content is not None:
        bad.write_bytes(content)
    db_path = tmp_path / "bad.db"
    result = bilat("ingest", str(good_file), str(bad), "--db", sqlite_url(db_path))
    assert result.exit_code == 1
    [line] = error_lines(result)
    assert str(tmp_path / name) in line and says in line
    assert result.stdout == ""
    stored = {d.origin for d in _documents(sqlite_url(db_path))}
    assert str(good_file) in stored


def test_every_bad_input_gets_its_own_line(tmp_path: Path, good_file: Path) -> None:
    paths = []
    for name, content, _ in BAD_INPUTS.values():
        if content is not None:
            (tmp_path / name).write_bytes(content)
        paths.append(str(tmp_path / name))
    db = sqlite_url(tmp_path / "many.db")
    result = bilat("ingest", *paths, str(good_file), "--db", db)
    assert result.exit_code == 1
    lines = error_lines(result)
    assert len(lines) == len(BAD_INPUTS)
    for path in paths:
        assert sum(path in line for line in lines) == 1
    stored = {d.id for d in _documents(db)}
    assert "ok-1" in stored and len(stored) == 2  # the good line of the jsonl file and the good file


def test_a_store_failure_mid_batch_leaves_no_rows_and_exits_2(tmp_path: Path, good_file: Path) -> None:
    db_path = tmp_path / "fails.db"
    _fail_event_inserts(db_path)
    result = bilat("ingest", str(good_file), str(EXAMPLES), "--db", sqlite_url(db_path))
    assert result.exit_code == 2
    assert len(error_lines(result)) == 1
    assert {t: table_rows(db_path, t) for t in ("documents", "sentences", "mentions", "times", "events")} == {
        "documents": 0, "sentences": 0, "mentions": 0, "times": 0, "events": 0,
    }  # fmt: skip


def _fail_event_inserts(db_path: Path) -> None:
    """Create the schema, then a trigger that aborts every insert into ``events``: documents, sentences,
    mentions and times of a batch are inserted before its events, so the failure comes mid-batch."""
    Store.open(sqlite_url(db_path)).close()
    with sqlite3.connect(db_path) as conn:
        conn.execute(
            "CREATE TRIGGER fail_events BEFORE INSERT ON events "
            "BEGIN SELECT RAISE(ABORT, 'disk quota exceeded (test)'); END"
        )


# ------------------------------------------------------------------------------------ stdin and options


def test_dash_reads_the_text_from_stdin(tmp_path: Path) -> None:
    db = sqlite_url(tmp_path / "stdin.db")
    ingest_ok("-", "--db", db, stdin=GOOD_TEXT)
    [document] = _documents(db)
    assert document.origin == "-"
    assert document.text.strip() == GOOD_TEXT.strip()
    assert {pair(r) for r in records(db)} == {("USA", "IRN")}


def test_date_option_overrides_the_dateline(tmp_path: Path, good_file: Path) -> None:
    db = sqlite_url(tmp_path / "date.db")
    ingest_ok(str(good_file), "--db", db, "--date", "2024-06-14")
    [document] = _documents(db)
    assert (document.date, document.date_basis) == (dt.date(2024, 6, 14), "given")
    [event] = records(db)
    assert event["date"] == "2024-06-13"  # "on Thursday" before Friday 14 June, not 2 May


def test_a_bad_date_option_is_a_usage_error(tmp_path: Path, good_file: Path) -> None:
    result = bilat("ingest", str(good_file), "--db", sqlite_url(tmp_path / "x.db"), "--date", "14/06/2024")
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.stderr


def test_source_option_names_the_outlet(tmp_path: Path, good_file: Path) -> None:
    db = sqlite_url(tmp_path / "source.db")
    ingest_ok(str(good_file), "--db", db, "--source", "Gulf Monitor")
    [document] = _documents(db)
    assert document.source == "Gulf Monitor"


def test_field_option_maps_jsonl_fields(tmp_path: Path) -> None:
    lines = [
        {"uid": "pk-in-1", "body": "Pakistan accused India on Tuesday of violating the ceasefire in Kashmir.",
         "published": "2024-04-16"},
        {"uid": "pk-in-2", "body": "India rejected the charge and summoned Pakistan's envoy on Wednesday.",
         "published": "2024-04-17"},
    ]  # fmt: skip
    path = tmp_path / "wire.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    db = sqlite_url(tmp_path / "fields.db")
    ingest_ok(str(path), "--db", db, "--field", "text=body", "--field", "id=uid", "--field", "date=published")
    documents = {d.id: d for d in _documents(db)}
    assert set(documents) == {"pk-in-1", "pk-in-2"}
    assert documents["pk-in-1"].text == lines[0]["body"]
    assert documents["pk-in-2"].date == dt.date(2024, 4, 17)
    accusations = records(db, "--type", "ACCUSE")  # an accusation, then a summons (CAMEO 1 1 2, 1 1 6 ...)
    assert [(pair(r), r["date"]) for r in accusations] == [
        (("PAK", "IND"), "2024-04-16"),
        (("IND", "PAK"), "2024-04-17"),
    ]


@pytest.mark.parametrize(
    "mapping",
    ["text", "body=text", "text="],
)
def test_a_bad_field_mapping_is_one_error_line(tmp_path: Path, good_file: Path, mapping: str) -> None:
    result = bilat("ingest", str(good_file), "--db", sqlite_url(tmp_path / "x.db"), "--field", mapping)
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) <= 6  # a usage box or one error line, no traceback
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_the_installed_command_reads_stdin_and_exits_1_on_a_bad_input(tmp_path: Path) -> None:
    command = Path(sys.executable).parent / "bilat"
    if not command.exists():
        pytest.skip(f"{command} is not installed next to this Python")
    db = sqlite_url(tmp_path / "proc.db")
    done = subprocess.run(
        [str(command), "ingest", "-", str(tmp_path / "absent.txt"), "--db", db, "--quiet"],
        input=GOOD_TEXT,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "COLUMNS": "200"},
    )
    assert done.returncode == 1
    assert done.stderr.splitlines() == [f"error: {tmp_path / 'absent.txt'}: no such file or directory"]
    assert [d.origin for d in _documents(db)] == ["-"]


# -------------------------------------------------------------------------------------------------- show


def test_show_marks_actors_triggers_and_dates(examples_db: str) -> None:
    doc_id = _doc_id_of(examples_db, "russia-car-visit.txt")
    result = bilat("show", doc_id, "--db", examples_db)
    assert result.exit_code == 0, result.output
    for mark in ("[Vladimir Putin]{RUS.HOS}", "<<met>>{CONSULT}", "[January 16, 2025]{2025-01-16}",
                 "[in July 2023]{2023-07}", "[Central African Republic]{CAF}"):  # fmt: skip
        assert mark in result.stdout


def test_show_keeps_marked_phrases_that_look_like_rich_markup(examples_db: str) -> None:
    doc_id = _doc_id_of(examples_db, "russia-car-visit.txt")
    result = bilat("show", doc_id, "--db", examples_db)
    assert "[on Thursday]{2025-01-16}" in result.stdout
    assert "[in November 2024]{2024-11}" in result.stdout


def test_show_prints_the_whole_text_under_its_marks(examples_db: str) -> None:
    doc_id = _doc_id_of(examples_db, "korea-missile-accusation.txt")
    [document] = [d for d in _documents(examples_db) if d.id == doc_id]
    result = bilat("show", doc_id, "--db", examples_db)
    unmarked = re.sub(r"\{[^}]*\}|\[|\]|<<|>>", "", result.stdout)
    assert document.text.strip() in unmarked


def test_show_lists_the_documents_events(examples_db: str) -> None:
    doc_id = _doc_id_of(examples_db, "russia-car-visit.txt")
    events = records(examples_db, "--doc", doc_id)
    result = bilat("show", doc_id, "--db", examples_db)
    assert f"{len(events)} events:" in result.stdout
    listed = [line for line in result.stdout.splitlines() if " cameo " in line]
    assert len(listed) == len(events)
    assert all(f"<<{r['trigger']}>>" in result.stdout for r in events)


def test_show_an_unknown_document_exits_1(examples_db: str) -> None:
    result = bilat("show", "doc-0000000000000000", "--db", examples_db)
    assert result.exit_code == 1
    assert error_lines(result) == [f"error: no document 'doc-0000000000000000' in {examples_db}"]
    assert result.stdout == ""


def _doc_id_of(db: str, file_name: str) -> str:
    [doc_id] = [d.id for d in _documents(db) if Path(d.origin).name == file_name]
    return doc_id


# -------------------------------------------------------------------------------------------------- eval


def test_eval_prints_a_table_of_scores() -> None:
    result = bilat("eval", str(GOLD / "cases.jsonl"), str(GOLD / "hun-tur-visit.gold.json"))
    assert result.exit_code == 0, result.output
    assert "precision" in result.stdout and "recall" in result.stdout
    assert all(name in result.stdout for name in ("plover", "cameo_root", "ignoring_dates", "hun-tur-visit"))


def test_eval_json_prints_the_format_object() -> None:
    result = bilat("eval", str(GOLD / "cases.jsonl"), str(GOLD / "hun-tur-visit.gold.json"), "--json")
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert set(scores) >= {
        "documents", "gold", "predicted", "plover", "cameo_root", "ignoring_dates", "status_accuracy",
        "role_accuracy",
    }  # fmt: skip
    cases = (GOLD / "cases.jsonl").read_text(encoding="utf-8").splitlines()
    assert scores["documents"] == 1 + sum(1 for line in cases if line.strip())
    for level in ("plover", "cameo_root", "ignoring_dates"):
        assert {"precision", "recall", "f1"} <= set(scores[level])
        assert all(0.0 <= scores[level][k] <= 1.0 for k in ("precision", "recall", "f1"))
    assert "date_accuracy" in scores["ignoring_dates"]


def test_eval_of_a_missing_gold_file_is_one_error_line(tmp_path: Path) -> None:
    result = bilat("eval", str(tmp_path / "nowhere.gold.json"))
    assert result.exit_code != 0
    assert len(error_lines(result)) == 1


# ------------------------------------------------------------------------------------------------ recode

LUNCH = "DUBLIN, May 7, 2024 -- Ireland's prime minister lunched with the president of Portugal on Tuesday.\n"
PATTERNS = """
[[pattern]]
id = "consult.lunch"
pos = "verb"
lemmas = ["lunch", "lunch with"]
plover = "CONSULT"
cameo = "040"
symmetric = true
target = ["dobj", "prep:with"]

[[pattern]]
id = "consult.meet"
pos = "verb"
lemmas = ["meet", "meet with"]
plover = "CONSULT"
cameo = "046"
symmetric = true
target = ["dobj", "prep:with"]
strength = 0.9
"""


def test_recode_keeps_the_event_count(tmp_path: Path) -> None:
    db = sqlite_url(tmp_path / "recode.db")
    ingest_ok(str(EXAMPLES), "--db", db)
    before = sorted(r["event_id"] for r in records(db))
    result = bilat("recode", "--db", db)
    assert result.exit_code == 0, result.output
    assert f"recoded {EXAMPLE_COUNT} documents, {len(before)} events" in result.stderr
    assert sorted(r["event_id"] for r in records(db)) == before


def test_recode_with_a_pattern_file_adds_and_overrides_patterns(tmp_path: Path) -> None:
    db = sqlite_url(tmp_path / "patterns.db")
    lunch = tmp_path / "lunch.txt"
    lunch.write_text(LUNCH, encoding="utf-8")
    ingest_ok(str(lunch), str(EXAMPLES / "russia-car-visit.txt"), "--db", db)
    assert [r for r in records(db) if r["trigger"] == "lunched"] == []
    met = [r for r in records(db) if r["trigger"] == "met"]
    assert met and {r["cameo_code"] for r in met} == {"040"}
    patterns = tmp_path / "patterns.toml"
    patterns.write_text(PATTERNS, encoding="utf-8")
    result = bilat("recode", "--db", db, "--patterns", str(patterns))
    assert result.exit_code == 0, result.output
    after = records(db)
    assert [(pair(r), r["plover_type"], r["pattern"]) for r in after if r["trigger"] == "lunched"] == [
        (("IRL", "PRT"), "CONSULT", "consult.lunch")
    ]
    assert {r["cameo_code"] for r in after if r["trigger"] == "met"} == {"046"}


def test_recode_of_one_document_leaves_the_others(tmp_path: Path) -> None:
    db = sqlite_url(tmp_path / "one.db")
    lunch = tmp_path / "lunch.txt"
    lunch.write_text(LUNCH, encoding="utf-8")
    ingest_ok(str(lunch), str(EXAMPLES / "russia-car-visit.txt"), "--db", db)
    russia = _doc_id_of(db, "russia-car-visit.txt")
    patterns = tmp_path / "patterns.toml"
    patterns.write_text(PATTERNS, encoding="utf-8")
    result = bilat("recode", "--db", db, "--doc", russia, "--patterns", str(patterns))
    assert result.exit_code == 0, result.output
    assert "recoded 1 documents" in result.stderr
    after = records(db)
    assert [r for r in after if r["trigger"] == "lunched"] == []
    assert {r["cameo_code"] for r in after if r["trigger"] == "met"} == {"046"}


def test_recode_with_a_broken_pattern_file_is_one_error_line(tmp_path: Path) -> None:
    db = sqlite_url(tmp_path / "broken.db")
    patterns = tmp_path / "broken.toml"
    patterns.write_text('[[pattern]]\nid = "x.dine"\nlemmas = ["dine"]\nplover = "FEAST"\ncameo = "040"\n')
    result = bilat("recode", "--db", db, "--patterns", str(patterns))
    assert result.exit_code == 2
    [line] = error_lines(result)
    assert str(patterns) in line and "x.dine" in line


# ------------------------------------------------------------------------------------------------ actors

ELBONIA_TEXT = (
    "BERLIN, March 4, 2024 (Example Wire) -- Germany accused Elbonia on Monday of jamming satellite "
    "navigation signals over the Baltic Sea.\n"
)
ACTOR_FILES = {
    "toml": ("elbonia.toml", '[country]\n"ELB" = ["Elbonia", "Republic of Elbonia"]\n'),
    "tsv": ("elbonia.tsv", "phrase\tcode\tkind\nElbonia\tELB\tcountry\n"),
}


@pytest.mark.parametrize("kind", list(ACTOR_FILES))
def test_an_actor_file_adds_a_country_that_events_then_name(tmp_path: Path, kind: str) -> None:
    article = tmp_path / "jamming.txt"
    article.write_text(ELBONIA_TEXT, encoding="utf-8")
    name, content = ACTOR_FILES[kind]
    actors = tmp_path / name
    actors.write_text(content, encoding="utf-8")
    plain, extended = sqlite_url(tmp_path / "plain.db"), sqlite_url(tmp_path / "extended.db")
    ingest_ok(str(article), "--db", plain)
    assert all("ELB" not in pair(r) for r in records(plain))
    ingest_ok(str(article), "--db", extended, "--actors", str(actors))
    assert [(pair(r), r["plover_type"]) for r in records(extended)] == [(("DEU", "ELB"), "ACCUSE")]


def test_a_missing_actor_file_is_one_error_line(tmp_path: Path, good_file: Path) -> None:
    missing = tmp_path / "nowhere.toml"
    result = bilat("ingest", str(good_file), "--db", sqlite_url(tmp_path / "x.db"), "--actors", str(missing))
    assert result.exit_code == 2
    [line] = error_lines(result)
    assert str(missing) in line
