"""Scoring bilat's event records against gold files (bilat JSON), as ``shared/eval/FORMAT.md`` defines.

What this module holds:

* the gold values, :class:`GoldDocument` / :class:`GoldEvent` / :class:`Alternative`, and
  :func:`load_gold`, which reads ``*.gold.json`` (one object) and ``*.jsonl`` (one object per line) files
  and checks them, raising :class:`~bilat.errors.GoldFormatError` with the file and line;
* :func:`score`, the matcher and counter: per document, predictions are paired one to one with gold
  events, greedily, best pair first; the results are :class:`Scores` (PLOVER, CAMEO root, ignoring dates
  with date accuracy, status and role accuracy, and the per-document detail);
* :func:`format_table`, the plain-text report the CLI prints, and :func:`evaluate`, which builds a bilat
  :class:`~bilat.model.Document` for each gold document, asks a reader for its records and scores them.

The rules, in short (FORMAT.md "Scoring"). A prediction matches a gold event when the entity pair agrees
(the part of each actor code before the first "."; ordered unless the gold event is symmetric; any member
of a gold target list), the PLOVER type agrees (or one of the gold ``also_accept`` alternatives; the CAMEO
root at root level), and the predicted date lies inside the gold date's interval (a gold ``null`` date
takes anything). Among the candidate pairs, date-agreeing pairs go first, then the gold event with the
narrowest date, then the prediction's confidence, then document order. Gold events marked ``ambiguous``
or ``nonstate_actor`` are optional: matching one is neither a hit nor a false positive, missing one is no
miss. All predictions on a negative document are false positives.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any, Literal, cast

from bilat.errors import GoldFormatError
from bilat.evaluate.common import PRF, share
from bilat.model import Document, Precision, Status

Level = Literal["plover", "cameo_root"]

_PRECISIONS: frozenset[str] = frozenset({"day", "week", "month", "year", "range", "unknown"})
_STATUSES: frozenset[str] = frozenset({"occurred", "ongoing", "planned", "hypothetical"})
_UNKNOWN_DATES: frozenset[str] = frozenset({"", "unknown"})
_OPEN_START = "0000-01-01"
_OPEN_END = "9999-12-31"
_YEAR = re.compile(r"\d{4}")
_MONTH = re.compile(r"\d{4}-\d{2}")
_DAY_PREFIX = re.compile(r"\d{4}-\d{2}-\d{2}")


# --------------------------------------------------------------------------------------------- gold values


@dataclass(frozen=True)
class Alternative:
    """Another reading a gold event accepts: a PLOVER type with its CAMEO code."""

    plover_type: str
    cameo_code: str

    @property
    def cameo_root(self) -> str:
        return self.cameo_code[:2]


@dataclass(frozen=True)
class GoldEvent:
    """One event a coder found in a gold document.

    ``source_actor`` and ``target_actor`` hold one code or several (a gold list: any member matches,
    as FORMAT.md's scorer reads both: "Germany and Poland condemned ..." coded once). ``date`` and
    ``end_date`` use the FORMAT.md notation (``None`` when the text gives none).
    """

    source_actor: tuple[str, ...]
    target_actor: tuple[str, ...]
    plover_type: str
    cameo_code: str | None
    cameo_root: str
    date: str | None
    end_date: str | None
    date_precision: Precision
    symmetric: bool
    ambiguous: bool
    nonstate_actor: bool
    status: Status
    also_accept: tuple[Alternative, ...]
    evidence: str
    event_id: str | None = None

    @property
    def optional(self) -> bool:
        """Ambiguous and non-state-actor events are neither hits nor misses."""
        return self.ambiguous or self.nonstate_actor


@dataclass(frozen=True)
class GoldDocument:
    """One gold document: its text, publication date, and the events a coder found in it."""

    id: str
    text: str
    publication_date: dt.date | None
    date_estimated: bool
    dateline: str | None
    events: tuple[GoldEvent, ...]
    negative: bool
    origin: str  # "path" for a .gold.json file, "path:line" for a line of a .jsonl file

    @property
    def required(self) -> tuple[GoldEvent, ...]:
        return tuple(g for g in self.events if not g.optional)


# --------------------------------------------------------------------------------------------- loading


def load_gold(paths: Sequence[str | Path]) -> list[GoldDocument]:
    """Read gold documents from ``*.gold.json`` / ``*.json`` files (one object each) and ``*.jsonl``
    files (one object per line); a directory stands for its ``*.json`` and ``*.jsonl`` files.

    A document's ``text`` is inline or in ``file``, a path relative to the gold file. Anything that does
    not follow FORMAT.md raises :class:`GoldFormatError` naming the file (and line).
    """
    documents: list[GoldDocument] = []
    seen: dict[str, str] = {}
    for path in _expand(paths):
        for origin, raw in _objects(path):
            doc = _document(raw, origin, path.parent)
            if doc.id in seen:
                raise GoldFormatError(f"{origin}: document id {doc.id!r} already given in {seen[doc.id]}")
            seen[doc.id] = origin
            documents.append(doc)
    return documents


def _expand(paths: Sequence[str | Path]) -> Iterator[Path]:
    done: set[Path] = set()
    for given in paths:
        path = Path(given)
        if path.is_dir():
            files = sorted(p for p in path.iterdir() if p.is_file() and p.suffix in (".json", ".jsonl"))
        elif path.is_file():
            files = [path]
        else:
            raise GoldFormatError(f"{path}: no such gold file or directory")
        for file in files:
            key = file.resolve()
            if key not in done:
                done.add(key)
                yield file


def _objects(path: Path) -> Iterator[tuple[str, Mapping[str, Any]]]:
    try:
        content = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldFormatError(f"{path}: cannot read the gold file ({exc})") from exc
    if path.suffix == ".jsonl":
        for number, line in enumerate(content.splitlines(), start=1):
            if line.strip():
                yield f"{path}:{number}", _object(line, f"{path}:{number}")
    else:
        yield str(path), _object(content, str(path), whole_file=True)


def _object(text: str, origin: str, whole_file: bool = False) -> Mapping[str, Any]:
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        where = f"{origin}:{exc.lineno}" if whole_file else origin
        raise GoldFormatError(f"{where}: not valid JSON ({exc.msg}, column {exc.colno})") from exc
    if not isinstance(value, dict):
        raise GoldFormatError(f"{origin}: a gold document must be a JSON object, not {type(value).__name__}")
    return value


def _document(raw: Mapping[str, Any], origin: str, folder: Path) -> GoldDocument:
    doc_id = raw.get("id")
    if not isinstance(doc_id, str | int) or isinstance(doc_id, bool) or str(doc_id).strip() == "":
        raise GoldFormatError(f"{origin}: 'id' is missing or not a string")
    negative = _bool(raw, "negative", origin)
    if "events" not in raw and not negative:
        raise GoldFormatError(f"{origin}: 'events' is missing (give [] or \"negative\": true for none)")
    events_raw = raw.get("events", [])
    if not isinstance(events_raw, list):
        raise GoldFormatError(f"{origin}: 'events' must be a list")
    if negative and events_raw:
        raise GoldFormatError(f"{origin}: a negative document cannot list events")
    events = tuple(_event(e, f"{origin}: event {i + 1}") for i, e in enumerate(events_raw))
    dateline = raw.get("dateline")
    if dateline is not None and not isinstance(dateline, str):
        raise GoldFormatError(f"{origin}: 'dateline' must be a string")
    return GoldDocument(
        id=str(doc_id),
        text=_text(raw, origin, folder),
        publication_date=_publication_date(raw.get("publication_date"), origin),
        date_estimated=_bool(raw, "publication_date_estimated", origin),
        dateline=dateline,
        events=events,
        negative=negative,
        origin=origin,
    )


def _text(raw: Mapping[str, Any], origin: str, folder: Path) -> str:
    if "text" in raw:
        if not isinstance(raw["text"], str):
            raise GoldFormatError(f"{origin}: 'text' must be a string")
        return raw["text"]
    name = raw.get("file")
    if not isinstance(name, str) or not name:
        raise GoldFormatError(f"{origin}: give the text inline ('text') or in a 'file' next to the gold")
    target = folder / name
    try:
        return target.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldFormatError(f"{origin}: cannot read the document file {target} ({exc})") from exc


def _publication_date(value: object, origin: str) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            try:
                return dt.datetime.fromisoformat(value).date()
            except ValueError:
                pass
    raise GoldFormatError(f"{origin}: 'publication_date' {value!r} is not an ISO date")


def _bool(raw: Mapping[str, Any], key: str, origin: str) -> bool:
    value = raw.get(key, False)
    if value is None:
        return False
    if not isinstance(value, bool):
        raise GoldFormatError(f"{origin}: {key!r} must be true or false, not {value!r}")
    return value


def _codes(raw: Mapping[str, Any], key: str, origin: str) -> tuple[str, ...]:
    """The actor code or codes of a side (a list: any member matches)."""
    value = raw.get(key)
    values = value if isinstance(value, list) else [value]
    if not values:
        raise GoldFormatError(f"{origin}: {key!r} is an empty list")
    return tuple(_code(v, key, origin) for v in values)


def _code(value: object, key: str, origin: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise GoldFormatError(f"{origin}: {key!r} must be an actor code such as 'RUS' or 'CAF.HOS'")
    return value


def _string(raw: Mapping[str, Any], key: str, origin: str, required: bool) -> str | None:
    value = raw.get(key)
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise GoldFormatError(f"{origin}: {key!r} is missing")
        return None
    if not isinstance(value, str):
        raise GoldFormatError(f"{origin}: {key!r} must be a string, not {value!r}")
    return value


def _event(raw: object, origin: str) -> GoldEvent:
    if not isinstance(raw, dict):
        raise GoldFormatError(f"{origin}: an event must be a JSON object")
    cameo_code = _string(raw, "cameo_code", origin, required=False)
    cameo_root = _string(raw, "cameo_root", origin, required=False) or (cameo_code or "")[:2]
    if not cameo_root:
        raise GoldFormatError(f"{origin}: give 'cameo_code' or 'cameo_root'")
    date = _gold_date(raw.get("date"), "date", origin)
    end_date = _gold_date(raw.get("end_date"), "end_date", origin)
    precision = raw.get("date_precision") or _precision_of(date)
    if precision not in _PRECISIONS:
        raise GoldFormatError(f"{origin}: 'date_precision' {precision!r} is not one of {sorted(_PRECISIONS)}")
    status = raw.get("status") or "occurred"
    if status not in _STATUSES:
        raise GoldFormatError(f"{origin}: 'status' {status!r} is not one of {sorted(_STATUSES)}")
    evidence = raw.get("evidence") or ""
    if not isinstance(evidence, str):
        raise GoldFormatError(f"{origin}: 'evidence' must be a string")
    event_id = raw.get("event_id")
    return GoldEvent(
        source_actor=_codes(raw, "source_actor", origin),
        target_actor=_codes(raw, "target_actor", origin),
        plover_type=cast(str, _string(raw, "plover_type", origin, required=True)),
        cameo_code=cameo_code,
        cameo_root=cameo_root,
        date=date,
        end_date=end_date,
        date_precision=cast(Precision, precision),
        symmetric=_bool(raw, "symmetric", origin),
        ambiguous=_bool(raw, "ambiguous", origin),
        nonstate_actor=_bool(raw, "nonstate_actor", origin),
        status=cast(Status, status),
        also_accept=_alternatives(raw.get("also_accept"), origin),
        evidence=evidence,
        event_id=None if event_id is None else str(event_id),
    )


def _alternatives(value: object, origin: str) -> tuple[Alternative, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise GoldFormatError(f"{origin}: 'also_accept' must be a list of {{plover_type, cameo_code}}")
    out = []
    for i, item in enumerate(value):
        where = f"{origin}: also_accept {i + 1}"
        if not isinstance(item, dict):
            raise GoldFormatError(f"{where}: must be an object {{plover_type, cameo_code}}")
        plover = _string(item, "plover_type", where, required=True)
        cameo = _string(item, "cameo_code", where, required=True)
        out.append(Alternative(cast(str, plover), cast(str, cameo)))
    return tuple(out)


def _gold_date(value: object, key: str, origin: str) -> str | None:
    """Check a gold date strictly against the FORMAT.md notation; ``None``/"unknown" mean no date."""
    if value is None or (isinstance(value, str) and value in _UNKNOWN_DATES):
        return None
    if not isinstance(value, str | int) or isinstance(value, bool):
        raise GoldFormatError(f"{origin}: {key!r} must be a date string such as '2024-11', not {value!r}")
    text = str(value)
    try:
        if "/" in text:
            start, end = (_calendar_bounds(part) for part in text.split("/", 1))
            if end[1] < start[0]:
                raise ValueError("the range ends before it starts")
        elif text.startswith(".."):
            _calendar_bounds(text[2:])
        elif text.endswith(".."):
            _calendar_bounds(text[:-2])
        else:
            _calendar_bounds(text)
    except ValueError as exc:
        raise GoldFormatError(
            f"{origin}: {key!r} {text!r} is not a FORMAT.md date "
            f"('2025-01-16', '2024-11', '2019', 'a/b', '..2024', '2019..'): {exc}"
        ) from exc
    return text


def _calendar_bounds(text: str) -> tuple[str, str]:
    """The first and last day of a real calendar day, month or year written in ISO form."""
    if _YEAR.fullmatch(text):
        return f"{text}-01-01", f"{text}-12-31"
    if _MONTH.fullmatch(text):
        first = dt.date.fromisoformat(f"{text}-01")
        following = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
        return first.isoformat(), (following - dt.timedelta(days=1)).isoformat()
    if _DAY_PREFIX.fullmatch(text):
        day = dt.date.fromisoformat(text).isoformat()
        return day, day
    raise ValueError(f"{text!r} is not a year, month or day")


def _precision_of(date: str | None) -> Precision:
    if date is None:
        return "unknown"
    if "/" in date:
        return "range"
    core = date.strip(".")
    if _YEAR.fullmatch(core):
        return "year"
    return "month" if _MONTH.fullmatch(core) else "day"


# --------------------------------------------------------------------------------------------- matching


def date_interval(value: object) -> tuple[str, str] | None:
    """The interval a date in FORMAT.md notation covers, as ISO day strings ``(first, last)``.

    Months end on ``-31`` whatever their length: intervals are compared as strings, so that is exact.
    ``..2024`` starts at ``0000-01-01``, ``2019..`` ends at ``9999-12-31``. A value that is no date
    (``None``, ``""``, ``"unknown"``, free text) gives ``None``. A day may carry a time after it.
    """
    if value is None:
        return None
    text = str(value)
    if text in _UNKNOWN_DATES:
        return None
    if "/" in text:
        first, last = (date_interval(part) for part in text.split("/", 1))
        return None if first is None or last is None else (first[0], last[1])
    if text.startswith(".."):
        upto = date_interval(text[2:])
        return None if upto is None else (_OPEN_START, upto[1])
    if text.endswith(".."):
        since = date_interval(text[:-2])
        return None if since is None else (since[0], _OPEN_END)
    if _YEAR.fullmatch(text):
        return f"{text}-01-01", f"{text}-12-31"
    if _MONTH.fullmatch(text):
        return f"{text}-01", f"{text}-31"
    day = _DAY_PREFIX.match(text)
    return None if day is None else (day.group(0), day.group(0))


def date_agrees(gold: str | None, predicted: object) -> bool:
    """A gold ``None`` takes any date; otherwise the predicted interval must lie inside the gold one."""
    outer = date_interval(gold)
    if outer is None:
        return True
    inner = date_interval(predicted)
    return inner is not None and outer[0] <= inner[0] and inner[1] <= outer[1]


def _width(gold_date: str | None) -> float:
    """How wide a gold date is, for ordering candidates (narrowest first).

    A day is 0; otherwise the number of distinct months at the two ends (1 or 2), plus 10 when the ends
    fall in different years, plus 100 when the interval is open; no date is infinitely wide. So a year
    (2) ranks level with a range over some months of one year, and ahead of a range across New Year (12).
    """
    bounds = date_interval(gold_date)
    if bounds is None:
        return math.inf
    first, last = bounds
    if first == last:
        return 0
    months = 1 if first[:7] == last[:7] else 2
    years = 10 if first[:4] != last[:4] else 0
    open_ended = 100 if first < "0001" or last > "9998" else 0
    return months + years + open_ended


def _entity(code: object) -> str | None:
    return None if code is None else str(code).split(".", 1)[0].upper()


def _role(code: object) -> str | None:
    parts = str(code).split(".", 1)
    return parts[1].upper() if len(parts) == 2 else None


def _orientations(gold: GoldEvent, prediction: Mapping[str, Any]) -> list[tuple[list[str], list[str]]]:
    """The ways the prediction's (source, target) entities fit the gold event, as the gold codes each
    predicted side can stand for: direct, and swapped when the gold event is symmetric."""
    source, target = _entity(prediction.get("source_actor")), _entity(prediction.get("target_actor"))
    sources, targets = list(gold.source_actor), list(gold.target_actor)
    found = []
    sides = [(sources, targets)] + ([(targets, sources)] if gold.symmetric else [])
    for for_source, for_target in sides:
        src = [c for c in for_source if _entity(c) == source]
        tgt = [c for c in for_target if _entity(c) == target]
        if src and tgt:
            found.append((src, tgt))
    return found


def _root(prediction: Mapping[str, Any]) -> str:
    root = prediction.get("cameo_root") or str(prediction.get("cameo_code") or "")[:2]
    return str(root)


def _type_agrees(gold: GoldEvent, prediction: Mapping[str, Any], level: Level) -> bool:
    if level == "plover":
        accepted = {gold.plover_type} | {a.plover_type for a in gold.also_accept}
        return prediction.get("plover_type") in accepted
    return _root(prediction) in {gold.cameo_root} | {a.cameo_root for a in gold.also_accept}


def _confidence(prediction: Mapping[str, Any]) -> float:
    value = prediction.get("confidence") or 0
    try:
        number = float(value)
    except (TypeError, ValueError):
        return 0.0
    return 0.0 if math.isnan(number) else number


def _pairs(
    golds: Sequence[GoldEvent], preds: Sequence[Mapping[str, Any]], level: Level, dated: bool
) -> list[tuple[int, int]]:
    """Greedy one-to-one matching at ``level``; returns (gold index, prediction index) pairs."""
    return _pair_best_first(
        golds,
        preds,
        lambda gold, pred: bool(_orientations(gold, pred)) and _type_agrees(gold, pred, level),
        dated,
    )


def _pair_best_first(
    golds: Sequence[GoldEvent],
    preds: Sequence[Mapping[str, Any]],
    fits: Callable[[GoldEvent, Mapping[str, Any]], bool],
    dated: bool,
) -> list[tuple[int, int]]:
    """Greedy one-to-one pairing of the (gold, prediction) pairs that ``fits`` accepts (with ``dated``,
    only those whose dates agree): date-agreeing pairs first, then the narrowest gold date, then the
    prediction's confidence. Returns (gold index, prediction index) pairs."""
    ranked: list[tuple[bool, float, float, int, int]] = []
    for gi, gold in enumerate(golds):
        for pi, pred in enumerate(preds):
            if not fits(gold, pred):
                continue
            agrees = date_agrees(gold.date, pred.get("date"))
            if dated and not agrees:
                continue
            ranked.append((not agrees, _width(gold.date), -_confidence(pred), gi, pi))
    ranked.sort()
    taken_gold: set[int] = set()
    taken_pred: set[int] = set()
    out = []
    for *_, gi, pi in ranked:
        if gi not in taken_gold and pi not in taken_pred:
            taken_gold.add(gi)
            taken_pred.add(pi)
            out.append((gi, pi))
    return out


def _roles_agree(gold: GoldEvent, prediction: Mapping[str, Any]) -> bool:
    src_role, tgt_role = _role(prediction.get("source_actor")), _role(prediction.get("target_actor"))
    return any(
        any(_role(c) == src_role for c in sources) and any(_role(c) == tgt_role for c in targets)
        for sources, targets in _orientations(gold, prediction)
    )


def _status_agrees(gold: GoldEvent, prediction: Mapping[str, Any]) -> bool:
    """A record without a status says "occurred", FORMAT.md's default, as a gold event without one does."""
    return (prediction.get("status") or "occurred") == gold.status


# --------------------------------------------------------------------------------------------- results


@dataclass(frozen=True)
class Match:
    """A gold event and the prediction paired with it (PLOVER level, dates required)."""

    gold_index: int
    prediction_index: int
    gold: GoldEvent
    prediction: Mapping[str, Any]
    status_agrees: bool
    role_agrees: bool


@dataclass(frozen=True)
class DocumentScore:
    """What happened in one document at PLOVER level with dates: matches, misses and false positives."""

    id: str
    negative: bool
    required: int
    predicted: int
    matches: tuple[Match, ...]  # including matches with optional gold events
    missed: tuple[GoldEvent, ...]  # required gold events left unmatched
    false_positives: tuple[Mapping[str, Any], ...]  # predictions matched to no gold event

    @property
    def matched_required(self) -> int:
        return sum(1 for m in self.matches if not m.gold.optional)


@dataclass(frozen=True)
class Scores:
    """The whole evaluation. ``gold`` counts required gold events; ``predicted`` every prediction made on
    a gold document. Accuracies are shares of the PLOVER matches of required gold events (0.0 if none)."""

    documents: int
    gold: int
    predicted: int
    plover: PRF
    cameo_root: PRF
    ignoring_dates: PRF
    date_accuracy: float
    status_accuracy: float
    role_accuracy: float
    per_document: tuple[DocumentScore, ...]
    unknown_documents: tuple[str, ...] = ()  # prediction keys that name no gold document (not scored)

    def as_json(self) -> dict[str, Any]:
        """The object FORMAT.md shows for ``bilat eval --json``, rates rounded to 3 places."""
        return {
            "documents": self.documents,
            "gold": self.gold,
            "predicted": self.predicted,
            "plover": self.plover.as_json(),
            "cameo_root": self.cameo_root.as_json(),
            "ignoring_dates": {
                **self.ignoring_dates.as_json(),
                "date_accuracy": round(self.date_accuracy, 3),
            },
            "status_accuracy": round(self.status_accuracy, 3),
            "role_accuracy": round(self.role_accuracy, 3),
        }


def _frozen(record: Mapping[str, Any]) -> Mapping[str, Any]:
    return MappingProxyType(dict(record))


def _prf(
    gold: Sequence[GoldDocument],
    predictions: Mapping[str, Sequence[Mapping[str, Any]]],
    level: Level,
    dated: bool,
) -> tuple[PRF, int]:
    """Counts at one level; also how many required matches have an agreeing date."""
    matched = required = predicted = dated_right = 0
    for doc in gold:
        preds = predictions.get(doc.id, ())
        pairs = _pairs(doc.events, preds, level, dated)
        core = [(gi, pi) for gi, pi in pairs if not doc.events[gi].optional]
        matched += len(core)
        required += len(doc.required)
        predicted += len(preds) - (len(pairs) - len(core))
        dated_right += sum(1 for gi, pi in core if date_agrees(doc.events[gi].date, preds[pi].get("date")))
    return PRF(matched, required, predicted), dated_right


def _document_score(doc: GoldDocument, preds: Sequence[Mapping[str, Any]]) -> DocumentScore:
    pairs = _pairs(doc.events, preds, "plover", dated=True)
    matches = tuple(
        Match(
            gi,
            pi,
            doc.events[gi],
            _frozen(preds[pi]),
            _status_agrees(doc.events[gi], preds[pi]),
            _roles_agree(doc.events[gi], preds[pi]),
        )
        for gi, pi in pairs
    )
    hit_gold = {gi for gi, _ in pairs}
    hit_pred = {pi for _, pi in pairs}
    return DocumentScore(
        id=doc.id,
        negative=doc.negative,
        required=len(doc.required),
        predicted=len(preds),
        matches=matches,
        missed=tuple(g for i, g in enumerate(doc.events) if not g.optional and i not in hit_gold),
        false_positives=tuple(_frozen(p) for i, p in enumerate(preds) if i not in hit_pred),
    )


def score(gold: Sequence[GoldDocument], predictions: Mapping[str, Sequence[Mapping[str, Any]]]) -> Scores:
    """Score predicted event records (FORMAT.md field names), keyed by gold document id, against gold.

    Predictions under a key that names no gold document are not scored; their keys are listed in
    ``Scores.unknown_documents``.
    """
    ids = [doc.id for doc in gold]
    if len(set(ids)) != len(ids):
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        raise GoldFormatError(f"gold document ids given twice: {', '.join(duplicates)}")
    plover, _ = _prf(gold, predictions, "plover", dated=True)
    cameo_root, _ = _prf(gold, predictions, "cameo_root", dated=True)
    ignoring_dates, dated_right = _prf(gold, predictions, "plover", dated=False)
    per_document = tuple(_document_score(doc, predictions.get(doc.id, ())) for doc in gold)
    core = [m for d in per_document for m in d.matches if not m.gold.optional]
    known = set(ids)
    return Scores(
        documents=len(gold),
        gold=sum(len(doc.required) for doc in gold),
        predicted=sum(len(predictions.get(doc.id, ())) for doc in gold),
        plover=plover,
        cameo_root=cameo_root,
        ignoring_dates=ignoring_dates,
        date_accuracy=share(dated_right, ignoring_dates.matched),
        status_accuracy=share(sum(m.status_agrees for m in core), len(core)),
        role_accuracy=share(sum(m.role_agrees for m in core), len(core)),
        per_document=per_document,
        unknown_documents=tuple(sorted(k for k in predictions if k not in known)),
    )


# --------------------------------------------------------------------------------------------- showing


def _event_line(source: object, target: object, plover: object, date: object) -> str:
    source, target = ("|".join(map(str, s)) if isinstance(s, tuple | list) else s for s in (source, target))
    return f"{source} -> {target} {plover} @ {date if date is not None else '?'}"


def format_table(scores: Scores) -> str:
    """A plain-text report: the summary table, then each document with its misses and false positives."""
    lines = [
        f"documents {scores.documents}   gold events {scores.gold} (required)   predicted {scores.predicted}",
        "",
        f"{'level':<16}{'precision':>10}{'recall':>10}{'f1':>10}{'matched':>9}{'gold':>7}{'pred':>7}",
    ]
    for name, prf in (
        ("plover", scores.plover),
        ("cameo_root", scores.cameo_root),
        ("ignoring_dates", scores.ignoring_dates),
    ):
        lines.append(
            f"{name:<16}{prf.precision:>10.3f}{prf.recall:>10.3f}{prf.f1:>10.3f}"
            f"{prf.matched:>9}{prf.gold:>7}{prf.predicted:>7}"
        )
    lines += [
        "",
        f"date accuracy (ignoring dates) {scores.date_accuracy:.3f}   "
        f"status accuracy {scores.status_accuracy:.3f}   role accuracy {scores.role_accuracy:.3f}",
        "",
        f"{'document':<40}{'gold':>6}{'pred':>6}{'match':>7}{'miss':>6}{'fp':>5}",
    ]
    for doc in scores.per_document:
        name = doc.id if len(doc.id) <= 38 else doc.id[:35] + "..."
        mark = " (negative)" if doc.negative else ""
        lines.append(
            f"{name:<40}{doc.required:>6}{doc.predicted:>6}{doc.matched_required:>7}"
            f"{len(doc.missed):>6}{len(doc.false_positives):>5}{mark}"
        )
        for gold in doc.missed:
            label = f"[{gold.event_id}] " if gold.event_id else ""
            lines.append(
                "    missed  "
                + label
                + _event_line(gold.source_actor, gold.target_actor, gold.plover_type, gold.date)
            )
        for pred in doc.false_positives:
            lines.append(
                "    extra   "
                + _event_line(
                    pred.get("source_actor"),
                    pred.get("target_actor"),
                    pred.get("plover_type"),
                    pred.get("date"),
                )
            )
    if scores.unknown_documents:
        lines += ["", "predictions for documents not in the gold: " + ", ".join(scores.unknown_documents)]
    return "\n".join(lines) + "\n"


def gold_document_input(doc: GoldDocument) -> Document:
    """The bilat Document eval reads for a gold document: the publication date is given to bilat only
    when the gold file gives it and does not mark it estimated; otherwise bilat reads it from the text."""
    given = doc.publication_date is not None and not doc.date_estimated
    return Document(
        id=doc.id,
        text=doc.text,
        date=doc.publication_date if given else None,
        date_basis="given" if given else "unknown",
        origin=doc.origin,
    )


def evaluate(paths: Sequence[str | Path], read: Callable[[Document], Sequence[Mapping[str, Any]]]) -> Scores:
    """Load the gold at ``paths``, have ``read`` code each document, and score its records."""
    gold = load_gold(paths)
    predictions = {doc.id: list(read(gold_document_input(doc))) for doc in gold}
    return score(gold, predictions)
