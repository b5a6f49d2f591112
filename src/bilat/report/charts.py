"""The dossier's charts: the cooperation-conflict index and series of figures (trade, exports ...) over time.

Altair builds a Vega-Lite spec from :class:`SeriesPoint` values; vl-convert renders it in-process, with
no browser and no network (external data URLs are refused), to SVG for the HTML dossier (inlined, so the
page needs no script and no CDN) and to PNG for Markdown.

A chart has one time precision: every period is a year (``"2023"``) or every period is a month
(``"2023-07"``). Points are drawn in time order whatever order they come in. Dates are handled in UTC so
the axis reads the same on any machine. The SVG's root element carries a ``<title>`` and an
``aria-label`` describing the whole chart; each point has its own ``aria-label`` ("July 2023: +0.40").
A chart of no points cannot be drawn: the builders raise :class:`ValueError` and the caller leaves the
chart out.
"""

from __future__ import annotations

import datetime as dt
import html
import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Literal

import altair as alt
import vl_convert as vlc

__all__ = ["SeriesPoint", "index_chart", "series_chart", "to_png", "to_svg"]

TimePrecision = Literal["year", "month"]

WIDTH = 560  # plot area; with axes and title the image is about 620 x 220 (x 240 with a legend)
HEIGHT = 170
LINE_COLOUR = "#1f5f8b"
ZERO_COLOUR = "#888888"
# vl-convert lays text out with Liberation Sans; Arial and Helvetica have the same metrics, so labels fit in
# the browsers of most readers too (other fonts may be wider: titles and labels leave room for that).
FONT = "'Liberation Sans', Arial, Helvetica, sans-serif"
MINUS = "\u2212"  # typographic minus sign, as Vega writes negative axis labels

_PERIOD = re.compile(r"(?P<year>\d{4})(?:-(?P<month>0[1-9]|1[0-2]))?")

# Vega expression for compact money/count labels on a y axis: 900k, 6m, 1.25bn (values below 1,000 as is).
_COMPACT_LABEL = (
    "abs(datum.value) >= 1e9 ? format(datum.value / 1e9, '.3~r') + 'bn'"
    " : abs(datum.value) >= 1e6 ? format(datum.value / 1e6, '.3~r') + 'm'"
    " : abs(datum.value) >= 1e3 ? format(datum.value / 1e3, '.3~r') + 'k'"
    " : format(datum.value, '.3~r')"
)

# Vega expression for index labels: +0.5, 0, -0.5 (Vega writes the minus sign).
_SIGNED_LABEL = "(datum.value > 0 ? '+' : '') + format(datum.value, '.1~f')"

# Altair's schema version ("v6.4.1") names the Vega-Lite library vl-convert must use ("v6.4").
_VL_VERSION = ".".join(alt.SCHEMA_VERSION.split(".")[:2])


@dataclass(frozen=True)
class SeriesPoint:
    """One value of a chart: ``period`` is ``"YYYY"`` or ``"YYYY-MM"``; ``series`` names its line
    ("exports", "imports"); points of one unnamed series leave it empty."""

    period: str
    value: float
    series: str = ""

    def __post_init__(self) -> None:
        if _PERIOD.fullmatch(self.period) is None:
            raise ValueError(f"period {self.period!r} is neither a year (2023) nor a month (2023-07)")
        if not math.isfinite(self.value):
            raise ValueError(f"the value for {self.period!r} is not a finite number: {self.value!r}")

    @property
    def precision(self) -> TimePrecision:
        return "year" if len(self.period) == 4 else "month"

    @property
    def start(self) -> dt.date:
        """The first day of the period."""
        match = _PERIOD.fullmatch(self.period)
        assert match is not None  # checked in __post_init__
        return dt.date(int(match["year"]), int(match["month"] or 1), 1)

    @property
    def label(self) -> str:
        """The period as a reader says it: ``2023``, ``July 2023``."""
        if self.precision == "year":
            return self.period
        return f"{self.start:%B} {self.start.year}"


