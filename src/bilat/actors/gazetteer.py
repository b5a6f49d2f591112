"""The actor gazetteer: phrases to actor codes, and role words to role codes.

It holds :class:`Entry` (one phrase and the code it stands for), :class:`Person` and :class:`Office` (a
well-known person, their spellings and the offices they held), :class:`Gazetteer` (the index with
``lookup``, ``person`` and ``role``), the builtin tables and the readers of user files, and
:func:`spacy_patterns` (EntityRuler patterns as plain dicts; this module never imports spaCy).

Where the data comes from:

- ISO 3166-1 states and territories, with short and official names, from ``country_converter`` (loaded
  once per process and cached);
- our tables in ``bilat/actors/data/``: ``countries.toml`` (abbreviations, other names, demonyms, capitals,
  display names), ``igos.toml`` (IGOs, organs), ``metonyms.toml`` ("the Kremlin"), ``groups.toml`` (named
  non-state organisations: "Hamas"), ``people.toml`` (leaders, ministers, spokespeople and IGO heads:
  "Putin" -> RUS.HOS), ``roles.toml`` (role words) and ``english_words.toml`` (words needing capitals);
- user files: our TOML (``[kind]`` tables of ``CODE = [phrases]``, and a ``person`` array of records as in
  ``people.toml``) or TSV (``phrase<TAB>code<TAB>kind``), and TABARI/PETRARCH ``.actors``/``.agents``
  dictionaries (:mod:`bilat.actors.tabari`). Later sources override earlier ones for the same phrase, so
  user files override the builtin tables.

Matching rules (:meth:`Gazetteer.lookup`): accents, curly quotes and dashes are folded, a leading "the"
and a trailing possessive are dropped, hyphens count as spaces, case is ignored except that an all-caps
abbreviation matches only in capitals ("US", "CAR", "WHO"; not "us", "car", "who") and a name that is
also a common English word matches only capitalised ("Turkey", "China"; not "turkey", "china"). A
person's name matches as written, with capitalised words ("Von der Leyen", "Mohammed Bin Salman") or in
capitals when longer than three letters ("PUTIN"), never in lower case ("putin").
"""

from __future__ import annotations

import csv
import functools
import re
import tomllib
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Literal

from bilat.errors import ConfigError

__all__ = [
    "ACTOR_KINDS",
    "KINDS",
    "ROLE_CODES",
    "ROLE_KINDS",
    "Entry",
    "Gazetteer",
    "Office",
    "Person",
    "builtin_entries",
    "builtin_people",
    "default_gazetteer",
    "normalise",
    "read_entries",
    "spacy_patterns",
]

ROLE_KINDS = frozenset({"role", "agent", "agent_prefix"})
"""Kinds of entries that name a role (answered by :meth:`Gazetteer.role`, never by ``lookup``)."""

ACTOR_KINDS = frozenset(
    {"country", "capital", "demonym", "metonym", "igo", "organ", "actor", "person", "group", "place"}
)
"""Kinds of entries that name an actor (answered by :meth:`Gazetteer.lookup`)."""

KINDS = ACTOR_KINDS | ROLE_KINDS

