"""Confusion matrices by PLOVER type: which type bilat gives where the gold says another.

What this module holds: :class:`Confusion` (counts of (gold type, predicted type) pairs, with ``NONE`` for
a gold event bilat did not code and for a prediction with no gold event), :func:`format_confusion` (the
grid ``bilat eval --confusion`` prints) and :func:`bilat_json_confusion`, the matrix for bilat-JSON gold.
The PLOVER gold's matrix is built by :mod:`bilat.evaluate.plover`.

For bilat-JSON gold the pairs come from the scorer's own matching (:func:`bilat.evaluate.score`): each
gold event matched at PLOVER level counts on the diagonal; then, per document, the gold events left over
are paired one to one with the predictions left over whose entity pair fits (the type and date are not
required), date-agreeing pairs first, then the narrowest gold date, then the prediction's confidence.
What stays unpaired counts against ``NONE``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from bilat.evaluate.bilat_json import (
    DocumentScore,
    GoldEvent,
    Scores,
    _orientations,
    _pair_best_first,
)

NONE = "NONE"
"""The label of a missing side: no prediction for a gold event, or no gold event for a prediction."""


@dataclass(frozen=True)
class Confusion:
    """Counts of (gold type, predicted type) pairs."""

    cells: Mapping[tuple[str, str], int]

    @classmethod
    def from_pairs(cls, pairs: Iterable[tuple[str, str]]) -> Confusion:
        return cls(MappingProxyType(dict(Counter(pairs))))

    @property
    def labels(self) -> tuple[str, ...]:
        """Every type on either side, sorted, with ``NONE`` last (always present)."""
        found = {label for pair in self.cells for label in pair} - {NONE}
        return (*sorted(found), NONE)

    def count(self, gold: str, predicted: str) -> int:
        return self.cells.get((gold, predicted), 0)

    @property
    def total(self) -> int:
        return sum(self.cells.values())

    @property
    def agreeing(self) -> int:
        return sum(n for (gold, predicted), n in self.cells.items() if gold == predicted)

    def largest(self, n: int = 5, *, errors_only: bool = True) -> list[tuple[str, str, int]]:
        """The ``n`` largest cells as (gold, predicted, count), largest first (ties by name); by default
        only the disagreements."""
        cells = [(g, p, c) for (g, p), c in self.cells.items() if c and not (errors_only and g == p)]
        return sorted(cells, key=lambda cell: (-cell[2], cell[0], cell[1]))[:n]

    def as_json(self) -> dict[str, Any]:
        """``{"labels": [...], "matrix": [[...]], "largest_errors": [[gold, predicted, n], ...]}``: rows are
        gold types, columns predicted types, in ``labels`` order."""
        labels = self.labels
        return {
            "labels": list(labels),
            "matrix": [[self.count(g, p) for p in labels] for g in labels],
            "largest_errors": [list(cell) for cell in self.largest()],
        }


def _abbreviations(labels: Sequence[str], width: int) -> list[str]:
    """Column headers no wider than ``width``, lengthened where two would read the same."""
    for size in range(width, max((len(label) for label in labels), default=width) + 1):
        short = [label[:size] for label in labels]
        if len(set(short)) == len(short):
            return short
    return list(labels)


def format_confusion(confusion: Confusion, title: str = "confusion by PLOVER type") -> str:
    """A grid: one row per gold type, one column per predicted type (headers cut to 5 letters), the row
    totals, then the five largest disagreements."""
    labels = confusion.labels
    heads = _abbreviations(labels, 5)
    cell = max(6, *(len(h) + 1 for h in heads))
    name = max(len(label) for label in labels) + 2
    lines = [
        f"{title} (rows gold, columns predicted)",
        "",
        " " * name + "".join(f"{h:>{cell}}" for h in heads) + f"{'total':>{cell + 1}}",
    ]
    for gold in labels:
        counts = [confusion.count(gold, predicted) for predicted in labels]
        lines.append(
            f"{gold:<{name}}"
            + "".join(f"{c if c else '.':>{cell}}" for c in counts)
            + f"{sum(counts):>{cell + 1}}"
        )
    lines += ["", f"agreeing {confusion.agreeing} of {confusion.total}; largest disagreements:"]
    lines += [f"  {gold:<10} -> {predicted:<10} {n}" for gold, predicted, n in confusion.largest()]
    return "\n".join(lines) + "\n"


def _leftover_pairs(golds: Sequence[GoldEvent], preds: Sequence[Mapping[str, Any]]) -> list[tuple[int, int]]:
    """Gold events and predictions paired one to one on the entity pair alone, best first."""
    return _pair_best_first(golds, preds, lambda gold, pred: bool(_orientations(gold, pred)), dated=False)


def _document_pairs(doc: DocumentScore) -> Iterable[tuple[str, str]]:
    for match in doc.matches:
        yield match.gold.plover_type, match.gold.plover_type
    golds = list(doc.missed)
    preds = list(doc.false_positives)
    paired = _leftover_pairs(golds, preds)
    for gi, pi in paired:
        yield golds[gi].plover_type, str(preds[pi].get("plover_type") or NONE)
    hit_gold = {gi for gi, _ in paired}
    hit_pred = {pi for _, pi in paired}
    for gi, gold in enumerate(golds):
        if gi not in hit_gold:
            yield gold.plover_type, NONE
    for pi, pred in enumerate(preds):
        if pi not in hit_pred:
            yield NONE, str(pred.get("plover_type") or NONE)


def bilat_json_confusion(scores: Scores) -> Confusion:
    """The confusion matrix of a bilat-JSON evaluation (see the module docstring for the pairing).

    A match with an ``also_accept`` alternative counts on the diagonal; an optional gold event left
    unmatched is not counted (it is no miss)."""
    return Confusion.from_pairs(pair for doc in scores.per_document for pair in _document_pairs(doc))
