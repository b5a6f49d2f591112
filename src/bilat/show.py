"""Rendering one reading as marked-up text: actors ``[Putin]{RUS.HOS}``, event triggers
``<<held>>{CONSULT}``, dates ``[on Thursday]{2025-01-16}``, figures ``[$0.9 million]{900,000 USD 2016}``
and listed items ``[wheat]{exports}``, followed by the list of its events, the list of its figures (with
the countries each is about) and the list of its items. With ``color=True`` the marks are also coloured
(rich markup)."""

from __future__ import annotations

from dataclasses import dataclass

from rich.markup import escape

from bilat.model import Figure, Reading


@dataclass(frozen=True)
class _Mark:
    start: int
    end: int
    label: str
    kind: str  # actor | trigger | date | figure | item


STYLES = {"actor": "cyan", "trigger": "bold yellow", "date": "green", "figure": "magenta", "item": "blue"}
BRACKETS = {
    "actor": ("[", "]"),
    "trigger": ("<<", ">>"),
    "date": ("[", "]"),
    "figure": ("[", "]"),
    "item": ("[", "]"),
}


def marks(reading: Reading) -> list[_Mark]:
    found: list[_Mark] = []
    for m in reading.mentions:
        label = "+".join(m.members) if m.members else m.code
        found.append(_Mark(m.span.start, m.span.end, label, "actor"))
    for t in reading.times:
        found.append(_Mark(t.span.start, t.span.end, t.value or "?", "date"))
    for e in reading.events:
        found.append(_Mark(e.trigger_span.start, e.trigger_span.end, e.plover_type, "trigger"))
    for f in reading.figures:
        found.append(_Mark(f.span.start, f.span.end, figure_label(f), "figure"))
    for item in reading.items:
        found.append(_Mark(item.span.start, item.span.end, item.kind, "item"))
    found.sort(key=lambda k: (k.start, -(k.end - k.start)))
    chosen: list[_Mark] = []
    last_end = -1
    for k in found:
        if k.start >= last_end:
            chosen.append(k)
            last_end = k.end
    return chosen


def render(reading: Reading, *, color: bool = False) -> str:
    text = reading.document.text
    pieces: list[str] = []
    pos = 0
    for k in marks(reading):
        pieces.append(_plain(text[pos : k.start], color))
        left, right = BRACKETS[k.kind]
        body = f"{left}{text[k.start : k.end]}{right}{{{k.label}}}"
        pieces.append(f"[{STYLES[k.kind]}]{escape(body)}[/]" if color else body)
        pos = k.end
    pieces.append(_plain(text[pos:], color))
    doc = reading.document
    head = [
        f"document {doc.id}  date {doc.date or 'unknown'} ({doc.date_basis})"
        + (f"  dateline {doc.dateline.text!r}" if doc.dateline else ""),
        "",
    ]
    lines = [f"{len(reading.events)} events:"]
    for e in reading.events:
        date = e.date.value or "?"
        lines.append(
            f"  {date:<12} {e.source.code:<8} {e.plover_type:<10} {e.target.code:<8} "
            f"cameo {e.cameo_code:<5} {e.status:<9} conf {e.confidence:.2f}  <<{e.trigger}>>"
        )
    lines.append(f"{len(reading.figures)} figures:")
    for f in reading.figures:
        what = f"{f.what} ({f.what_text})" if f.what_text else f.what
        actors = ",".join(f.actors) or "-"
        lines.append(
            f"  {f.year or '?'!s:<12} {figure_label(f, with_year=False):<28} {what}  {actors}  [{f.text}]"
        )
    if reading.items:
        lines.append(f"{len(reading.items)} items:")
    for item in reading.items:
        lines.append(f"  {item.kind:<9} {','.join(item.actors) or '-':<8} {item.text}")
    body = "".join(pieces)
    return "\n".join([*(_plain(h, color) for h in head), body, "", *(_plain(x, color) for x in lines)])


def figure_label(figure: Figure, *, with_year: bool = True) -> str:
    """A short reading of a figure: "900,000 USD 2016", "more than 500 persons by 2024", "1.2bn CNY"."""
    value = figure.value
    if abs(value) >= 1e9:
        number = f"{value / 1e9:g}bn"
    elif abs(value) >= 1e6:
        number = f"{value / 1e6:g}m"
    elif value == int(value):
        number = f"{int(value):,}"
    else:
        number = f"{value:g}"
    parts = [figure.qualifier, number, figure.unit]
    if with_year and figure.year is not None:
        parts.extend([figure.year_qualifier, str(figure.year)])
    return " ".join(part for part in parts if part)


def _plain(text: str, color: bool) -> str:
    return escape(text) if color else text
