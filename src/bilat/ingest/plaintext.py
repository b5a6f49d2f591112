"""Plain-text inputs: a ``.txt`` file is one document; so is standard input (``-``).

Files are read in bounded memory. UTF-8 needs at most 4 bytes per character, so a file of more than
``4 * max_chars`` bytes certainly holds more than ``max_chars`` characters and is refused from its size
alone, without being opened. Smaller files are decoded in 1 MiB chunks and refused as soon as the count
of characters read passes ``max_chars`` (characters as stored: a ``\\r\\n`` counts as two), so at most
about ``max_chars`` characters are ever held. Invalid UTF-8 is reported with its byte offset and line;
NUL bytes with their byte offset.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from bilat.errors import InputReadError
from bilat.ingest.document import build_document
from bilat.ingest.options import ReadOptions
from bilat.model import Document, InputError

__all__ = ["read_stdin", "read_text_file", "read_utf8_bounded"]

CHUNK_BYTES = 1 << 20


def read_text_file(path: Path, options: ReadOptions) -> Iterator[Document | InputError]:
    """The one document of a ``.txt`` file, or the InputError saying why it could not be read."""
    try:
        text = read_utf8_bounded(path, options.max_chars)
    except InputReadError as error:
        yield InputError(error.origin, error.line, error.reason)
    else:
        yield _plain_document(text, str(path), options)


def _plain_document(text: str, origin: str, options: ReadOptions) -> Document | InputError:
    """The document of a plain text read from ``origin``, or the InputError saying why it was refused."""
    try:
        return build_document(
            text,
            origin=origin,
            source=options.source,
            given_date=options.date,
            max_chars=options.max_chars,
            english_only=options.english_only,
        )
    except InputReadError as error:
        return InputError(error.origin, error.line, error.reason)


def read_utf8_bounded(path: Path, max_chars: int) -> str:
    """The UTF-8 text of ``path`` (a leading BOM dropped), refused when over ``max_chars`` characters."""
    origin = str(path)
    try:
        size = path.stat().st_size
    except OSError as error:
        raise InputReadError(origin, f"cannot read file: {error.strerror or error}") from error
    if size > 4 * max_chars:
        raise InputReadError(
            origin,
            f"document too large: {size:,} bytes, so more than {max_chars:,} characters "
            f"(UTF-8 uses at most 4 bytes a character); not read",
        )
    decoder = codecs.getincrementaldecoder("utf-8")()
    parts: list[str] = []
    chars = 0
    offset = 0  # bytes of the file handed to the decoder so far
    newlines = 0  # newlines in those bytes
    try:
        with path.open("rb") as stream:
            while True:
                chunk = stream.read(CHUNK_BYTES)
                final = not chunk
                nul = chunk.find(b"\x00")
                if nul != -1:
                    raise InputReadError(origin, f"binary content: NUL byte at byte offset {offset + nul}")
                pending = decoder.getstate()[0]
                try:
                    decoded = decoder.decode(chunk, final)
                except UnicodeDecodeError as error:
                    data = pending + chunk
                    at = offset - len(pending) + error.start
                    line = newlines - pending.count(b"\n") + data[: error.start].count(b"\n") + 1
                    raise InputReadError(
                        origin, f"invalid UTF-8 at byte offset {at} (line {line}): {error.reason}", line
                    ) from error
                offset += len(chunk)
                newlines += chunk.count(b"\n")
                chars += len(decoded)
                if chars > max_chars:
                    raise InputReadError(
                        origin, f"document too large: more than {max_chars:,} characters; reading stopped"
                    )
                parts.append(decoded)
                if final:
                    break
    except OSError as error:
        raise InputReadError(origin, f"cannot read file: {error.strerror or error}") from error
    return "".join(parts).removeprefix("\ufeff")


def read_stdin(stream: TextIO, options: ReadOptions) -> Iterator[Document | InputError]:
    """The one document on standard input (plain text), read up to ``max_chars + 1`` characters."""
    try:
        text = stream.read(options.max_chars + 1)
    except UnicodeDecodeError as error:
        yield InputError("-", None, f"invalid UTF-8 at byte offset {error.start} of a read: {error.reason}")
        return
    except (OSError, ValueError) as error:
        yield InputError("-", None, f"cannot read standard input: {error}")
        return
    if len(text) > options.max_chars:
        yield InputError("-", None, f"document too large: more than {options.max_chars:,} characters")
        return
    yield _plain_document(text, "-", options)