def index_chart(points: Iterable[SeriesPoint], title: str = "Cooperation-conflict index") -> alt.LayerChart:
    """A line with points of an index in [-1, 1] over time, on a fixed -1..1 axis with a rule at zero
    (one colour per series when the points name more than one)."""
    rows = list(points)
    for point in rows:
        if not -1.0 <= point.value <= 1.0:
            raise ValueError(f"index value {point.value} for {point.period} is outside [-1, 1]")
    y = alt.Y(
        "value:Q",
        title="Index",
        scale=alt.Scale(domain=[-1, 1], nice=False),
        axis=alt.Axis(values=[-1, -0.5, 0, 0.5, 1], labelExpr=_SIGNED_LABEL),
    )
    zero = (
        alt.Chart(alt.InlineData(values=[{"zero": 0}]))
        .mark_rule(color=ZERO_COLOUR, strokeDash=[4, 3], aria=False)
        .encode(y=alt.Y("zero:Q", scale=alt.Scale(domain=[-1, 1])))
    )
    scale = f"from {MINUS}1 (conflict) to +1 (cooperation)"
    return _line_chart(rows, y, _signed, title, "", subtitle=scale, background=[zero])


def series_chart(points: Iterable[SeriesPoint], unit: str, title: str) -> alt.LayerChart:
    """Values over time in one ``unit`` (a currency such as "USD", or "persons"): one line with points
    per series, the y axis titled with the unit and labelled compactly (900k, 6m, 1.2bn)."""
    if not unit.strip():
        raise ValueError("a series chart needs the unit of its values (one unit per chart)")
    y = alt.Y("value:Q", title=unit, axis=alt.Axis(labelExpr=_COMPACT_LABEL))
    return _line_chart(list(points), y, _plain, title, unit)


def to_svg(chart: alt.TopLevelMixin) -> str:
    """The chart as a standalone SVG document (no script, no external reference), labelled for screen
    readers with the chart's title and description."""
    spec = chart.to_dict()
    svg = vlc.vegalite_to_svg(spec, vl_version=_VL_VERSION, allowed_base_urls=[])
    return _labelled(svg, _text(spec.get("title")), _text(spec.get("description")))


def to_png(chart: alt.TopLevelMixin, scale: float = 2.0) -> bytes:
    """The chart as a PNG image, ``scale`` times its size in CSS pixels (2.0 is sharp on most screens)."""
    if not scale > 0:
        raise ValueError(f"the PNG scale must be positive, not {scale}")
    spec = chart.to_dict()
    return vlc.vegalite_to_png(spec, vl_version=_VL_VERSION, scale=scale, allowed_base_urls=[])


def _line_chart(
    points: list[SeriesPoint],
    y: alt.Y,
    say: Callable[[float], str],
    title: str,
    unit: str,
    subtitle: str = "",
    background: list[alt.Chart] | None = None,
) -> alt.LayerChart:
    precision = _precision(points)
    ordered = sorted(points, key=lambda p: (p.start, p.series))
    _refuse_duplicates(ordered)
    names = sorted({p.series for p in ordered})
    suffix = f" {unit}" if unit else ""
    rows = [
        {
            "date": p.start.isoformat(),
            "period": p.label,
            "value": p.value,
            "series": p.series,
            "shown": say(p.value) + suffix,
            "text": ", ".join(filter(None, [p.series, p.label])) + ": " + say(p.value) + suffix,
        }
        for p in ordered
    ]
    base = alt.Chart(alt.InlineData(values=rows)).encode(x=_x_axis(precision), y=y)
    tooltip = [alt.Tooltip("period:N", title=precision.capitalize())]
    if len(names) > 1:
        colour: alt.Color | alt.ColorValue = alt.Color(
            "series:N", sort=names, legend=alt.Legend(title=None, orient="top", offset=4)
        )
        tooltip.insert(0, alt.Tooltip("series:N", title="Series"))
    else:
        colour = alt.ColorValue(LINE_COLOUR)
    tooltip.append(alt.Tooltip("shown:N", title="Value"))
    line = base.mark_line(aria=False).encode(color=colour, detail="series:N")
    dots = base.mark_point(filled=True, size=45).encode(
        color=colour, tooltip=tooltip, description=alt.Description("text:N")
    )
    layers = [*(background or []), line, dots]
    return alt.LayerChart(
        layer=layers,
        width=WIDTH,
        height=HEIGHT,
        title=alt.TitleParams(text=title, subtitle=subtitle, anchor="start"),
        description=_describe(title, precision, ordered, names, say, suffix),
        config=alt.Config(font=FONT),
    )


