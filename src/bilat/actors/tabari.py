"""Readers for TABARI/PETRARCH actor and agent dictionaries, turned into gazetteer entries.

The formats, as the PETRARCH validation dictionaries use them:

Actors (``.actors``)::

    <!-- comments, on one line or across lines -->     # and '#' to the end of a line
    AUSTRALIA [AUS]                 a phrase (words joined by '_' or spaces) and its code
    +AUSTRALIAN                     a synonym of the phrase above
    GOLLUM                          a phrase whose codes follow on their own lines:
        [HOB < 950601]              before a date (YYMMDD, or YYYYMMDD)
        [HOBGOV 19950601 - 19990815]  from a date up to (not including) another
        [HOBREB > 990816]           from a date on
    UFFE_ELLEMANN_JENSEN_ [IGOEUREEC 820701-821231][IGOEUREEC 870701-871231]

A trailing ``_`` (TABARI's "exact word") is dropped. Codes are kept as written (``PSEREBHMS``, ``---``,
``FRO/BIL/SAM``). Of the codes of one phrase, the first dated code whose dates hold wins, else the undated
one; two-digit years 00-30 are 20YY, others 19YY.

Agents (``.agents``)::

    !MINST! = MINISTER, MINISTERS, MINISTRY      a substitution set
    FOREIGN_MINISTER [~GOVFRM]                   '~CODE' is added after the actor's code
    HUMAN_RIGHTS_BODY [NGO~]                     'CODE~' goes before it
    POLICE {} [~COP]                             '{}': no plural; '{PLURAL}': an irregular one
    !MINST!_OF_SILLY_WALKS [~GOV]                one agent per member of the set

Regular plurals (-s, -es, -ies) are generated as PETRARCH does. Malformed lines raise
:class:`~bilat.errors.ConfigError` with ``file:line``.

Phrases come in capitals; they are stored in lower case (so "Ent" and "ENT" both match), except dotted
one-word abbreviations (``U.S.``) and short ones that spell a common English word (``US``, ``WHO``),
which keep their capitals and so match only in capitals.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType

from bilat.actors.entries import Entry
from bilat.actors.phrases import normalise
from bilat.actors.tables import english_words
from bilat.errors import ConfigError

__all__ = [
    "DatedCode",
    "TabariActor",
    "TabariAgent",
    "actor_entries",
    "agent_entries",
    "code_on",
    "is_agents_text",
    "parse_actors",
    "parse_agents",
    "read_actors",
    "read_agents",
    "read_entries",
]

_BRACKET_RE = re.compile(r"\[([^\[\]]*)\]")
_DATE_RE = re.compile(r"^(?:(?P<op>[<>])(?P<one>\d+)|(?P<start>\d+)-(?P<end>\d+))$")
_MARKER_RE = re.compile(r"!([^!\s]+)!")


@dataclass(frozen=True)
class DatedCode:
    """An actor code, valid on days ``start <= day < end`` (either bound may be open)."""

    code: str
    start: dt.date | None = None
    end: dt.date | None = None

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None

    def holds_on(self, day: dt.date) -> bool:
        return (self.start is None or day >= self.start) and (self.end is None or day < self.end)


@dataclass(frozen=True)
class TabariActor:
    """One phrase of an actors dictionary (a root or a ``+`` synonym) with the codes of its block."""

    phrase: str
    codes: tuple[DatedCode, ...]
    root: str
    source: str
    line: int

    def code_on(self, day: dt.date | None = None) -> str | None:
        """The code on ``day``: the first dated code that holds, else the undated one. Without a day: the
        undated code, else the open-ended latest one, else the last listed."""
        undated = next((c.code for c in self.codes if not c.dated), None)
        if day is not None:
            held = next((c.code for c in self.codes if c.dated and c.holds_on(day)), None)
            return held if held is not None else undated
        if undated is not None:
            return undated
        open_ended = [c for c in self.codes if c.end is None]
        chosen = open_ended or list(self.codes)
        return chosen[-1].code if chosen else None


@dataclass(frozen=True)
class TabariAgent:
    """One phrase of an agents dictionary: ``code`` goes after the actor's (``prefix`` False) or before."""

    phrase: str
    code: str
    prefix: bool
    source: str
    line: int


