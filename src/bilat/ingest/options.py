"""The options of :func:`bilat.ingest.read_inputs`: one frozen value shared by every reader."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from bilat.errors import ConfigError

__all__ = ["FIELD_NAMES", "FrozenFields", "ReadOptions"]

FIELD_NAMES = ("text", "date", "title", "url", "source", "id")


class FrozenFields(Mapping[str, str]):
    """An immutable, hashable mapping (our field name -> the name in the user's records)."""

    __slots__ = ("_items",)

    def __init__(self, items: Mapping[str, str] | None = None) -> None:
        self._items: dict[str, str] = dict(items or {})

    def __getitem__(self, key: str) -> str:
        return self._items[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __hash__(self) -> int:
        return hash(frozenset(self._items.items()))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Mapping) and dict(self._items) == dict(other.items())

    def __repr__(self) -> str:
        return f"FrozenFields({self._items!r})"


@dataclass(frozen=True)
class ReadOptions:
    """How inputs are read.

    ``date`` overrides every other date; ``source`` names the outlet of every input; ``fields`` maps our
    jsonl field names (text, date, title, url, source, id) to the names used in the user's records
    (a dotted name such as ``meta.published`` reaches into nested objects); documents longer than
    ``max_chars`` characters are refused; with ``english_only`` non-English documents are skipped.
    """

    date: dt.date | None = None
    source: str | None = None
    fields: Mapping[str, str] = field(default_factory=FrozenFields)
    max_chars: int = 2_000_000
    english_only: bool = True

    def __post_init__(self) -> None:
        unknown = sorted(set(self.fields) - set(FIELD_NAMES))
        if unknown:
            raise ConfigError(
                f"unknown field name(s) in the jsonl field mapping: {', '.join(unknown)} "
                f"(known: {', '.join(FIELD_NAMES)})"
            )
        bad = [name for name, theirs in self.fields.items() if not isinstance(theirs, str) or not theirs]
        if bad:
            raise ConfigError(f"the jsonl field mapping gives no field name for: {', '.join(bad)}")
        if self.max_chars < 1:
            raise ConfigError(f"max_chars must be a positive number of characters, not {self.max_chars}")
        if not isinstance(self.fields, FrozenFields):
            object.__setattr__(self, "fields", FrozenFields(self.fields))

    def field_name(self, ours: str) -> str:
        """The name of our field ``ours`` in the user's records."""
        return self.fields.get(ours, ours)
