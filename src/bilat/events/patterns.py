"""Clause patterns as data: loading ``data/patterns.toml`` and users' pattern files, validated on load.

A user file has the same ``[[pattern]]`` tables; a pattern whose ``id`` exists replaces the built-in one,
a new ``id`` adds one. Every error names the file and the pattern.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from bilat.errors import ConfigError
from bilat.events.clause import (
    PARTICLES_BEFORE_PREP,
    for_clauses,
    has_infinitive_marker,
    infinitive_clause_ids,
    is_purpose_id,
    prep_objects,
)
from bilat.events.ontology import Ontology, default_ontology
from bilat.nlp import TokenView, token_view

if TYPE_CHECKING:
    from spacy.tokens import Token

ROLES = {
    "dobj", "dative", "poss", "subj", "ccomp.subj", "purpose.dobj", "obj.language", "obj.sponsor", "inner",
    "condition.subj", "host.subj", "obj.ccomp.subj",
}  # fmt: skip
ROLE_PREFIXES = ("prep:", "obj.prep:", "obj.", "purpose.prep:")
INFINITIVE = "@to"  # a trigger phrase's word for an infinitive complement ("tell @to": "told X to pay")
DEPARTURE_VERBS = {"leave", "quit", "depart"}
KNOWN_KEYS = {
    "id", "pos", "lemmas", "objects", "plover", "cameo", "mode", "context", "cameo_by_context",
    "symmetric", "target", "source", "place_target", "foreign_place", "strength",
    "judgement", "named_object", "promised", "conditional", "population", "foreign_target", "refused",
    "reactive", "crowd",
}  # fmt: skip


@dataclass(frozen=True)
class Phrase:
    """A head lemma with optional modifier words: "phone call" -> head "call", mods ("phone",);
    for verbs, "call on" -> head "call", mods ("on",) (a particle or preposition)."""

    head: str
    mods: tuple[str, ...] = ()

    @classmethod
    def parse(cls, text: str, *, verb: bool) -> Phrase:
        words = text.lower().split()
        if verb:
            return cls(words[0], tuple(words[1:]))
        return cls(words[-1], tuple(words[:-1]))


@dataclass(frozen=True)
class Pattern:
    id: str
    pos: str
    lemmas: tuple[Phrase, ...]
    plover: str
    cameo: str
    objects: tuple[Phrase, ...] = ()
    mode: str | None = None
    context: tuple[str, ...] = ()
    cameo_by_context: Mapping[str, str] = field(default_factory=dict)
    symmetric: bool = False
    target: tuple[str, ...] = ("dobj",)
    source: tuple[str, ...] = ()  # roles tried in turn for the source; none: the clause's subject
    place_target: bool = False
    foreign_place: bool = False
    strength: float = 0.8
    judgement: bool = False
    named_object: bool = False  # the direct object must itself be an actor, not a thing of one
    promised: bool = False  # only an act still to come, said by its source ("would retaliate if ...")
    conditional: bool = False  # only on an if/unless condition ("would respond if attacked")
    population: bool = False  # the act falls on a population ("imposed a curfew"): its own, if no place
    foreign_target: bool = False  # only on another state: "ordered Kabul to ...", not "ordered its army to"
    refused: str | None = None  # the REJECT code of saying no to the act: "will not release", "refused to"
    reactive: bool = False  # an answer by nature ("scrambled jets"): aimed at the last hostile act
    crowd: bool = False  # only with people for subject ("thousands protested"), not "Japan protested"
    origin: str = "builtin"

    @cached_property
    def lemmas_by_head(self) -> Mapping[str, tuple[Phrase, ...]]:
        """The trigger phrases by head word, so a token is checked against its own words' phrases only."""
        by_head: dict[str, list[Phrase]] = {}
        for ph in self.lemmas:
            by_head.setdefault(ph.head, []).append(ph)
        return MappingProxyType({head: tuple(phrases) for head, phrases in by_head.items()})

    @cached_property
    def objects_by_head(self) -> Mapping[str, tuple[Phrase, ...]]:
        """The object phrases by head word (a marker such as ``@igo`` is a head too), so an argument is
        checked against its own words' phrases only."""
        by_head: dict[str, list[Phrase]] = {}
        for ph in self.objects:
            by_head.setdefault(ph.head, []).append(ph)
        return MappingProxyType({head: tuple(phrases) for head, phrases in by_head.items()})

    @cached_property
    def phrase_mods(self) -> bool:
        """Whether any trigger phrase names words beside its head ("call on", "phone call")."""
        return any(ph.mods for ph in self.lemmas)

    def trigger_phrases(
        self, tok: Token, *, verb: bool, lemma: str = "", words: Sequence[str] = ()
    ) -> list[Phrase]:
        """The trigger phrases ``tok`` says (see :func:`_said`), looked up by its words and ``lemma``, a
        corrected lemma; or by ``words``, those of :func:`trigger_words`, read once for all the patterns
        a token is tried with."""
        return _said(tok, self.lemmas_by_head, words or trigger_words(tok, lemma), verb=verb)

    def phrase_objects(self, verb: Token) -> list[Token]:
        """The objects of the prepositions the trigger phrase ``verb`` says ends in, the last preposition
        first: "reneged on the deal with Egypt", "came under criticism from Ankara"; none at once for a
        pattern whose trigger phrases name no preposition (most)."""
        if not self.phrase_mods:
            return []
        return [
            o
            for ph in self.trigger_phrases(verb, verb=True)
            for word in reversed(ph.mods)
            for o in prep_objects(verb, word)
        ]

    def object_phrases(self, tok: Token) -> list[Phrase]:
        """The object phrases ``tok`` says (see :func:`_said`), looked up by its words."""
        return _said(tok, self.objects_by_head, _words(tok), verb=False)

    def holds(self, status: str, condition: str | None) -> bool:
        """Whether a clause of this status, with this if/unless ``condition``, can say the event: a
        ``promised`` act only as yet to come ("retaliated" is no threat, "will retaliate" is), a
        ``conditional`` one only on a condition ("will respond to the proposal" is a reply)."""
        if self.promised and status not in {"planned", "hypothetical"}:
            return False
        return not (self.conditional and condition is None)

    def cameo_for(self, contexts: Sequence[str]) -> str:
        for ctx in contexts:
            if ctx in self.cameo_by_context:
                return self.cameo_by_context[ctx]
        return self.cameo


