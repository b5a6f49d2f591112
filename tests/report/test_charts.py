"""The dossier's charts: an index over time and series of figures, rendered to SVG (inline in HTML, nothing
external) and PNG (for Markdown); and one chart drawn by a real headless Chromium."""

from __future__ import annotations

import math
import re
import struct
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import altair as alt
import pytest

from bilat.report.charts import SeriesPoint, index_chart, series_chart, to_png, to_svg

if TYPE_CHECKING:
    from playwright.sync_api import Page

SVG = "{http://www.w3.org/2000/svg}"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

RUS_CAF_INDEX = [
    SeriesPoint("2023-07", 0.55),
    SeriesPoint("2024-08", 0.7),
    SeriesPoint("2024-11", 0.4),
    SeriesPoint("2025-01", 0.6),
]
RUS_CAF_TRADE = [SeriesPoint("2016", 900_000.0, "trade"), SeriesPoint("2021", 6_000_000.0, "trade")]
TRADE_TITLE = "Trade between Russia and the Central African Republic"


def _index() -> alt.LayerChart:
    return index_chart(RUS_CAF_INDEX)


def _trade() -> alt.LayerChart:
    return series_chart(RUS_CAF_TRADE, "USD", TRADE_TITLE)


def _root(chart: alt.LayerChart) -> ET.Element:
    return ET.fromstring(to_svg(chart))


def _texts(root: ET.Element, role: str) -> list[str]:
    """The texts of one kind of SVG text mark (``axis-label``, ``axis-title``, ``legend-label`` ...)."""
    return [
        "".join(text.itertext())
        for group in root.iter(f"{SVG}g")
        if f"role-{role}" in group.get("class", "").split()
        for text in group.iter(f"{SVG}text")
    ]


def _point_labels(root: ET.Element) -> list[str]:
    """The aria-labels of the plotted points, in drawing order."""
    return [
        element.get("aria-label", "")
        for group in root.iter(f"{SVG}g")
        if "mark-symbol" in group.get("class", "").split() and "role-mark" in group.get("class", "").split()
        for element in group
        if element.get("aria-label")
    ]


CHARTS = pytest.mark.parametrize(
    ("build", "title"),
    [(_index, "Cooperation-conflict index"), (_trade, TRADE_TITLE)],
    ids=["index", "trade"],
)


@CHARTS
def test_the_svg_is_one_svg_document(build: Callable[[], alt.LayerChart], title: str) -> None:
    assert _root(build()).tag == f"{SVG}svg"


@CHARTS
def test_the_svg_shows_the_title(build: Callable[[], alt.LayerChart], title: str) -> None:
    assert _texts(_root(build()), "title-text") == [title]


@CHARTS
def test_the_svg_is_named_for_screen_readers(build: Callable[[], alt.LayerChart], title: str) -> None:
    root = _root(build())
    first = root[0]
    assert (first.tag, first.text) == (f"{SVG}title", title)
    assert root.get("aria-label", "").startswith(title)


@CHARTS
def test_the_svg_references_nothing_outside_itself(build: Callable[[], alt.LayerChart], title: str) -> None:
    svg = to_svg(build())
    root = ET.fromstring(svg)
    for element in root.iter():
        assert element.tag not in {f"{SVG}script", f"{SVG}image", f"{SVG}foreignObject", f"{SVG}style"}
        for name, value in element.attrib.items():
            if name.endswith(("href", "src")):
                assert value.startswith("#"), f"{name}={value}"
            assert all(url.startswith("#") for url in re.findall(r"url\(\s*['\"]?([^)'\"]*)", value))
    assert "@import" not in svg


@pytest.mark.parametrize(
    "title",
    ["Trade between France and Côte d'Ivoire", 'Aid to "Gaza" & the West Bank', "EU <-> Mercosur trade"],
    ids=["apostrophe", "quotes-ampersand", "angle-brackets"],
)
def test_a_title_with_markup_characters_stays_text(title: str) -> None:
    root = _root(series_chart(RUS_CAF_TRADE, "USD", title))
    assert (root[0].text, _texts(root, "title-text")) == (title, [title])
    assert root.get("aria-label", "").startswith(title)


@pytest.mark.parametrize(
    ("unit", "points"),
    [
        ("USD", RUS_CAF_TRADE),
        ("EUR", [SeriesPoint("2022", 4.5e8), SeriesPoint("2023", 5e8)]),
        ("persons", [SeriesPoint("2023", 1_500.0), SeriesPoint("2024", 10_000.0)]),
    ],
    ids=["dollars", "euros", "people"],
)
def test_the_value_axis_is_titled_with_the_unit(unit: str, points: list[SeriesPoint]) -> None:
    assert _texts(_root(series_chart(points, unit, "Figures")), "axis-title") == [unit]


@pytest.mark.parametrize(
    ("values", "label"),
    [((900_000.0, 6_000_000.0), "6m"), ((2e8, 9e8), "800m"), ((1.5e9, 3.25e9), "3bn")],
    ids=["millions", "hundreds-of-millions", "billions"],
)
def test_large_values_are_labelled_compactly(values: tuple[float, float], label: str) -> None:
    points = [SeriesPoint("2020", values[0]), SeriesPoint("2021", values[1])]
    assert label in _texts(_root(series_chart(points, "USD", "Trade")), "axis-label")