ROLE_CODES = frozenset(
    {"HOS", "HOG", "GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "BUS", "MED", "CVL", "EDU"}
    | {"SPOKESPERSON"}
)
"""The ROLE part of ``ENTITY.ROLE`` codes (FORMAT.md "Actor codes")."""

CasePolicy = Literal["exact", "capitalised", "name", "any"]

_LABELS: Mapping[str, str] = {
    "country": "GPE",
    "capital": "GPE",
    "place": "GPE",
    "demonym": "NORP",
    "metonym": "ORG",
    "igo": "ORG",
    "organ": "ORG",
    "group": "ORG",
    "person": "PERSON",
}
_CODE_RE = re.compile(r"^[A-Z0-9][A-Z0-9_]*(?:\.[A-Z0-9][A-Z0-9_]*)*$")
_FOLD = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
        "\u2032": "'",
        "`": "'",
        "\u00b4": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u00a0": " ",
    }
)
_THE_RE = re.compile(r"^the\s+", re.IGNORECASE)
_POSSESSIVE_RE = re.compile(r"(?<=\w)'s?$")
_NO_PLURAL_ENDINGS = ("ese", "ish", "sh", "ch", "ss", "x", "z")
_YEARS_RE = re.compile(r"^(\d{4})(-(\d{4})?)?$")
_PERSON_KEYS = frozenset({"name", "aliases", "code", "years", "also"})


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
    best-known one: its code is what :meth:`Gazetteer.lookup` gives for every spelling)."""

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


# --------------------------------------------------------------------------------------------- normalising


def normalise(phrase: str) -> str:
    """The form a phrase is compared in: accents and curly quotes folded, spaces collapsed, a leading
    "the" and a trailing possessive dropped. Case is kept (see :func:`case_policy`)."""
    if phrase.isascii():  # NFKD leaves ASCII as it is, and the backtick is the one ASCII key of _FOLD
        text = phrase.replace("`", "'")
    else:
        text = unicodedata.normalize("NFKD", phrase.translate(_FOLD))
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = " ".join(text.split()).strip(" \"'")
    if text[:4].lower() == "the ":  # _THE_RE's match, now that spaces are single
        text = text[4:]
    if text.endswith(("'", "'s")):
        text = _POSSESSIVE_RE.sub("", text)
    return text.strip(" \"'")


def _surface(norm: str) -> str:
    """The normalised phrase with hyphens as spaces: the case-sensitive form of a key."""
    return " ".join(norm.replace("-", " ").split())


def _key(norm: str) -> str:
    return _surface(norm).casefold()


def case_policy(phrase: str, common_words: frozenset[str]) -> CasePolicy:
    """How a stored phrase must be written to match: ``exact`` for all-caps abbreviations, ``capitalised``
    for single words that are also common English words in lower case, ``any`` otherwise."""
    norm = normalise(phrase)
    letters = [ch for ch in norm if ch.isalpha()]
    if letters and not any(ch.islower() for ch in letters):
        return "exact"
    if " " not in _surface(norm) and norm.casefold() in common_words:
        return "capitalised"
    return "any"


def _person_policy(norm: str) -> CasePolicy:
    """A person's all-caps alias ("MBS", "AMLO") matches only in capitals; any other spelling as a name."""
    return "exact" if case_policy(norm, frozenset()) == "exact" else "name"


def _accepts(policy: CasePolicy, stored: str, query: str) -> bool:
    if policy == "exact":
        return _surface(query) == stored
    if policy == "capitalised":
        return query[:1].isupper()
    if policy == "name":
        return _name_written_as(stored, _surface(query))
    return True


def _name_written_as(stored: str, written: str) -> bool:
    """Whether ``written`` spells the name ``stored`` (same key) as a name may be written: each word as
    stored or with its first letter capitalised, or the whole in capitals when over three letters long."""
    if written.isupper() and sum(ch.isalpha() for ch in written) > 3:
        return True
    pairs = zip(written.split(" "), stored.split(" "), strict=False)
    return all(got == want or got == want[:1].upper() + want[1:] for got, want in pairs)


def plural(phrase: str) -> str:
    """The regular English plural of a role phrase: the head noun (the last word, or the word before "of"/
    "in"/"to") takes -s, -es, -ies, or man -> men."""
    words = phrase.split(" ")
    head = len(words) - 1
    for i, word in enumerate(words):
        if i > 0 and word.casefold() in {"of", "in", "to", "for"}:
            head = i - 1
            break
    word = words[head]
    lower = word.casefold()
    if lower.endswith("man"):
        word = word[:-3] + ("MEN" if word.isupper() else "men")
    elif lower.endswith("y") and len(lower) > 1 and lower[-2] not in "aeiou":
        word = word[:-1] + "ies"
    elif lower.endswith(("s", "x", "z", "ch", "sh")):
        word = word + "es"
    else:
        word = word + "s"
    return " ".join([*words[:head], word, *words[head + 1 :]])


