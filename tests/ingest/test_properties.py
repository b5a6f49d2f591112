"""Properties: the readers never raise on arbitrary input and yield only Documents and InputErrors."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bilat.ingest import ReadOptions, parse_dateline, read_inputs
from bilat.ingest.dates import parse_metadata_date
from bilat.model import Document, InputError

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=40),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=8,
)
_records = st.dictionaries(
    st.sampled_from(["text", "date", "title", "url", "source", "id", "other"]), _json_values, max_size=6
)
_lines = st.one_of(
    st.binary(max_size=200),
    _records.map(lambda record: json.dumps(record).encode("utf-8")),
    st.text(max_size=200).map(lambda text: text.encode("utf-8", "surrogatepass")),
)


def _read_jsonl(content: bytes, options: ReadOptions) -> list[Document | InputError]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "input.jsonl"
        path.write_bytes(content)
        return list(read_inputs([str(path)], options))


@SETTINGS
@given(st.binary(max_size=2_000))
def test_jsonl_reader_never_raises_on_arbitrary_bytes(content: bytes) -> None:
    items = _read_jsonl(content, ReadOptions())
    assert all(isinstance(item, Document | InputError) for item in items)


@SETTINGS
@given(st.lists(_lines, max_size=8))
def test_jsonl_reader_yields_at_most_one_item_per_line(lines: list[bytes]) -> None:
    content = b"\n".join(line.replace(b"\n", b" ") for line in lines)
    items = _read_jsonl(content, ReadOptions(english_only=False, max_chars=500))
    assert all(isinstance(item, Document | InputError) for item in items)
    assert len(items) <= len(lines)
    numbered = [_line_of(item) for item in items]
    assert numbered == sorted(set(numbered))


def _line_of(item: Document | InputError) -> int:
    if isinstance(item, InputError):
        assert item.line is not None
        return item.line
    return int(item.origin.rsplit(":", 1)[1])


@SETTINGS
@given(st.text(max_size=300))
def test_dateline_parser_never_raises_and_its_span_fits(text: str) -> None:
    found = parse_dateline(text)
    if found is not None:
        assert found.span.text(text).strip() == found.text


@SETTINGS
@given(st.one_of(st.text(max_size=60), st.integers(), st.floats(), st.none(), st.booleans()))
def test_metadata_date_parser_never_raises(value: object) -> None:
    parse_metadata_date(value)
