"""HTML pages (``.html``, ``.htm``): the main text, title, date and URL of an article, offline.

trafilatura does the extraction when it can be imported (with its date search limited to the page's
markup, never its text or today's date). When it cannot (trafilatura 2 needs ``lxml_html_clean`` with
lxml 5+), a small extractor of our own takes over: the text of ``<article>``, else ``<main>``, else
``<body>``, without navigation, headers, footers, asides, forms and scripts, nor a leading headline that
repeats the title; the title from
``og:title``, ``<title>`` or the first ``<h1>``; the date from the usual meta tags, JSON-LD
``datePublished`` or a ``<time datetime>``; the URL from ``<link rel="canonical">`` or ``og:url``.

Pages are decoded with the charset they declare (UTF-8 when none); a page over ``10 * max_chars`` bytes
is refused unread.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from bilat.errors import InputReadError
from bilat.ingest.dates import parse_metadata_date
from bilat.ingest.document import build_document
from bilat.ingest.markup import BLOCK_TAGS, SKIP_TAGS, tidy_blocks
from bilat.ingest.options import ReadOptions
from bilat.model import Document, InputError

__all__ = ["PageContent", "extract_page", "read_html_file"]

_DATE_META = (
    "article:published_time", "og:published_time", "datepublished", "date", "pubdate", "publishdate",
    "publish-date", "publish_date", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.created",
    "citation_publication_date", "sailthru.date", "parsely-pub-date",
)
_LEFT_OUT = frozenset(("nav", "header", "footer", "aside", "form"))
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.IGNORECASE)
_LD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]{4,40})"')


@dataclass(frozen=True)
class PageContent:
    """What was extracted from a page."""

    text: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    site: str | None = None


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
        yield build_document(
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
    """Main text and metadata of a page: trafilatura when available, else our own extractor."""
    try:
        import trafilatura
    except ImportError:
        return _own_extraction(page_html)
    return _trafilatura_extraction(trafilatura, page_html)


def _trafilatura_extraction(trafilatura: Any, page_html: str) -> PageContent:
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", "1")
    config.set("DEFAULT", "EXTENSIVE_DATE_SEARCH", "off")
    result = trafilatura.bare_extraction(
        page_html,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
        config=config,
    )
    own = _own_extraction(page_html)
    if result is None or not getattr(result, "text", None):
        return own
    return PageContent(
        text=str(result.text),
        title=getattr(result, "title", None) or own.title,
        date=getattr(result, "date", None) or own.date,
        url=getattr(result, "url", None) or own.url,
        site=getattr(result, "sitename", None) or own.site,
    )


def _own_extraction(page_html: str) -> PageContent:
    parser = _PageParser()
    parser.feed(page_html)
    parser.close()
    return parser.content()


class _PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._skipping: list[str] = []
        self._left_out = 0
        self._inside = {"article": 0, "main": 0, "title": 0, "h1": 0, "ld": 0}
        self._parts: dict[str, list[str]] = {"article": [], "main": [], "body": []}
        self._title: list[str] = []
        self._h1: list[str] = []
        self._ld: list[str] = []
        self._meta: dict[str, str] = {}
        self._time: str | None = None
        self._canonical: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name.lower(): (value or "") for name, value in attrs}
        if tag == "meta":
            self._read_meta(values)
        elif tag == "link" and "canonical" in values.get("rel", "").lower().split():
            self._canonical = self._canonical or values.get("href") or None
        elif tag == "time" and self._time is None and values.get("datetime"):
            self._time = values["datetime"]
        elif tag == "script" and "ld+json" in values.get("type", ""):
            self._inside["ld"] += 1
        if tag == "body" and "head" in self._skipping:
            self._skipping.clear()  # a <head> left open ends where <body> starts
        if tag in SKIP_TAGS:
            self._skipping.append(tag)
        elif tag in _LEFT_OUT:
            self._left_out += 1
        elif tag in ("article", "main", "title", "h1"):
            self._inside[tag] += 1
        self._block(tag, opening=True)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("meta", "link", "br"):
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._inside["ld"]:
            self._inside["ld"] -= 1
        if self._skipping and tag == self._skipping[-1]:
            self._skipping.pop()
        elif tag in _LEFT_OUT and self._left_out:
            self._left_out -= 1
        elif tag in ("article", "main", "title", "h1") and self._inside[tag]:
            self._inside[tag] -= 1
        self._block(tag, opening=False)

    def _block(self, tag: str, *, opening: bool) -> None:
        if tag == "br" and opening:
            self._add("\n")
        elif tag in BLOCK_TAGS:
            self._add("\n\n")

    def handle_data(self, data: str) -> None:
        if self._inside["ld"]:
            self._ld.append(data)
        if self._inside["title"]:
            self._title.append(data)
            return
        if self._skipping:
            return
        if self._inside["h1"]:
            self._h1.append(data)
        if not self._left_out:
            self._add(data)

    def _add(self, data: str) -> None:
        if self._skipping or self._left_out:
            return
        self._parts["body"].append(data)
        if self._inside["article"]:
            self._parts["article"].append(data)
        if self._inside["main"]:
            self._parts["main"].append(data)

    def _read_meta(self, values: dict[str, str]) -> None:
        key = (values.get("property") or values.get("name") or values.get("itemprop") or "").lower()
        content = values.get("content", "").strip()
        if key and content and key not in self._meta:
            self._meta[key] = content

    def content(self) -> PageContent:
        text = ""
        for part in ("article", "main", "body"):
            text = tidy_blocks("".join(self._parts[part]))
            if text:
                break
        title = self._meta.get("og:title") or " ".join("".join(self._title).split()) or None
        headline = " ".join("".join(self._h1).split()) or None
        if title is None:
            title = headline
        text = _without_headline(text, headline, title)
        date = next((self._meta[key] for key in _DATE_META if key in self._meta), None)
        if date is None:
            found = _LD_DATE.search("".join(self._ld))
            date = found.group(1) if found else self._time
        return PageContent(
            text=text,
            title=title,
            date=date,
            url=self._canonical or self._meta.get("og:url"),
            site=self._meta.get("og:site_name"),
        )


def _without_headline(text: str, headline: str | None, title: str | None) -> str:
    """The text without its first paragraph when that is the page's headline (it is the title already)."""
    first, _, rest = text.partition("\n\n")
    if headline and title and first == headline and headline in title and rest.strip():
        return rest.lstrip()
    return text
