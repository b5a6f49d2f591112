"""RSS and Atom feeds (``.xml``, ``.rss``, ``.atom``) read offline from the file: one document per entry.

An entry's text is its content (else its summary), stripped of HTML; its title and link come along;
its date is the entry's published (else updated) date; its id is the entry's id or guid; its source is
the feed's title unless ``ReadOptions.source`` says otherwise. A Document's origin is ``path#N`` for the
N-th entry (from 1); an entry that cannot be read gives an InputError naming the file and the entry.
A file that is not a feed gives one InputError. Files over ``10 * max_chars`` bytes are refused unread.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from bilat.errors import InputReadError
from bilat.ingest.document import build_document
from bilat.ingest.markup import html_to_text
from bilat.ingest.options import ReadOptions
from bilat.model import Document, InputError

__all__ = ["read_feed_file"]


def read_feed_file(path: Path, options: ReadOptions) -> Iterator[Document | InputError]:
    """Every entry of a feed file as a Document, with an InputError for each entry that could not be read."""
    import feedparser

    origin = str(path)
    max_bytes = 10 * options.max_chars
    try:
        size = path.stat().st_size
        if size > max_bytes:
            yield InputError(origin, None, f"feed too large: {size:,} bytes, over {max_bytes:,}; not read")
            return
        data = path.read_bytes()
    except OSError as error:
        yield InputError(origin, None, f"cannot read file: {error.strerror or error}")
        return
    parsed = feedparser.parse(io.BytesIO(data))
    entries = list(parsed.get("entries") or [])
    if not entries:
        problem = parsed.get("bozo_exception")
        reason = "not an RSS/Atom feed" if not parsed.get("version") else "feed has no entries"
        yield InputError(origin, None, f"{reason}{f': {problem}' if problem else ''}")
        return
    feed_title = _plain(parsed.get("feed", {}).get("title"))
    source = options.source if options.source is not None else feed_title
    for number, entry in enumerate(entries, start=1):
        yield _entry_document(entry, number, origin, source, options)


def _entry_document(
    entry: Any, number: int, origin: str, source: str | None, options: ReadOptions
) -> Document | InputError:
    content = entry.get("content") or []
    body = next((part.get("value") for part in content if part.get("value")), None)
    if body is None:
        body = entry.get("summary")
    text = html_to_text(body) if isinstance(body, str) else ""
    if not text.strip():
        return InputError(origin, None, f"entry {number}: no text (neither content nor summary)")
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    metadata_date = dt.date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday) if stamp else None
    identifier = entry.get("id") if isinstance(entry.get("id"), str) else None
    try:
        return build_document(
            text,
            origin=origin,
            doc_origin=f"{origin}#{number}",
            doc_id=identifier,
            title=_plain(entry.get("title")),
            url=entry.get("link") if isinstance(entry.get("link"), str) else None,
            source=source,
            given_date=options.date,
            metadata_date=metadata_date,
            max_chars=options.max_chars,
            english_only=options.english_only,
        )
    except InputReadError as error:
        return InputError(error.origin, error.line, f"entry {number}: {error.reason}")


def _plain(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    text = " ".join(value.split())
    return text or None