def _demonym_plural(phrase: str) -> str | None:
    lower = phrase.casefold()
    if lower.endswith(_NO_PLURAL_ENDINGS) or lower.endswith(("men", "s")):
        return None
    if lower.endswith("man"):
        return phrase[:-3] + "men"
    return phrase + "s"


# ------------------------------------------------------------------------------------------------ the index


@dataclass(frozen=True)
class _Candidate:
    policy: CasePolicy
    stored: str  # the phrase's surface, compared case-sensitively for "exact"
    entry: Entry


class _Index:
    """Phrase keys to candidate entries, newest first; the newest whose case rule accepts the query wins,
    so an older all-caps "US" still answers "US" under a newer capitalised "Us"."""

    def __init__(self) -> None:
        self._by_key: dict[str, list[_Candidate]] = {}

    def add(self, phrase: str, entry: Entry, common_words: frozenset[str]) -> None:
        norm = normalise(phrase)
        if not norm:
            return
        policy = _person_policy(norm) if entry.kind == "person" else case_policy(norm, common_words)
        candidate = _Candidate(policy, _surface(norm), entry)
        bucket = self._by_key.setdefault(_key(norm), [])
        spelled = policy in {"exact", "name"}
        bucket[:] = [
            old
            for old in bucket
            if not (old.policy == policy and (not spelled or old.stored == candidate.stored))
        ]
        bucket.insert(0, candidate)

    def find(self, norm: str, key: str) -> Entry | None:
        """The newest entry under ``key`` (the caller computes ``_key(norm)`` once) that accepts ``norm``."""
        for candidate in self._by_key.get(key, ()):
            if _accepts(candidate.policy, candidate.stored, norm):
                return candidate.entry
        return None

    def __contains__(self, key: str) -> bool:
        return key in self._by_key

    def words(self) -> frozenset[str]:
        """Every word of every key: a phrase with a word outside this set has no key here."""
        return frozenset(word for key in self._by_key for word in key.split(" "))

    def reachable(self) -> Iterator[_Candidate]:
        """Candidates that some spelling can still reach (not hidden behind a newer ``any`` entry)."""
        for bucket in self._by_key.values():
            for candidate in bucket:
                yield candidate
                if candidate.policy == "any":
                    break


def _find_or_plural(singular: _Index, plurals: _Index, norm: str) -> Entry | None:
    """The entry ``norm`` names in ``singular``, else (when no singular key is spelled so) in ``plurals``."""
    if not norm:
        return None
    key = _key(norm)
    found = singular.find(norm, key)
    if found is None and key not in singular:
        found = plurals.find(norm, key)
    return found


