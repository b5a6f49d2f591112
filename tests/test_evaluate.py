"""Tests for bilat.evaluate: reading gold files, the matching rules of FORMAT.md, the reports, and
agreement with the reference scorer in ../shared/eval on hand-written, sample and random inputs."""

from __future__ import annotations

import datetime as dt
import json
import random
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest

from bilat.errors import GoldFormatError
from bilat.evaluate import (
    DocumentScore,
    GoldDocument,
    Scores,
    date_agrees,
    date_interval,
    evaluate,
    format_table,
    load_gold,
    score,
)
from bilat.model import Document

DATA = Path(__file__).resolve().parent / "data" / "eval"
GOLD_PATHS = [DATA / "gold" / "cases.jsonl", DATA / "gold" / "hun-tur-visit.gold.json"]
PREDICTION_FILES = sorted(p.stem for p in (DATA / "predictions").glob("*.jsonl"))

Record = dict[str, Any]


# ------------------------------------------------------------------------------------------------ helpers


def read_records(path: Path) -> list[Record]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def by_document(records: Sequence[Record]) -> dict[str, list[Record]]:
    grouped: dict[str, list[Record]] = {}
    for record in records:
        grouped.setdefault(str(record["doc_id"]), []).append(record)
    return grouped


def predictions(name: str) -> dict[str, list[Record]]:
    return by_document(read_records(DATA / "predictions" / f"{name}.jsonl"))


@pytest.fixture(scope="module")
def gold() -> list[GoldDocument]:
    return load_gold(GOLD_PATHS)


def scored(gold: Sequence[GoldDocument], name: str) -> Scores:
    return score(gold, predictions(name))


def document(scores: Scores, doc_id: str) -> DocumentScore:
    return next(d for d in scores.per_document if d.id == doc_id)


