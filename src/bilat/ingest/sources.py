"""Expanding the inputs of ``bilat ingest`` (paths, directories, globs, ``-``) and reading each by kind.

Directories are walked recursively in sorted order, keeping files of known kinds and leaving out hidden
files and folders. A glob keeps the files of known kinds it matches (and walks the directories it
matches). An explicit file of an unknown kind, a missing path and a glob matching nothing each give an
InputError. The same file named twice is read once. Nothing is raised and nothing is printed: every
problem is a yielded :class:`~bilat.model.InputError`, and the batch goes on.
"""

from __future__ import annotations

import glob
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TextIO

from bilat.ingest.feed import read_feed_file
from bilat.ingest.htmlpage import read_html_file
from bilat.ingest.jsonl import read_jsonl_file
from bilat.ingest.options import ReadOptions
from bilat.ingest.plaintext import read_stdin, read_text_file
from bilat.model import Document, InputError

__all__ = ["KNOWN_EXTENSIONS", "read_inputs"]

Reader = Callable[[Path, ReadOptions], Iterator[Document | InputError]]

_READERS: dict[str, Reader] = {
    ".txt": read_text_file,
    ".jsonl": read_jsonl_file,
    ".ndjson": read_jsonl_file,
    ".html": read_html_file,
    ".htm": read_html_file,
    ".xml": read_feed_file,
    ".rss": read_feed_file,
    ".atom": read_feed_file,
}
KNOWN_EXTENSIONS = frozenset(_READERS)
_GLOB_CHARS = frozenset("*?[")


_DEFAULT_OPTIONS = ReadOptions()


def read_inputs(
    inputs: Sequence[str], options: ReadOptions = _DEFAULT_OPTIONS, stdin: TextIO | None = None
) -> Iterator[Document | InputError]:
    """Every document of every input, in order, with an InputError for each thing that could not be read.

    ``"-"`` reads plain text from ``stdin`` (default :data:`sys.stdin`).
    """
    seen: set[str] = set()
    for given in inputs:
        if given == "-":
            yield from read_stdin(stdin if stdin is not None else sys.stdin, options)
            continue
        for item in _expand(given):
            if isinstance(item, InputError):
                yield item
                continue
            key = os.path.realpath(item)
            if key in seen:
                continue
            seen.add(key)
            yield from _READERS[item.suffix.lower()](item, options)


def _expand(given: str) -> Iterator[Path | InputError]:
    path = Path(given)
    if path.is_dir():
        yield from _walk(path)
    elif path.is_file():
        if path.suffix.lower() in _READERS:
            yield path
        else:
            known = ", ".join(sorted(KNOWN_EXTENSIONS))
            kind = path.suffix or path.name
            yield InputError(given, None, f"unknown kind of file '{kind}' (known: {known})")
    elif _GLOB_CHARS & set(given):
        matches = sorted(glob.glob(given, recursive=True))
        found = False
        for match in matches:
            match_path = Path(match)
            if match_path.is_dir():
                for item in _walk(match_path):
                    found = True
                    yield item
            elif match_path.is_file() and match_path.suffix.lower() in _READERS:
                found = True
                yield match_path
        if not found:
            yield InputError(given, None, "no readable file matches this pattern")
    elif path.exists():
        yield InputError(given, None, "not a regular file or directory")
    else:
        yield InputError(given, None, "no such file or directory")


def _walk(folder: Path) -> Iterator[Path]:
    """Files of known kinds under ``folder``, recursively, sorted, hidden names left out."""
    for root, folders, files in os.walk(folder, onerror=None):
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            candidate = Path(root) / name
            if candidate.suffix.lower() in _READERS:
                yield candidate