# ---------------------------------------------------------------------------------------------- lines


def _lines(text: str, source: str) -> Iterator[tuple[int, str]]:
    """(line number, content) with XML comments, '#' comments and blank lines removed."""
    comment_start: int | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw
        if comment_start is not None:
            if "-->" not in line:
                continue
            line = line.split("-->", 1)[1]
            comment_start = None
        while "<!" in line:
            before, _, after = line.partition("<!")
            if "-->" in after:
                line = before + after.split("-->", 1)[1]
            elif before.strip():
                raise ConfigError(f"{source}:{number}: a comment opened after text must close on its line")
            else:
                comment_start = number
                line = ""
        line = line.split("#", 1)[0].strip()
        if line:
            yield number, line
    if comment_start is not None:
        raise ConfigError(f"{source}:{comment_start}: comment '<!--' is never closed with '-->'")


def _phrase(words: str, where: str) -> str:
    cleaned = " ".join(words.replace("_", " ").split())
    if not cleaned or "[" in cleaned or "]" in cleaned or "{" in cleaned or "}" in cleaned:
        raise ConfigError(f"{where}: malformed phrase {words.strip()!r}")
    return cleaned


def stored_phrase(phrase: str) -> str:
    """The spelling a dictionary phrase is stored in (see the module docstring on case)."""
    if " " in phrase:
        return phrase.casefold()
    if "." in phrase.rstrip(".") or (len(phrase) <= 3 and phrase.casefold() in english_words()):
        return phrase.upper()
    return phrase.casefold()


# --------------------------------------------------------------------------------------------- actors


def _date(text: str, where: str) -> dt.date:
    if len(text) not in (6, 8):
        raise ConfigError(f"{where}: date {text!r} must be YYMMDD or YYYYMMDD")
    if len(text) == 6:
        short = int(text[:2])
        year, rest = (2000 + short if short <= 30 else 1900 + short), text[2:]
    else:
        year, rest = int(text[:4]), text[4:]
    try:
        return dt.date(year, int(rest[:2]), int(rest[2:]))
    except ValueError as exc:
        raise ConfigError(f"{where}: date {text!r} is not a calendar day ({exc})") from exc


def _code_block(inner: str, where: str) -> DatedCode:
    parts = inner.split()
    if not parts:
        raise ConfigError(f"{where}: empty code '[]'")
    code, restriction = parts[0], "".join(parts[1:])
    if not restriction:
        return DatedCode(code)
    match = _DATE_RE.match(restriction)
    if match is None:
        raise ConfigError(f"{where}: date restriction {restriction!r} must be <DATE, >DATE or DATE-DATE")
    if match["op"] == "<":
        return DatedCode(code, end=_date(match["one"], where))
    if match["op"] == ">":
        return DatedCode(code, start=_date(match["one"], where))
    start, end = _date(match["start"], where), _date(match["end"], where)
    if end < start:
        raise ConfigError(f"{where}: date range {restriction!r} ends before it starts")
    return DatedCode(code, start=start, end=end)


def _codes(text: str, where: str) -> tuple[str, list[DatedCode]]:
    """Split ``PHRASE [CODE ...][CODE ...]`` into the phrase part and its codes."""
    if text.count("[") != text.count("]"):
        raise ConfigError(f"{where}: unbalanced brackets in {text!r}")
    head, _, tail = text.partition("[")
    codes = [_code_block(m.group(1), where) for m in _BRACKET_RE.finditer("[" + tail)] if tail else []
    leftover = _BRACKET_RE.sub("", "[" + tail).strip() if tail else ""
    if leftover:
        raise ConfigError(f"{where}: unexpected text {leftover!r} after the codes")
    return head, codes


def _report(error: ConfigError, problems: list[ConfigError] | None) -> None:
    if problems is None:
        raise error
    problems.append(error)


