"""bilat's Python API: ``bilat.read`` on one text, ``bilat.ingest`` into a temporary SQLite database (its
report, its progress callback, one transaction per batch), ``bilat.events`` with an ``EventQuery``, and the
curated ``bilat.__all__``."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest

import bilat
from bilat.errors import StoreError
from bilat.store import Store

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
READING_TABLES = ("documents", "sentences", "mentions", "times", "events", "event_spans")

PUBLIC_NAMES = [
    "ActorRef", "BilatError", "Document", "Event", "EventDate", "EventQuery", "IngestReport", "InputError",
    "Mention", "Place", "Progress", "ReadOptions", "Reader", "Reading", "Settings", "Span", "dossier",
    "evaluate", "events", "ingest", "load_reading", "partners", "read", "recode", "timeline",
]  # fmt: skip

VISIT = (
    "ANKARA, February 1, 2024 (Example Wire) -- Hungary's prime minister arrived in Ankara on Thursday "
    "for a two-day visit. He met Turkey's president on Friday."
)
ARTICLES = {
    # id: (date, text): three articles with events, for the batch tests
    "tr-hu": ("2024-02-01", VISIT),
    "fr-de": ("2024-05-06", "France and Germany held talks in Paris on Monday on a joint fighter jet."),
    "kr-kp": ("2025-03-05", "South Korea accused North Korea on Wednesday of firing two ballistic missiles."),
}


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def write_articles(path: Path, ids: list[str]) -> Path:
    lines = [json.dumps({"id": i, "date": ARTICLES[i][0], "text": ARTICLES[i][1]}) + "\n" for i in ids]
    path.write_text("".join(lines), encoding="utf-8")
    return path


def rows_of(db_path: Path, doc_id: str) -> dict[str, int]:
    with sqlite3.connect(db_path) as conn:
        return {
            t: int(conn.execute(f"SELECT count(*) FROM {t} WHERE doc_id = ?", (doc_id,)).fetchone()[0])
            for t in READING_TABLES
        }


def fail_events_of(db_path: Path, doc_id: str) -> None:
    """Create the schema, then a trigger that aborts the insert of any event of ``doc_id``: a batch's
    documents, sentences, mentions and times are inserted before its events, so it fails mid-batch."""
    Store.open(sqlite_url(db_path)).close()
    with sqlite3.connect(db_path) as conn:
        conn.execute(
            f"CREATE TRIGGER fail_events BEFORE INSERT ON events WHEN NEW.doc_id = '{doc_id}' "
            "BEGIN SELECT RAISE(ABORT, 'disk quota exceeded (test)'); END"
        )


# ------------------------------------------------------------------------------------------------ read


def test_read_codes_the_events_of_one_text() -> None:
    reading = bilat.read(VISIT)
    assert reading.document.date == dt.date(2024, 2, 1)
    found = {
        (e.source.code.split(".")[0], e.plover_type, e.target.code.split(".")[0]) for e in reading.events
    }
    assert ("HUN", "CONSULT", "TUR") in found


def test_read_spans_point_into_the_text() -> None:
    reading = bilat.read(VISIT, doc_id="visit")
    text = reading.document.text
    assert reading.mentions and reading.times and reading.events
    assert all(
        text[m.span.start : m.span.end] == m.text and m.span.doc_id == "visit" for m in reading.mentions
    )
    assert all(text[t.span.start : t.span.end] == t.text for t in reading.times)
    assert all(text[e.trigger_span.start : e.trigger_span.end] == e.trigger for e in reading.events)
    assert {e.doc_id for e in reading.events} == {"visit"}


@pytest.mark.parametrize("date", ["2024-05-06", dt.date(2024, 5, 6)])
def test_read_takes_the_date_as_text_or_date(date: str | dt.date) -> None:
    reading = bilat.read("France and Germany held talks in Paris on Monday.", date=date)
    assert reading.document.date == dt.date(2024, 5, 6)
    assert [e.date.value for e in reading.events] == ["2024-05-06"]


def test_read_records_are_the_format_records() -> None:
    [event] = bilat.read("South Korea accused North Korea of firing missiles.", date="2025-03-05").events
    record = event.as_record()
    assert (record["source_actor"], record["target_actor"], record["plover_type"]) == ("KOR", "PRK", "ACCUSE")
    assert record["cameo_root"] == str(record["cameo_code"])[:2]
    json.dumps(record)  # a record is plain JSON


def test_read_with_settings_builds_its_own_reader(tmp_path: Path) -> None:
    actors = tmp_path / "elbonia.tsv"
    actors.write_text("phrase\tcode\tkind\nElbonia\tELB\tcountry\n", encoding="utf-8")
    text = "Germany accused Elbonia on Monday of jamming satellite navigation signals."
    settings = bilat.Settings(actor_files=(actors,))
    assert [e.target.code for e in bilat.read(text, date="2024-03-04", settings=settings).events] == ["ELB"]
    assert [e.target.code for e in bilat.read(text, date="2024-03-04").events] != ["ELB"]


def test_reader_read_equals_the_api_read(reader: bilat.Reader) -> None:
    text = "France and Germany held talks in Paris on Monday."
    assert reader.read(text, date="2024-05-06") == bilat.read(text, date="2024-05-06")


# ---------------------------------------------------------------------------------------------- ingest


def test_ingest_reports_what_it_stored(tmp_path: Path) -> None:
    db = sqlite_url(tmp_path / "api.db")
    report = bilat.ingest([str(EXAMPLES)], db=db)
    assert isinstance(report, bilat.IngestReport)
    assert (report.documents, report.skipped, report.errors, report.ok) == (5, 0, (), True)
    assert report.events == len(bilat.events(db)) > 0


def test_ingest_again_skips_what_is_stored(tmp_path: Path) -> None:
    db = sqlite_url(tmp_path / "api.db")
    first = bilat.ingest([str(EXAMPLES)], db=db)
    again = bilat.ingest([str(EXAMPLES)], db=db)
    assert (again.documents, again.skipped, again.events) == (0, first.documents, 0)
    assert len(bilat.events(db)) == first.events


def test_ingest_returns_input_errors_without_raising(tmp_path: Path) -> None:
    missing = tmp_path / "absent.txt"
    report = bilat.ingest([str(write_articles(tmp_path / "a.jsonl", ["fr-de"])), str(missing)],
                          db=sqlite_url(tmp_path / "api.db"))  # fmt: skip
    assert report.documents == 1 and not report.ok
    [error] = report.errors
    assert isinstance(error, bilat.InputError) and error.origin == str(missing)


def test_ingest_reports_progress_after_each_batch(tmp_path: Path) -> None:
    seen: list[bilat.Progress] = []
    path = write_articles(tmp_path / "a.jsonl", list(ARTICLES))
    report = bilat.ingest(
        [str(path)], db=sqlite_url(tmp_path / "api.db"), batch_size=1, on_progress=seen.append
    )
    assert [p.documents for p in seen] == [1, 2, 3]
    assert seen[-1].events == report.events


def test_ingest_options_date_and_source_apply_to_every_input(tmp_path: Path) -> None:
    db = sqlite_url(tmp_path / "api.db")
    path = write_articles(tmp_path / "a.jsonl", ["fr-de", "kr-kp"])
    options = bilat.ReadOptions(date=dt.date(2024, 9, 4), source="Example Wire")
    bilat.ingest([str(path)], db=db, options=options)
    for doc_id in ("fr-de", "kr-kp"):
        reading = bilat.load_reading(doc_id, db)
        assert reading is not None
        assert (reading.document.date, reading.document.source) == (dt.date(2024, 9, 4), "Example Wire")


def test_a_failed_batch_writes_no_row_of_any_of_its_documents(tmp_path: Path) -> None:
    db_path = tmp_path / "fails.db"
    fail_events_of(db_path, "kr-kp")
    path = write_articles(tmp_path / "a.jsonl", list(ARTICLES))
    with pytest.raises(StoreError, match="disk quota exceeded"):
        bilat.ingest([str(path)], db=sqlite_url(db_path))
    for doc_id in ARTICLES:
        assert set(rows_of(db_path, doc_id).values()) == {0}, doc_id


def test_batches_written_before_a_failure_stay_written(tmp_path: Path) -> None:
    db_path = tmp_path / "fails.db"
    fail_events_of(db_path, "kr-kp")
    path = write_articles(tmp_path / "a.jsonl", ["tr-hu", "fr-de", "kr-kp"])
    with pytest.raises(bilat.BilatError):
        bilat.ingest([str(path)], db=sqlite_url(db_path), batch_size=2)
    assert all(n > 0 for t, n in rows_of(db_path, "tr-hu").items() if t != "event_spans")
    assert rows_of(db_path, "fr-de")["events"] > 0
    assert set(rows_of(db_path, "kr-kp").values()) == {0}


# ---------------------------------------------------------------------------------------------- events


@pytest.fixture(scope="module")
def examples_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    db = sqlite_url(tmp_path_factory.mktemp("api") / "examples.db")
    bilat.ingest([str(EXAMPLES)], db=db)
    return db


def test_events_without_a_query_are_all_events_by_date(examples_db: str) -> None:
    found = bilat.events(examples_db)
    assert found and all(isinstance(e, bilat.Event) for e in found)
    dated = [e.date.value for e in found if e.date.value and e.date.precision == "day"]
    assert dated == sorted(dated)


@pytest.mark.parametrize("dyad", [("RUS", "CAF"), ("CAF", "RUS")])
def test_events_query_a_dyad_in_either_order(examples_db: str, dyad: tuple[str, str]) -> None:
    found = bilat.events(examples_db, bilat.EventQuery(dyad=dyad))
    assert found
    assert all({e.source.code.split(".")[0], e.target.code.split(".")[0]} == {"RUS", "CAF"} for e in found)


def test_events_query_a_type_and_a_window(examples_db: str) -> None:
    query = bilat.EventQuery(plover_type="CONSULT", since="2024-07-01", until="2024-07-31")
    found = bilat.events(examples_db, query)
    assert found and {e.plover_type for e in found} == {"CONSULT"}
    assert {e.date.value for e in found} == {"2024-07-08"}


@pytest.mark.parametrize("bad", [{"since": "last spring"}, {"limit": -1}, {"until": "2024-13"}])
def test_a_bad_event_query_is_a_bilat_error(bad: dict[str, object]) -> None:
    with pytest.raises(bilat.BilatError):
        bilat.EventQuery(**bad)  # type: ignore[arg-type]


def test_load_reading_returns_the_stored_reading(examples_db: str) -> None:
    [event, *_] = bilat.events(examples_db)
    reading = bilat.load_reading(event.doc_id, examples_db)
    assert reading is not None and event in reading.events
    assert bilat.load_reading("doc-0000000000000000", examples_db) is None


def test_recode_keeps_the_stored_events(tmp_path: Path) -> None:
    db = sqlite_url(tmp_path / "api.db")
    bilat.ingest([str(EXAMPLES)], db=db)
    before = sorted(e.event_id for e in bilat.events(db))
    report = bilat.recode(db)
    assert (report.documents, report.events) == (5, len(before))
    assert sorted(e.event_id for e in bilat.events(db)) == before


# ---------------------------------------------------------------------------------------------- __all__


def test_the_public_api_is_the_curated_list() -> None:
    assert sorted(bilat.__all__) == sorted(PUBLIC_NAMES)
    assert len(bilat.__all__) == len(set(bilat.__all__))


@pytest.mark.parametrize("name", PUBLIC_NAMES)
def test_every_public_name_is_importable(name: str) -> None:
    assert getattr(bilat, name) is not None
