"""Scoring bilat on the PLOVER gold standard records (``plover_gsr.jsonl``), one sentence per line.

What this module holds: :class:`PloverActor` / :class:`PloverSentence` and :func:`load_plover` (one JSON
object per line with ``id``, ``text``, ``event_current``, ``actor`` and ``recipient`` lists of
``{actorText, code, sector}``, and ``markup``); :func:`plover_type`, a bilat event's type under PLOVER's
own convention; :func:`score_plover` (results: :class:`PloverScores`, with a :class:`Confusion`),
:func:`format_plover` and :func:`evaluate_plover`.

The rules (FORMAT.md, "Peers' gold"):

* PLOVER's convention: a CONSULT, SUPPORT, COOPERATE or AID that is planned (the future tense) is an
  AGREE, so a bilat event of one of those types with status ``planned`` counts as AGREE;
* a sentence is right when one of the events bilat codes for it has the gold type (``event_current``);
  type accuracy is the share of right sentences among those where bilat codes any event, coding rate the
  share of sentences with any event, and ``hit_rate`` the share of right sentences among all;
* the best event of a sentence is one with the gold type if there is one (the one whose actors agree most,
  then the most confident), else the most confident; the confusion matrix pairs the gold type with the best
  event's type (``NONE`` when bilat codes nothing);
* actors are scored on the right sentences, with the best event: a side (``actor`` = source, ``recipient``
  = target) counts when all its gold codes are ISO 3166-1 alpha-3 codes (``JAP``, ``IGO``, ``NGO`` are
  not); it is right when the entity of bilat's code is one of them. When the markup tags an actor
  ``SRC/TAR`` (a joint act, "X and Y agreed") the codes of both sides are accepted on either side.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from types import MappingProxyType
from typing import Any

from bilat.errors import GoldFormatError
from bilat.evaluate.common import ReadMany, share
from bilat.evaluate.confusion import NONE, Confusion
from bilat.export import plover_convention_type
from bilat.model import Document

_SYMMETRIC_TAG = "(SRC/TAR:"


# --------------------------------------------------------------------------------------------- gold values


@dataclass(frozen=True)
class PloverActor:
    """One actor of a gold sentence: the words, the code (ISO3 for states, else ``IGO``, ``JAP`` ...)."""

    text: str
    code: str
    sector: str | None = None


@dataclass(frozen=True)
class PloverSentence:
    """One gold sentence with its PLOVER type, its sources (``actor``) and targets (``recipient``).

    ``symmetric`` is true when the markup tags an actor ``SRC/TAR``. ``notes`` lists entries of the gold
    that were left out (an actor list item that is no actor object)."""

    id: str
    text: str
    event_type: str
    sources: tuple[PloverActor, ...]
    targets: tuple[PloverActor, ...]
    symmetric: bool
    origin: str
    old_type: str | None = None
    notes: tuple[str, ...] = ()

    def side_codes(self, side: str) -> tuple[str, ...]:
        """The gold codes a predicted ``source`` or ``target`` may take (both lists when symmetric)."""
        actors = (
            self.sources + self.targets
            if self.symmetric
            else self.sources
            if side == "source"
            else self.targets
        )
        return tuple(dict.fromkeys(a.code for a in actors))


def load_plover(path: str | Path) -> tuple[PloverSentence, ...]:
    """Read a PLOVER gold file (JSON lines). Raises :class:`GoldFormatError` with ``file:line`` for a line
    that is not a JSON object with a non-empty ``text`` and ``event_current``. A repeated id gets ``#2``,
    ``#3`` ... (the gold file repeats one for two different sentences)."""
    path = Path(path)
    try:
        content = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldFormatError(f"{path}: cannot read the PLOVER gold file ({exc})") from exc
    sentences: list[PloverSentence] = []
    seen: Counter[str] = Counter()
    for number, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        origin = f"{path}:{number}"
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GoldFormatError(f"{origin}: not valid JSON ({exc.msg}, column {exc.colno})") from exc
        sentence = _sentence(raw, origin)
        seen[sentence.id] += 1
        if seen[sentence.id] > 1:
            sentence = replace(sentence, id=f"{sentence.id}#{seen[sentence.id]}")
        sentences.append(sentence)
    return tuple(sentences)


