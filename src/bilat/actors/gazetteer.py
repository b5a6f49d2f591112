"""The actor gazetteer: phrases to actor codes, and role words to role codes.

It holds :class:`Gazetteer` (the index of the entries of :mod:`bilat.actors.tables`, with ``lookup``,
``person`` and ``role``), :func:`default_gazetteer` (the builtin one, built once) and :func:`spacy_patterns`
(EntityRuler patterns as plain dicts; this module never imports spaCy). The values it indexes are in
:mod:`bilat.actors.entries`, the comparison of phrases in :mod:`bilat.actors.phrases`. Later entries
override earlier ones for the same phrase, so user files override the builtin tables.

Matching rules (:meth:`Gazetteer.lookup`): accents, curly quotes and dashes are folded, a leading "the"
and a trailing possessive are dropped, hyphens count as spaces, case is ignored except that an all-caps
abbreviation matches only in capitals ("US", "CAR", "WHO"; not "us", "car", "who") and a name that is
also a common English word matches only capitalised ("Turkey", "China"; not "turkey", "china"). A
person's name matches as written, with capitalised words ("Von der Leyen", "Mohammed Bin Salman") or in
capitals when longer than three letters ("PUTIN"), never in lower case ("putin").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from bilat.actors.entries import ROLE_KINDS, Entry, Office, Person
from bilat.actors.phrases import (
    CasePolicy,
    accepts,
    case_policy,
    demonym_plural,
    normalise,
    one_edit_apart,
    person_policy,
    phrase_key,
    plural,
    surface,
)
from bilat.actors.tables import (
    builtin_entries,
    builtin_people,
    display_names,
    english_words,
    iso3_codes,
    read_file,
    spokesperson_words,
)

__all__ = ["Gazetteer", "default_gazetteer", "spacy_patterns"]

_LABELS: Mapping[str, str] = {
    "country": "GPE",
    "capital": "GPE",
    "place": "GPE",
    "demonym": "NORP",
    "ethnic": "NORP",
    "metonym": "ORG",
    "igo": "ORG",
    "organ": "ORG",
    "group": "ORG",
    "person": "PERSON",
}
_THE_RE = re.compile(r"^the\s+", re.IGNORECASE)
MISSPELT_MIN = 7  # shorter names are one letter away from too many words ("Iran", "Iraq", "Oman")
PERSON_MISSPELT_MIN = 5  # of a person's name, the misspelt word: "Habyariman"; not "Kim", "Lee"
ANSWERS_KEPT = 1 << 16  # answers of lookup and role a gazetteer keeps by phrase, before it starts afresh


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
        policy = person_policy(norm) if entry.kind == "person" else case_policy(norm, common_words)
        candidate = _Candidate(policy, surface(norm), entry)
        bucket = self._by_key.setdefault(phrase_key(norm), [])
        spelled = policy in {"exact", "name"}
        bucket[:] = [
            old
            for old in bucket
            if not (old.policy == policy and (not spelled or old.stored == candidate.stored))
        ]
        bucket.insert(0, candidate)

    def find(self, norm: str, key: str) -> Entry | None:
        """The newest entry under ``key`` (the caller computes ``phrase_key(norm)`` once) that accepts
        ``norm``."""
        for candidate in self._by_key.get(key, ()):
            if accepts(candidate.policy, candidate.stored, norm):
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
    key = phrase_key(norm)
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
        words = english_words()
        self._actors = _Index()
        self._actor_plurals = _Index()
        self._roles = _Index()
        self._role_plurals = _Index()
        # A TABARI agents file lists each agent's plurals itself ("POLICE {}" has none): its phrases take
        # no generated plural, and neither does a builtin role word it redefines.
        agents = {phrase_key(normalise(e.phrase)) for e in self._entries if e.kind == "agent"}
        for entry in self._entries:
            if entry.kind in ROLE_KINDS:
                if entry.kind != "role" and entry.kind != "agent":
                    continue
                self._roles.add(entry.phrase, entry, words)
                if entry.kind == "role" and phrase_key(normalise(entry.phrase)) not in agents:
                    self._role_plurals.add(plural(normalise(entry.phrase)), entry, words)
            else:
                self._actors.add(entry.phrase, entry, words)
                if entry.kind in {"demonym", "ethnic"}:
                    many = demonym_plural(normalise(entry.phrase))
                    if many is not None:
                        self._actor_plurals.add(many, entry, words)
        self._role_words = self._roles.words() | self._role_plurals.words()
        # lookup's and role's answers by phrase: pure functions of a string once the gazetteer is built,
        # asked again for the same words in every document ("government", "Russia")
        self._looked_up: dict[str, Entry | None] = {}
        self._roles_of: dict[tuple[str, bool], str | None] = {}

    @classmethod
    def default(cls, extra: Sequence[Path] = ()) -> Gazetteer:
        """The builtin tables, then each user file in ``extra`` (later files override earlier ones)."""
        entries = list(builtin_entries())
        people = list(builtin_people())
        for path in extra:
            more, persons = read_file(Path(path))
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
        kept = self._looked_up
        try:
            return kept[phrase]
        except KeyError:  # asked first (a miss raises: kept answers may be cleared by another thread)
            if len(kept) >= ANSWERS_KEPT:
                kept.clear()
            found = kept[phrase] = _find_or_plural(self._actors, self._actor_plurals, normalise(phrase))
            return found

    def misspelt(self, word: str) -> Entry | None:
        """The country, demonym or people that one word misspells by one letter ("Phillippines", "Ethopia",
        "Afganistan", "Chenchen"), or None: only names of seven letters or more, and only when all names
        so near the word are of one code. The caller checks first that the word names nothing else."""
        key = phrase_key(normalise(word))
        if len(key) < MISSPELT_MIN or not key.isalpha():
            return None
        near = self._near_names
        found = {
            entry.code: entry
            for probe in (key, *(key[:i] + key[i + 1 :] for i in range(len(key))))
            for name, entry in near.get(probe, ())
            if one_edit_apart(key, name)
        }
        return next(iter(found.values())) if len(found) == 1 else None

    @functools.cached_property
    def _near_names(self) -> Mapping[str, list[tuple[str, Entry]]]:
        """One-word names of countries, demonyms and peoples, by themselves and by every form with one letter
        dropped."""
        near: dict[str, list[tuple[str, Entry]]] = {}
        for candidate in self._actors.reachable():
            name = candidate.stored.casefold()
            if (
                candidate.entry.kind in {"country", "demonym", "ethnic"}
                and len(name) >= MISSPELT_MIN
                and name.isalpha()
            ):
                for probe in {name, *(name[:i] + name[i + 1 :] for i in range(len(name)))}:
                    near.setdefault(probe, []).append((name, candidate.entry))
        return near

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

    def misspelt_person(self, name: str) -> Person | None:
        """The person a name of two words or more misspells in one word by one letter ("Juvenal
        Habyariman"), the other words written right; None unless exactly one person of the table is so
        near. Only words of five letters or more count as misspelt."""
        words = phrase_key(normalise(name)).split(" ")
        found: dict[str, Person] = {}
        for i, word in enumerate(words):
            if len(word) < PERSON_MISSPELT_MIN or len(words) < 2:
                continue
            for right, person in self._near_people.get((*words[:i], "*", *words[i + 1 :]), ()):
                if one_edit_apart(right, word):
                    found[person.name] = person
        return next(iter(found.values())) if len(found) == 1 else None

    @functools.cached_property
    def _near_people(self) -> Mapping[tuple[str, ...], list[tuple[str, Person]]]:
        """Each spelling of two words or more of a person, by itself with one word starred, and that word."""
        near: dict[tuple[str, ...], list[tuple[str, Person]]] = {}
        for person in self._people:
            for spelling in person.spellings():
                words = phrase_key(normalise(spelling)).split(" ")
                for i, word in enumerate(words if len(words) >= 2 else ()):
                    near.setdefault((*words[:i], "*", *words[i + 1 :]), []).append((word, person))
        return near

    def role(self, phrase: str, *, whole: bool = False) -> str | None:
        """The role code a role word or phrase names ("president" -> HOS, "troops" -> MIL), or None.

        Singular and plural both count. In a longer phrase the longest role phrase wins, and among equally
        long ones the first ("Russian presidential press secretary" -> GOV, "police officials" -> COP);
        with ``whole=True`` only the whole phrase counts.
        """
        kept, key = self._roles_of, (phrase, whole)
        try:
            return kept[key]
        except KeyError:  # as in lookup
            if len(kept) >= ANSWERS_KEPT:
                kept.clear()
            found = kept[key] = self._role(phrase, whole)
            return found

    def _role(self, phrase: str, whole: bool) -> str | None:
        """:meth:`role`, not kept."""
        norm = normalise(phrase)
        tokens = surface(norm).split(" ")
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
        return any(w in self._role_words for w in phrase_key(normalise(word)).split(" "))

    def is_spokesperson(self, phrase: str) -> bool:
        """Whether a role phrase names a spokesperson or press secretary (who speaks for a principal)."""
        norm = phrase_key(normalise(phrase))
        return any(norm == word or norm.endswith(" " + word) for word in spokesperson_words())

    def entries(self) -> Iterator[Entry]:
        """Every entry, in the order given (later ones override earlier ones)."""
        return iter(self._entries)

    def country_name(self, iso3: str) -> str:
        """A short English name for display ("RUS" -> "Russia", "UN.SC" -> "UN Security Council"); an
        unknown code is returned unchanged."""
        names = display_names()
        if iso3 in names:
            return names[iso3]
        entity = iso3.split(".", 1)[0]
        return names.get(entity, iso3)

    def is_state(self, code: str) -> bool:
        """Whether the ENTITY part of ``code`` is an ISO 3166-1 alpha-3 code (a state or territory), as
        opposed to an IGO or a user's own code."""
        return code.split(".", 1)[0] in iso3_codes()

    def __len__(self) -> int:
        return len(self._entries)

    def _role_entry(self, norm: str) -> Entry | None:
        return _find_or_plural(self._roles, self._role_plurals, norm)

    def _reachable(self) -> Iterator[_Candidate]:
        yield from self._actors.reachable()
        for candidate in self._actor_plurals.reachable():
            if phrase_key(candidate.stored) not in self._actors:
                yield candidate


@functools.cache
def default_gazetteer() -> Gazetteer:
    """The builtin gazetteer, built once per process."""
    return Gazetteer.default()


# ----------------------------------------------------------------------------------------- spaCy patterns


def word_names(gazetteer: Gazetteer) -> frozenset[str]:
    """People's one-word names that are also English words, as written ("Trump", "Bush", "Truss")."""
    words = english_words()
    return frozenset(
        e.phrase
        for e in gazetteer.entries()
        if e.kind == "person" and " " not in e.phrase and e.phrase.lower() in words
    )


def spacy_patterns(gazetteer: Gazetteer) -> list[dict[str, object]]:
    """EntityRuler patterns for every actor phrase the gazetteer can match, as plain dicts.

    Each is ``{"label": "GPE"|"NORP"|"ORG"|"PERSON", "pattern": "Kremlin", "id": "RUS.GOV",
    "case_sensitive": bool}``. ``pattern`` is a phrase string (build it with ``nlp.make_doc`` so it is
    tokenised as the text will be), without a leading "the". ``case_sensitive`` True means match the
    exact spelling (``ORTH``: all-caps abbreviations, and the capitalised forms of names that are common
    words); False means match on ``LOWER``. Accented and curly-apostrophe spellings are emitted as well
    as the folded one. Countries and capitals are GPE, demonyms and ethnic groups NORP, IGOs, organs and
    metonyms ORG, people PERSON; a TABARI actor is GPE when its code is a bare ISO3 state, ORG otherwise;
    role entries are left out. People's patterns are all case-sensitive: each spelling as written, with its
    first word and with every word capitalised ("Von der Leyen", "Mohammed Bin Salman"), and in capitals
    when over three letters long ("PUTIN"), so "putin" or the Roman numeral "XI" never match.
    """
    written: dict[tuple[str, str], list[str]] = {}
    for entry in gazetteer.entries():
        if entry.kind not in ROLE_KINDS:
            spelling = _THE_RE.sub("", " ".join(entry.phrase.split()))
            written.setdefault((phrase_key(normalise(spelling)), entry.code), []).append(spelling)
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
        written = [w for w in written if surface(normalise(w)) == candidate.stored]
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
