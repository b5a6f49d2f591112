"""The event ontology as data: PLOVER types, modes and contexts, CAMEO codes, and the mapping between them.

The tables are package data, ``bilat/events/data/plover.toml`` and ``bilat/events/data/cameo.toml``; their
header comments name their sources and schema. This module holds the value types (:class:`PloverType`,
:class:`PloverMode`, :class:`CameoCode`), the :class:`Ontology` that loads, validates and answers questions
about the tables, and :func:`default_ontology`, the cached ontology built from the package data alone.

Conventions:

* CAMEO codes are strings of two to four digits (``"04"``, ``"040"``, ``"0311"``); the first two digits are
  the root. A leading zero is significant: ``"43"`` is not ``"043"``.
* Quad classes follow GDELT's QuadClass: 1 verbal cooperation (roots 01-05), 2 material cooperation (06-08),
  3 verbal conflict (09-13), 4 material conflict (14-20). A PLOVER type has its own quad class, from the
  PLOVER manual's per-type sections (SANCTION is material conflict).
* Root 01 (public statements) has no PLOVER type: PLOVER drops it, so ``CameoCode.plover_type`` is None.
* Old PLOVER names are accepted where a type is asked for: DEMAND is REQUEST, DISAPPROVE is ACCUSE with
  mode ``disapprove``, INVESTIGATE is ACCUSE with mode ``investigate``, FIGHT is ASSAULT.

Every problem found while loading raises :class:`bilat.errors.ConfigError` naming the file, the line when it
can be found, the entry and the reason. A user's TOML files (same keys as the package files) add entries or
replace those with the same key, and are validated the same way.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from types import MappingProxyType

from bilat.errors import ConfigError

QUAD_CLASSES: Mapping[int, str] = MappingProxyType(
    {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}
)
GOLDSTEIN_RANGE = (-10.0, 10.0)
PACKAGE_FILES = ("plover.toml", "cameo.toml")

_CODE_RE = re.compile(r"\d{2,4}")
_ROOT_RE = re.compile(r"\d{2}")
_TYPE_RE = re.compile(r"[A-Z][A-Z_]*")
_SECTIONS = ("types", "contexts", "auxiliary_modes", "aliases", "no_cameo", "typical", "codes")
# The TOML line that opens each section, to point error messages at the right line.
_SECTION_START = {
    "types": r"^\[\[types\]\]",
    "codes": r"^codes\s*=",
    "contexts": r"^contexts\s*=",
    "aliases": r"^aliases\s*=",
    "auxiliary_modes": r"^auxiliary_modes\s*=",
    "no_cameo": r"^no_cameo\s*=",
}


@dataclass(frozen=True)
class PloverMode:
    """A mode of a PLOVER type (``CONSULT`` ``visit``) and what it means."""

    name: str
    meaning: str


@dataclass(frozen=True)
class PloverType:
    """One of PLOVER's event types.

    ``score`` is the manual's conflict-cooperation score (-10 .. 10); ``needs_recipient`` says whether an
    event of this type must have a target.
    """

    name: str
    definition: str
    quad_class: int
    score: float
    needs_recipient: bool
    mode_details: tuple[PloverMode, ...] = ()

    @property
    def modes(self) -> tuple[str, ...]:
        """The names of this type's modes, in the manual's order."""
        return tuple(mode.name for mode in self.mode_details)

    def mode_meaning(self, mode: str) -> str:
        """What ``mode`` means for this type; :class:`ConfigError` if the type has no such mode."""
        for detail in self.mode_details:
            if detail.name == mode:
                return detail.meaning
        raise ConfigError(f"PLOVER type {self.name} has no mode {mode!r} (its modes: {_listing(self.modes)})")


@dataclass(frozen=True)
class CameoCode:
    """A CAMEO event code with its Goldstein weight, quad class and PLOVER equivalent.

    ``plover_type`` is None for codes PLOVER has no type for (root 01). ``note`` says where the entry
    differs from its sources (see cameo.toml's header).
    """

    code: str
    name: str
    root: str
    quad_class: int
    goldstein: float
    plover_type: str | None
    plover_mode: str | None = None
    contexts: tuple[str, ...] = ()
    note: str = ""

    @property
    def is_root(self) -> bool:
        return len(self.code) == 2

    @property
    def parent(self) -> str | None:
        """The code one level up (``"0311"`` -> ``"031"``, ``"031"`` -> ``"03"``), None for a root."""
        return None if self.is_root else self.code[:-1]


@dataclass(frozen=True)
class _Origin:
    """Where an entry was read: the file, the line when found, and how to name the entry."""

    label: str
    line: int | None
    entry: str

    def error(self, reason: str) -> ConfigError:
        where = self.label if self.line is None else f"{self.label}:{self.line}"
        return ConfigError(f"{where}: {self.entry}: {reason}")


@dataclass(frozen=True)
class _Typical:
    plover_type: str
    mode: str | None
    context: str | None
    code: str


@dataclass
class _Tables:
    """The tables while they are being read and merged (private, never leaves this module)."""

    types: dict[str, tuple[PloverType, _Origin]] = field(default_factory=dict)
    contexts: dict[str, tuple[str, _Origin]] = field(default_factory=dict)
    auxiliary_modes: dict[str, tuple[str, _Origin]] = field(default_factory=dict)
    aliases: dict[str, tuple[tuple[str, str | None], _Origin]] = field(default_factory=dict)
    no_cameo: dict[str, tuple[str, _Origin]] = field(default_factory=dict)
    typical: dict[tuple[str, str | None, str | None], tuple[_Typical, _Origin]] = field(default_factory=dict)
    codes: dict[str, tuple[CameoCode, _Origin]] = field(default_factory=dict)


class Ontology:
    """The PLOVER and CAMEO tables, validated, with look-ups both ways. Build it with :meth:`load`."""

    __slots__ = (
        "_aliases",
        "_codes",
        "_contexts",
        "_no_cameo",
        "_types",
        "_typical",
        "auxiliary_modes",
        "contexts",
    )

    def __init__(self, tables: _Tables) -> None:
        self._types: Mapping[str, PloverType] = MappingProxyType({k: v for k, (v, _) in tables.types.items()})
        self._codes: Mapping[str, CameoCode] = MappingProxyType(
            {k: tables.codes[k][0] for k in sorted(tables.codes)}
        )
        self._contexts: Mapping[str, str] = MappingProxyType({k: v for k, (v, _) in tables.contexts.items()})
        self._aliases: Mapping[str, tuple[str, str | None]] = MappingProxyType(
            {k: v for k, (v, _) in tables.aliases.items()}
        )
        self._no_cameo: Mapping[str, str] = MappingProxyType({k: v for k, (v, _) in tables.no_cameo.items()})
        self._typical: Mapping[tuple[str, str | None, str | None], str] = MappingProxyType(
            {k: v.code for k, (v, _) in tables.typical.items()}
        )
        self.contexts: frozenset[str] = frozenset(self._contexts)
        self.auxiliary_modes: frozenset[str] = frozenset(tables.auxiliary_modes)

    # -- building ------------------------------------------------------------------------------------

    @classmethod
    def load(cls, extra: Sequence[Path] = (), *, package_data: bool = True) -> Ontology:
        """The package's tables, then each file of ``extra`` in order, merged and validated.

        A later entry replaces an earlier one with the same key (a CAMEO code, a type name, a context...).
        With ``package_data=False`` only the ``extra`` files are read (a complete ontology of one's own).
        """
        sources: list[tuple[str, str]] = []
        if package_data:
            data = resources.files("bilat.events").joinpath("data")
            for name in PACKAGE_FILES:
                resource = data.joinpath(name)
                sources.append((str(resource), resource.read_text(encoding="utf-8")))
        for path in extra:
            try:
                sources.append((str(path), Path(path).read_text(encoding="utf-8")))
            except (OSError, UnicodeDecodeError) as exc:
                raise ConfigError(f"{path}: cannot read ontology file: {exc}") from exc
        return cls.from_texts(sources)

    @classmethod
    def from_texts(cls, sources: Sequence[tuple[str, str]]) -> Ontology:
        """An ontology from ``(label, TOML text)`` pairs read in order; ``label`` names the file in errors."""
        tables = _Tables()
        for label, text in sources:
            _read_source(tables, label, text)
        _validate(tables)
        return cls(tables)

    # -- PLOVER --------------------------------------------------------------------------------------

    def canonical(self, name: str) -> tuple[str, str | None]:
        """The current PLOVER type for ``name`` (any case, old names too) and the mode an old name implies."""
        key = name.strip().upper()
        if key in self._types:
            return key, None
        if key in self._aliases:
            return self._aliases[key]
        raise ConfigError(
            f"unknown PLOVER type {name!r}: the types are {_listing(self._types)}"
            f" (old names accepted: {_listing(self._aliases)})"
        )

    def plover(self, name: str) -> PloverType:
        """The PLOVER type called ``name``; old names (DEMAND, DISAPPROVE, INVESTIGATE, FIGHT) work too."""
        return self._types[self.canonical(name)[0]]

    def types(self) -> Iterable[PloverType]:
        """The PLOVER types in the manual's order."""
        return tuple(self._types.values())

    def context_meaning(self, context: str) -> str:
        if context not in self._contexts:
            raise self._unknown_context(context)
        return self._contexts[context]

    def _unknown_context(self, context: str) -> ConfigError:
        return ConfigError(f"unknown PLOVER context {context!r}: the contexts are {_listing(self._contexts)}")

    @property
    def aliases(self) -> Mapping[str, tuple[str, str | None]]:
        """Old type name -> (current type, implied mode or None)."""
        return self._aliases

    @property
    def no_cameo(self) -> Mapping[str, str]:
        """PLOVER types with no CAMEO equivalent, each with the reason."""
        return self._no_cameo

    # -- CAMEO ---------------------------------------------------------------------------------------

    def cameo(self, code: str) -> CameoCode:
        """The entry for CAMEO ``code``; :class:`ConfigError` with a clear message if there is none."""
        key = code.strip() if isinstance(code, str) else code
        if isinstance(key, str) and key in self._codes:
            return self._codes[key]
        hint = ""
        if isinstance(key, str) and key.isdigit() and "0" + key in self._codes:
            hint = f"; did you mean {'0' + key!r} (a leading zero is part of the code)?"
        raise ConfigError(
            f"unknown CAMEO code {code!r}: codes are 2-4 digit strings under the roots 01-20{hint}"
        )

    def is_valid_cameo(self, code: str) -> bool:
        return isinstance(code, str) and code in self._codes

    def codes(self) -> Iterable[CameoCode]:
        """Every CAMEO code, in code order (each root followed by its children)."""
        return tuple(self._codes.values())

    def roots(self) -> Iterable[CameoCode]:
        return tuple(c for c in self._codes.values() if c.is_root)

    def codes_for_plover(self, plover_type: str) -> Iterable[CameoCode]:
        """The CAMEO codes that map to ``plover_type`` (old names accepted)."""
        name = self.canonical(plover_type)[0]
        return tuple(c for c in self._codes.values() if c.plover_type == name)

    def cameo_for_plover(self, plover_type: str, mode: str | None = None, context: str | None = None) -> str:
        """The most typical CAMEO code for a PLOVER reading (plover.toml's ``typical`` table).

        Looks up (type, mode, context), then (type, mode), then (type, context), then the type alone.
        An old name brings its mode (DISAPPROVE -> ACCUSE/disapprove). Auxiliary modes (``future``...) do
        not change the code. A mode the type does not have, or an unknown context, is a ConfigError.
        """
        name, implied = self.canonical(plover_type)
        if mode in self.auxiliary_modes:
            mode = None
        mode = mode or implied
        ptype = self._types[name]
        if mode is not None and mode not in ptype.modes:
            raise ConfigError(f"PLOVER type {name} has no mode {mode!r} (its modes: {_listing(ptype.modes)})")
        if context is not None and context not in self._contexts:
            raise self._unknown_context(context)
        if name in self._no_cameo:
            raise ConfigError(f"PLOVER type {name} has no CAMEO equivalent: {self._no_cameo[name]}")
        for key in ((name, mode, context), (name, mode, None), (name, None, context), (name, None, None)):
            if key in self._typical:
                return self._typical[key]
        raise ConfigError(f"PLOVER type {name} has no typical CAMEO code")  # prevented by validation


@functools.cache
def default_ontology() -> Ontology:
    """The ontology from the package data alone, loaded and validated once per process."""
    return Ontology.load()


# -- reading ---------------------------------------------------------------------------------------------


class _Source:
    """One TOML file being read: its label, text and parsed content."""

    def __init__(self, label: str, text: str) -> None:
        self.label = label
        self.text = text
        try:
            self.data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{label}: not valid TOML: {exc}") from exc

    def origin(self, section: str, entry: str, key: str | None = None, ident: str | None = None) -> _Origin:
        return _Origin(self.label, self._line_of(section, key, ident), entry)

    def _line_of(self, section: str, key: str | None, ident: str | None) -> int | None:
        start_re = _SECTION_START.get(section)
        if start_re is None:
            return None
        start = re.search(start_re, self.text, re.MULTILINE)
        if start is None:
            return None
        pos = start.start()
        if key is not None and ident is not None:
            found = re.compile(rf"\b{key}\s*=\s*\"{re.escape(ident)}\"").search(self.text, pos)
            if found is None:
                return None
            pos = found.start()
        return self.text.count("\n", 0, pos) + 1


def _read_source(tables: _Tables, label: str, text: str) -> None:
    src = _Source(label, text)
    unknown = sorted(set(src.data) - set(_SECTIONS))
    if unknown:
        raise ConfigError(
            f"{label}: unknown top-level key(s) {_listing(unknown)}; expected {_listing(_SECTIONS)}"
        )
    _read_types(tables, src)
    _read_named(tables.contexts, src, "contexts", "context")
    _read_named(tables.auxiliary_modes, src, "auxiliary_modes", "auxiliary mode")
    _read_aliases(tables, src)
    _read_no_cameo(tables, src)
    _read_typical(tables, src)
    _read_codes(tables, src)


def _entries(src: _Source, section: str) -> list[dict[str, object]]:
    raw = src.data.get(section, [])
    if not isinstance(raw, list) or not all(isinstance(item, dict) for item in raw):
        raise src.origin(section, f"section {section!r}").error("must be a list of tables")
    return raw


class _Fields:
    """Typed access to one TOML table, each failure a ConfigError naming the entry."""

    def __init__(self, table: Mapping[str, object], origin: _Origin, required: set[str], optional: set[str]):
        self.table = table
        self.origin = origin
        missing = sorted(required - set(table))
        if missing:
            raise origin.error(f"missing key(s) {_listing(missing)}")
        extra = sorted(set(table) - required - optional)
        if extra:
            allowed = _listing(sorted(required | optional))
            raise origin.error(f"unknown key(s) {_listing(extra)}; allowed: {allowed}")

    def text(self, key: str) -> str:
        value = self.table[key]
        if not isinstance(value, str) or not value.strip():
            raise self.origin.error(f"{key} must be a non-empty string, not {value!r}")
        return value.strip()

    def opt_text(self, key: str) -> str | None:
        return self.text(key) if key in self.table else None

    def integer(self, key: str) -> int:
        value = self.table[key]
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.origin.error(f"{key} must be an integer, not {value!r}")
        return value

    def number(self, key: str) -> float:
        value = self.table[key]
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.origin.error(f"{key} must be a number, not {value!r}")
        return float(value)

    def flag(self, key: str) -> bool:
        value = self.table[key]
        if not isinstance(value, bool):
            raise self.origin.error(f"{key} must be true or false, not {value!r}")
        return value

    def texts(self, key: str) -> tuple[str, ...]:
        value = self.table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise self.origin.error(f"{key} must be a list of non-empty strings, not {value!r}")
        return tuple(v.strip() for v in value)


def _ident(table: Mapping[str, object], key: str) -> str:
    value = table.get(key)
    return value.strip() if isinstance(value, str) else repr(value)


def _claim(seen: set[str], key: str, origin: _Origin) -> None:
    if key in seen:
        raise origin.error("duplicate entry (each key may appear once per file)")
    seen.add(key)


def _read_types(tables: _Tables, src: _Source) -> None:
    seen: set[str] = set()
    for table in _entries(src, "types"):
        ident = _ident(table, "name")
        origin = src.origin("types", f"PLOVER type {ident}", "name", ident)
        f = _Fields(table, origin, {"name", "quad", "score", "needs_recipient", "definition"}, {"modes"})
        name = f.text("name")
        _claim(seen, name, origin)
        raw_modes = table.get("modes", [])
        if not isinstance(raw_modes, list) or not all(isinstance(m, dict) for m in raw_modes):
            raise origin.error("modes must be a list of {name, meaning} tables")
        modes = []
        for raw in raw_modes:
            mf = _Fields(raw, origin, {"name", "meaning"}, set())
            modes.append(PloverMode(mf.text("name"), mf.text("meaning")))
        ptype = PloverType(
            name=name,
            definition=" ".join(f.text("definition").split()),
            quad_class=f.integer("quad"),
            score=f.number("score"),
            needs_recipient=f.flag("needs_recipient"),
            mode_details=tuple(modes),
        )
        tables.types[name] = (ptype, origin)


def _read_named(target: dict[str, tuple[str, _Origin]], src: _Source, section: str, what: str) -> None:
    seen: set[str] = set()
    for table in _entries(src, section):
        ident = _ident(table, "name")
        origin = src.origin(section, f"{what} {ident!r}", "name", ident)
        f = _Fields(table, origin, {"name", "meaning"}, set())
        name = f.text("name")
        _claim(seen, name, origin)
        target[name] = (f.text("meaning"), origin)


def _read_aliases(tables: _Tables, src: _Source) -> None:
    seen: set[str] = set()
    for table in _entries(src, "aliases"):
        ident = _ident(table, "name")
        origin = src.origin("aliases", f"alias {ident}", "name", ident)
        f = _Fields(table, origin, {"name", "type"}, {"mode"})
        name = f.text("name").upper()
        _claim(seen, name, origin)
        tables.aliases[name] = ((f.text("type"), f.opt_text("mode")), origin)


def _read_no_cameo(tables: _Tables, src: _Source) -> None:
    seen: set[str] = set()
    for table in _entries(src, "no_cameo"):
        ident = _ident(table, "type")
        origin = src.origin("no_cameo", f"no_cameo entry {ident}", "type", ident)
        f = _Fields(table, origin, {"type", "reason"}, set())
        name = f.text("type")
        _claim(seen, name, origin)
        tables.no_cameo[name] = (f.text("reason"), origin)


def _read_typical(tables: _Tables, src: _Source) -> None:
    seen: set[str] = set()
    for table in _entries(src, "typical"):
        label = "/".join(_ident(table, k) for k in ("type", "mode", "context") if k in table)
        origin = src.origin("typical", f"typical code for {label}")
        f = _Fields(table, origin, {"type", "code"}, {"mode", "context"})
        entry = _Typical(f.text("type"), f.opt_text("mode"), f.opt_text("context"), f.text("code"))
        key = (entry.plover_type, entry.mode, entry.context)
        _claim(seen, repr(key), origin)
        tables.typical[key] = (entry, origin)


def _read_codes(tables: _Tables, src: _Source) -> None:
    seen: set[str] = set()
    for table in _entries(src, "codes"):
        ident = _ident(table, "code")
        origin = src.origin("codes", f"CAMEO code {ident}", "code", ident)
        required = {"code", "name", "root", "quad", "goldstein"}
        f = _Fields(table, origin, required, {"plover", "mode", "contexts", "note"})
        code = f.text("code")
        _claim(seen, code, origin)
        entry = CameoCode(
            code=code,
            name=f.text("name"),
            root=f.text("root"),
            quad_class=f.integer("quad"),
            goldstein=f.number("goldstein"),
            plover_type=f.opt_text("plover"),
            plover_mode=f.opt_text("mode"),
            contexts=f.texts("contexts"),
            note=f.opt_text("note") or "",
        )
        tables.codes[code] = (entry, origin)


# -- validating ------------------------------------------------------------------------------------------


def _validate(tables: _Tables) -> None:
    if not tables.types:
        raise ConfigError("the ontology defines no PLOVER types (no [[types]] in any file)")
    for ptype, origin in tables.types.values():
        _check_type(ptype, origin)
    contexts = set(tables.contexts)
    for name, ((target, mode), origin) in tables.aliases.items():
        if name in tables.types:
            raise origin.error(f"{name} is a current PLOVER type and cannot also be an old name")
        _check_type_mode(tables, target, mode, origin)
    for name, (_, origin) in tables.no_cameo.items():
        if name not in tables.types:
            raise origin.error(f"unknown PLOVER type {name!r}{_alias_hint(tables, name)}")
    for code, origin in tables.codes.values():
        _check_code(tables, code, contexts, origin)
    for typical, origin in tables.typical.values():
        _check_typical(tables, typical, contexts, origin)
    _check_coverage(tables)


def _check_type(ptype: PloverType, origin: _Origin) -> None:
    if not _TYPE_RE.fullmatch(ptype.name):
        raise origin.error(f"type name {ptype.name!r} must be upper-case letters (and _)")
    if ptype.quad_class not in QUAD_CLASSES:
        raise origin.error(f"quad class {ptype.quad_class} is out of range 1-4")
    if not GOLDSTEIN_RANGE[0] <= ptype.score <= GOLDSTEIN_RANGE[1]:
        raise origin.error(f"score {ptype.score} is outside -10..10")
    if len(set(ptype.modes)) != len(ptype.modes):
        raise origin.error(f"a mode is listed twice in {_listing(ptype.modes)}")


def _alias_hint(tables: _Tables, name: str) -> str:
    if name in tables.aliases:
        return f" ({name} is an old name: use {tables.aliases[name][0][0]})"
    return f"; the types are {_listing(tables.types)}"


def _check_type_mode(tables: _Tables, type_name: str, mode: str | None, origin: _Origin) -> None:
    if type_name not in tables.types:
        raise origin.error(f"unknown PLOVER type {type_name!r}{_alias_hint(tables, type_name)}")
    modes = tables.types[type_name][0].modes
    if mode is not None and mode not in modes:
        allowed = _listing(modes) if modes else "none"
        raise origin.error(f"mode {mode!r} is not among {type_name}'s modes ({allowed})")


def _check_contexts(given: Sequence[str], contexts: set[str], origin: _Origin) -> None:
    for context in given:
        if context not in contexts:
            raise origin.error(f"context {context!r} is not in the contexts list")
    if len(set(given)) != len(given):
        raise origin.error(f"a context is listed twice in {_listing(given)}")


def _check_code(tables: _Tables, entry: CameoCode, contexts: set[str], origin: _Origin) -> None:
    if not _CODE_RE.fullmatch(entry.code):
        raise origin.error("a CAMEO code is 2 to 4 digits")
    if not _ROOT_RE.fullmatch(entry.root) or not entry.code.startswith(entry.root):
        raise origin.error(f"root {entry.root!r} is not the code's two-digit prefix {entry.code[:2]!r}")
    if entry.root not in tables.codes:
        raise origin.error(f"its root {entry.root!r} is not in the table")
    if entry.parent is not None and entry.parent not in tables.codes:
        raise origin.error(f"its parent code {entry.parent!r} is not in the table")
    if entry.quad_class not in QUAD_CLASSES:
        raise origin.error(f"quad class {entry.quad_class} is out of range 1-4")
    if not GOLDSTEIN_RANGE[0] <= entry.goldstein <= GOLDSTEIN_RANGE[1]:
        raise origin.error(f"Goldstein weight {entry.goldstein} is outside -10..10")
    if entry.plover_type is None:
        if entry.plover_mode is not None:
            raise origin.error(f"mode {entry.plover_mode!r} given without a PLOVER type")
    else:
        _check_type_mode(tables, entry.plover_type, entry.plover_mode, origin)
    _check_contexts(entry.contexts, contexts, origin)


def _check_typical(tables: _Tables, entry: _Typical, contexts: set[str], origin: _Origin) -> None:
    _check_type_mode(tables, entry.plover_type, entry.mode, origin)
    if entry.context is not None:
        _check_contexts((entry.context,), contexts, origin)
    if entry.code not in tables.codes:
        raise origin.error(f"CAMEO code {entry.code!r} is not in the table")
    mapped = tables.codes[entry.code][0].plover_type
    if mapped != entry.plover_type:
        raise origin.error(f"CAMEO code {entry.code} maps to {mapped}, not {entry.plover_type}")


def _check_coverage(tables: _Tables) -> None:
    mapped = {entry.plover_type for entry, _ in tables.codes.values()}
    for name, (_, origin) in tables.types.items():
        if name in tables.no_cameo:
            if name in mapped:
                raise tables.no_cameo[name][1].error("listed as having no CAMEO code, but codes map to it")
            continue
        if not tables.codes:
            continue  # a PLOVER-only ontology: nothing to map to
        if name not in mapped:
            raise origin.error("no CAMEO code maps to this type; map one or list the type under no_cameo")
        if (name, None, None) not in tables.typical:
            raise origin.error("no typical CAMEO code: add {type = ..., code = ...} to `typical`")


def _listing(items: Iterable[str]) -> str:
    return ", ".join(items)
