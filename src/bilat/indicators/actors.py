"""The countries a figure or a list is about, from the states named in its clause.

Each state named in the clause of the figure (else anywhere in its sentence) is a :class:`Party`, with a
role read from the words just before it: "to", "for", "in", "into", "with" mark the receiving side
(``target``), "from" and "by" the giving side (``source``), a party inside the figure's own words
("10,000 Malian soldiers") is ``inside``, any other (a subject, a possessive, a demonym: "Russia's
exports", "Key Russian exports") is an ``agent``. The relation the figure's kind implies then orders them:

- ``directed`` (exports, aid, loans, investment, personnel trained, casualties, sums and quantities of no
  kind): (giver, receiver). The giver is the "from"/"by" party, else the nearest agent before the figure
  that is not the receiver; the receiver is the party the figure's own words name (for people trained or
  killed), else the "to"/"for"/"in" party nearest after the figure, else (when a "from"/"by" party gave)
  the nearest agent. "Egypt received $3bn from China" -> (CHN, EGY). When no word gives a direction
  ("the railway links Ethiopia and Djibouti"), the order of mention.
- ``imports``: (exporter, importer): the "from" party, then the agent, preferably before the figure
  ("Mali's imports from Russia").
- ``mutual`` (trade, agreements): the order of mention ("trade between A and B").
- ``single`` (votes): the nearest party before the figure ("the B delegation abstained twice" -> (B,)).

A group mention ("the two countries", "both sides") stands for its members. A clause that names one
state of the document's principal pair and says "bilateral", "the two countries" or "both" is about the
pair; so is one that names no state at all. Exports or imports with only one side named take the other
from the principal pair when the named side belongs to it ("Imports from Mali" in a Russia-Mali story).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from bilat.indicators.clauses import clause_end, clause_start
from bilat.model import Figure, Mention

Relation = Literal["directed", "imports", "mutual", "single"]
Role = Literal["agent", "source", "target", "inside", "between"]

_RELATIONS: dict[str, Relation] = {
    "imports": "imports",
    "trade": "mutual",
    "agreements": "mutual",
    "votes": "single",
}
_INSIDE_IS_GIVER = frozenset({"troops", "other"})  # "2,000 Russian troops" are Russia's
_RX_TARGET = re.compile(
    r"\b(?:to|for|into|in|with|towards?|on)\s+(?:the\s+)?(?:(?:government|people|state|republic)\s+of\s+)?\Z",
    re.I,
)
_RX_SOURCE = re.compile(r"\b(?:from|by)\s+(?:the\s+)?\Z", re.IGNORECASE)
_RX_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?\Z", re.IGNORECASE)
_RX_PAIR_CUE = re.compile(
    r"\b(?:bilateral|two-way|mutual|both\s+(?:countries|sides|nations|states|governments)|"
    r"the\s+two\s+(?:countries|sides|nations|states|governments)|each\s+other)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Party:
    """A state (or a group of states) named in a sentence, offsets local to the sentence text."""

    start: int
    end: int
    codes: tuple[str, ...]
    role: Role = "agent"


def relation_of(what: str) -> Relation:
    """The relation a figure of kind ``what`` implies between the countries it names."""
    return _RELATIONS.get(what, "directed")


def parties(mentions: Sequence[Mention], offset: int, is_state: Callable[[str], bool]) -> list[Party]:
    """The states named by ``mentions`` (document offsets; the sentence starts at ``offset``), one party per
    stretch of text: a mention inside a wider one of the same state ("Russian" in "Russian instructors")
    is dropped."""
    found: list[Party] = []
    for mention in sorted(mentions, key=lambda m: (m.span.start, -(m.span.end - m.span.start))):
        members = mention.members or (mention.code,)
        codes = tuple(dict.fromkeys(code.split(".", 1)[0] for code in members if is_state(code)))
        if not codes:
            continue
        start, end = mention.span.start - offset, mention.span.end - offset
        if found and start < found[-1].end and set(codes) <= set(found[-1].codes):
            continue
        found.append(Party(start, end, codes))
    return found


def figure_actors(
    figure: Figure,
    text: str,
    offset: int,
    named: Sequence[Party],
    principal_pair: tuple[str, str] | None,
) -> tuple[str, ...]:
    """The countries ``figure`` is about; ``text`` is its sentence, starting at document offset ``offset``,
    and ``named`` the parties of that sentence (see :func:`parties`)."""
    start, end = figure.span.start - offset, figure.span.end - offset
    inside_role: Role | None = None  # "1 million U.S. dollars" is no country's figure
    if figure.unit == "persons":
        inside_role = "source" if figure.what in _INSIDE_IS_GIVER else "inside"
    return actors_at(
        text,
        start,
        end,
        relation_of(figure.what),
        named,
        principal_pair,
        inside_role=inside_role,
        flow=figure.what in ("exports", "imports"),
    )


def actors_at(
    text: str,
    start: int,
    end: int,
    relation: Relation,
    named: Sequence[Party],
    principal_pair: tuple[str, str] | None,
    *,
    inside_role: Role | None = "inside",
    flow: bool = False,
) -> tuple[str, ...]:
    """The countries the words at ``[start, end)`` of sentence ``text`` are about, under ``relation``;
    ``inside_role`` is the role of a country named within those words (None: it is left out, as the
    "U.S." of "1 million U.S. dollars"); ``flow`` marks exports or imports (one side named, the other
    taken from the principal pair)."""
    first, last = clause_start(text, start), clause_end(text, end)
    in_clause = [p for p in named if first <= p.start and p.end <= last]
    if inside_role is None:
        in_clause = [p for p in in_clause if not (start <= p.start and p.end <= end)]
        named = [p for p in named if not (start <= p.start and p.end <= end)]
    roles = [_with_role(text, p, start, end, first, inside_role or "agent") for p in in_clause or named]
    found = _ordered(roles, start, relation)
    if principal_pair is None or len(found) >= 2:
        return found
    pair_cue = _RX_PAIR_CUE.search(text, first, last) or _RX_PAIR_CUE.search(text)
    if not found:
        return principal_pair if pair_cue else ()
    if relation != "single" and found[0] in principal_pair and (pair_cue or flow):
        return _complete(found[0], principal_pair, relation, roles)
    return found


def _with_role(text: str, party: Party, start: int, end: int, first: int, inside_role: Role) -> Party:
    if start <= party.start and party.end <= end:
        return Party(party.start, party.end, party.codes, inside_role)
    before = text[max(first, party.start - 40) : party.start]
    role: Role = "agent"
    if _RX_BETWEEN.search(before):
        role = "between"
    elif _RX_SOURCE.search(before):
        role = "source"
    elif _RX_TARGET.search(before):
        role = "target"
    return Party(party.start, party.end, party.codes, role)


def _ordered(named: Sequence[Party], start: int, relation: Relation) -> tuple[str, ...]:
    groups = [p for p in named if len(p.codes) > 1]
    if relation == "single":
        before = [p for p in named if p.start < start and p.role != "target"]
        pick = before[-1] if before else (named[0] if named else None)
        return () if pick is None or len(pick.codes) > 1 else pick.codes
    if relation == "mutual" or (groups and not [p for p in named if len(p.codes) == 1]):
        return _first_two(code for p in named for code in p.codes)
    if groups:
        return _first_two(groups[0].codes)
    if all(p.role == "agent" for p in named):  # no word gives a direction: the order of mention
        return _first_two(code for p in named for code in p.codes)
    giver, receiver = _giver(named, start), _receiver(named, start)
    if relation == "imports":
        exporter = next((p for p in named if p.role == "source"), None)
        agents = [p for p in named if p.role == "agent" and (exporter is None or p.codes != exporter.codes)]
        before = [p for p in agents if p.start < start]
        importer = before[-1] if before else next(iter(agents), None)
        importer = importer or next((p for p in named if p.role in ("target", "inside")), None)
        giver, receiver = exporter, importer
    if receiver is None and giver is not None and giver.role == "source":
        receiver = next(
            (p for p in reversed(named) if p.role == "agent" and p.codes != giver.codes and p.start < start),
            None,
        )
    if giver is not None and receiver is not None and giver.codes == receiver.codes:
        giver = None
    return _first_two(code for p in (giver, receiver) if p is not None for code in p.codes)


def _giver(named: Sequence[Party], start: int) -> Party | None:
    source = next((p for p in named if p.role == "source"), None)
    if source is not None:
        return source
    receiver = _receiver(named, start)
    agents = [p for p in named if p.role == "agent" and p.start < start]
    for party in reversed(agents):
        if receiver is None or party.codes != receiver.codes:
            return party
    return next((p for p in named if p.role == "agent"), None) if receiver is None else None


def _receiver(named: Sequence[Party], start: int) -> Party | None:
    inside = next((p for p in named if p.role == "inside"), None)
    if inside is not None:
        return inside
    targets = [p for p in named if p.role in ("target", "between")]
    after = [p for p in targets if p.start >= start]
    return after[0] if after else (targets[-1] if targets else None)


def _complete(
    known: str, pair: tuple[str, str], relation: Relation, named: Sequence[Party]
) -> tuple[str, ...]:
    """The pair, ordered so that ``known`` keeps the side the text gave it."""
    other = pair[1] if known == pair[0] else pair[0]
    role = next((p.role for p in named if known in p.codes), "agent")
    known_first = role in ("source", "agent") if relation == "directed" else role == "source"
    if relation == "mutual":
        known_first = True
    return (known, other) if known_first else (other, known)


def _first_two(codes: Iterable[str]) -> tuple[str, ...]:
    return tuple(list(dict.fromkeys(codes))[:2])
