"""Every bad input yields exactly one InputError naming the file (and line), and the batch goes on."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from bilat.ingest import ReadOptions, read_inputs
from bilat.model import Document, InputError

GOOD_TEXT = "ACCRA (Test Wire) - Ghana and Nigeria agreed on Tuesday to cut tariffs on cross-border trade.\n"
FRENCH = (
    "DAKAR (Test Wire) - Le président sénégalais a reçu mardi son homologue malien pour discuter de la "
    "sécurité dans la région et de la coopération économique entre les deux pays.\n"
)


def _write(name: str, content: bytes) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(content)
        return path

    return make


BAD_FILES = [
    (
        "bad UTF-8",
        _write("latin1.txt", b"Talks in Bogot\xe1 ended.\nSecond line.\n"),
        "invalid UTF-8 at byte offset 14",
    ),
    ("NUL bytes", _write("binary.txt", b"GIF89a\x00\x01\x02\x00\x00"), "NUL byte"),
    ("mostly control characters", _write("junk.txt", bytes(range(1, 9)) * 20 + b"ok"), "binary or garbled"),
    ("empty", _write("empty.txt", b"  \n\n\t "), "empty document"),
    ("not English", _write("senegal.txt", FRENCH.encode("utf-8")), "detected language 'fr'"),
    ("unknown extension", _write("notes.docx", b"Chad and Sudan met."), "unknown kind of file '.docx'"),
    (
        "HTML without text",
        _write(
            "blank.html",
            b"<html><head><title>T</title><script>x()</script></head><body><nav>Home</nav></body></html>",
        ),
        "no extractable text",
    ),
    (
        "HTML bad UTF-8",
        _write("page.htm", b"<html><body><p>Caf\xe9 talks</p></body></html>"),
        "invalid utf-8",
    ),
    ("not a feed", _write("config.xml", b"<settings><colour>blue</colour></settings>"), "feed"),
    (
        "feed entry without text",
        _write(
            "thin.rss",
            b'<?xml version="1.0"?><rss version="2.0"><channel>'
            b"<title>W</title><item><title>Only a title</title></item>"
            b"</channel></rss>",
        ),
        "entry 1: no text",
    ),
]


@pytest.mark.parametrize(("case", "make", "reason"), BAD_FILES, ids=[case[0] for case in BAD_FILES])
def test_bad_file_gives_one_error_and_the_batch_goes_on(
    tmp_path: Path, case: str, make: Callable[[Path], Path], reason: str
) -> None:
    bad = make(tmp_path)
    before = tmp_path / "before.txt"
    after = tmp_path / "after.txt"
    before.write_text(GOOD_TEXT)
    after.write_text(GOOD_TEXT.replace("Tuesday", "Wednesday"))
    items = list(read_inputs([str(before), str(bad), str(after)]))
    errors = [item for item in items if isinstance(item, InputError)]
    assert len(errors) == 1, items
    assert errors[0].origin == str(bad)
    assert reason.lower() in errors[0].reason.lower()
    assert [item.origin for item in items if isinstance(item, Document)] == [str(before), str(after)]


def test_bad_utf8_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "late.txt"
    path.write_bytes(b"First line fine.\nSecond line fine.\nThird \xff bad.\n")
    [error] = list(read_inputs([str(path)]))
    assert isinstance(error, InputError)
    assert error.line == 3 and "byte offset 41" in error.reason


def test_bad_utf8_across_a_chunk_boundary_gets_its_true_offset(tmp_path: Path) -> None:
    from bilat.ingest.plaintext import CHUNK_BYTES

    head = b"a" * (CHUNK_BYTES - 1) + b"\xc3"  # an "é" split across the first two chunks
    path = tmp_path / "split.txt"
    path.write_bytes(head + b"\xa9 ok\n\xff")
    [error] = list(read_inputs([str(path)], ReadOptions(max_chars=CHUNK_BYTES * 2)))
    assert isinstance(error, InputError)
    assert f"byte offset {CHUNK_BYTES + 5}" in error.reason and error.line == 2


JSONL_LINES = [
    ("malformed JSON", b'{"text": "unfinished'),
    ("not an object", b'["a", "list"]'),
    ("no text field", b'{"title": "A title only"}'),
    ("empty text", b'{"text": "   "}'),
    ("text not a string", b'{"text": 12}'),
    ("bad UTF-8", b'{"text": "Bogot\xe1"}'),
    ("non-English text", json.dumps({"text": FRENCH.strip()}).encode("utf-8")),
]


@pytest.mark.parametrize(("case", "line"), JSONL_LINES, ids=[case[0] for case in JSONL_LINES])
def test_bad_jsonl_line_gives_one_error_with_its_line_number(tmp_path: Path, case: str, line: bytes) -> None:
    good = json.dumps({"text": GOOD_TEXT.strip()}).encode("utf-8")
    path = tmp_path / "batch.jsonl"
    path.write_bytes(b"\n".join([good, line, good]) + b"\n")
    items = list(read_inputs([str(path)]))
    errors = [item for item in items if isinstance(item, InputError)]
    assert len(errors) == 1, items
    assert (errors[0].origin, errors[0].line) == (str(path), 2)
    assert f"{path}:2: " in str(errors[0])
    assert [item.origin for item in items if isinstance(item, Document)] == [f"{path}:1", f"{path}:3"]


def test_overlong_jsonl_line_is_skipped_and_the_next_line_read(tmp_path: Path) -> None:
    path = tmp_path / "long.jsonl"
    long_line = b'{"text": "' + b"a" * 70_000 + b'"}'
    good = b'{"text": "Peru and Chile met on Monday to discuss fisheries."}'
    path.write_bytes(long_line + b"\n" + good + b"\n")
    options = ReadOptions(max_chars=100)
    error, document = list(read_inputs([str(path)], options))
    assert isinstance(error, InputError) and error.line == 1 and "too long" in error.reason
    assert isinstance(document, Document) and document.origin == f"{path}:2"


def test_jsonl_text_over_max_chars_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    path.write_text(json.dumps({"text": "word " * 100}) + "\n")
    [error] = list(read_inputs([str(path)], ReadOptions(max_chars=200)))
    assert isinstance(error, InputError) and error.line == 1 and "too large" in error.reason


def test_missing_path_and_empty_glob_are_errors(tmp_path: Path) -> None:
    missing = str(tmp_path / "nowhere.txt")
    pattern = str(tmp_path / "*.jsonl")
    items = list(read_inputs([missing, pattern]))
    assert [(item.origin, type(item)) for item in items] == [(missing, InputError), (pattern, InputError)]
    assert "no such file" in str(items[0]) and "no readable file matches" in str(items[1])


@pytest.mark.parametrize("name", ["locked.txt", "locked.jsonl"])
def test_unreadable_file_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    path = tmp_path / name
    path.write_text(GOOD_TEXT)

    def refusing_open(self: Path, *args: object, **kwargs: object) -> object:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", refusing_open)
    [error] = list(read_inputs([str(path)]))
    assert isinstance(error, InputError) and error.origin == str(path)
    assert "cannot read file: Permission denied" in error.reason


def test_stdin_over_max_chars_is_refused() -> None:
    [error] = list(read_inputs(["-"], ReadOptions(max_chars=50), stdin=io.StringIO("x" * 51)))
    assert isinstance(error, InputError) and error.origin == "-" and "too large" in error.reason


def test_ten_megabyte_text_is_refused_without_being_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as stream:
        stream.write(b"Talks went on. " * (10 * 1024 * 1024 // 15 + 1))
    opened: list[Path] = []
    real_open = Path.open

    def spying_open(self: Path, *args: object, **kwargs: object) -> object:
        opened.append(self)
        return real_open(self, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(Path, "open", spying_open)
    [error] = list(read_inputs([str(path)]))
    assert isinstance(error, InputError)
    assert "too large" in error.reason and "not read" in error.reason
    assert path not in opened


@pytest.mark.parametrize(
    ("content", "max_chars", "accepted"),
    [
        ("é" * 8, 10, True),  # 16 bytes, 8 characters: over max_chars in bytes, under it in characters
        ("é" * 11, 10, False),  # 22 bytes, 11 characters: read, then refused once the count passes 10
        ("a" * 41, 10, False),  # over 4 bytes a character: refused from its size alone
    ],
)
def test_size_rule_counts_characters_not_bytes(
    tmp_path: Path, content: str, max_chars: int, accepted: bool
) -> None:
    path = tmp_path / "sized.txt"
    path.write_text(content, encoding="utf-8")
    [item] = list(read_inputs([str(path)], ReadOptions(max_chars=max_chars, english_only=False)))
    assert isinstance(item, Document) is accepted