class Gazetteer:
    """Phrases to actor codes (``lookup``) and role words to role codes (``role``).

    Build it with :meth:`default` (builtin tables plus user files) or :meth:`from_entries`; for the shared
    default use :func:`default_gazetteer`. It is immutable once built. ``people`` are the records behind
    entries of kind ``person`` (their :meth:`Person.entries` should be among ``entries``, where they take
    their precedence); :meth:`person` answers from them.
    """

    def __init__(self, entries: Iterable[Entry], people: Iterable[Person] = ()) -> None:
        self._entries = tuple(entries)
        self._people = tuple(people)
        self._person_of = {entry: person for person in self._people for entry in person.entries()}
        words = _english_words()
        self._actors = _Index()
        self._actor_plurals = _Index()
        self._roles = _Index()
        self._role_plurals = _Index()
        for entry in self._entries:
            if entry.kind in ROLE_KINDS:
                if entry.kind != "role" and entry.kind != "agent":
                    continue
                self._roles.add(entry.phrase, entry, words)
                self._role_plurals.add(plural(normalise(entry.phrase)), entry, words)
            else:
                self._actors.add(entry.phrase, entry, words)
                if entry.kind == "demonym":
                    many = _demonym_plural(normalise(entry.phrase))
                    if many is not None:
                        self._actor_plurals.add(many, entry, words)
        self._role_words = self._roles.words() | self._role_plurals.words()

    @classmethod
    def default(cls, extra: Sequence[Path] = ()) -> Gazetteer:
        """The builtin tables, then each user file in ``extra`` (later files override earlier ones)."""
        entries = list(builtin_entries())
        people = list(builtin_people())
        for path in extra:
            more, persons = _read_file(Path(path))
            entries.extend(more)
            people.extend(persons)
        return cls(entries, people)

    @classmethod
    def from_entries(cls, entries: Iterable[Entry], people: Iterable[Person] = ()) -> Gazetteer:
        """A gazetteer of exactly these entries; for one phrase a later entry overrides an earlier one."""
        return cls(entries, people)

    def lookup(self, phrase: str) -> Entry | None:
        """The actor entry a whole phrase names ("Russia", "the Kremlin", "UNSC", "Russians"), or None.

        Role words are not actors: ask :meth:`role` for them.
        """
        return _find_or_plural(self._actors, self._actor_plurals, normalise(phrase))

    def person(self, phrase: str) -> Person | None:
        """The person a whole phrase names ("Vladimir Putin", "Putin", "Erdoğan", "MBS"), or None.

        Same matching as :meth:`lookup`, whose entry it follows: a person entry without a record (a user's
        ``[person]`` table) gives a Person with that spelling as name and one office of unknown years.
        """
        entry = self.lookup(phrase)
        if entry is None or entry.kind != "person":
            return None
        return self._person_of.get(entry) or Person(entry.phrase, (), (Office(entry.code),), entry.source)

    def people(self) -> Iterator[Person]:
        """Every person record, in the order given."""
        return iter(self._people)

    def role(self, phrase: str, *, whole: bool = False) -> str | None:
        """The role code a role word or phrase names ("president" -> HOS, "troops" -> MIL), or None.

        Singular and plural both count. In a longer phrase the longest role phrase wins, and among equally
        long ones the first ("Russian presidential press secretary" -> GOV, "police officials" -> COP);
        with ``whole=True`` only the whole phrase counts.
        """
        norm = normalise(phrase)
        tokens = _surface(norm).split(" ")
        # Only a run of words of role phrases can be one: ``known[k]`` is the length of the run at k.
        known = [0] * (len(tokens) + 1)
        for k in range(len(tokens) - 1, -1, -1):
            if tokens[k].casefold() in self._role_words:
                known[k] = known[k + 1] + 1
        if known[0] == len(tokens):
            entry = self._role_entry(norm)
            if entry is not None:
                return entry.code
        if whole:
            return None
        for size in range(min(len(tokens) - 1, max(known)), 0, -1):
            for start in range(len(tokens) - size + 1):
                if known[start] >= size:
                    entry = self._role_entry(" ".join(tokens[start : start + size]))
                    if entry is not None:
                        return entry.code
        return None

    def may_name_role(self, word: str) -> bool:
        """Whether ``word`` (one word, any case) is a word of some role phrase: a cheap test that lets a
        caller skip :meth:`role` on a phrase none of whose words is one."""
        folded = word.casefold()
        if folded in self._role_words:
            return True
        if folded.isascii() and folded.isalpha():
            return False
        return any(w in self._role_words for w in _key(normalise(word)).split(" "))

    def is_spokesperson(self, phrase: str) -> bool:
        """Whether a role phrase names a spokesperson or press secretary (who speaks for a principal)."""
        norm = _key(normalise(phrase))
        return any(norm == word or norm.endswith(" " + word) for word in _spokesperson_words())

    def entries(self) -> Iterator[Entry]:
        """Every entry, in the order given (later ones override earlier ones)."""
        return iter(self._entries)

    def country_name(self, iso3: str) -> str:
        """A short English name for display ("RUS" -> "Russia", "UN.SC" -> "UN Security Council"); an
        unknown code is returned unchanged."""
        names = _display_names()
        if iso3 in names:
            return names[iso3]
        entity = iso3.split(".", 1)[0]
        return names.get(entity, iso3)

    def is_state(self, code: str) -> bool:
        """Whether the ENTITY part of ``code`` is an ISO 3166-1 alpha-3 code (a state or territory), as
        opposed to an IGO or a user's own code."""
        return code.split(".", 1)[0] in _iso3_codes()

    def __len__(self) -> int:
        return len(self._entries)

    def _role_entry(self, norm: str) -> Entry | None:
        return _find_or_plural(self._roles, self._role_plurals, norm)

    def _reachable(self) -> Iterator[_Candidate]:
        yield from self._actors.reachable()
        for candidate in self._actor_plurals.reachable():
            if _key(candidate.stored) not in self._actors:
                yield candidate


