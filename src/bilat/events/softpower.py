"""Soft-power arguments: the language a class teaches, and the state behind a cultural institute.

Two kinds of events carry a state's culture into another (patterns ``cooperate.open-facility`` and
``cooperate.teach-language`` in ``data/patterns.toml``):

* a school, university branch, cultural centre or language institute opened in another country. The
  state that opens it is the clause's subject; without one, the state its name carries ("the China
  Cultural Centre", "a Korean cultural centre"), else the state that runs a network of institutes of that
  name ("a Confucius Institute"), from ``data/sponsors.toml``;
* a partner's language taught, offered or studied ("schools in Kenya offer Chinese classes"): the state
  whose language it is acts towards the state where it is taught.

Both are PLOVER COOPERATE, CAMEO 060: material (buildings, teachers, classes), an exchange that serves both
sides rather than help that mainly serves the recipient (AID), and CAMEO has no cultural code of its own
under 06 (061-064 are economic, military, judicial and intelligence cooperation).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from types import MappingProxyType

from spacy.tokens import Token

from bilat.errors import ConfigError
from bilat.model import Mention

LANGUAGE = "@language"
"""The object phrase of a pattern that stands for a language (:func:`language_token`)."""

INSTITUTE = "@institute"
"""The object phrase of a pattern that stands for an institute the sponsor table names (:class:`Sponsors`)."""

LANGUAGE_NOUNS = frozenset(
    {"class", "course", "lesson", "language", "programme", "program", "curriculum", "degree", "studies"}
)
"""Nouns that name the teaching of a language given by a modifier ("Chinese classes", "the Russian
language", "courses in Turkish")."""

_NAME_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod", "punct"})
_CODE_RE = re.compile(r"^[A-Z]{3}$")


def language_token(tok: Token, mention_at: Mapping[int, Mention]) -> Token | None:
    """The token that names a language in an object: the object itself when it is a nationality word
    ("taught Russian"), else the nationality word that qualifies a teaching noun ("Chinese classes",
    "courses in Turkish"). ``mention_at`` maps token indices to actor mentions."""
    if _is_nationality(tok, mention_at):
        return tok
    if tok.lemma_.lower() not in LANGUAGE_NOUNS:
        return None
    modifiers = [c for c in tok.children if c.dep_ in {"amod", "compound", "nmod"}]
    modifiers += [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children]
    return next((m for m in modifiers if _is_nationality(m, mention_at)), None)


def _is_nationality(tok: Token, mention_at: Mapping[int, Mention]) -> bool:
    m = mention_at.get(tok.i)
    return m is not None and m.kind == "demonym"


@dataclass(frozen=True)
class Sponsors:
    """Names of networks of cultural and language institutes, each with the state that runs them."""

    names: Mapping[str, str]

    @classmethod
    def load(cls) -> Sponsors:
        return _default_sponsors()

    @classmethod
    def parse(cls, text: str, origin: str) -> Sponsors:
        """Read a ``[sponsors]`` table of ``"name" = "ISO3"``; raises ConfigError naming the file."""
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{origin}: not valid TOML ({exc})") from exc
        table = data.get("sponsors")
        if not isinstance(table, dict) or not table:
            raise ConfigError(f"{origin}: expected a [sponsors] table of name = state code")
        names: dict[str, str] = {}
        for name, code in table.items():
            if not isinstance(code, str) or not _CODE_RE.match(code):
                raise ConfigError(f"{origin}: sponsor {name!r} needs a three-letter state code, not {code!r}")
            names[_normal(name)] = code
        return cls(MappingProxyType(names))

    def of(self, noun: Token) -> tuple[str, int, int] | None:
        """The state behind an institute named by ``noun`` and the words before it that make up its name
        ("a Yunus Emre Institute", "the Goethe-Institut"): ``(code, start_char, end_char)`` of the name."""
        words = [noun, *(c for c in noun.children if c.dep_ in _NAME_DEPS and c.i < noun.i)]
        words += [g for w in words[1:] for g in w.subtree if g.i < noun.i]
        start = min(w.i for w in words)
        name = noun.doc[start : noun.i + 1]
        text = f" {_normal(name.text)} "
        for known, code in self.names.items():
            if f" {known} " in text:
                return code, name.start_char, name.end_char
        return None


def _normal(text: str) -> str:
    return " ".join(text.casefold().replace("-", " ").split())


@cache
def _default_sponsors() -> Sponsors:
    origin = "bilat/events/data/sponsors.toml"
    text = resources.files("bilat.events").joinpath("data/sponsors.toml").read_text("utf-8")
    return Sponsors.parse(text, origin)
