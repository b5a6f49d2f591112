"""Actors: the gazetteer (phrases and role words to codes) and readers of TABARI/PETRARCH dictionaries."""

from bilat.actors.entries import ACTOR_KINDS, KINDS, ROLE_CODES, ROLE_KINDS, Entry
from bilat.actors.gazetteer import Gazetteer, default_gazetteer, spacy_patterns
from bilat.actors.tables import read_entries

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
