"""Actors: the gazetteer (phrases and role words to codes) and readers of TABARI/PETRARCH dictionaries."""

from bilat.actors.gazetteer import (
    ACTOR_KINDS,
    KINDS,
    ROLE_CODES,
    ROLE_KINDS,
    Entry,
    Gazetteer,
    default_gazetteer,
    read_entries,
    spacy_patterns,
)

__all__ = [
    "ACTOR_KINDS",
    "KINDS",
    "ROLE_CODES",
    "ROLE_KINDS",
    "Entry",
    "Gazetteer",
    "default_gazetteer",
    "read_entries",
    "spacy_patterns",
]
