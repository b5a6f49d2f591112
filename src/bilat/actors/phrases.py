"""How actor phrases are compared: the normal form, the case rules and the English plurals.

It holds :func:`normalise` (accents, curly quotes and dashes folded, a leading "the" and a trailing
possessive dropped), :func:`surface` and :func:`phrase_key` (hyphens as spaces; the key also casefolded),
:func:`case_policy` and :func:`accepts` (how a stored phrase must be written to match: an all-caps
abbreviation only in capitals, a name that is also a common English word only capitalised, a person's name
as a name is written), :func:`plural` / :func:`demonym_plural` (regular plurals of role words and
demonyms) and :func:`one_edit_apart` (a misspelling by one letter). Nothing here knows about codes or
tables.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Literal

__all__ = [
    "CasePolicy",
    "accepts",
    "case_policy",
    "demonym_plural",
    "normalise",
    "one_edit_apart",
    "person_policy",
    "phrase_key",
    "plural",
    "surface",
]

CasePolicy = Literal["exact", "capitalised", "name", "any"]

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
_POSSESSIVE_RE = re.compile(r"(?<=\w)'s?$")
_NO_PLURAL_ENDINGS = ("ese", "ish", "sh", "ch", "ss", "x", "z")


def normalise(phrase: str) -> str:
    """The form a phrase is compared in: accents and curly quotes folded, spaces collapsed, a leading
    "the" and a trailing possessive dropped. Case is kept (see :func:`case_policy`)."""
    if phrase.isascii():  # NFKD leaves ASCII as it is, and the backtick is the one ASCII key of _FOLD
        text = phrase.replace("`", "'")
    else:
        text = unicodedata.normalize("NFKD", phrase.translate(_FOLD))
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = " ".join(text.split()).strip(" \"'")
    if text[:4].lower() == "the ":  # a leading "the", now that spaces are single
        text = text[4:]
    if text.endswith(("'", "'s")):
        text = _POSSESSIVE_RE.sub("", text)
    return text.strip(" \"'")


def surface(norm: str) -> str:
    """The normalised phrase with hyphens as spaces: the case-sensitive form of a key."""
    return " ".join(norm.replace("-", " ").split())


def phrase_key(norm: str) -> str:
    """The key a normalised phrase is indexed under: its :func:`surface`, casefolded."""
    return surface(norm).casefold()


def case_policy(phrase: str, common_words: frozenset[str]) -> CasePolicy:
    """How a stored phrase must be written to match: ``exact`` for all-caps abbreviations, ``capitalised``
    for single words that are also common English words in lower case, ``any`` otherwise."""
    norm = normalise(phrase)
    letters = [ch for ch in norm if ch.isalpha()]
    if letters and not any(ch.islower() for ch in letters):
        return "exact"
    if " " not in surface(norm) and norm.casefold() in common_words:
        return "capitalised"
    return "any"


def person_policy(norm: str) -> CasePolicy:
    """A person's all-caps alias ("MBS", "AMLO") matches only in capitals; any other spelling as a name."""
    return "exact" if case_policy(norm, frozenset()) == "exact" else "name"


def accepts(policy: CasePolicy, stored: str, query: str) -> bool:
    """Whether the normalised ``query`` is written as ``policy`` asks of the stored surface ``stored``."""
    if policy == "exact":
        return surface(query) == stored
    if policy == "capitalised":
        return query[:1].isupper()
    if policy == "name":
        return _name_written_as(stored, surface(query))
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


def demonym_plural(phrase: str) -> str | None:
    """The plural of a demonym ("Russian" -> "Russians", "Frenchman" -> "Frenchmen"), or None when it has
    no distinct one ("Chinese", "British", "Swiss", "Frenchmen")."""
    lower = phrase.casefold()
    if lower.endswith(_NO_PLURAL_ENDINGS) or lower.endswith(("men", "s")):
        return None
    if lower.endswith("man"):
        return phrase[:-3] + "men"
    return phrase + "s"


def one_edit_apart(a: str, b: str) -> bool:
    """Whether ``b`` is ``a`` with one letter added, dropped or changed, or two neighbours swapped
    ("Phillippines", "Ethopia", "Phillipines" of "Philippines")."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) < len(b):
        return a[i:] == b[i + 1 :]
    if a[i + 1 :] == b[i + 1 :]:
        return True
    return a[i : i + 2] == b[i : i + 2][::-1] and a[i + 2 :] == b[i + 2 :]