@dataclass(frozen=True)
class PatternSet:
    patterns: tuple[Pattern, ...]
    verbs: Mapping[str, tuple[Pattern, ...]]
    nouns: Mapping[str, tuple[Pattern, ...]]

    @classmethod
    def load(cls, extra: Sequence[str | Path] = (), ontology: Ontology | None = None) -> PatternSet:
        onto = ontology or default_ontology()
        text = resources.files("bilat.events").joinpath("data/patterns.toml").read_text("utf-8")
        by_id: dict[str, Pattern] = {}
        for p in _parse(text, "bilat/events/data/patterns.toml", onto):
            if p.id in by_id:
                raise ConfigError(f"{p.origin}: pattern {p.id!r} is defined twice")
            by_id[p.id] = p
        for path in extra:
            try:
                user_text = Path(path).read_text("utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise ConfigError(f"{path}: cannot read pattern file ({exc})") from exc
            for p in _parse(user_text, str(path), onto):
                by_id[p.id] = p
        return cls.build(tuple(by_id.values()))

    @classmethod
    def build(cls, patterns: tuple[Pattern, ...]) -> PatternSet:
        verbs: dict[str, list[Pattern]] = {}
        nouns: dict[str, list[Pattern]] = {}
        for p in patterns:
            index = verbs if p.pos == "verb" else nouns
            for lemma in p.lemmas:
                bucket = index.setdefault(lemma.head, [])
                if p not in bucket:
                    bucket.append(p)
        return cls(
            patterns,
            {k: tuple(v) for k, v in verbs.items()},
            {k: tuple(v) for k, v in nouns.items()},
        )


def _parse(text: str, origin: str, onto: Ontology) -> list[Pattern]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{origin}: not valid TOML ({exc})") from exc
    raw = data.get("pattern")
    if not isinstance(raw, list):
        raise ConfigError(f"{origin}: expected [[pattern]] tables")
    return [_pattern(item, origin, onto) for item in raw]


def _pattern(item: Any, origin: str, onto: Ontology) -> Pattern:
    if not isinstance(item, dict):
        raise ConfigError(f"{origin}: each [[pattern]] must be a table")
    pid = item.get("id")
    where = f"{origin}: pattern {pid!r}"
    if not isinstance(pid, str) or not pid:
        raise ConfigError(f"{origin}: a pattern has no id")
    unknown = set(item) - KNOWN_KEYS
    if unknown:
        raise ConfigError(f"{where}: unknown field(s) {sorted(unknown)}")
    pos = item.get("pos", "verb")
    if pos not in {"verb", "noun"}:
        raise ConfigError(f"{where}: pos must be 'verb' or 'noun', not {pos!r}")
    lemmas = _strings(item, "lemmas", where, required=True)
    plover = item.get("plover")
    cameo = item.get("cameo")
    if not isinstance(plover, str) or not isinstance(cameo, str):
        raise ConfigError(f"{where}: plover and cameo are required strings")
    try:
        ptype = onto.plover(plover)
        code = onto.cameo(cameo)
    except ConfigError as exc:
        raise ConfigError(f"{where}: {exc.message}") from exc
    mode = item.get("mode")
    if mode is not None and mode not in ptype.modes:
        raise ConfigError(f"{where}: mode {mode!r} is not a mode of {plover} ({', '.join(ptype.modes)})")
    contexts = _strings(item, "context", where)
    for ctx in contexts:
        if ctx not in onto.contexts:
            raise ConfigError(f"{where}: unknown context {ctx!r}")
    by_context = item.get("cameo_by_context", {})
    if not isinstance(by_context, dict):
        raise ConfigError(f"{where}: cameo_by_context must be a table")
    for ctx, finer in by_context.items():
        if not onto.is_valid_cameo(str(finer)):
            raise ConfigError(f"{where}: cameo_by_context.{ctx} = {finer!r} is not a CAMEO code")
    targets = _strings(item, "target", where) if "target" in item else ("dobj",)  # [] : none by nature
    sources = _strings(item, "source", where)
    for key, roles in (("target", targets), ("source", sources)):
        for role in roles:
            if role not in ROLES and not role.startswith(ROLE_PREFIXES):
                raise ConfigError(f"{where}: unknown {key} role {role!r}")
    strength = item.get("strength", 0.8)
    if not isinstance(strength, int | float) or not 0 < strength <= 1:
        raise ConfigError(f"{where}: strength must be a number in (0, 1]")
    refused = item.get("refused")
    rejecting = isinstance(refused, str) and onto.is_valid_cameo(refused)
    if refused is not None and not (rejecting and onto.cameo(refused).plover_type == "REJECT"):
        raise ConfigError(f"{where}: refused = {refused!r} is not a CAMEO code of REJECT")
    return Pattern(
        id=pid,
        pos=pos,
        lemmas=tuple(Phrase.parse(x, verb=pos == "verb") for x in lemmas),
        plover=ptype.name,
        cameo=code.code,
        objects=tuple(Phrase.parse(x, verb=False) for x in _strings(item, "objects", where)),
        mode=mode,
        context=contexts,
        cameo_by_context={str(k): str(v) for k, v in by_context.items()},
        symmetric=bool(item.get("symmetric", False)),
        target=targets,
        source=sources,
        place_target=bool(item.get("place_target", False)),
        foreign_place=bool(item.get("foreign_place", False)),
        strength=float(strength),
        judgement=bool(item.get("judgement", False)),
        named_object=bool(item.get("named_object", False)),
        promised=bool(item.get("promised", False)),
        reactive=bool(item.get("reactive", False)),
        crowd=bool(item.get("crowd", False)),
        conditional=bool(item.get("conditional", False)),
        population=bool(item.get("population", False)),
        foreign_target=bool(item.get("foreign_target", False)),
        refused=refused,
        origin=origin,
    )


def _strings(item: Mapping[str, Any], key: str, where: str, required: bool = False) -> tuple[str, ...]:
    value = item.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ConfigError(f"{where}: {key} must be a list of non-empty strings")
    if required and not value:
        raise ConfigError(f"{where}: {key} is required")
    return tuple(v.strip() for v in value)


def regular_base(word: str, known: Mapping[str, object]) -> str | None:
    """The base form of a regular inflection that a pattern knows, for a verb the tagger mislemmatised
    ("staged" -> "stag" -> "stage")."""
    for suffix, add in (("d", ""), ("ed", ""), ("ing", "e"), ("ing", ""), ("s", ""), ("es", "")):
        if word.endswith(suffix) and (base := word[: len(word) - len(suffix)] + add) in known:
            return base
    return None


def _said(
    tok: Token, by_head: Mapping[str, tuple[Phrase, ...]], words: Sequence[str], *, verb: bool
) -> list[Phrase]:
    """The phrases of ``by_head`` that ``tok`` says: headed by one of ``words`` (the token's lemma, its text,
    a corrected lemma, once each), with the particles and prepositions (a verb) or modifiers (a noun) the
    phrase names beside its head near ``tok`` (see :func:`_near_words`), read once, and only for a phrase
    that names any."""
    found: list[Phrase] = []
    near: frozenset[str] | None = None
    for head in words:
        for ph in by_head.get(head, ()):
            if ph.mods:
                near = _near(tok, verb) if near is None else near
                if not near.issuperset(ph.mods):
                    continue
            found.append(ph)
    return found


def _words(tok: Token) -> tuple[str, ...]:
    """A token's lower-cased lemma and text, once each ("talks" is both), read from the token view."""
    view = token_view(tok.doc)
    lemma, lower = view.lemma[tok.i], view.lower[tok.i]
    return (lemma,) if lemma == lower else (lemma, lower)


def trigger_words(tok: Token, lemma: str = "") -> tuple[str, ...]:
    """The words a trigger phrase of ``tok`` may be headed by: its lemma, its text and ``lemma``, a
    corrected lemma, once each."""
    words = _words(tok)
    return (*words, lemma) if lemma and lemma not in words else words


def _near(tok: Token, verb: bool) -> frozenset[str]:
    """The words that may complete a phrase headed by ``tok``, computed once per token and use."""
    user_data = tok.doc.user_data
    memo: dict[tuple[int, bool], frozenset[str]] | None = user_data.get("bilat_near")
    if memo is None:
        memo = user_data["bilat_near"] = {}
    key = (tok.i, verb)
    found = memo.get(key)
    if found is None:
        found = memo[key] = frozenset(_near_words(tok, verb))
    return found


def _near_words(tok: Token, verb: bool) -> set[str]:
    """A verb's particles, prepositions, adverbs ("pull out of": "of" may hang under "out") and infinitive
    complement or purpose ("order ... to leave", "gave them 48 hours to leave"), and the marker
    ``@to`` when it governs an active infinitive at all; a noun's
    compound and adjective modifiers, by lemma and by text. Read from the token view."""
    view, i = token_view(tok.doc), tok.i
    kids, dep, lower = view.children[i], view.dep, view.lower
    if verb:
        deps = {"prt", "prep", "dobj", "advmod", "dative", "agent"}
        near = {lower[c] for c in kids if dep[c] in deps and not _dates(view, c)}
        infinitives = [c for c in kids if dep[c] == "xcomp"] + infinitive_clause_ids(view, i)
        near |= {lower[c] for c in infinitives}  # "ordered them to leave", also parsed as a ccomp
        if any(_active_infinitive(view, c) for c in infinitives):
            near.add(INFINITIVE)  # "told Pakistan to raise taxes": any act the object is to do
        near |= {lower[c] for c in kids if is_purpose_id(view, c)}  # "gave them 48 hours to leave"
        if for_clauses(tok):
            near.add("for")  # "called for France to support the plan": "for" marks the clause
        near |= {
            lower[g]
            for c in kids
            if dep[c] in {"prt", "advmod"} or (dep[c] == "prep" and lower[c] in PARTICLES_BEFORE_PREP)
            for g in view.children[c]
            if dep[g] in deps
        }
        return near
    mods = {view.lemma[c] for c in kids if dep[c] in {"compound", "amod", "nmod"}}
    mods |= {lower[c] for c in kids if dep[c] in {"compound", "amod", "nmod"}}
    return mods


def _active_infinitive(view: TokenView, verb: int) -> bool:
    """ "to raise taxes", not "to be held in detention" (an act done to the object, not by it) nor "to
    leave the country" (an expulsion, which only ``sanction.order-leave`` codes, by whom it expels)."""
    passive = any(view.dep[c] == "auxpass" for c in view.children[verb])
    departure = view.lemma[verb] in DEPARTURE_VERBS
    return not departure and not passive and has_infinitive_marker(view, verb)


def _dates(view: TokenView, prep: int) -> bool:
    """A preposition that dates the act ("called on Tuesday"), no particle of the verb ("called on")."""
    return view.dep[prep] == "prep" and view.introduces_time(prep)