def _sentence(raw: object, origin: str) -> PloverSentence:
    if not isinstance(raw, dict):
        raise GoldFormatError(f"{origin}: a PLOVER record must be a JSON object")
    text, event_type = raw.get("text"), raw.get("event_current")
    if not isinstance(text, str) or not text.strip():
        raise GoldFormatError(f"{origin}: 'text' is missing or empty")
    if not isinstance(event_type, str) or not event_type.strip():
        raise GoldFormatError(f"{origin}: 'event_current' (the PLOVER type) is missing")
    sentence_id = raw.get("id")
    notes: list[str] = []
    sources = _actors(raw.get("actor"), "actor", origin, notes)
    targets = _actors(raw.get("recipient"), "recipient", origin, notes)
    markup = raw.get("markup")
    old = raw.get("event_v05")
    return PloverSentence(
        id=str(sentence_id) if sentence_id not in (None, "") else origin,
        text=text,
        event_type=event_type.strip().upper(),
        sources=sources,
        targets=targets,
        symmetric=isinstance(markup, str) and _SYMMETRIC_TAG in markup,
        origin=origin,
        old_type=old if isinstance(old, str) else None,
        notes=tuple(notes),
    )


def _actors(value: object, key: str, origin: str, notes: list[str]) -> tuple[PloverActor, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise GoldFormatError(f"{origin}: {key!r} must be a list of actor objects")
    actors = []
    for item in value:
        if not isinstance(item, dict):
            notes.append(f"{key} entry {item!r} is no actor object: left out")
            continue
        code = item.get("code")
        if not isinstance(code, str) or not code.strip():
            raise GoldFormatError(f"{origin}: an actor in {key!r} has no code")
        sector = item.get("sector")
        actors.append(
            PloverActor(
                str(item.get("actorText") or ""),
                code.strip().upper(),
                sector if isinstance(sector, str) else None,
            )
        )
    return tuple(actors)


# --------------------------------------------------------------------------------------------- scoring


def plover_type(record: Mapping[str, Any]) -> str:
    """A bilat event's type as PLOVER counts it: a planned CONSULT/SUPPORT/COOPERATE/AID is AGREE."""
    return plover_convention_type(str(record.get("plover_type") or NONE), record.get("status"))


def _entity(code: object) -> str:
    return str(code or "").split(".", 1)[0].upper()


@dataclass(frozen=True)
class SentenceScore:
    """One sentence: the gold type, the types bilat coded, the best event, and the actor verdicts
    (``None`` where that side is not scored)."""

    id: str
    gold_type: str
    predicted_types: tuple[str, ...]
    best: Mapping[str, Any] | None
    right: bool
    source_right: bool | None
    target_right: bool | None

    @property
    def coded(self) -> bool:
        return bool(self.predicted_types)

    @property
    def best_type(self) -> str:
        return NONE if self.best is None else plover_type(self.best)


@dataclass(frozen=True)
class PloverScores:
    """The evaluation of one PLOVER gold file."""

    path: str
    per_sentence: tuple[SentenceScore, ...]
    confusion: Confusion
    notes: tuple[str, ...] = ()

    @property
    def sentences(self) -> int:
        return len(self.per_sentence)

    @property
    def coded(self) -> int:
        return sum(s.coded for s in self.per_sentence)

    @property
    def right(self) -> int:
        return sum(s.right for s in self.per_sentence)

    @property
    def type_accuracy(self) -> float:
        """Right sentences among those where bilat codes any event."""
        return share(self.right, self.coded)

    @property
    def coding_rate(self) -> float:
        return share(self.coded, self.sentences)

    @property
    def hit_rate(self) -> float:
        """Right sentences among all."""
        return share(self.right, self.sentences)

    def actor_counts(self, side: str | None = None) -> tuple[int, int]:
        """(right, scored) actor sides: ``source``, ``target`` or both (None)."""
        verdicts = [
            v
            for s in self.per_sentence
            for name, v in (("source", s.source_right), ("target", s.target_right))
            if v is not None and side in (None, name)
        ]
        return sum(verdicts), len(verdicts)

    @property
    def actor_accuracy(self) -> float:
        return share(*self.actor_counts())

    @property
    def by_type(self) -> Mapping[str, tuple[int, int, int]]:
        """Per gold type: (sentences, coded, right), types sorted."""
        counts: dict[str, tuple[int, int, int]] = {}
        for s in self.per_sentence:
            n, coded, right = counts.get(s.gold_type, (0, 0, 0))
            counts[s.gold_type] = (n + 1, coded + s.coded, right + s.right)
        return MappingProxyType(dict(sorted(counts.items())))

    def as_json(self, confusion: bool = False) -> dict[str, Any]:
        """The summary object ``bilat eval --json`` prints; with ``confusion`` the matrix too."""
        source, target = self.actor_counts("source"), self.actor_counts("target")
        out: dict[str, Any] = {
            "format": "plover",
            "file": self.path,
            "sentences": self.sentences,
            "coded": self.coded,
            "right": self.right,
            "type_accuracy": round(self.type_accuracy, 3),
            "coding_rate": round(self.coding_rate, 3),
            "hit_rate": round(self.hit_rate, 3),
            "actor_accuracy": round(self.actor_accuracy, 3),
            "actors_scored": self.actor_counts()[1],
            "source_accuracy": round(share(*source), 3),
            "target_accuracy": round(share(*target), 3),
        }
        if confusion:
            out["confusion"] = self.confusion.as_json()
        return out


def _side_right(codes: Sequence[str], predicted: object, is_state: Callable[[str], bool]) -> bool | None:
    if not codes or not all(is_state(code) for code in codes):
        return None
    return _entity(predicted) in codes


def _verdicts(
    sentence: PloverSentence, record: Mapping[str, Any], is_state: Callable[[str], bool]
) -> tuple[bool | None, bool | None]:
    return (
        _side_right(sentence.side_codes("source"), record.get("source_actor"), is_state),
        _side_right(sentence.side_codes("target"), record.get("target_actor"), is_state),
    )


def _confidence(record: Mapping[str, Any]) -> float:
    value = record.get("confidence")
    return float(value) if isinstance(value, int | float) else 0.0


def _sentence_score(
    sentence: PloverSentence, records: Sequence[Mapping[str, Any]], is_state: Callable[[str], bool]
) -> SentenceScore:
    types = tuple(plover_type(r) for r in records)
    fitting = [r for r in records if plover_type(r) == sentence.event_type]
    best: Mapping[str, Any] | None = None
    source_right = target_right = None
    if fitting:

        def agreement(record: Mapping[str, Any]) -> tuple[int, float]:
            verdicts = _verdicts(sentence, record, is_state)
            return sum(v is True for v in verdicts), _confidence(record)

        best = max(fitting, key=agreement)
        source_right, target_right = _verdicts(sentence, best, is_state)
    elif records:
        best = max(records, key=_confidence)
    return SentenceScore(
        id=sentence.id,
        gold_type=sentence.event_type,
        predicted_types=types,
        best=None if best is None else MappingProxyType(dict(best)),
        right=bool(fitting),
        source_right=source_right,
        target_right=target_right,
    )


def score_plover(
    gold: Sequence[PloverSentence],
    predictions: Mapping[str, Sequence[Mapping[str, Any]]],
    is_state: Callable[[str], bool],
    path: str = "",
) -> PloverScores:
    """Score bilat's event records (FORMAT.md field names), keyed by sentence id. ``is_state`` says
    whether a gold code is an ISO 3166-1 alpha-3 code (only those sides are scored for actors)."""
    per_sentence = tuple(_sentence_score(s, predictions.get(s.id, ()), is_state) for s in gold)
    confusion = Confusion.from_pairs((s.gold_type, s.best_type) for s in per_sentence)
    notes = tuple(f"{s.id}: {note}" for s in gold for note in s.notes)
    return PloverScores(path, per_sentence, confusion, notes)


# --------------------------------------------------------------------------------------------- showing


def format_plover(scores: PloverScores) -> str:
    """A plain-text report: the rates, the actor accuracy, and the counts per gold type."""
    right, scored = scores.actor_counts()
    lines = [
        f"PLOVER gold records {scores.path}",
        f"sentences {scores.sentences}   coded {scores.coded}   right type {scores.right}",
        "",
        f"type accuracy (coded sentences) {scores.type_accuracy:.3f}   coding rate {scores.coding_rate:.3f}"
        f"   right among all {scores.hit_rate:.3f}",
        f"actor accuracy (ISO codes, right sentences) {scores.actor_accuracy:.3f} "
        f"({right} of {scored} sides)",
    ]
    for side in ("source", "target"):
        hits, of = scores.actor_counts(side)
        lines.append(f"  {side:<8}{share(hits, of):.3f} ({hits} of {of})")
    lines += ["", f"{'gold type':<12}{'sentences':>10}{'coded':>7}{'right':>7}{'accuracy':>10}"]
    for kind, (n, coded, hit) in scores.by_type.items():
        lines.append(f"{kind:<12}{n:>10}{coded:>7}{hit:>7}{share(hit, coded):>10.3f}")
    if scores.notes:
        lines += ["", "gold entries left out:", *(f"  {note}" for note in scores.notes)]
    return "\n".join(lines) + "\n"


def plover_documents(gold: Iterable[PloverSentence]) -> list[Document]:
    """The bilat Documents eval reads: each sentence alone, undated (bilat reads dates from the text)."""
    return [Document(id=s.id, text=s.text, origin=s.origin) for s in gold]


def evaluate_plover(
    path: str | Path,
    read: ReadMany,
    is_state: Callable[[str], bool],
) -> PloverScores:
    """Load a PLOVER gold file, have ``read`` code all its sentences in one batch (one list of event
    records per document, in order) and score them."""
    gold = load_plover(path)
    documents = plover_documents(gold)
    records = read(documents)
    if len(records) != len(documents):
        raise ValueError(f"read returned {len(records)} results for {len(documents)} documents")
    found = {doc.id: list(r) for doc, r in zip(documents, records, strict=True)}
    return score_plover(gold, found, is_state, str(path))