@functools.cache
def default_gazetteer() -> Gazetteer:
    """The builtin gazetteer, built once per process."""
    return Gazetteer.default()


# ----------------------------------------------------------------------------------------- spaCy patterns


def spacy_patterns(gazetteer: Gazetteer) -> list[dict[str, object]]:
    """EntityRuler patterns for every actor phrase the gazetteer can match, as plain dicts.

    Each is ``{"label": "GPE"|"NORP"|"ORG"|"PERSON", "pattern": "Kremlin", "id": "RUS.GOV",
    "case_sensitive": bool}``. ``pattern`` is a phrase string (build it with ``nlp.make_doc`` so it is
    tokenised as the text will be), without a leading "the". ``case_sensitive`` True means match the
    exact spelling (``ORTH``: all-caps abbreviations, and the capitalised forms of names that are common
    words); False means match on ``LOWER``. Accented and curly-apostrophe spellings are emitted as well
    as the folded one. Countries and capitals are GPE, demonyms NORP, IGOs, organs and metonyms ORG, people
    PERSON; a TABARI actor is GPE when its code is a bare ISO3 state, ORG otherwise; role entries are left
    out. People's patterns are all case-sensitive: each spelling as written, with its first word and with
    every word capitalised ("Von der Leyen", "Mohammed Bin Salman"), and in capitals when over three
    letters long ("PUTIN"), so "putin" or the Roman numeral "XI" never match.
    """
    written: dict[tuple[str, str], list[str]] = {}
    for entry in gazetteer.entries():
        if entry.kind not in ROLE_KINDS:
            spelling = _THE_RE.sub("", " ".join(entry.phrase.split()))
            written.setdefault((_key(normalise(spelling)), entry.code), []).append(spelling)
    patterns: list[dict[str, object]] = []
    seen: set[tuple[str, str, str, bool]] = set()
    for candidate in gazetteer._reachable():
        entry = candidate.entry
        label = _label(gazetteer, entry)
        if label is None:
            continue
        same = written.get((candidate.stored.casefold(), entry.code), [])
        for text, sensitive in _pattern_strings(candidate, same):
            marker = (label, text, entry.code, sensitive)
            if marker in seen:
                continue
            seen.add(marker)
            patterns.append({"label": label, "pattern": text, "id": entry.code, "case_sensitive": sensitive})
    return patterns


def _label(gazetteer: Gazetteer, entry: Entry) -> str | None:
    if entry.kind == "actor":
        return "GPE" if gazetteer.is_state(entry.code) and "." not in entry.code else "ORG"
    return _LABELS.get(entry.kind)


def _pattern_strings(candidate: _Candidate, written: list[str]) -> Iterator[tuple[str, bool]]:
    """The spellings of a candidate: as written in every entry with its key and code (a generated plural
    has only its normalised form), folded, and with a curly apostrophe."""
    if candidate.policy == "exact":
        written = [w for w in written if _surface(normalise(w)) == candidate.stored]
    spellings = dict.fromkeys([*written, *(normalise(w) for w in written)] or [candidate.stored])
    for spelling in list(spellings):
        if "'" in spelling:
            spellings[spelling.replace("'", "\u2019")] = None
    for spelling in spellings:
        if candidate.policy == "exact":
            yield spelling, True
        elif candidate.policy == "capitalised":
            yield spelling[:1].upper() + spelling[1:], True
            yield spelling.upper(), True
        elif candidate.policy == "name":
            words = spelling.split(" ")
            yield spelling, True
            yield " ".join([words[0][:1].upper() + words[0][1:], *words[1:]]), True
            yield " ".join(word[:1].upper() + word[1:] for word in words), True
            if sum(ch.isalpha() for ch in spelling) > 3:
                yield spelling.upper(), True
        else:
            yield spelling, False


