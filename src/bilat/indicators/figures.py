"""Figures in sentences: every detector run over one text, overlaps settled by rank (money, then
percentages, votes, agreements, people, physical quantities), numbers inside a time expression dropped,
each figure given its year."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from bilat import timex
from bilat.indicators.clauses import Found, coordinated
from bilat.indicators.money import money
from bilat.indicators.numbers import may_hold_number
from bilat.indicators.people import agreements, persons
from bilat.indicators.quantities import quantities
from bilat.indicators.shares import percentages
from bilat.indicators.votes import votes
from bilat.indicators.years import range_years, year_of
from bilat.model import Figure, Sentence, Span, TimeMention


def find_figures(
    sentences: Sequence[Sentence],
    anchor: dt.date | None,
    *,
    doc_id: str | None = None,
    times: Sequence[TimeMention] | None = None,
) -> list[Figure]:
    """The figures stated in ``sentences``, in text order, with spans into their document.

    ``anchor`` is the document date (to resolve times such as "last year"); ``doc_id`` overrides the
    sentences' own span document; ``times`` are the document's time mentions when already found
    (otherwise :func:`bilat.timex.find_times` runs on each sentence).
    """
    out: list[Figure] = []
    for sentence in sentences:
        start, end = sentence.span.start, sentence.span.end
        inside = None if times is None else [t for t in times if start <= t.span.start and t.span.end <= end]
        out.extend(
            figures_in_text(
                sentence.text,
                anchor,
                doc_id=sentence.span.doc_id if doc_id is None else doc_id,
                offset=start,
                times=inside,
            )
        )
    return out


def figures_in_text(
    text: str,
    anchor: dt.date | None,
    *,
    doc_id: str = "",
    offset: int = 0,
    times: Sequence[TimeMention] | None = None,
) -> list[Figure]:
    """The figures stated in ``text`` (one sentence, best), in text order.

    ``offset`` is where ``text`` starts in document ``doc_id``; ``times`` are its time mentions with
    document offsets (found here with :func:`bilat.timex.find_times` when None).
    """
    if not may_hold_number(text):
        return []
    if times is None:
        times = timex.find_times(text, anchor, doc_id=doc_id, offset=offset)
    local = [(t.span.start - offset, t.span.end - offset, t) for t in times]
    found = [
        f
        for f in (
            *money(text),
            *percentages(text),
            *votes(text),
            *agreements(text),
            *persons(text),
            *quantities(text),
        )
        if not any(start < f.num_end and f.num_start < end for start, end, _ in local)
    ]
    chosen: list[Found] = []
    for f in sorted(found, key=lambda f: (f.rank, f.start, -(f.end - f.start))):
        if all(f.end <= c.start or c.end <= f.start for c in chosen):
            chosen.append(f)
    chosen.sort(key=lambda f: f.start)
    years = range_years(text, chosen, [year_of(text, f, chosen, local) for f in chosen], local)
    for i in range(1, len(chosen)):  # "by 2024 they had trained 10,000 soldiers and 500 police officers"
        if years[i][0] is None and _joined(text, chosen[i - 1], chosen[i]):
            years[i] = years[i - 1]
    out: list[Figure] = []
    for f, (year, year_qualifier) in zip(chosen, years, strict=True):
        out.append(
            Figure(
                span=Span(f.start + offset, f.end + offset, doc_id),
                text=text[f.start : f.end],
                value=f.value,
                unit=f.unit,
                what=f.what,
                what_text=f.what_text,
                year=year,
                year_qualifier=year_qualifier,
                qualifier=f.qualifier,
            )
        )
    return out


def _joined(text: str, first: Found, second: Found) -> bool:
    """Whether two figures of one unit stand in one list ("10,000 soldiers and more than 500 officers")."""
    return first.unit == second.unit and coordinated(text[first.end : second.start])
