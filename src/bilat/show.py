"""Rendering one reading as marked-up text: actors ``[Putin]{RUS.HOS}``, event triggers
``<<held>>{CONSULT}`` and dates ``[on Thursday]{2025-01-16}``, followed by the list of its events.
With ``color=True`` the marks are also coloured (rich markup)."""

from __future__ import annotations

from dataclasses import dataclass

from rich.markup import escape

from bilat.model import Reading


@dataclass(frozen=True)
class _Mark:
    start: int
    end: int
    label: str
    kind: str  # actor | trigger | date


STYLES = {"actor": "cyan", "trigger": "bold yellow", "date": "green"}
BRACKETS = {"actor": ("[", "]"), "trigger": ("<<", ">>"), "date": ("[", "]")}


def marks(reading: Reading) -> list[_Mark]:
    found: list[_Mark] = []
    for m in reading.mentions:
        label = "+".join(m.members) if m.members else m.code
        found.append(_Mark(m.span.start, m.span.end, label, "actor"))
    for t in reading.times:
        found.append(_Mark(t.span.start, t.span.end, t.value or "?", "date"))
    for e in reading.events:
        found.append(_Mark(e.trigger_span.start, e.trigger_span.end, e.plover_type, "trigger"))
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
    body = "".join(pieces)
    return "\n".join([*(_plain(h, color) for h in head), body, "", *(_plain(x, color) for x in lines)])


def _plain(text: str, color: bool) -> str:
    return escape(text) if color else text
