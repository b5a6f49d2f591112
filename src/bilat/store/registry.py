"""The registry of actors seen: one ``actors`` row per actor code found in the stored mentions.

A code's ``name`` is its person's name when it names a person (the most frequent ``Mention.name``),
else the most frequent text of its mentions; ``kind`` is the most frequent kind of the mentions the name
was taken from. Group and pronoun mentions ("the two leaders", "he") only name a code that has no other
mention. Ties go to the alphabetically first. :func:`refresh_actors` recomputes the rows of some codes (or
all) from the ``mentions`` table, inside the caller's transaction.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Mapping
from typing import Any

import sqlalchemy as sa

from bilat.store.schema import schema

_WEAK_KINDS = frozenset({"group", "pronoun"})
_CHUNK = 500


def actor_rows(tallies: Iterable[Mapping[Any, Any]]) -> list[dict[str, str]]:
    """The ``actors`` rows for mention tallies (``code``, ``kind``, ``text``, ``name``, ``n``), by code."""
    by_code: dict[str, list[Mapping[Any, Any]]] = {}
    for tally in tallies:
        by_code.setdefault(str(tally["code"]), []).append(tally)
    out: list[dict[str, str]] = []
    for code in sorted(by_code):
        tallies_of = by_code[code]
        persons = [t for t in tallies_of if t["kind"] == "person"]
        strong = [t for t in tallies_of if t["kind"] not in _WEAK_KINDS]
        chosen = persons or strong or tallies_of
        names: Counter[str] = Counter()
        kinds: Counter[str] = Counter()
        for t in chosen:
            label = t["name"] if persons and t["name"] else t["text"]
            names[str(label)] += int(t["n"])
            kinds[str(t["kind"])] += int(t["n"])
        out.append({"code": code, "kind": _most_common(kinds), "name": _most_common(names)})
    return out


def _most_common(counter: Counter[str]) -> str:
    return min(counter.items(), key=lambda item: (-item[1], item[0]))[0]


def refresh_actors(conn: sa.Connection, codes: Collection[str] | None = None) -> None:
    """Recompute the ``actors`` rows of ``codes`` (None: every code) from the stored mentions; a code
    no mention carries any more loses its row."""
    tables = schema()
    mentions, actors = tables.mentions, tables.actors
    tally = sa.select(
        mentions.c.code, mentions.c.kind, mentions.c.text, mentions.c.name, sa.func.count().label("n")
    ).group_by(mentions.c.code, mentions.c.kind, mentions.c.text, mentions.c.name)
    if codes is None:
        conn.execute(sa.delete(actors))
        rows = actor_rows(conn.execute(tally).mappings())
    else:
        wanted = sorted(set(codes))
        rows = []
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start : start + _CHUNK]
            conn.execute(sa.delete(actors).where(actors.c.code.in_(chunk)))
            rows.extend(actor_rows(conn.execute(tally.where(mentions.c.code.in_(chunk))).mappings()))
    if rows:
        conn.execute(sa.insert(actors), rows)
