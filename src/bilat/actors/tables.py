"""The actor tables: the builtin ones and the readers of user files, checked as they are read.

Where the entries and person records come from:

- ISO 3166-1 states and territories, with short and official names, from ``country_converter`` (loaded
  once per process and cached);
- our tables in ``bilat/actors/data/``: ``countries.toml`` (abbreviations, other names, demonyms, capitals,
  display names), ``igos.toml`` (IGOs, organs), ``metonyms.toml`` ("the Kremlin"), ``groups.toml`` (named
  non-state organisations: "Hamas"), ``people.toml`` (leaders, ministers, spokespeople and IGO heads:
  "Putin" -> RUS.HOS), ``roles.toml`` (role words) and ``english_words.toml`` (words needing capitals);
  :func:`builtin_entries` and :func:`builtin_people` give them, each read once per process, and the display
  names, the ISO3 codes and the spokesperson words are read here too;
- user files (:func:`read_file`, :func:`read_entries`): our TOML (``[kind]`` tables of ``CODE = [phrases]``,
  and a ``person`` array of records as in ``people.toml``) or TSV (``phrase<TAB>code<TAB>kind``), and
  TABARI/PETRARCH ``.actors``/``.agents`` dictionaries (:mod:`bilat.actors.tabari`). A malformed file raises
  ConfigError naming the file and, where known, the line or record.
"""

from __future__ import annotations

import csv
import functools
import re
import tomllib
from collections.abc import Mapping, Sequence
from importlib import resources
from pathlib import Path

from bilat.actors.entries import KINDS, ROLE_CODES, Entry, Office, Person, check_code
from bilat.actors.phrases import normalise, phrase_key
from bilat.errors import ConfigError

__all__ = [
    "builtin_entries",
    "builtin_people",
    "display_names",
    "iso3_codes",
    "read_entries",
    "read_file",
    "spokesperson_words",
]

_YEARS_RE = re.compile(r"^(\d{4})(-(\d{4})?)?$")
_PERSON_KEYS = frozenset({"name", "aliases", "code", "years", "also"})


# ---------------------------------------------------------------------------------------------- user files


def read_entries(path: Path) -> list[Entry]:
    """The entries of one user file: ``.toml`` and ``.tsv`` in our format, anything else as a TABARI/
    PETRARCH actors or agents dictionary. Raises ConfigError (with file and line where known)."""
    return read_file(path)[0]


def read_file(path: Path) -> tuple[list[Entry], list[Person]]:
    """The entries of one user file and the person records among them (TOML ``person`` arrays)."""
    if not path.is_file():
        raise ConfigError(f"{path}: actor file not found")
    suffix = path.suffix.casefold()
    if suffix == ".toml":
        data, where = _load_toml(path), str(path)
        return _entries_from_tables(data, where, where, frozenset()), _people_in(data, where, where)
    if suffix == ".tsv":
        return _read_tsv(path), []
    from bilat.actors import tabari  # here, not at the top: tabari imports english_words from this module

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
            check_code(code, f"{where}: [{kind}] {code}")
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
                check_code(code, where)
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
        check_code(code, at)
        years = record.get("years")
        if years is not None and not isinstance(years, str):
            raise ConfigError(f"{at}: 'years' must be a string such as '2017-2021, 2025-'")
        offices = _offices(code, years, at)
        for other in _strings(record.get("also", []), f"{at}: 'also'"):
            other_code, _, other_years = other.partition(" ")
            check_code(other_code, at)
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
def iso3_codes() -> frozenset[str]:
    """The ISO 3166-1 alpha-3 codes of every current state and territory."""
    return frozenset(iso3 for iso3, _, _ in _coco_rows())


@functools.cache
def english_words() -> frozenset[str]:
    words = _load_toml(_data("english_words.toml")).get("words")
    if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
        raise ConfigError(f"{_data('english_words.toml')}: 'words' must be a list of strings")
    return frozenset(w.casefold() for w in words)


@functools.cache
def spokesperson_words() -> tuple[str, ...]:
    """The keys of the role words of roles.toml's ``[spokesperson]`` ("spokesperson", "press secretary")."""
    table = _load_toml(_data("roles.toml")).get("spokesperson")
    words = table.get("words") if isinstance(table, dict) else None
    if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
        raise ConfigError(f"{_data('roles.toml')}: [spokesperson] words must be a list of strings")
    return tuple(phrase_key(normalise(w)) for w in words)


@functools.cache
def display_names() -> Mapping[str, str]:
    """Codes to short English names: country_converter's, then countries.toml's ``[display]`` and
    igos.toml's ``[name]``."""
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
    ROLE of FORMAT.md) or an IGO code of igos.toml, and no spelling is given twice or names two people of
    different codes (a surname two presidents share names the office either way: "Bush")."""
    states, igos = iso3_codes(), _igo_codes()
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
            other = owner.setdefault(phrase_key(normalise(spelling)), person)
            if other is not person and other.offices[0].code != person.offices[0].code:
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
    skip = frozenset(phrase_key(normalise(p)) for p in excluded if isinstance(p, str))
    entries: list[Entry] = []
    for iso3, short, official in _coco_rows():
        for name in dict.fromkeys((short, official)):
            if phrase_key(normalise(name)) not in skip:
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
