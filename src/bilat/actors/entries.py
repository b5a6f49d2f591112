"""The values the actor tables are made of: phrases with their codes, and well-known people.

It holds :class:`Entry` (one phrase and the code it stands for), :class:`Office` and :class:`Person` (a
well-known person, their spellings and the offices they held), the kinds of entries (:data:`ACTOR_KINDS`,
:data:`ROLE_KINDS`, :data:`KINDS`), the ROLE part of actor codes (:data:`ROLE_CODES`) and
:func:`check_code`, the check that a string is written as an actor code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bilat.errors import ConfigError

__all__ = [
    "ACTOR_KINDS",
    "KINDS",
    "ROLE_CODES",
    "ROLE_KINDS",
    "Entry",
    "Office",
    "Person",
    "check_code",
]

ROLE_KINDS = frozenset({"role", "agent", "agent_prefix"})
"""Kinds of entries that name a role (answered by ``Gazetteer.role``, never by ``lookup``)."""

ACTOR_KINDS = frozenset(
    {
        "country",
        "capital",
        "demonym",
        "ethnic",
        "metonym",
        "igo",
        "organ",
        "actor",
        "person",
        "group",
        "place",
    }
)
"""Kinds of entries that name an actor (answered by ``Gazetteer.lookup``)."""

KINDS = ACTOR_KINDS | ROLE_KINDS

ROLE_CODES = frozenset(
    {"HOS", "HOG", "GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "BUS", "MED", "CVL", "EDU"}
    | {"SPOKESPERSON"}
)
"""The ROLE part of ``ENTITY.ROLE`` codes (FORMAT.md "Actor codes")."""

_CODE_RE = re.compile(r"^[A-Z0-9][A-Z0-9_]*(?:\.[A-Z0-9][A-Z0-9_]*)*$")


@dataclass(frozen=True)
class Entry:
    """One phrase and the code it stands for.

    ``kind`` is one of :data:`KINDS`; ``source`` is ``"builtin"`` or the path of the user file it came from.
    """

    phrase: str
    code: str
    kind: str
    source: str = "builtin"


@dataclass(frozen=True)
class Office:
    """An office a person held: its actor code and its years, both ends included. ``end`` None means the
    office was still held at the table's date of knowledge; ``start`` None means the years are not known."""

    code: str
    start: int | None = None
    end: int | None = None

    def covers(self, year: int) -> bool:
        """Whether the office was held at some time in ``year``."""
        return (self.start is None or self.start <= year) and (self.end is None or year <= self.end)


@dataclass(frozen=True)
class Person:
    """A well-known person: a display name, other spellings, and the offices held (the first is the
    best-known one: its code is what ``Gazetteer.lookup`` gives for every spelling)."""

    name: str
    aliases: tuple[str, ...]
    offices: tuple[Office, ...]
    source: str = "builtin"

    @property
    def code(self) -> str:
        """The code of the best-known office (``RUS.HOS`` for Vladimir Putin)."""
        return self.offices[0].code

    def spellings(self) -> tuple[str, ...]:
        """The name and every alias."""
        return (self.name, *self.aliases)

    def code_in(self, year: int) -> str | None:
        """The code of the office held in ``year`` (of several, the one taken up last; on a tie the one
        listed first), or None when the table knows of no office that year."""
        held = [office for office in self.offices if office.covers(year)]
        return max(held, key=lambda o: -1 if o.start is None else o.start).code if held else None

    def entries(self) -> tuple[Entry, ...]:
        """One entry of kind ``person`` for each spelling, with the best-known code."""
        return tuple(Entry(spelling, self.code, "person", self.source) for spelling in self.spellings())


def check_code(code: str, where: str) -> None:
    """Raise ConfigError (saying ``where``) unless ``code`` is written as an actor code: ENTITY[.ROLE...],
    capitals, digits and underscores."""
    if not _CODE_RE.match(code):
        raise ConfigError(f"{where}: {code!r} is not an actor code (ENTITY[.ROLE], capitals and digits)")