def write_jsonl(path: Path, objects: Sequence[Mapping[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(o) + "\n" for o in objects), encoding="utf-8")
    return path


GOOD_LINE = {"id": "ok", "text": "Chile and Peru held talks.", "events": []}
GOOD_EVENT = {
    "source_actor": "CHL.GOV",
    "target_actor": "PER.GOV",
    "plover_type": "CONSULT",
    "cameo_code": "040",
    "date": "2024-05-02",
}


# ------------------------------------------------------------------------------------------------ loading


def test_load_gold_reads_every_document_of_jsonl_and_gold_json_files(gold: list[GoldDocument]) -> None:
    ids = [d.id for d in gold]
    assert len(ids) == 15
    assert ids[0] == "kor-jpn-protest"
    assert ids[-1] == "hun-tur-visit"


def test_load_gold_reads_text_from_the_file_named_next_to_the_gold_file(gold: list[GoldDocument]) -> None:
    visit = next(d for d in gold if d.id == "hun-tur-visit")
    assert visit.text.startswith("ANKARA, February 1. /Wire/. Hungary's prime minister arrived")


def test_load_gold_reads_the_gold_files_of_a_directory() -> None:
    assert {d.id for d in load_gold([DATA / "gold"])} == {d.id for d in load_gold(GOLD_PATHS)}


def test_load_gold_keeps_publication_date_estimate_and_dateline(gold: list[GoldDocument]) -> None:
    visit = next(d for d in gold if d.id == "hun-tur-visit")
    assert (visit.publication_date, visit.date_estimated, visit.dateline) == (
        dt.date(2024, 2, 1),
        True,
        "ANKARA, February 1. /Wire/.",
    )


def test_load_gold_keeps_a_target_list_as_a_tuple(gold: list[GoldDocument]) -> None:
    aid = next(d for d in gold if d.id == "ind-npl-aid").events[0]
    assert aid.target_actor == ("NPL.MIL", "NPL.COP")


def test_load_gold_origin_names_file_and_line(gold: list[GoldDocument]) -> None:
    assert gold[1].origin == f"{GOLD_PATHS[0]}:2"


def test_gold_status_defaults_to_occurred(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "g.jsonl", [{**GOOD_LINE, "events": [GOOD_EVENT]}])
    assert load_gold([path])[0].events[0].status == "occurred"


def test_gold_cameo_root_defaults_to_first_two_digits_of_code(tmp_path: Path) -> None:
    event = {**GOOD_EVENT, "cameo_code": "0311"}
    path = write_jsonl(tmp_path / "g.jsonl", [{**GOOD_LINE, "events": [event]}])
    assert load_gold([path])[0].events[0].cameo_root == "03"


BAD_EVENTS = {
    "missing plover type": {k: v for k, v in GOOD_EVENT.items() if k != "plover_type"},
    "missing source": {k: v for k, v in GOOD_EVENT.items() if k != "source_actor"},
    "empty target list": {**GOOD_EVENT, "target_actor": []},
    "no cameo": {k: v for k, v in GOOD_EVENT.items() if k != "cameo_code"},
    "month thirteen": {**GOOD_EVENT, "date": "2024-13"},
    "words for a date": {**GOOD_EVENT, "date": "next week"},
    "february thirtieth": {**GOOD_EVENT, "date": "2024-02-30"},
    "range backwards": {**GOOD_EVENT, "date": "2024-05-09/2024-05-02"},
    "unknown status": {**GOOD_EVENT, "status": "rumoured"},
    "unknown precision": {**GOOD_EVENT, "date_precision": "decade"},
    "symmetric as text": {**GOOD_EVENT, "symmetric": "yes"},
    "alternative without code": {**GOOD_EVENT, "also_accept": [{"plover_type": "AGREE"}]},
}


@pytest.mark.parametrize("event", BAD_EVENTS.values(), ids=BAD_EVENTS.keys())
def test_malformed_gold_event_raises_naming_file_and_line(tmp_path: Path, event: Record) -> None:
    path = write_jsonl(tmp_path / "g.jsonl", [GOOD_LINE, {"id": "bad", "text": "x", "events": [event]}])
    with pytest.raises(GoldFormatError, match=r"g\.jsonl:2: event 1"):
        load_gold([path])


BAD_DOCUMENTS = {
    "no id": {"text": "x", "events": []},
    "events not a list": {"id": "a", "text": "x", "events": {}},
    "no events key": {"id": "a", "text": "x"},
    "negative with events": {"id": "a", "text": "x", "negative": True, "events": [GOOD_EVENT]},
    "no text nor file": {"id": "a", "events": []},
    "publication date not iso": {"id": "a", "text": "x", "events": [], "publication_date": "16 January"},
    "array instead of object": [1, 2],
}


@pytest.mark.parametrize("raw", BAD_DOCUMENTS.values(), ids=BAD_DOCUMENTS.keys())
def test_malformed_gold_document_raises_naming_file_and_line(tmp_path: Path, raw: Any) -> None:
    path = write_jsonl(tmp_path / "g.jsonl", [GOOD_LINE, raw])
    with pytest.raises(GoldFormatError, match=r"g\.jsonl:2"):
        load_gold([path])


def test_invalid_json_in_gold_file_raises_naming_its_line(tmp_path: Path) -> None:
    path = tmp_path / "talks.gold.json"
    path.write_text('{\n "id": "talks",\n "events": [,]\n}\n', encoding="utf-8")
    with pytest.raises(GoldFormatError, match=r"talks\.gold\.json:3: not valid JSON"):
        load_gold([path])


def test_missing_text_file_raises_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "talks.gold.json"
    path.write_text(json.dumps({"id": "talks", "file": "talks.txt", "events": []}), encoding="utf-8")
    with pytest.raises(GoldFormatError, match=r"talks\.txt"):
        load_gold([path])


def test_document_id_given_twice_raises(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "g.jsonl", [GOOD_LINE, GOOD_LINE])
    with pytest.raises(GoldFormatError, match=r"g\.jsonl:2: document id 'ok' already given in .*g\.jsonl:1"):
        load_gold([path])


def test_missing_gold_path_raises(tmp_path: Path) -> None:
    with pytest.raises(GoldFormatError, match="no such gold file"):
        load_gold([tmp_path / "absent.jsonl"])


# ------------------------------------------------------------------------------------------------ dates

DATE_CASES = [
    ("2025-01-16", "2025-01-16", True),
    ("2025-01-16", "2025-01-17", False),
    ("2025-01-16", "2025-01", False),  # a month does not match a gold day
    ("2025-01-16", "2025", False),  # a year does not match a gold day
    ("2024-11", "2024-11-30", True),
    ("2024-11", "2024-11", True),
    ("2024-11", "2024-12-01", False),
    ("2024-11", "2024", False),
    ("2019", "2019-06-21", True),
    ("2019", "2019-02", True),
    ("2019", "2020-01-01", False),
    ("2014-11-10/2014-11-16", "2014-11-12", True),
    ("2014-11-10/2014-11-16", "2014-11-17", False),
    ("2014-11-10/2014-11-16", "2014-11", False),
    ("..2024", "2024", True),
    ("..2024", "..2024", True),
    ("..2024", "1998-03-02", True),
    ("..2024", "2025-01-01", False),
    ("2024", "..2024", False),
    ("2019..", "2023-08", True),
    ("2019..", "2019..", True),
    ("2019..", "2018-12-31", False),
    (None, "2023-07-04", True),
    (None, None, True),
    ("2023-07", None, False),
    ("2023-07", "unknown", False),
    ("2025-01-16", "2025-01-16T09:30:00+03:00", True),
]


@pytest.mark.parametrize(
    ("gold_date", "predicted", "agrees"), DATE_CASES, ids=[f"{g}~{p}" for g, p, _ in DATE_CASES]
)
def test_date_agrees_when_predicted_interval_lies_inside_gold(
    gold_date: str | None, predicted: str | None, agrees: bool
) -> None:
    assert date_agrees(gold_date, predicted) is agrees


@pytest.mark.parametrize(
    ("value", "interval"),
    [
        ("2024-02", ("2024-02-01", "2024-02-31")),
        ("2014-11-10/2014-11-16", ("2014-11-10", "2014-11-16")),
        ("..2024", ("0000-01-01", "2024-12-31")),
        ("2019..", ("2019-01-01", "9999-12-31")),
        ("next Thursday", None),
        ("", None),
    ],
)
def test_date_interval_covers_the_notation(value: str, interval: tuple[str, str] | None) -> None:
    assert date_interval(value) == interval


# ------------------------------------------------------------------------------------------------ matching


def test_exact_predictions_score_one_at_every_level(gold: list[GoldDocument]) -> None:
    result = scored(gold, "perfect").as_json()
    assert result["plover"] == result["cameo_root"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert result["ignoring_dates"]["date_accuracy"] == 1.0


def test_reversed_pair_misses_an_ordered_gold_event(gold: list[GoldDocument]) -> None:
    assert document(scored(gold, "reversed-pairs"), "kor-jpn-protest").matches == ()


def test_reversed_pair_matches_a_symmetric_gold_event(gold: list[GoldDocument]) -> None:
    assert len(document(scored(gold, "reversed-pairs"), "fra-deu-talks").matches) == 1


def test_any_member_of_a_gold_target_list_matches(gold: list[GoldDocument]) -> None:
    assert document(scored(gold, "target-list-member"), "ind-npl-aid").missed == ()


def test_any_member_of_a_gold_source_list_matches(tmp_path: Path) -> None:
    """ "Germany and Poland condemned ..." coded once with both as its source."""
    event = {**GOOD_EVENT, "source_actor": ["DEU", "POL.GOV"], "target_actor": "RUS", "plover_type": "ACCUSE"}
    docs = load_gold([write_jsonl(tmp_path / "g.jsonl", [{**GOOD_LINE, "events": [event]}])])
    assert docs[0].events[0].source_actor == ("DEU", "POL.GOV")

    def predicted(source: str) -> dict[str, list[Record]]:
        record = {
            "source_actor": source,
            "target_actor": "RUS",
            "plover_type": "ACCUSE",
            "date": "2024-05-02",
        }
        return {"ok": [record]}

    assert score(docs, predicted("POL")).plover.matched == 1
    assert score(docs, predicted("FRA")).plover.matched == 0


def test_roles_do_not_decide_a_match(gold: list[GoldDocument]) -> None:
    assert scored(gold, "roles-differ").plover.matched == 1


def test_role_accuracy_counts_matches_with_other_roles(gold: list[GoldDocument]) -> None:
    assert scored(gold, "roles-differ").role_accuracy == 0.0


def test_also_accept_alternative_matches(gold: list[GoldDocument]) -> None:
    assert document(scored(gold, "also-accept"), "bra-arg-meeting").matched_required == 1


def test_other_plover_type_and_root_misses_at_both_levels(gold: list[GoldDocument]) -> None:
    result = scored(gold, "wrong-type")
    assert (result.plover.matched, result.cameo_root.matched) == (0, 0)


def test_cameo_root_level_matches_root_of_the_code_when_plover_type_differs(gold: list[GoldDocument]) -> None:
    result = scored(gold, "root-only")
    assert (result.plover.matched, result.cameo_root.matched) == (0, 1)


def test_predicted_dates_inside_gold_intervals_match(gold: list[GoldDocument]) -> None:
    result = scored(gold, "dates-inside")
    assert result.plover.matched == result.plover.predicted == 5


def test_predicted_dates_outside_gold_intervals_miss(gold: list[GoldDocument]) -> None:
    assert scored(gold, "dates-outside").plover.matched == 0


def test_ignoring_dates_matches_what_only_the_date_kept_apart(gold: list[GoldDocument]) -> None:
    result = scored(gold, "dates-outside")
    assert (result.ignoring_dates.matched, result.date_accuracy) == (6, 0.0)


def test_gold_without_date_matches_any_predicted_date(gold: list[GoldDocument]) -> None:
    assert document(scored(gold, "null-gold-date"), "qat-pse-funds").matched_required == 1


def test_matches_with_optional_gold_are_neither_hits_nor_false_positives(gold: list[GoldDocument]) -> None:
    result = scored(gold, "optional-matched")
    assert (result.plover.matched, result.plover.predicted, result.plover.precision) == (1, 1, 1.0)


def test_optional_gold_events_left_unmatched_are_no_misses(gold: list[GoldDocument]) -> None:
    mali = document(score(gold, {}), "mli-kidal-offensive")
    assert [g.event_id for g in mali.missed] == ["M3"]


def test_predictions_on_a_negative_document_are_false_positives(gold: list[GoldDocument]) -> None:
    result = scored(gold, "negative-document")
    assert (
        result.plover.predicted,
        result.plover.matched,
        len(document(result, "nga-lagos-floods").false_positives),
    ) == (1, 0, 1)


def test_each_gold_event_takes_at_most_one_prediction(gold: list[GoldDocument]) -> None:
    protest = document(scored(gold, "duplicates"), "kor-jpn-protest")
    assert (len(protest.matches), len(protest.false_positives)) == (1, 1)


def test_the_more_confident_prediction_wins_a_gold_event(gold: list[GoldDocument]) -> None:
    protest = document(scored(gold, "confidence-order"), "kor-jpn-protest")
    assert protest.matches[0].prediction_index == 1


def test_date_agreeing_pairs_go_first_when_ignoring_dates(gold: list[GoldDocument]) -> None:
    assert scored(gold, "date-agreement-first").date_accuracy == 1.0


def test_the_gold_event_with_the_narrowest_date_is_matched_first(gold: list[GoldDocument]) -> None:
    police = document(scored(gold, "narrowest-gold-first"), "aus-png-police")
    assert sorted((m.gold.event_id, m.prediction_index) for m in police.matches) == [("A1", 1), ("A2", 0)]


def test_a_gold_year_is_matched_before_a_gold_range_across_years(gold: list[GoldDocument]) -> None:
    patrols = document(scored(gold, "year-before-range-across-years"), "usa-phl-patrols")
    assert sorted((m.gold.event_id, m.prediction_index) for m in patrols.matches) == [("P1", 1), ("P2", 0)]


def test_status_accuracy_counts_matches_with_another_status(gold: list[GoldDocument]) -> None:
    result = scored(gold, "status-differs")
    assert (result.plover.matched, result.status_accuracy) == (1, 0.0)


def test_a_record_without_status_counts_as_occurred(gold: list[GoldDocument]) -> None:
    assert scored(gold, "status-missing").status_accuracy == 1.0


def test_predictions_for_unknown_documents_are_listed_and_not_scored(gold: list[GoldDocument]) -> None:
    result = scored(gold, "unknown-document")
    assert (result.unknown_documents, result.predicted, result.plover.precision) == (("not-in-gold",), 1, 1.0)


def test_scores_are_zero_without_predictions(gold: list[GoldDocument]) -> None:
    result = score(gold, {}).as_json()
    assert result["plover"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0}


# ------------------------------------------------------------------------------------------------ reports


def test_as_json_is_the_object_format_md_shows(gold: list[GoldDocument]) -> None:
    result = scored(gold, "perfect").as_json()
    assert (sorted(result), sorted(result["ignoring_dates"]), sorted(result["plover"])) == (
        sorted(
            [
                "documents",
                "gold",
                "predicted",
                "plover",
                "cameo_root",
                "ignoring_dates",
                "status_accuracy",
                "role_accuracy",
            ]
        ),
        ["date_accuracy", "f1", "precision", "recall"],
        ["f1", "precision", "recall"],
    )


def test_as_json_counts_documents_required_gold_and_predictions(gold: list[GoldDocument]) -> None:
    result = scored(gold, "optional-matched").as_json()
    assert (result["documents"], result["gold"], result["predicted"]) == (15, 17, 3)


def test_as_json_rounds_rates_to_three_places(gold: list[GoldDocument]) -> None:
    assert scored(gold, "dates-inside").as_json()["plover"]["recall"] == round(5 / 17, 3)


def test_format_table_shows_each_level_with_its_counts(gold: list[GoldDocument]) -> None:
    rows = [line.split() for line in format_table(scored(gold, "dates-inside")).splitlines()]
    assert ["plover", "1.000", "0.294", "0.455", "5", "17", "5"] in rows


def test_format_table_lists_misses_and_false_positives(gold: list[GoldDocument]) -> None:
    table = format_table(scored(gold, "negative-document"))
    assert (
        "missed  [K1] KOR.GOV -> JPN.GOV ACCUSE @ 2024-03-05" in table
        and "extra   NGA.GOV -> NGA.CVL AID @ 2024-07-08" in table
    )


# ------------------------------------------------------------------------------------------------ evaluate


def test_evaluate_gives_bilat_the_publication_date_unless_estimated() -> None:
    seen: dict[str, Document] = {}

    def read(doc: Document) -> list[Record]:
        seen[doc.id] = doc
        return []

    evaluate(GOLD_PATHS, read)
    assert (
        (seen["kor-jpn-protest"].date, seen["kor-jpn-protest"].date_basis),
        (seen["hun-tur-visit"].date, seen["hun-tur-visit"].date_basis),
    ) == ((dt.date(2024, 3, 5), "given"), (None, "unknown"))


def test_evaluate_scores_what_the_reader_returns() -> None:
    perfect = predictions("perfect")
    result = evaluate(GOLD_PATHS, lambda doc: perfect.get(doc.id, []))
    assert result.plover.f1 == 1.0


# ------------------------------------------------------------------------------------------------ reference


def reference(
    shared: Path, gold_paths: Sequence[Path], records: Sequence[Record], tmp_path: Path
) -> dict[str, Any]:
    pred = write_jsonl(tmp_path / "pred.jsonl", records)
    done = subprocess.run(
        [
            sys.executable,
            str(shared / "eval" / "score_reference.py"),
            *map(str, gold_paths),
            "--pred",
            str(pred),
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def ours_as_reference(gold_paths: Sequence[Path], records: Sequence[Record]) -> dict[str, Any]:
    """Our numbers, shaped as the reference prints them."""
    result = score(load_gold(gold_paths), by_document(records))

    def level(prf: Any) -> dict[str, Any]:
        return {
            "precision": round(prf.precision, 3),
            "recall": round(prf.recall, 3),
            "f1": round(prf.f1, 3),
            "tp": prf.matched,
            "gold": prf.gold,
            "predicted": prf.predicted,
        }

    per_doc = {
        d.id: {
            "core": d.required,
            "matched": d.matched_required,
            "predicted": d.predicted,
            "extra": len(d.false_positives),
            "missed": [g.event_id for g in d.missed],
        }
        for d in result.per_document
    }
    return {
        "plover": level(result.plover),
        "cameo_root": level(result.cameo_root),
        "plover_ignoring_dates": {
            **level(result.ignoring_dates),
            "date_accuracy": round(result.date_accuracy, 3),
        },
        "per_doc": per_doc,
        "unmatched_pred_docs": list(result.unknown_documents),
    }


def assert_agrees(
    shared: Path, gold_paths: Sequence[Path], records: Sequence[Record], tmp_path: Path
) -> None:
    assert ours_as_reference(gold_paths, records) == reference(shared, gold_paths, records, tmp_path)


@pytest.mark.shared
@pytest.mark.parametrize("name", PREDICTION_FILES)
def test_agrees_with_reference_on_hand_written_cases(name: str, tmp_path: Path, shared_dir: Path) -> None:
    assert_agrees(shared_dir, GOLD_PATHS, read_records(DATA / "predictions" / f"{name}.jsonl"), tmp_path)


def sample_gold(shared: Path) -> tuple[Path, list[Record], str]:
    path = next((shared / "samples").glob("*.gold.json"))
    raw = json.loads(path.read_text(encoding="utf-8"))
    return path, raw["events"], str(raw["id"])


def as_record(doc_id: str, event: Mapping[str, Any], **changes: Any) -> Record:
    target = event["target_actor"]
    record = {
        "doc_id": doc_id,
        "source_actor": event["source_actor"],
        "target_actor": target[-1] if isinstance(target, list) else target,
        "plover_type": event["plover_type"],
        "cameo_code": event.get("cameo_code"),
        "cameo_root": event.get("cameo_root"),
        "date": event.get("date"),
        "status": event.get("status", "occurred"),
        "confidence": 0.5,
    }
    record.update(changes)
    return record


def shifted(date: str | None) -> str:
    """A date just past the gold one, at the same precision."""
    if date is None:
        return "2024-01-01"
    core = date.strip(".").split("/")[0]
    if len(core) == 4:
        return str(int(core) + 1)
    if len(core) == 7:
        year, month = int(core[:4]), int(core[5:])
        return f"{year + month // 12}-{month % 12 + 1:02d}"
    return (dt.date.fromisoformat(core) + dt.timedelta(days=1)).isoformat()


def coarser(date: str | None) -> str | None:
    if date is None:
        return None
    core = date.strip(".").split("/")[0]
    return core[:4] if len(core) > 7 else f"..{core[:4]}"


def finer(date: str | None) -> str | None:
    if date is None:
        return "2023-02-14"
    core = date.strip(".").split("/")[0]
    return {4: f"{core}-06-15", 7: f"{core}-28"}.get(len(core), core)


def synthetic(kind: str, doc_id: str, events: Sequence[Mapping[str, Any]], seed: int) -> list[Record]:
    rng = random.Random(seed)
    if kind == "perfect":
        return [as_record(doc_id, e) for e in events]
    if kind == "dates-shifted":
        return [as_record(doc_id, e, date=shifted(e.get("date"))) for e in events]
    if kind == "dates-coarser":
        return [as_record(doc_id, e, date=coarser(e.get("date"))) for e in events]
    if kind == "dates-finer":
        return [as_record(doc_id, e, date=finer(e.get("date"))) for e in events]
    if kind == "actors-swapped":
        return [
            as_record(
                doc_id, e, source_actor=as_record(doc_id, e)["target_actor"], target_actor=e["source_actor"]
            )
            for e in events
        ]
    if kind == "alternatives":
        return [
            as_record(
                doc_id,
                e,
                **{k: e["also_accept"][0][k] for k in ("plover_type", "cameo_code")},
                cameo_root=None,
            )
            if e.get("also_accept")
            else as_record(doc_id, e)
            for e in events
        ]
    if kind == "subset":
        return [as_record(doc_id, e) for e in rng.sample(list(events), k=len(events) // 2)]
    if kind == "extras":
        noise = [
            as_record(doc_id, rng.choice(events), source_actor=rng.choice(["USA", "FRA", "CHN"]))
            for _ in range(5)
        ]
        return [as_record(doc_id, e) for e in events] + [as_record(doc_id, e) for e in events[:4]] + noise
    return mixed(doc_id, events, rng)


def mixed(doc_id: str, events: Sequence[Mapping[str, Any]], rng: random.Random) -> list[Record]:
    """Each gold event kept, dropped, duplicated or changed at random; confidences tie often."""
    out: list[Record] = []
    for event in events:
        for _ in range(rng.choice([0, 1, 1, 1, 2])):
            change = rng.choice(["none", "date", "coarser", "finer", "swap", "type", "role", "status"])
            record = as_record(doc_id, event, confidence=rng.choice([0.3, 0.6, 0.6, 0.9, None]))
            if change == "date":
                record["date"] = shifted(event.get("date"))
            elif change == "coarser":
                record["date"] = coarser(event.get("date"))
            elif change == "finer":
                record["date"] = finer(event.get("date"))
            elif change == "swap":
                source, target = record["source_actor"], record["target_actor"]
                record["source_actor"], record["target_actor"] = target, source
            elif change == "type":
                record["plover_type"], record["cameo_code"], record["cameo_root"] = "SUPPORT", "051", "05"
            elif change == "role":
                record["source_actor"] = str(record["source_actor"]).split(".")[0] + ".MIL"
            elif change == "status":
                record["status"] = "planned"
            out.append(record)
    rng.shuffle(out)
    return out


SAMPLE_KINDS = (
    ["perfect", "dates-shifted", "dates-coarser", "dates-finer", "actors-swapped", "alternatives", "extras"]
    + [f"subset-{s}" for s in range(3)]
    + [f"mixed-{s}" for s in range(12)]
)


@pytest.mark.shared
@pytest.mark.parametrize("kind", SAMPLE_KINDS)
def test_agrees_with_reference_on_the_sample_gold(kind: str, tmp_path: Path, shared_dir: Path) -> None:
    path, events, doc_id = sample_gold(shared_dir)
    name, _, seed = kind.partition("-") if kind.startswith(("subset", "mixed")) else (kind, "", "0")
    records = synthetic(name, doc_id, events, int(seed))
    assert_agrees(shared_dir, [path], records, tmp_path)


ACTORS = ["RUS", "RUS.HOS", "RUS.MIL", "CAF", "CAF.GOV", "CAF.MIL", "UN.SC", "FRA.GOV", "USA"]
TYPES = [
    ("CONSULT", "040"),
    ("CONSULT", "042"),
    ("AGREE", "036"),
    ("SUPPORT", "057"),
    ("AID", "070"),
    ("COOPERATE", "062"),
    ("ACCUSE", "111"),
]
GOLD_DATES = [
    None,
    "2024-03-05",
    "2024-03-09",
    "2024-03",
    "2024",
    "2024-03-01/2024-03-20",
    "2024-02-25/2024-04-02",
    "2023-12-30/2024-01-05",
    "..2024",
    "2023..",
    "..2024-03",
    "2024-03-05..",
]
PREDICTED_DATES = [
    *GOLD_DATES,
    "2024-03-20",
    "2024-04",
    "2023",
    "unknown",
    "",
    "2024-03-05T09:00:00",
    "2024-03-31",
    "2024-02",
    "2025-06-01",
]


def random_gold(rng: random.Random, documents: int) -> list[Record]:
    docs: list[Record] = []
    for n in range(documents):
        events = []
        actors, types = rng.sample(ACTORS, 3), rng.sample(TYPES, 2)  # few, so that candidates compete
        for i in range(rng.randint(0, 6)):
            plover, code = rng.choice(types)
            target: Any = rng.choice(actors) if rng.random() < 0.8 else rng.sample(actors, 2)
            event = {
                "event_id": f"D{n}-E{i}",
                "source_actor": rng.choice(actors),
                "target_actor": target,
                "plover_type": plover,
                "cameo_code": code,
                "date": rng.choice(GOLD_DATES),
                "symmetric": rng.random() < 0.3,
                "ambiguous": rng.random() < 0.15,
                "nonstate_actor": rng.random() < 0.1,
            }
            if rng.random() < 0.2:
                alternative = rng.choice(TYPES)
                event["also_accept"] = [{"plover_type": alternative[0], "cameo_code": alternative[1]}]
            events.append(event)
        negative = not events and rng.random() < 0.5
        docs.append({"id": f"doc-{n}", "text": "Text.", "negative": negative, "events": events})
    return docs


def random_predictions(rng: random.Random, docs: Sequence[Record]) -> list[Record]:
    records: list[Record] = []
    for doc in docs:
        for event in doc["events"]:
            for _ in range(rng.choice([0, 1, 1, 2])):
                records.append(
                    as_record(
                        doc["id"],
                        event,
                        date=rng.choice(PREDICTED_DATES),
                        confidence=rng.choice([0.2, 0.5, 0.5, 0.8, None]),
                    )
                )
        for _ in range(rng.randint(0, 3)):
            plover, code = rng.choice(TYPES)
            records.append(
                {
                    "doc_id": doc["id"],
                    "source_actor": rng.choice(ACTORS),
                    "target_actor": rng.choice(ACTORS),
                    "plover_type": plover,
                    "cameo_code": code,
                    "date": rng.choice(PREDICTED_DATES),
                    "confidence": rng.choice([0.5, 0.9]),
                }
            )
    rng.shuffle(records)
    return records


@pytest.mark.shared
@pytest.mark.parametrize("seed", range(40))
def test_agrees_with_reference_on_random_gold(seed: int, tmp_path: Path, shared_dir: Path) -> None:
    rng = random.Random(seed)
    docs = random_gold(rng, documents=6)
    gold_path = write_jsonl(tmp_path / "random.jsonl", docs)
    assert_agrees(shared_dir, [gold_path], random_predictions(rng, docs), tmp_path)
