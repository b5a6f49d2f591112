"""The HTML dossier in a real headless Chromium: it renders, its charts are visible, its citations link
to the quoted sentences, and nothing is fetched from the network. A screenshot is saved under
tests/out/screenshots/."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from playwright.sync_api import Page

import bilat
from bilat import api
from bilat.report.render import to_html

DATA = Path(__file__).resolve().parents[1] / "data" / "relations"


@pytest.fixture(scope="module")
def dossier_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("html")
    url = f"sqlite:///{folder / 'pairs.db'}"
    assert bilat.ingest([str(DATA)], db=url).ok
    path = folder / "ind-jpn.html"
    path.write_text(to_html(api.dossier("IND", "JPN", url, generated=dt.date(2026, 1, 1))), encoding="utf-8")
    return path


def test_the_dossier_renders_with_visible_charts(
    page: Page, dossier_page: Path, screenshot_dir: Path
) -> None:
    page.goto(dossier_page.as_uri())
    assert page.locator("h1").inner_text().startswith("India and Japan")
    for chart in ("#chart-overview svg", "#chart-economy svg"):
        box = page.locator(chart).bounding_box()
        assert box is not None and box["width"] > 300 and box["height"] > 100, chart
        assert page.locator(chart).is_visible()
    shot = screenshot_dir / "dossier-ind-jpn.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.read_bytes().startswith(b"\x89PNG")


def test_a_citation_link_leads_to_its_quoted_sentence(page: Page, dossier_page: Path) -> None:
    page.goto(dossier_page.as_uri())
    link = page.locator("#contacts a.citation").first
    target = link.get_attribute("href")
    assert target is not None and target.startswith("#source-")
    link.click()
    assert page.url.endswith(target)
    source = page.locator(target)
    assert source.is_visible()
    assert "held talks" in source.locator("q").inner_text()
    assert source.evaluate("element => element.matches(':target')")


def test_every_citation_has_a_source(page: Page, dossier_page: Path) -> None:
    page.goto(dossier_page.as_uri())
    hrefs = page.locator("a.citation").evaluate_all("links => links.map(link => link.getAttribute('href'))")
    assert hrefs
    for href in set(hrefs):
        assert page.locator(href).count() == 1, href