def parse_actors(text: str, source: str, problems: list[ConfigError] | None = None) -> list[TabariActor]:
    """The phrases of an actors dictionary, each with the codes of its block.

    A malformed line raises ConfigError; when ``problems`` is given, its error is appended there instead
    and the line (or the block without a code) is left out, as PETRARCH skips them.
    """
    actors: list[TabariActor] = []
    block: list[tuple[str, int]] = []
    codes: list[DatedCode] = []
    block_line = 0

    def close() -> None:
        if not block:
            return
        if not codes:
            _report(ConfigError(f"{source}:{block_line}: actor {block[0][0]!r} has no code"), problems)
            return
        actors.extend(TabariActor(p, tuple(codes), block[0][0], source, n) for p, n in block)

    for number, line in _lines(text, source):
        try:
            block, codes, block_line = _actor_line(number, line, source, block, codes, block_line, close)
        except ConfigError as error:
            _report(error, problems)
    close()
    return actors


def _actor_line(
    number: int,
    line: str,
    source: str,
    block: list[tuple[str, int]],
    codes: list[DatedCode],
    block_line: int,
    close: Callable[[], None],
) -> tuple[list[tuple[str, int]], list[DatedCode], int]:
    """Read one actors line into the current block; returns the (possibly new) block state."""
    where = f"{source}:{number}"
    if line.startswith("["):
        if not block:
            raise ConfigError(f"{where}: a code line comes before any actor")
        head, more = _codes(line, where)
        if head.strip():
            raise ConfigError(f"{where}: malformed code line {line!r}")
        codes.extend(more)
        return block, codes, block_line
    if line.startswith("+"):
        if not block:
            raise ConfigError(f"{where}: a synonym '+' comes before any actor")
        head, more = _codes(line[1:], where)
        block.append((_phrase(head, where), number))
        codes.extend(more)
        return block, codes, block_line
    close()
    block.clear()  # a new block starts even if this line turns out malformed
    head, more = _codes(line, where)
    return [(_phrase(head, where), number)], list(more), number


def read_actors(path: Path, problems: list[ConfigError] | None = None) -> list[TabariActor]:
    """The actors of a dictionary file (see :func:`parse_actors` for ``problems``)."""
    return parse_actors(_read_text(path), str(path), problems)


def actor_entries(actors: Iterable[TabariActor], day: dt.date | None = None) -> list[Entry]:
    """Gazetteer entries (kind ``actor``) with each phrase's code on ``day`` (see ``code_on``). As in
    PETRARCH, the first definition of a phrase in a file wins; a phrase with no code that day is left out."""
    entries: list[Entry] = []
    seen: set[str] = set()
    for actor in actors:
        key = normalise(actor.phrase).casefold()
        code = actor.code_on(day)
        if key in seen or code is None:
            continue
        seen.add(key)
        entries.append(Entry(stored_phrase(actor.phrase), code, "actor", actor.source))
    return entries


# --------------------------------------------------------------------------------------------- agents


def _petrarch_plural(phrase: str) -> str:
    if phrase.endswith("Y"):
        return phrase[:-1] + "IES"
    if phrase.endswith("S"):
        return phrase + "ES"
    return phrase + "S"


def parse_agents(text: str, source: str, problems: list[ConfigError] | None = None) -> list[TabariAgent]:
    """The phrases of an agents dictionary (plurals and substitution sets expanded). Malformed lines
    raise, or with ``problems`` given are reported there and left out."""
    sets: dict[str, list[str]] = {}
    agents: list[TabariAgent] = []
    for number, line in _lines(text, source):
        try:
            agents.extend(_agent_line(number, line, source, sets))
        except ConfigError as error:
            _report(error, problems)
    return agents


