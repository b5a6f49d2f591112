"""One record per real-world event: the reports of an event, from one or many documents, merged into an
:class:`Occurrence` that keeps every report and the :class:`Citation` of each.

The rule, for now: two events are one when they join the same two entities (in either order), have the
same PLOVER type and the same date value (``2024-11`` and ``2024-11`` merge; ``2024-11`` and ``2024-11-05``
do not: the finer date is kept apart rather than guessed). Two reports from one document are never merged
here (the coder has already merged a document's repeats, so what it kept apart are different events that
share a date). An undated event merges only with a dated one of the same pair and type from the same
sentence. The merged occurrence's status is the status given by the latest-published report ("will hold
talks" on Monday, "held talks" on Friday: occurred). Clustering by similarity across documents (same
event, dates a day apart, different wording) is a later step.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from bilat.model import Document, Event, Span


@dataclass(frozen=True)
class Citation:
    """Where a statement comes from: the document, its publication date and outlet, and the sentence."""

    doc_id: str
    published: dt.date | None
    outlet: str | None
    title: str | None
    url: str | None
    sentence: str
    span: Span  # the sentence in its document


@dataclass(frozen=True)
class Occurrence:
    """One real-world event with every report of it (``reports``, most confident first)."""

    reports: tuple[Event, ...]
    citations: tuple[Citation, ...]
    status: str

    @property
    def lead(self) -> Event:
        """The most confident report: its coding speaks for the occurrence."""
        return self.reports[0]

    @property
    def date(self) -> str | None:
        return self.lead.date.value

    @property
    def end_date(self) -> str | None:
        return self.lead.date.end_value

    @property
    def plover_type(self) -> str:
        return self.lead.plover_type

    @property
    def entities(self) -> tuple[str, str]:
        return entity(self.lead.source.code), entity(self.lead.target.code)

    @property
    def sort_key(self) -> tuple[str, str]:
        """Orders occurrences by date (undated last), then by first citation."""
        return (sortable(self.date), self.citations[0].doc_id if self.citations else "")


def entity(code: str) -> str:
    """The entity part of an actor code ("CAF.GOV" -> "CAF")."""
    return code.split(".", 1)[0]


def sortable(date: str | None) -> str:
    """A string that sorts FORMAT.md dates in time order, undated last (``..2024`` sorts as 2024)."""
    if not date:
        return "~"
    return date.lstrip(".")


def citation(event: Event, document: Document | None) -> Citation:
    """The citation of one report."""
    return cite(document, event.doc_id, event.evidence, event.sentence_span)


def cite(document: Document | None, doc_id: str, sentence: str, span: Span) -> Citation:
    """The citation of ``sentence`` at ``span`` of document ``doc_id``, with the document's date, outlet,
    title and address when the document is known."""
    return Citation(
        doc_id=doc_id,
        published=None if document is None else document.date,
        outlet=None if document is None else document.source,
        title=None if document is None else document.title,
        url=None if document is None else document.url,
        sentence=sentence,
        span=span,
    )


def occurrences(events: Iterable[Event], documents: Mapping[str, Document]) -> list[Occurrence]:
    """Merge reports into occurrences by the rule of the module docstring, in date order."""
    groups: dict[tuple[object, ...], list[list[Event]]] = defaultdict(list)
    undated: list[Event] = []
    for event in events:
        if event.date.value is None:
            undated.append(event)
        else:
            _add(groups[_merge_key(event)], event)
    by_sentence: dict[tuple[object, ...], list[Event]] = {}
    for candidates in groups.values():
        for reports in candidates:
            for event in reports:
                by_sentence.setdefault(_sentence_key(event), reports)
    loose: list[list[Event]] = []
    for event in undated:
        dated = by_sentence.get(_sentence_key(event))
        if dated is not None:
            dated.append(event)
        else:
            loose.append([event])
    merged = [_occurrence(reports, documents) for candidates in groups.values() for reports in candidates]
    merged += [_occurrence(reports, documents) for reports in loose]
    return sorted(merged, key=lambda occurrence: occurrence.sort_key)


def _add(candidates: list[list[Event]], event: Event) -> None:
    """Put ``event`` into the first group with no report from its document, else a new group."""
    for reports in candidates:
        if all(report.doc_id != event.doc_id for report in reports):
            reports.append(event)
            return
    candidates.append([event])


def _merge_key(event: Event) -> tuple[object, ...]:
    pair = frozenset((entity(event.source.code), entity(event.target.code)))
    return (pair, event.plover_type, event.date.value, event.date.end_value)


def _sentence_key(event: Event) -> tuple[object, ...]:
    pair = frozenset((entity(event.source.code), entity(event.target.code)))
    return (pair, event.plover_type, event.doc_id, event.sentence_span.start)


def _occurrence(reports: Sequence[Event], documents: Mapping[str, Document]) -> Occurrence:
    dated_first = sorted(reports, key=lambda e: (e.date.value is None, -e.confidence, e.doc_id, e.event_id))
    seen: set[tuple[str, int]] = set()
    citations: list[Citation] = []
    for event in sorted(reports, key=lambda e: (_published(documents, e), e.doc_id, e.sentence_span.start)):
        where = (event.doc_id, event.sentence_span.start)
        if where not in seen:
            seen.add(where)
            citations.append(citation(event, documents.get(event.doc_id)))
    latest = max(reports, key=lambda e: (_published(documents, e), e.confidence))
    return Occurrence(reports=tuple(dated_first), citations=tuple(citations), status=latest.status)


def _published(documents: Mapping[str, Document], event: Event) -> dt.date:
    document = documents.get(event.doc_id)
    return dt.date.min if document is None or document.date is None else document.date
