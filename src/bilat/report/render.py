"""A :class:`~bilat.report.dossier.Dossier` as Markdown, self-contained HTML or JSON.

Citations are numbered once per dossier, in order of first use; every statement carries the numbers of
its sources, and the "Sources" list quotes each sentence with its document, outlet and date. In HTML each
number links to its source (``#source-N``), charts are inline SVG (no script, no CDN) and every piece of
source text is escaped by Jinja2's autoescaping. In Markdown the charts are PNG files written beside the
output (``chart_dir``) and the numbers are footnotes.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

import jinja2

from bilat.dedup import Citation
from bilat.report import charts, wording
from bilat.report.dossier import Dossier, Section

Format = Literal["md", "html", "json"]
_CHART_SECTIONS = {"overview": "index", "economy": "trade"}


@dataclasses.dataclass(frozen=True)
class _Source:
    number: int
    citation: Citation

    @property
    def sentence(self) -> str:
        return self.citation.sentence

    @property
    def where(self) -> str:
        return _where(self.citation)

    @property
    def link(self) -> str | None:
        """The article's address when it is a web address (never a script or data URL)."""
        url = self.citation.url or ""
        return url if re.match(r"https?://", url) else None

    def as_json(self) -> dict[str, Any]:
        c = self.citation
        return {
            "number": self.number,
            "doc_id": c.doc_id,
            "published": None if c.published is None else c.published.isoformat(),
            "outlet": c.outlet,
            "title": c.title,
            "url": c.url,
            "sentence": c.sentence,
            "span": [c.span.start, c.span.end],
        }


class _Numbering:
    """Numbers citations in order of first use."""

    def __init__(self) -> None:
        self.numbers: dict[tuple[str, int], int] = {}
        self.sources: list[_Source] = []

    def number(self, citation: Citation) -> int:
        key = (citation.doc_id, citation.span.start)
        if key not in self.numbers:
            self.numbers[key] = len(self.numbers) + 1
            self.sources.append(_Source(self.numbers[key], citation))
        return self.numbers[key]


def _where(citation: Citation) -> str:
    parts = [part for part in (citation.outlet, citation.title) if part]
    if citation.published is not None:
        parts.append(citation.published.isoformat())
    parts.append(f"document {citation.doc_id}, characters {citation.span.start}-{citation.span.end}")
    return ", ".join(parts)


def title_of(dossier: Dossier) -> str:
    a, b = dossier.names
    return f"{wording.capitalised(wording.in_text(a))} and {wording.in_text(b)}: the state of relations"


def _period(dossier: Dossier) -> str:
    if dossier.since and dossier.until:
        return f"events from {dossier.since} to {dossier.until}"
    if dossier.since:
        return f"events since {dossier.since}"
    if dossier.until:
        return f"events up to {dossier.until}"
    return ""


def _chart(dossier: Dossier, kind: str) -> tuple[Any, str] | None:
    """The Altair chart of ``kind`` ("index" or "trade") with its label, None when there is no data."""
    if kind == "index":  # by year when there are years enough to draw a trend, else by month
        monthly = len(dossier.index_by_year) < 3 and len(dossier.index_by_month) >= 3
        points = dossier.index_by_month if monthly else dossier.index_by_year
        if not points:
            return None
        series = [charts.SeriesPoint(p.period, p.plover) for p in points]
        label = f"Cooperation-conflict index by {'month' if monthly else 'year'}"
        return charts.index_chart(series, title=label), label
    if not dossier.trade or dossier.trade_unit is None:
        return None
    label = f"Trade by year ({dossier.trade_unit})"
    return charts.series_chart(dossier.trade, dossier.trade_unit, label), label


def _registry(dossier: Dossier, numbering: _Numbering) -> list[dict[str, Any]]:
    """The agreement registry as table rows: date, subject, parties, status and source numbers."""
    rows = []
    for agreement in dossier.agreements:
        domestic = len({code.split(".")[0] for code in agreement.parties}) == 1
        parties = [wording.actor(code) if domestic else wording.country(code) for code in agreement.parties]
        rows.append(
            {
                "date": agreement.date or "undated",
                "subject": agreement.subject or "(not stated)",
                "parties": ("; " if agreement.domestic else ", ").join(parties),
                "status": agreement.status,
                "sources": [numbering.number(c) for c in agreement.occurrence.citations],
            }
        )
    return rows