def _agent_line(number: int, line: str, source: str, sets: dict[str, list[str]]) -> list[TabariAgent]:
    """The agents one line defines (none for a substitution set, which is recorded in ``sets``)."""
    where = f"{source}:{number}"
    if "=" in line and "!" in line and "[" not in line:
        name, _, members = line.partition("=")
        marker = _MARKER_RE.fullmatch(name.strip())
        items = [m.strip() for m in members.split(",") if m.strip()]
        if marker is None or not items:
            raise ConfigError(f"{where}: a substitution set must read !NAME! = WORD, WORD, ...")
        sets[marker.group(1)] = items
        return []
    if "[" not in line or line.count("[") != 1 or not line.rstrip().endswith("]"):
        raise ConfigError(f"{where}: an agent needs one code in brackets at the end, e.g. MINISTER [~GOV]")
    head, _, rest = line.partition("[")
    code_text = rest[:-1].replace(" ", "")
    if code_text.count("~") != 1 or code_text in {"~", ""}:
        raise ConfigError(f"{where}: agent code {code_text!r} must be ~CODE or CODE~")
    prefix = code_text.endswith("~")
    code = code_text.strip("~")
    plural_given: str | None = None
    if "{" in head or "}" in head:
        if head.count("{") != 1 or head.count("}") != 1 or head.index("{") > head.index("}"):
            raise ConfigError(f"{where}: plural must be written {{PLURAL}} (or {{}} for none)")
        plural_given = head[head.index("{") + 1 : head.index("}")].strip()
        head = head[: head.index("{")] + head[head.index("}") + 1 :]
    if head.count("!") % 2:
        raise ConfigError(f"{where}: unmatched '!' in a substitution marker")
    phrase = _phrase(head, where)
    forms: list[str] = []
    marker = _MARKER_RE.search(phrase)
    if marker is not None:
        if marker.group(1) not in sets:
            raise ConfigError(f"{where}: substitution set !{marker.group(1)}! is not defined above")
        forms = [phrase[: marker.start()] + item + phrase[marker.end() :] for item in sets[marker.group(1)]]
    else:
        forms = [phrase]
        if plural_given is None:
            forms.append(_petrarch_plural(phrase))
        elif plural_given:
            forms.append(_phrase(plural_given, where))
    return [TabariAgent(form, code, prefix, source, number) for form in forms]


def read_agents(path: Path, problems: list[ConfigError] | None = None) -> list[TabariAgent]:
    """The agents of a dictionary file (see :func:`parse_agents` for ``problems``)."""
    return parse_agents(_read_text(path), str(path), problems)


def agent_entries(agents: Iterable[TabariAgent]) -> list[Entry]:
    """Gazetteer entries: kind ``agent`` for suffix codes (``~GOV`` -> GOV), ``agent_prefix`` for ``NGO~``."""
    return [
        Entry(stored_phrase(a.phrase), a.code, "agent_prefix" if a.prefix else "agent", a.source)
        for a in agents
    ]


# ---------------------------------------------------------------------------------------------- files


def is_agents_text(text: str) -> bool:
    """Whether a dictionary is an agents file: its codes carry '~' (``[~GOV]``, ``[NGO~]``)."""
    return re.search(r"\[\s*~|~\s*\]", text) is not None


def read_entries(
    path: Path, day: dt.date | None = None, problems: list[ConfigError] | None = None
) -> list[Entry]:
    """The gazetteer entries of a TABARI/PETRARCH dictionary, agents or actors as its codes show; actor
    codes as on ``day`` (see :meth:`TabariActor.code_on`)."""
    text = _read_text(path)
    if is_agents_text(text):
        return agent_entries(parse_agents(text, str(path), problems))
    return actor_entries(parse_actors(text, str(path), problems), day)


def code_on(entry: Entry, day: dt.date) -> str | None:
    """The code an actors dictionary gives ``entry``'s phrase on ``day``, for an entry read from such a
    dictionary (kind ``actor``, a file that is not ``.toml``/``.tsv``) whose codes are dated; else None.
    Gazetteer entries carry one code; this re-reads the phrase's dated codes (once per file)."""
    if (
        entry.kind != "actor"
        or entry.source == "builtin"
        or Path(entry.source).suffix.casefold() in {".toml", ".tsv"}
    ):
        return None
    actor = _dated_actors(entry.source).get(entry.phrase)
    return None if actor is None else actor.code_on(day)


@lru_cache(maxsize=32)
def _dated_actors(source: str) -> Mapping[str, TabariActor]:
    """The actors of one dictionary whose codes are dated, by stored phrase (the first definition of a
    phrase wins, as in :func:`actor_entries`)."""
    first: dict[str, TabariActor] = {}
    for actor in read_actors(Path(source)):
        first.setdefault(stored_phrase(actor.phrase), actor)
    return MappingProxyType({k: a for k, a in first.items() if any(c.dated for c in a.codes)})


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return path.read_text(encoding="latin-1")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc}") from exc