# ---------------------------------------------------------------------------------------------- user files


def read_entries(path: Path) -> list[Entry]:
    """The entries of one user file: ``.toml`` and ``.tsv`` in our format, anything else as a TABARI/
    PETRARCH actors or agents dictionary. Raises ConfigError (with file and line where known)."""
    return _read_file(path)[0]


def _read_file(path: Path) -> tuple[list[Entry], list[Person]]:
    """The entries of one user file and the person records among them (TOML ``person`` arrays)."""
    if not path.is_file():
        raise ConfigError(f"{path}: actor file not found")
    suffix = path.suffix.casefold()
    if suffix == ".toml":
        data, where = _load_toml(path), str(path)
        return _entries_from_tables(data, where, where, frozenset()), _people_in(data, where, where)
    if suffix == ".tsv":
        return _read_tsv(path), []
    from bilat.actors import tabari  # here, not at the top: tabari imports Entry from this module

    return tabari.read_entries(path), []


def _load_toml(path: Path) -> dict[str, object]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from exc
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc}") from exc


def _read_toml(path: Path, source: str | None = None, skip: frozenset[str] = frozenset()) -> list[Entry]:
    data = _load_toml(path)
    return _entries_from_tables(data, str(path), source or str(path), skip)


def _entries_from_tables(
    data: Mapping[str, object], where: str, source: str, skip: frozenset[str]
) -> list[Entry]:
    entries: list[Entry] = []
    for kind, table in data.items():
        if kind in skip:
            continue
        if kind not in KINDS:
            raise ConfigError(f"{where}: [{kind}] is not a kind; use one of {_kinds()}")
        if kind == "person" and isinstance(table, list):
            for person in _people_from_list(table, where, source):
                entries.extend(person.entries())
            continue
        if not isinstance(table, dict):
            raise ConfigError(f"{where}: [{kind}] must be a table of CODE = [phrases]")
        for code, phrases in table.items():
            _check_code(code, f"{where}: [{kind}] {code}")
            items = [phrases] if isinstance(phrases, str) else phrases
            if not isinstance(items, list) or not all(isinstance(p, str) and p.strip() for p in items):
                raise ConfigError(f"{where}: [{kind}] {code} must be a phrase or a list of non-empty phrases")
            entries.extend(Entry(phrase.strip(), code, kind, source) for phrase in items)
    return entries


def _read_tsv(path: Path) -> list[Entry]:
    entries: list[Entry] = []
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            for number, row in enumerate(csv.reader(handle, delimiter="\t"), start=1):
                if not row or not "".join(row).strip() or row[0].lstrip().startswith("#"):
                    continue
                cells = [cell.strip() for cell in row]
                if number == 1 and [c.casefold() for c in cells] == ["phrase", "code", "kind"]:
                    continue
                where = f"{path}:{number}"
                if len(cells) != 3 or not all(cells):
                    raise ConfigError(f"{where}: expected phrase<TAB>code<TAB>kind, got {len(cells)} fields")
                phrase, code, kind = cells
                if kind not in KINDS:
                    raise ConfigError(f"{where}: {kind!r} is not a kind; use one of {_kinds()}")
                _check_code(code, where)
                entries.append(Entry(phrase, code, kind, str(path)))
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not UTF-8 text: {exc}") from exc
    return entries


def _people_in(data: Mapping[str, object], where: str, source: str) -> list[Person]:
    records = data.get("person")  # an array of records; a [person] table of CODE = [phrases] has none
    return _people_from_list(records, where, source) if isinstance(records, list) else []


