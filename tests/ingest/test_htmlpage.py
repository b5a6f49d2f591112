"""HTML pages: the main text without furniture or a repeated headline, in paragraphs, with its metadata."""

from __future__ import annotations

from pathlib import Path

import pytest

from bilat.ingest import read_inputs
from bilat.ingest.htmlpage import extract_page
from bilat.model import Document, InputError

LEAD = (
    "LIMA, May 6 (Andes Wire) -- Peru's foreign ministry summoned Bolivia's ambassador on Monday to protest "
    "against remarks by Bolivian officials about the two countries' border."
)
SECOND = "The ministry handed the envoy a note of protest and asked La Paz for an explanation."


def _page(head: str, body: str) -> str:
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"


def _read(tmp_path: Path, page: str) -> list[Document | InputError]:
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    return list(read_inputs([str(path)]))


def _document(tmp_path: Path, page: str) -> Document:
    [item] = _read(tmp_path, page)
    assert isinstance(item, Document), item
    return item


@pytest.mark.parametrize(
    ("head", "headline"),
    [
        ("<title>Peru summons Bolivian envoy</title>", "<h1>Peru summons Bolivian envoy</h1>"),
        ("<title>Peru summons Bolivian envoy | Andes Wire</title>", "<h1>Peru summons Bolivian envoy</h1>"),
        ("<title>Peru summons Bolivian envoy - Andes Wire</title>", "<h1>Peru  summons Bolivian envoy</h1>"),
        (
            '<meta property="og:title" content="Peru summons Bolivian envoy">'
            "<title>World | Andes Wire</title>",
            '<h2 class="headline">Peru summons Bolivian envoy</h2>',
        ),
        (
            "<title>Peru summons Bolivian envoy</title>",
            '<div class="headline">Peru summons Bolivian envoy</div>',
        ),
    ],
)
def test_headline_repeating_the_title_is_dropped_so_the_dateline_opens_the_text(
    tmp_path: Path, head: str, headline: str
) -> None:
    document = _document(tmp_path, _page(head, f"<article>{headline}<p>{LEAD}</p><p>{SECOND}</p></article>"))
    assert document.text.startswith("LIMA, May 6 (Andes Wire) -- Peru's foreign ministry")
    assert "Peru summons Bolivian envoy" not in document.text
    assert document.dateline is not None and document.dateline.place == "Lima"


@pytest.mark.parametrize(
    "opening",
    [
        "Peru summons Bolivian envoy over border remarks, ministry says.",
        "Peru summons Bolivian envoy - and recalls its own",
    ],
)
def test_paragraph_that_only_starts_like_the_title_is_kept(tmp_path: Path, opening: str) -> None:
    body = f"<article><p>{opening}</p><p>{LEAD}</p></article>"
    page = _page("<title>Peru summons Bolivian envoy</title>", body)
    assert extract_page(page).text.startswith(opening)


def test_blocks_become_paragraphs_separated_by_a_blank_line(tmp_path: Path) -> None:
    body = f"<article><p>{LEAD}</p><h2>Border dispute</h2><p>{SECOND}</p></article>"
    document = _document(tmp_path, _page("<title>Peru summons Bolivian envoy</title>", body))
    assert document.text == f"{LEAD}\n\nBorder dispute\n\n{SECOND}"


@pytest.mark.parametrize(
    "body",
    [
        "<nav><a href='/'>Home</a> | <a href='/world'>World</a></nav>",
        "<header><p>Andes Wire - news from the Andes</p></header>"
        "<footer><p>Cookie settings | Privacy</p></footer>",
        "<aside><h3>Most read</h3><ul><li><a href='/a'>Chile votes</a></li>"
        "<li><a href='/b'>Peru rains</a></li></ul></aside>",
        "",
    ],
)
def test_page_with_only_furniture_gives_one_input_error(tmp_path: Path, body: str) -> None:
    [item] = _read(tmp_path, _page("<title>Andes Wire</title><script>track()</script>", body))
    assert isinstance(item, InputError)
    assert "no extractable text" in item.reason


@pytest.mark.parametrize(
    "page",
    [
        _page("<title>Peru summons envoy</title>", f"<div class='story'>{LEAD}</div>"),
        _page("<title>Peru summons envoy</title>", LEAD),
        f"<p>{LEAD}</p>",
        f"<body><p>{LEAD}</p></body>",
        f"<?xml version='1.0' encoding='utf-8'?><html><body><p>{LEAD}</p></body></html>",
    ],
)
def test_short_or_bare_page_still_gives_its_text(page: str) -> None:
    assert extract_page(page).text == LEAD


@pytest.mark.parametrize(
    ("head", "body", "title"),
    [
        (
            '<meta property="og:title" content="Peru summons Bolivia\'s envoy"><title>Peru | Andes</title>',
            "",
            "Peru summons Bolivia's envoy",
        ),
        (
            "<title>Peru &amp; Bolivia:  envoy summoned | Andes Wire</title>",
            "",
            "Peru & Bolivia: envoy summoned | Andes Wire",
        ),
        (
            "",
            "<svg><title>Share on social media</title></svg><h1>Peru summons Bolivia's envoy</h1>",
            "Peru summons Bolivia's envoy",
        ),
    ],
)
def test_title_is_the_pages_own_as_written(tmp_path: Path, head: str, body: str, title: str) -> None:
    document = _document(tmp_path, _page(head, f"{body}<p>{LEAD}</p>"))
    assert document.title == title


@pytest.mark.parametrize(
    ("head", "lead", "source"),
    [
        ('<meta property="og:site_name" content="Andes Daily">', LEAD, "Andes Daily"),
        ("", LEAD, "Andes Wire"),
        (
            "",
            "Peru's foreign ministry summoned Bolivia's ambassador on Monday over border remarks.",
            "example.pe",
        ),
    ],
)
def test_source_is_the_declared_site_else_the_dateline_outlet_else_the_host(
    tmp_path: Path, head: str, lead: str, source: str
) -> None:
    canonical = '<link rel="canonical" href="https://www.example.pe/world/peru-bolivia">'
    page = _page(f"<title>Peru summons envoy</title>{canonical}{head}", f"<p>{lead}</p>")
    document = _document(tmp_path, page)
    assert document.source == source
    assert document.url == "https://www.example.pe/world/peru-bolivia"


@pytest.mark.parametrize(
    "markup",
    [
        '<meta property="article:published_time" content="2024-05-06T09:30:00-05:00">',
        '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2024-05-06"}</script>',
    ],
)
def test_date_comes_from_the_pages_markup(tmp_path: Path, markup: str) -> None:
    body = f"<p>{LEAD.replace('May 6 ', '')}</p>"
    document = _document(tmp_path, _page(f"<title>Peru summons envoy</title>{markup}", body))
    assert (str(document.date), document.date_basis) == ("2024-05-06", "metadata")


def test_date_is_never_taken_from_the_text_alone(tmp_path: Path) -> None:
    body = "<p>Peru's foreign ministry said on 6 May 2024 that it had summoned Bolivia's ambassador.</p>"
    document = _document(tmp_path, _page("<title>Peru summons envoy</title>", body))
    assert (document.date, document.date_basis) == (None, "unknown")
