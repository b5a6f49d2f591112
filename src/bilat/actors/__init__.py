"""Actors: the gazetteer and mention resolution."""
