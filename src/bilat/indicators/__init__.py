"""Indicators of a relationship: the figures a text states (sums of money, counts of people,
percentages and growth, votes, agreements, physical quantities), each with its kind, year, qualifier and
the countries it is about, and the lists it states (goods exported and imported, sectors of interest).

- :func:`find_figures` / :func:`figures_in_text` read figures from sentences or any text
  (:mod:`~bilat.indicators.figures`, one module per kind of figure);
- :func:`figure_actors` gives a figure the countries it is about (:mod:`~bilat.indicators.actors`);
- :func:`items_in_sentence` reads the listed goods and sectors of a sentence
  (:mod:`~bilat.indicators.items`);
- :func:`read_indicators` does all of it for one parsed document, as the pipeline calls it.
"""

from bilat.indicators.actors import figure_actors
from bilat.indicators.document import read_indicators
from bilat.indicators.figures import figures_in_text, find_figures
from bilat.indicators.items import items_in_sentence

__all__ = ["figure_actors", "figures_in_text", "find_figures", "items_in_sentence", "read_indicators"]
