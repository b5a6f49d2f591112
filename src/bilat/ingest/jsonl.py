"""JSON Lines inputs: one document per line, read line by line in bounded memory.

Fields (our names, each renamed by ``ReadOptions.fields`` when the records use others): ``text``
(required), ``date``, ``title``, ``url``, ``source``, ``id``. Blank lines are skipped. A line that is not
valid UTF-8, not a JSON object, or has no text gives one InputError naming the file and the line number,
and reading goes on with the next line. A line longer than ``6 * max_chars + 64 KiB`` bytes (JSON may
escape one character in six bytes, ``\\u00e9``) is refused without being held in memory.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from bilat.errors import InputReadError
from bilat.ingest.dates import parse_metadata_date
from bilat.ingest.document import build_document
from bilat.ingest.options import ReadOptions
from bilat.model import Document, InputError

__all__ = ["read_jsonl_file", "read_jsonl_stream"]

_SLACK_BYTES = 64 * 1024
_SKIP_CHUNK = 1 << 20


def read_jsonl_file(path: Path, options: ReadOptions) -> Iterator[Document | InputError]:
    """Every document of a ``.jsonl`` file, with an InputError for each line that could not be read."""
    origin = str(path)
    try:
        stream = path.open("rb")
    except OSError as error:
        yield InputError(origin, None, f"cannot read file: {error.strerror or error}")
        return
    with stream:
        yield from read_jsonl_stream(stream, origin, options)


def read_jsonl_stream(stream: BinaryIO, origin: str, options: ReadOptions) -> Iterator[Document | InputError]:
    """Every document of a binary JSON Lines stream; ``origin`` names it in errors and Document.origin."""
    limit = 6 * options.max_chars + _SLACK_BYTES
    number = 0
    offset = 0
    while True:
        try:
            raw = stream.readline(limit + 1)
        except OSError as error:
            yield InputError(origin, number + 1, f"cannot read file: {error.strerror or error}")
            return
        if not raw:
            return
        number += 1
        line_offset = offset
        offset += len(raw)
        if len(raw) > limit and not raw.endswith(b"\n"):
            offset += _skip_rest_of_line(stream)
            yield InputError(origin, number, f"line too long: over {limit:,} bytes; skipped")
            continue
        item = _read_line(raw, number, line_offset, origin, options)
        if item is not None:
            yield item


def _skip_rest_of_line(stream: BinaryIO) -> int:
    skipped = 0
    while True:
        chunk = stream.readline(_SKIP_CHUNK)
        skipped += len(chunk)
        if not chunk or chunk.endswith(b"\n"):
            return skipped


def _read_line(
    raw: bytes, number: int, line_offset: int, origin: str, options: ReadOptions
) -> Document | InputError | None:
    if number == 1:
        raw = raw.removeprefix(b"\xef\xbb\xbf")
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        at = line_offset + error.start
        return InputError(origin, number, f"invalid UTF-8 at byte offset {at} (column {error.start + 1})")
    if not line.strip():
        return None
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        return InputError(origin, number, f"malformed JSON: {error.msg} (column {error.colno})")
    except RecursionError:
        return InputError(origin, number, "malformed JSON: nested too deeply")
    if not isinstance(record, dict):
        return InputError(origin, number, f"expected a JSON object, found {type(record).__name__}")
    text_field = options.field_name("text")
    text = _lookup(record, text_field)
    if not isinstance(text, str) or not text.strip():
        what = "no" if text is None else "an empty or non-string"
        return InputError(origin, number, f"{what} text (field '{text_field}')")
    date_field = options.field_name("date")
    stated = _lookup(record, date_field)
    metadata_date = parse_metadata_date(stated) if stated not in (None, "") else None
    remark = ""
    if stated not in (None, "") and metadata_date is None:
        remark = f"the '{date_field}' value {str(stated)[:40]!r} is not a full date and was ignored"
    source = options.source
    if source is None:
        source = _text_or_none(_lookup(record, "source", options))
    try:
        return build_document(
            text,
            origin=origin,
            line=number,
            doc_id=_id_or_none(_lookup(record, options.field_name("id"))),
            title=_text_or_none(_lookup(record, "title", options)),
            url=_text_or_none(_lookup(record, "url", options)),
            source=source,
            given_date=options.date,
            metadata_date=metadata_date,
            date_remark=remark,
            max_chars=options.max_chars,
            english_only=options.english_only,
        )
    except InputReadError as error:
        return InputError(error.origin, error.line, error.reason)


def _lookup(record: dict[str, object], name: str, options: ReadOptions | None = None) -> object:
    """The value of field ``name`` (renamed by ``options`` when given); dotted names reach into objects."""
    if options is not None:
        name = options.field_name(name)
    if name in record:
        return record[name]
    value: object = record
    for part in name.split("."):
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    return value


def _text_or_none(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _id_or_none(value: object) -> str | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return str(value)
    return _text_or_none(value)