def _people_from_list(records: list[object], where: str, source: str) -> list[Person]:
    """Person records: ``{name, aliases, code, years, also}`` tables (see people.toml)."""
    people: list[Person] = []
    for number, record in enumerate(records, start=1):
        if not isinstance(record, dict):
            raise ConfigError(f"{where}: person {number} must be a table with name, code and years")
        name = record.get("name")
        at = f"{where}: person {number} ({name!r})"
        if not isinstance(name, str) or not name.strip():
            raise ConfigError(f"{at}: 'name' must be a non-empty string")
        unknown = sorted(set(record) - _PERSON_KEYS)
        if unknown:
            raise ConfigError(f"{at}: unknown keys {unknown}; use {sorted(_PERSON_KEYS)}")
        aliases = _strings(record.get("aliases", []), f"{at}: 'aliases'")
        code = record.get("code")
        if not isinstance(code, str):
            raise ConfigError(f"{at}: 'code' must be an actor code string")
        _check_code(code, at)
        years = record.get("years")
        if years is not None and not isinstance(years, str):
            raise ConfigError(f"{at}: 'years' must be a string such as '2017-2021, 2025-'")
        offices = _offices(code, years, at)
        for other in _strings(record.get("also", []), f"{at}: 'also'"):
            other_code, _, other_years = other.partition(" ")
            _check_code(other_code, at)
            offices.extend(_offices(other_code, other_years.strip() or None, at))
        people.append(Person(name.strip(), tuple(a.strip() for a in aliases), tuple(offices), source))
    return people