def _view(
    dossier: Dossier, chart_for: Callable[[str, Any, str], str]
) -> tuple[list[dict[str, Any]], list[_Source]]:
    numbering = _Numbering()
    sections = []
    for section in dossier.sections:
        chart = ""
        label = ""
        kind = _CHART_SECTIONS.get(section.key)
        made = _chart(dossier, kind) if kind else None
        if made is not None:
            chart, label = chart_for(section.key, made[0], made[1]), made[1]
        sections.append(
            {
                "key": section.key,
                "title": section.title,
                "chart": chart,
                "chart_label": label,
                "registry": _registry(dossier, numbering) if section.key == "agreements" else [],
                "statements": [
                    {"text": s.text, "sources": [numbering.number(c) for c in s.citations]}
                    for s in section.statements
                ],
            }
        )
    return sections, numbering.sources


@functools.cache
def _environment(autoescape: bool) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("bilat.report", "templates"),
        autoescape=autoescape,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md"] = markdown_escape
    return env


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


def markdown_escape(text: object) -> str:
    """Source text made inert in Markdown: characters that would start markup are backslash-escaped."""
    return _MD_SPECIAL.sub(r"\\\1", str(text))


def to_html(dossier: Dossier) -> str:
    """The dossier as one self-contained HTML page."""
    sections, sources = _view(dossier, lambda _key, chart, _label: charts.to_svg(chart))
    return _page("dossier.html.j2", dossier, sections, sources)


def _page(template: str, dossier: Dossier, sections: list[dict[str, Any]], sources: list[_Source]) -> str:
    html = template.endswith(".html.j2")
    return (
        _environment(html)
        .get_template(template)
        .render(
            title=title_of(dossier),
            generated=dossier.generated.isoformat(),
            documents=dossier.documents,
            period=_period(dossier),
            sections=sections,
            sources=sources,
        )
    )


def to_markdown(dossier: Dossier, chart_dir: Path | None = None, chart_prefix: str = "dossier") -> str:
    """The dossier as Markdown; with ``chart_dir`` its charts are written there as PNG files
    (``<chart_prefix>-<section>.png``) and linked by file name, else left out."""

    def write_png(key: str, chart: Any, _label: str) -> str:
        if chart_dir is None:
            return ""
        chart_dir.mkdir(parents=True, exist_ok=True)
        path = chart_dir / f"{chart_prefix}-{key}.png"
        path.write_bytes(charts.to_png(chart))
        return path.name

    sections, sources = _view(dossier, write_png)
    return re.sub(r"\n{3,}", "\n\n", _page("dossier.md.j2", dossier, sections, sources))


def to_json(dossier: Dossier) -> str:
    """The dossier as JSON: sections with their statements and citations, the index and trade series,
    and the agreement registry."""
    numbering = _Numbering()
    body = {
        "pair": list(dossier.codes),
        "names": list(dossier.names),
        "since": dossier.since,
        "until": dossier.until,
        "generated": dossier.generated.isoformat(),
        "documents": dossier.documents,
        "events": dossier.events,
        "sections": [_section_json(section, numbering) for section in dossier.sections],
        "index_by_year": [dataclasses.asdict(p) for p in dossier.index_by_year],
        "index_by_month": [dataclasses.asdict(p) for p in dossier.index_by_month],
        "trade": {"unit": dossier.trade_unit, "points": [dataclasses.asdict(p) for p in dossier.trade]},
        "agreements": [
            {
                "subject": a.subject,
                "date": a.date,
                "parties": list(a.parties),
                "status": a.status,
                "sources": [numbering.number(c) for c in a.occurrence.citations],
            }
            for a in dossier.agreements
        ],
    }
    body["sources"] = [source.as_json() for source in numbering.sources]
    return json.dumps(body, ensure_ascii=False, indent=2, default=_json_default)


def _section_json(section: Section, numbering: _Numbering) -> dict[str, Any]:
    return {
        "key": section.key,
        "title": section.title,
        "statements": [
            {"text": s.text, "date": s.date, "sources": [numbering.number(c) for c in s.citations]}
            for s in section.statements
        ],
    }


def _json_default(value: object) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {value!r}")


def render(
    dossier: Dossier, fmt: Format, chart_dir: Path | None = None, chart_prefix: str = "dossier"
) -> str:
    """The dossier in ``fmt``."""
    if fmt == "html":
        return to_html(dossier)
    if fmt == "json":
        return to_json(dossier)
    return to_markdown(dossier, chart_dir, chart_prefix)
