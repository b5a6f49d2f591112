"""Building a :class:`~bilat.model.Document` from text read by any reader: the checks every kind shares.

Each document's text is cleaned (line endings, markup) and then refused when it is empty, longer than
``max_chars``, binary or garbled, or (with ``english_only``) not English. Its id is the input's own id,
or ``doc-`` + the first 16 hex digits of the SHA-256 of the text with its whitespace normalised, so
the same text read again, with other line endings or spacing, gets the same id. Its date comes from
:func:`~bilat.ingest.dateline.resolve_document_date`.

Refusals are raised as :class:`~bilat.errors.InputReadError`; readers turn them into
:class:`~bilat.model.InputError` values and go on.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import unicodedata

from bilat.errors import InputReadError
from bilat.ingest.dateline import parse_dateline, resolve_document_date
from bilat.ingest.language import guess_language
from bilat.ingest.markup import clean_text
from bilat.model import Document

__all__ = ["DEFAULT_MAX_CHARS", "build_document", "check_not_binary", "document_from_text", "make_doc_id"]

DEFAULT_MAX_CHARS = 2_000_000
_JUNK_SHARE = 0.10
_TEXT_CONTROLS = frozenset("\n\t\f\v")


def make_doc_id(text: str) -> str:
    """``doc-`` + 16 hex digits of the SHA-256 of ``text`` with every run of whitespace made one space."""
    normalised = " ".join(text.split())
    return "doc-" + hashlib.sha256(normalised.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def check_not_binary(text: str, origin: str, line: int | None = None) -> None:
    """Refuse text holding NUL characters, or where over 10% of characters are controls or unassigned."""
    nul = text.find("\x00")
    if nul != -1:
        raise InputReadError(origin, f"binary content: NUL character at character offset {nul}", line)
    if not text:
        return
    junk = sum(1 for char in text if _is_junk(char))
    if junk / len(text) > _JUNK_SHARE:
        raise InputReadError(
            origin,
            f"binary or garbled content: {junk} of {len(text)} characters are control, replacement "
            "or unassigned characters",
            line,
        )


def _is_junk(char: str) -> bool:
    if char in _TEXT_CONTROLS:
        return False
    return char == "\ufffd" or unicodedata.category(char) in ("Cc", "Cs", "Co", "Cn")


def build_document(
    raw_text: str,
    *,
    origin: str,
    line: int | None = None,
    doc_origin: str | None = None,
    doc_id: str | None = None,
    title: str | None = None,
    url: str | None = None,
    source: str | None = None,
    given_date: dt.date | None = None,
    metadata_date: dt.date | None = None,
    date_remark: str = "",
    max_chars: int = DEFAULT_MAX_CHARS,
    english_only: bool = False,
) -> Document:
    """A checked Document, or :class:`InputReadError` naming ``origin`` (and ``line``) and the reason.

    ``doc_origin`` is the Document's origin (default ``origin`` or ``origin:line``); ``source`` falls
    back to the dateline's outlet; ``date_remark`` is added to the date note (e.g. an unreadable
    metadata date).
    """
    if len(raw_text) > 4 * max_chars:
        raise InputReadError(
            origin, f"document too large: {len(raw_text):,} characters, over the limit of {max_chars:,}", line
        )
    text = clean_text(raw_text)
    if not text:
        raise InputReadError(origin, "empty document (no text after stripping whitespace and markup)", line)
    if len(text) > max_chars:
        raise InputReadError(
            origin, f"document too large: {len(text):,} characters, over the limit of {max_chars:,}", line
        )
    check_not_binary(text, origin, line)
    guess = guess_language(text)
    if english_only and guess.not_english:
        raise InputReadError(
            origin,
            f"not English: detected language '{guess.language}' (probability {guess.probability:.2f}); "
            "skipped",
            line,
        )
    identifier = doc_id.strip() if doc_id and doc_id.strip() else make_doc_id(text)
    dateline = parse_dateline(text, identifier)
    date, basis, note = resolve_document_date(text, dateline, given_date, metadata_date)
    if date_remark:
        note = f"{note}; {date_remark}"
    if source is None and dateline is not None:
        source = dateline.outlet
    return Document(
        id=identifier,
        text=text,
        date=date,
        date_basis=basis,
        date_note=note,
        dateline=dateline,
        title=_clean_optional(title),
        url=_clean_optional(url),
        source=_clean_optional(source),
        origin=doc_origin if doc_origin is not None else (origin if line is None else f"{origin}:{line}"),
        language=guess.language,
    )


def _clean_optional(value: str | None) -> str | None:
    if value is None:
        return None
    cleaned = " ".join(clean_text(value).split())
    return cleaned or None


def document_from_text(
    text: str,
    *,
    date: dt.date | None = None,
    doc_id: str | None = None,
    title: str | None = None,
    url: str | None = None,
    source: str | None = None,
    origin: str = "<text>",
) -> Document:
    """A Document from a string (``bilat.read(text, date=...)``); ``date`` counts as given by the caller.

    Raises :class:`~bilat.errors.InputReadError` for an empty, binary or over-long (2,000,000 characters)
    text. The language is recorded, never used to refuse the text.
    """
    return build_document(
        text,
        origin=origin,
        doc_id=doc_id,
        title=title,
        url=url,
        source=source,
        given_date=date,
    )