def _precision(points: list[SeriesPoint]) -> TimePrecision:
    if not points:
        raise ValueError("a chart needs at least one point")
    kinds = {p.precision for p in points}
    if len(kinds) > 1:
        raise ValueError("a chart's periods must all be years or all be months, not a mix")
    return kinds.pop()


def _refuse_duplicates(ordered: list[SeriesPoint]) -> None:
    seen: set[tuple[str, str]] = set()
    for point in ordered:
        key = (point.period, point.series)
        if key in seen:
            name = f" of series {point.series!r}" if point.series else ""
            raise ValueError(f"two values for {point.period}{name}")
        seen.add(key)


def _x_axis(precision: TimePrecision) -> alt.X:
    if precision == "year":
        return alt.X(
            "date:T",
            timeUnit="utcyear",
            title=None,
            axis=alt.Axis(format="%Y", tickCount={"interval": "year", "step": 1}, labelOverlap=True),
        )
    return alt.X("date:T", timeUnit="utcyearmonth", title=None, axis=alt.Axis(format="%b %Y"))


def _describe(
    title: str,
    precision: TimePrecision,
    ordered: list[SeriesPoint],
    names: list[str],
    say: Callable[[float], str],
    suffix: str,
) -> str:
    """One sentence for a screen reader: span, and the lowest and highest values."""
    low = min(ordered, key=lambda p: p.value)
    high = max(ordered, key=lambda p: p.value)
    lines = f" ({', '.join(names)})" if len(names) > 1 else ""
    every = "yearly" if precision == "year" else "monthly"
    span = ordered[0].label if len(ordered) == 1 else f"{ordered[0].label} to {ordered[-1].label}"
    return (
        f"{title}{lines}, {every}, {span}: lowest {say(low.value)}{suffix} ({low.label}), "
        f"highest {say(high.value)}{suffix} ({high.label})."
    )


def _signed(value: float) -> str:
    return f"{value:+.2f}".replace("-", MINUS)


def _plain(value: float) -> str:
    return f"{value:,.0f}" if value.is_integer() else f"{value:,.2f}"


def _text(value: Any) -> str:
    """The text of a Vega-Lite title or description (a string, a TitleParams dict, or lines)."""
    if isinstance(value, dict):
        value = value.get("text", "")
    if isinstance(value, list):
        return " ".join(str(part) for part in value)
    return "" if value is None else str(value)


def _labelled(svg: str, title: str, description: str) -> str:
    """``svg`` with an accessible name: a ``<title>`` first child and an ``aria-label`` on the root
    (unchanged when the chart has neither title nor description)."""
    if not (title or description):
        return svg
    opening = re.match(r"\s*<svg\b[^>]*>", svg)
    if opening is None:
        raise ValueError("vl-convert returned something that does not start with an <svg> element")
    end = opening.end()
    head = svg[: end - 1]
    label = html.escape(description or title, quote=True)
    attributes = f' role="graphics-document document" aria-label="{label}"'
    named = f"<title>{html.escape(title or description, quote=False)}</title>"
    return f"{head}{attributes}>{named}{svg[end:]}"