def test_the_index_axis_runs_from_minus_one_to_one_whatever_the_values() -> None:
    chart = index_chart([SeriesPoint("2021", 0.1), SeriesPoint("2022", 0.2)])
    labels = _texts(_root(chart), "axis-label")
    assert {"\u22121", "0", "+1"} <= set(labels)


def test_the_index_chart_draws_a_rule_at_zero() -> None:
    root = _root(_index())
    rules = [g for g in root.iter(f"{SVG}g") if g.get("class", "").startswith("mark-rule role-mark")]
    assert len(rules) == 1 and len(list(rules[0])) == 1


def test_each_point_is_labelled_with_its_period_and_value() -> None:
    labels = _point_labels(_root(_index()))
    assert labels == ["July 2023: +0.55", "August 2024: +0.70", "November 2024: +0.40", "January 2025: +0.60"]


def test_periods_are_drawn_in_time_order_whatever_the_input_order() -> None:
    shuffled = [SeriesPoint("2024-11", -0.2), SeriesPoint("2023-12", 0.3), SeriesPoint("2024-01", 0.1)]
    labels = _point_labels(_root(index_chart(shuffled)))
    assert labels == ["December 2023: +0.30", "January 2024: +0.10", "November 2024: \u22120.20"]


def test_each_series_has_its_own_colour_and_a_legend_entry() -> None:
    points = [
        SeriesPoint("2022", 3e6, "exports"),
        SeriesPoint("2022", 1e6, "imports"),
        SeriesPoint("2023", 4e6, "exports"),
        SeriesPoint("2023", 2e6, "imports"),
    ]
    root = _root(series_chart(points, "USD", "Trade"))
    assert _texts(root, "legend-label") == ["exports", "imports"]
    lines = [g for g in root.iter(f"{SVG}g") if g.get("class", "").startswith("mark-line role-mark")]
    colours = {path.get("stroke") for line in lines for path in line.iter(f"{SVG}path")}
    assert len(colours) == 2


def test_a_single_series_has_no_legend() -> None:
    assert _texts(_root(_trade()), "legend-label") == []


def test_a_single_point_still_makes_a_chart() -> None:
    assert _point_labels(_root(index_chart([SeriesPoint("2024", -0.25)]))) == ["2024: \u22120.25"]


@CHARTS
def test_the_png_is_a_png_image(build: Callable[[], alt.LayerChart], title: str) -> None:
    assert to_png(build()).startswith(PNG_SIGNATURE)


def test_the_png_scale_multiplies_its_pixel_size() -> None:
    chart = _index()

    def width(png: bytes) -> int:
        (pixels,) = struct.unpack(">I", png[16:20])  # IHDR: the width follows the signature and chunk header
        return int(pixels)

    assert width(to_png(chart, scale=2.0)) == 2 * width(to_png(chart, scale=1.0))


def test_a_chart_of_no_points_cannot_be_made() -> None:
    with pytest.raises(ValueError, match="at least one point"):
        index_chart([])
    with pytest.raises(ValueError, match="at least one point"):
        series_chart([], "USD", "Trade")


@pytest.mark.parametrize("period", ["23", "2023-7", "2023-13", "2023-00", "July 2023", "2023-07-01", ""])
def test_a_period_is_a_year_or_a_month(period: str) -> None:
    with pytest.raises(ValueError, match="neither a year"):
        SeriesPoint(period, 0.5)


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf])
def test_a_value_is_a_finite_number(value: float) -> None:
    with pytest.raises(ValueError, match="not a finite number"):
        SeriesPoint("2024", value)


def test_years_and_months_are_not_mixed_in_one_chart() -> None:
    with pytest.raises(ValueError, match="all be years or all be months"):
        index_chart([SeriesPoint("2023", 0.2), SeriesPoint("2024-03", 0.4)])


@pytest.mark.parametrize("value", [1.5, -1.01])
def test_an_index_value_lies_between_minus_one_and_one(value: float) -> None:
    with pytest.raises(ValueError, match=r"outside \[-1, 1\]"):
        index_chart([SeriesPoint("2024", value)])


def test_a_period_has_one_value_per_series() -> None:
    with pytest.raises(ValueError, match="two values for 2021 of series 'exports'"):
        series_chart([SeriesPoint("2021", 1.0, "exports"), SeriesPoint("2021", 2.0, "exports")], "USD", "T")


def test_a_series_chart_needs_its_unit() -> None:
    with pytest.raises(ValueError, match="unit"):
        series_chart(RUS_CAF_TRADE, " ", "Trade")


def test_chromium_draws_the_inline_svg_of_a_self_contained_page(
    page: Page, tmp_path: Path, screenshot_dir: Path
) -> None:
    html = tmp_path / "charts.html"
    html.write_text(
        "<!doctype html><html lang=en><head><meta charset=utf-8><title>Charts</title></head><body>"
        f"<figure id=index>{to_svg(_index())}</figure><figure id=trade>{to_svg(_trade())}</figure>"
        "</body></html>",
        encoding="utf-8",
    )
    page.goto(html.as_uri())
    for figure in ("index", "trade"):
        box = page.locator(f"#{figure} > svg").bounding_box()
        assert box is not None and box["width"] > 500 and box["height"] > 150
    assert page.locator("#trade text").filter(has_text=TRADE_TITLE).is_visible()
    assert page.get_by_role("document", name=TRADE_TITLE).count() == 1  # the SVG, named by its aria-label
    shot = screenshot_dir / "charts.png"
    page.screenshot(path=shot, full_page=True)
    assert shot.read_bytes().startswith(PNG_SIGNATURE)
