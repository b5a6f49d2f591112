"""What the scorers of :mod:`bilat.evaluate` share: :class:`PRF` (precision, recall and F1 from counts),
:func:`share`, and :func:`gold_kind`, which tells the three kinds of gold file ``bilat eval`` reads apart:

* ``bilat_json``: our own gold (``*.gold.json``, ``*.json``, ``*.jsonl`` of documents with ``events``),
  scored by :mod:`bilat.evaluate.bilat_json`;
* ``petrarch``: PETRARCH validation records (``*.xml``), scored by :mod:`bilat.evaluate.petrarch`;
* ``plover``: PLOVER gold standard records (JSON lines with ``text`` and ``event_current``), scored by
  :mod:`bilat.evaluate.plover`;
* ``ngec``: NGEC actor-resolution cases (JSON lines with ``calls`` and ``asserts``), scored by
  :mod:`bilat.evaluate.ngec`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from bilat.model import Document

GoldKind = Literal["bilat_json", "petrarch", "plover", "ngec"]

ReadMany = Callable[[Sequence[Document]], Sequence[Sequence[Mapping[str, Any]]]]
"""Codes a batch of documents: one list of event records (FORMAT.md field names) per document, in order."""

PLOVER_FIELDS = frozenset({"text", "event_current"})
"""The fields that mark a JSON line as a PLOVER gold standard record rather than a bilat gold document."""

NGEC_FIELDS = frozenset({"calls", "asserts"})
"""The fields that mark a JSON line as an NGEC actor-resolution case."""


@dataclass(frozen=True)
class PRF:
    """Precision, recall and F1 from their counts.

    ``predicted`` is the precision denominator: the predictions, less those matched to optional gold.
    """

    matched: int
    gold: int
    predicted: int

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_json(self) -> dict[str, float]:
        return {
            "precision": round(self.precision, 3),
            "recall": round(self.recall, 3),
            "f1": round(self.f1, 3),
        }


def share(hits: int, of: int) -> float:
    """``hits / of``, or 0.0 when there is nothing to divide by."""
    return hits / of if of else 0.0


def gold_kind(path: Path) -> GoldKind:
    """Which scorer reads ``path``: ``*.xml`` is PETRARCH, a ``*.jsonl`` file whose first object has the
    PLOVER fields (``text``, ``event_current``) is PLOVER, anything else (including a directory) is
    bilat JSON. A file that cannot be read is left to the bilat JSON loader, which reports it."""
    if path.is_dir():
        return "bilat_json"
    if path.suffix.casefold() == ".xml":
        return "petrarch"
    if path.suffix.casefold() == ".jsonl" and _first_object_has(path, PLOVER_FIELDS):
        return "plover"
    if path.suffix.casefold() == ".jsonl" and _first_object_has(path, NGEC_FIELDS):
        return "ngec"
    return "bilat_json"


def group_by_kind(paths: Sequence[str | Path]) -> dict[GoldKind, list[Path]]:
    """The paths sorted by :func:`gold_kind`, in the order given; every kind is a key (maybe empty)."""
    groups: dict[GoldKind, list[Path]] = {"bilat_json": [], "petrarch": [], "plover": [], "ngec": []}
    for given in paths:
        path = Path(given)
        groups[gold_kind(path)].append(path)
    return groups


def _first_object_has(path: Path, fields: frozenset[str]) -> bool:
    try:
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    value = json.loads(line)
                    return isinstance(value, dict) and fields <= value.keys() and "events" not in value
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return False
    return False
