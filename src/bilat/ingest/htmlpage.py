"""HTML pages (``.html``, ``.htm``): the main text, title, date and URL of an article, offline.

trafilatura finds the main text, favouring precision: navigation, headers, footers and asides are pruned
before it looks, so a page with nothing but page furniture gives no text rather than its menu. Each line
of text it keeps becomes a paragraph (paragraphs are separated by a blank line), and a paragraph that only
repeats the page's title (the headline) is dropped, so a dateline opening the story opens the text. The
title is the page's ``og:title`` or ``<title>`` as written (else trafilatura's); the date is the page's
own publication date from its markup or URL (meta tags, JSON-LD, ``<time>``), never one guessed from the
text or today's; the URL is the canonical one; the source is the site name the page declares, else the
dateline's outlet, else the URL's host.

Pages are decoded with the charset they declare (UTF-8 when none); a page over ``10 * max_chars`` bytes
is refused unread.
"""

from __future__ import annotations

import codecs
import dataclasses
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import trafilatura
from trafilatura.settings import Document as ExtractedPage
from trafilatura.utils import load_html

from bilat.errors import InputReadError
from bilat.ingest.dates import parse_metadata_date
from bilat.ingest.document import build_document
from bilat.ingest.options import ReadOptions
from bilat.model import Document, InputError

__all__ = ["PageContent", "extract_page", "read_html_file"]

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.IGNORECASE)
# Page furniture, never main text; pruned before extraction so that no fallback picks it up either.
_FURNITURE = ("//nav", "//header", "//footer", "//aside")
# What separates a headline from the site's name in a <title>: "Headline | Site", "Headline - Site".
_TITLE_SEPARATORS = "|-\u2013\u2014:\u00b7\u2022/"


@dataclass(frozen=True)
class PageContent:
    """What was extracted from a page: its main text (paragraphs separated by blank lines) and metadata.

    ``site`` is the site name the page declares; ``host`` is the host of its URL, a last resort for the
    source.
    """

    text: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    site: str | None = None
    host: str | None = None


def read_html_file(path: Path, options: ReadOptions) -> Iterator[Document | InputError]:
    """The article of an HTML file, or the InputError saying why it could not be read."""
    origin = str(path)
    try:
        page_html = _read_page(path, 10 * options.max_chars)
        page = extract_page(page_html)
        if not page.text.strip():
            raise InputReadError(origin, "no extractable text in the HTML page")
        metadata_date = parse_metadata_date(page.date) if page.date else None
        remark = ""
        if page.date and metadata_date is None:
            remark = f"the page's date {page.date[:40]!r} is not a full date and was ignored"
        document = build_document(
            page.text,
            origin=origin,
            title=page.title,
            url=page.url,
            source=options.source if options.source is not None else page.site,
            given_date=options.date,
            metadata_date=metadata_date,
            date_remark=remark,
            max_chars=options.max_chars,
            english_only=options.english_only,
        )
        if document.source is None and page.host is not None:
            document = dataclasses.replace(document, source=page.host)
        yield document
    except InputReadError as error:
        yield InputError(error.origin, error.line, error.reason)


def _read_page(path: Path, max_bytes: int) -> str:
    origin = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputReadError(origin, f"HTML page too large: {size:,} bytes, over {max_bytes:,}; not read")
        data = path.read_bytes()
    except OSError as error:
        raise InputReadError(origin, f"cannot read file: {error.strerror or error}") from error
    nul = data.find(b"\x00")
    if nul != -1:
        raise InputReadError(origin, f"binary content: NUL byte at byte offset {nul}")
    encoding = "utf-8"
    declared = _CHARSET.search(data[:4096])
    if declared is not None:
        name = declared.group(1).decode("ascii", "replace")
        try:
            encoding = codecs.lookup(name).name
        except LookupError:
            encoding = "utf-8"
    try:
        return data.decode(encoding).removeprefix("\ufeff")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise InputReadError(
            origin, f"invalid {encoding} at byte offset {error.start} (line {line}): {error.reason}", line
        ) from error


def extract_page(page_html: str) -> PageContent:
    """The main text and metadata of a page (an empty text when it has no main text)."""
    tree = load_html(page_html)
    if tree is None and page_html.strip():
        # trafilatura takes a page without <html> and with a single element for something else than
        # HTML; a file holding only the article's markup is read as the body of a page.
        tree = load_html(f"<html><body>{page_html}</body></html>")
    if tree is None:
        return PageContent(text="")
    # The titles as the page writes them (in its <head>: an SVG icon in the body has <title>s too).
    written_titles = [
        *(_one_line(value) for value in tree.xpath('//head/meta[@property="og:title"]/@content')[:1]),
        *(_one_line(element.text_content()) for element in tree.xpath("//head/title")[:1]),
    ]
    result = trafilatura.bare_extraction(
        tree,
        fast=False,  # keep the readability/jusText rescue for pages without paragraph markup
        favor_precision=True,
        include_comments=False,
        include_tables=False,
        with_metadata=True,
        prune_xpath=list(_FURNITURE),
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if not isinstance(result, ExtractedPage):
        return PageContent(text="")
    found_title = _text_or_none(result.title)
    titles = [title for title in (*written_titles, found_title) if title]
    url = _text_or_none(result.url)
    host = _host(url)
    site = _text_or_none(result.sitename)
    if site is not None and host is not None and site.casefold() == host.casefold():
        site = None  # only the URL's host, not a name the page gives itself
    return PageContent(
        text=_paragraphs(str(result.text or ""), titles),
        title=titles[0] if titles else None,
        date=_text_or_none(result.date),
        url=url,
        site=site,
        host=host,
    )


def _paragraphs(text: str, titles: list[str]) -> str:
    """One paragraph per line of the extracted text, without the ones that only repeat the title."""
    paragraphs = [line for line in (_one_line(line) for line in text.split("\n")) if line]
    kept = [paragraph for paragraph in paragraphs if not _repeats_title(paragraph, titles)]
    return "\n\n".join(kept or paragraphs)


def _repeats_title(paragraph: str, titles: list[str]) -> bool:
    """True when the paragraph is one of the titles, or a title is the paragraph and the site's name."""
    line = paragraph.casefold()
    for title in titles:
        folded = title.casefold()
        if line == folded:
            return True
        rest = folded.removeprefix(line)
        separator = rest.lstrip()[:1]
        if rest != folded and rest[:1] == " " and separator and separator in _TITLE_SEPARATORS:
            return True
    return False


def _host(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url).hostname
    return host.removeprefix("www.") if host else None


def _one_line(value: object) -> str:
    return " ".join(str(value).split())


def _text_or_none(value: Any) -> str | None:
    text = _one_line(value) if value is not None else ""
    return text or None