def _strings(value: object, what: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ConfigError(f"{what} must be a list of non-empty strings")
    return [str(v) for v in value]


def _offices(code: str, years: str | None, at: str) -> list[Office]:
    """One office per term of ``years`` ("2012-", "2017-2021, 2025-", "2022"); None: years unknown."""
    if years is None:
        return [Office(code)]
    offices = []
    for term in years.split(","):
        match = _YEARS_RE.match(term.strip())
        if match is None:
            raise ConfigError(f'{at}: years {years!r} for {code}: write terms like "2017-2021, 2025-"')
        start = int(match[1])
        end = None if match[2] == "-" else int(match[3] or match[1])
        if end is not None and end < start:
            raise ConfigError(f"{at}: years {years!r} for {code}: a term ends before it starts")
        offices.append(Office(code, start, end))
    return offices


def _kinds() -> str:
    return ", ".join(sorted(KINDS))


def _check_code(code: str, where: str) -> None:
    if not _CODE_RE.match(code):
        raise ConfigError(f"{where}: {code!r} is not an actor code (ENTITY[.ROLE], capitals and digits)")


# ------------------------------------------------------------------------------------------- builtin data


def _data(name: str) -> Path:
    return Path(str(resources.files("bilat.actors").joinpath("data", name)))


@functools.cache
def _coco_rows() -> tuple[tuple[str, str, str], ...]:
    """(ISO3, short name, official name) of every current country_converter row, read once."""
    import country_converter

    data = country_converter.CountryConverter().data
    rows: list[tuple[str, str, str]] = []
    for iso3, short, official, obsolete in zip(
        data["ISO3"], data["name_short"], data["name_official"], data["obsolete"], strict=True
    ):
        if isinstance(iso3, str) and len(iso3) == 3 and not _present(obsolete):
            rows.append((iso3, str(short), str(official)))
    return tuple(rows)


def _present(value: object) -> bool:
    return isinstance(value, str | int | float) and str(value) not in {"", "nan", "<NA>"}


@functools.cache
def _iso3_codes() -> frozenset[str]:
    return frozenset(iso3 for iso3, _, _ in _coco_rows())


@functools.cache
def _english_words() -> frozenset[str]:
    words = _load_toml(_data("english_words.toml")).get("words")
    if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
        raise ConfigError(f"{_data('english_words.toml')}: 'words' must be a list of strings")
    return frozenset(w.casefold() for w in words)


@functools.cache
def _spokesperson_words() -> tuple[str, ...]:
    table = _load_toml(_data("roles.toml")).get("spokesperson")
    words = table.get("words") if isinstance(table, dict) else None
    if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
        raise ConfigError(f"{_data('roles.toml')}: [spokesperson] words must be a list of strings")
    return tuple(_key(normalise(w)) for w in words)


@functools.cache
def _display_names() -> Mapping[str, str]:
    names = {iso3: short for iso3, short, _ in _coco_rows()}
    for file, section in (("countries.toml", "display"), ("igos.toml", "name")):
        table = _load_toml(_data(file)).get(section, {})
        if not isinstance(table, dict) or not all(isinstance(v, str) for v in table.values()):
            raise ConfigError(f"{_data(file)}: [{section}] must map codes to names")
        names.update(table)
    return names


@functools.cache
def builtin_people() -> tuple[Person, ...]:
    """The people of people.toml, checked as :func:`_check_people` does."""
    path = _data("people.toml")
    people = _people_in(_load_toml(path), str(path), "builtin")
    _check_people(people, str(path))
    return tuple(people)


def _check_people(people: Sequence[Person], where: str) -> None:
    """Raise ConfigError unless every office has years and a code whose entity is an ISO3 state (with a
    ROLE of FORMAT.md) or an IGO code of igos.toml, and no spelling is given twice or names two people."""
    states, igos = _iso3_codes(), _igo_codes()
    owner: dict[str, Person] = {}
    for number, person in enumerate(people, start=1):
        at = f"{where}: person {number} ({person.name!r})"
        for office in person.offices:
            entity, _, role = office.code.partition(".")
            if entity in states and role and role not in ROLE_CODES:
                raise ConfigError(f"{at}: {office.code}: {role} is not a ROLE code")
            if entity not in states and office.code not in igos:
                raise ConfigError(f"{at}: {office.code} is not an ISO3 state or an IGO code of igos.toml")
            if office.start is None:
                raise ConfigError(f"{at}: {office.code} needs its years")
        if len(set(person.spellings())) < len(person.spellings()):
            raise ConfigError(f"{at}: a spelling is given twice")
        for spelling in person.spellings():
            other = owner.setdefault(_key(normalise(spelling)), person)
            if other is not person:
                raise ConfigError(f"{at}: {spelling!r} also names {other.name!r}")


@functools.cache
def _igo_codes() -> frozenset[str]:
    return frozenset(entry.code for entry in _read_toml(_data("igos.toml"), "builtin", frozenset({"name"})))


@functools.cache
def builtin_entries() -> tuple[Entry, ...]:
    """Every builtin entry, in precedence order (later overrides earlier): country_converter's names, then
    countries.toml, igos.toml, metonyms.toml, groups.toml, people.toml and roles.toml."""
    countries = _load_toml(_data("countries.toml"))
    excluded_raw = countries.get("exclude", {})
    excluded = excluded_raw.get("phrases", []) if isinstance(excluded_raw, dict) else []
    skip = frozenset(_key(normalise(p)) for p in excluded if isinstance(p, str))
    entries: list[Entry] = []
    for iso3, short, official in _coco_rows():
        for name in dict.fromkeys((short, official)):
            if _key(normalise(name)) not in skip:
                entries.append(Entry(name, iso3, "country"))
    entries.extend(
        _entries_from_tables(
            countries, str(_data("countries.toml")), "builtin", frozenset({"display", "exclude"})
        )
    )
    for igo in _read_toml(_data("igos.toml"), "builtin", frozenset({"name"})):
        entries.append(igo)
        bare = igo.phrase
        if bare.isalpha() and bare.isupper() and len(bare) >= 4:
            entries.append(Entry(bare.capitalize(), igo.code, igo.kind))
    entries.extend(e for name in ("metonyms.toml", "groups.toml") for e in _read_toml(_data(name), "builtin"))
    entries.extend(entry for person in builtin_people() for entry in person.entries())
    entries.extend(_read_toml(_data("roles.toml"), "builtin", frozenset({"spokesperson"})))
    return tuple(entries)
