"""Telling the language of a document (py3langid, offline), cautious on short or mixed texts.

The identifier is limited to languages with a two-letter ISO 639-1 code: py3langid also knows many
English-based creoles and regional varieties (Nigerian Pidgin, Scots ...) that short English news
texts full of proper names are easily taken for. A text is called non-English only when another
language is decided (probability >= 0.5) and English itself is unlikely (probability < 0.2).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

__all__ = ["LanguageGuess", "guess_language"]

_SAMPLE_CHARS = 10_000
_MIN_LETTERS = 20
_DECIDED = 0.5  # below this probability the language is left unknown
_ENGLISH_POSSIBLE = 0.2


@dataclass(frozen=True)
class LanguageGuess:
    """``language`` is an ISO 639-1 code, or None when the text is too short or the guess too weak."""

    language: str | None
    probability: float
    english: float = 0.0

    @property
    def not_english(self) -> bool:
        return self.language not in (None, "en") and self.english < _ENGLISH_POSSIBLE


@functools.lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages([label for label in identifier.labels if len(label) == 2])
    return identifier


def guess_language(text: str) -> LanguageGuess:
    """The language of the first 10,000 characters of ``text``."""
    sample = text[:_SAMPLE_CHARS]
    if sum(1 for char in sample if char.isalpha()) < _MIN_LETTERS:
        return LanguageGuess(None, 0.0)
    ranked = [(str(label), float(score)) for label, score in _identifier().rank(sample)]
    language, probability = ranked[0]
    english = next((score for label, score in ranked if label == "en"), 0.0)
    if probability < _DECIDED:
        return LanguageGuess(None, probability, english)
    return LanguageGuess(language, probability, english)
