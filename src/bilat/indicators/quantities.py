"""Physical quantities our own patterns do not read ("1.2 million tonnes of wheat", "300,000 barrels per
day", "38 billion cubic metres of gas", "500 MW", "a 1,000-km pipeline"), read with quantulum3.

quantulum3 runs without its classifier (``quantulum3.classifier.USE_CLF = False``: the classifier's
dependencies are not installed, and without them it warns at import; that one warning is silenced at
import, below). Its readings are kept only when their unit is one of :data:`UNITS` (quantulum3 reads "10
am" as attometres and "2025 at" as ampere-turns) and the unit is written as a word or as one of
:data:`ABBREVIATIONS` ("5 m" is more often millions than metres). The caller drops what overlaps a time
expression or one of our own figures.
"""

from __future__ import annotations

import re
import warnings

with warnings.catch_warnings():
    # quantulum3.classifier warns (UserWarning) that its optional classifier dependencies are missing
    warnings.filterwarnings("ignore", message="Classifier dependencies not installed", category=UserWarning)
    import quantulum3.classifier
    from quantulum3 import parser as _parser

quantulum3.classifier.USE_CLF = False

from bilat.indicators.clauses import RANKS, Found  # noqa: E402 - after quantulum3's configuration
from bilat.indicators.kinds import kind  # noqa: E402
from bilat.indicators.numbers import opens_range, qualifier  # noqa: E402

# quantulum3's unit name -> ours (singular, spelled out)
UNITS: dict[str, str] = {
    "tonne": "tonne",
    "ton": "ton",
    "kilogram": "kilogram",
    "barrel": "barrel",
    "barrel per day": "barrel per day",
    "cubic metre": "cubic metre",
    "litre": "litre",
    "gallon": "gallon",
    "kilowatt": "kilowatt",
    "megawatt": "megawatt",
    "gigawatt": "gigawatt",
    "kilowatt hour": "kilowatt hour",
    "megawatt hour": "megawatt hour",
    "gigawatt hour": "gigawatt hour",
    "terawatt hour": "terawatt hour",
    "metre": "metre",
    "kilometre": "kilometre",
    "mile": "mile",
    "square kilometre": "square kilometre",
    "hectare": "hectare",
    "acre": "acre",
}
ABBREVIATIONS = frozenset({"kg", "km", "kW", "MW", "GW", "kWh", "MWh", "GWh", "TWh", "bpd", "km2", "m3"})
# a sentence with none of these has no quantity worth parsing (quantulum3 is slow)
_RX_CANDIDATE = re.compile(
    r"\d[\d,.]*(?:\s*(?:thousand|million|billion))?[\s-]*(?:tonnes?|tons?|kilo|kg\b|barrels?|bpd\b|cubic|"
    r"litres?|liters?|gallons?|[kMGT]Wh?\b|(?:kilo|mega|giga|tera)watt|met(?:re|er)s?|km|kilomet|miles?|"
    r"square|hectares?|acres?)",
)
_RX_UNIT_WORDS = re.compile(r"[A-Za-z][A-Za-z0-9 ]*\Z")
# what was measured: "tonnes of wheat", "cubic metres of natural gas" (up to the next function word)
_RX_GOODS_AFTER = re.compile(
    r"\s+of\s+(?P<what>[a-z][\w-]*(?:\s+(?!(?:to|from|for|in|into|a|an|the|per|by|at|on|with|and|or|"
    r"each|every|last|this|next|was|were|is|are|be|been|has|have|had|will|would|could|can|may|might|"
    r"daily|annually|monthly|yearly)\b)[a-z][\w-]*)?)"
)
_RX_NUMBER_PART = re.compile(r"\A[\d.,\s-]*(?:(?:thousand|million|billion|trillion)\b)?[\s-]*")


def quantities(text: str) -> list[Found]:
    """The physical quantities quantulum3 reads in ``text`` whose unit is one of :data:`UNITS`."""
    if not _RX_CANDIDATE.search(text):
        return []
    out: list[Found] = []
    for quantity in _parser.parse(text):
        unit = UNITS.get(quantity.unit.name)
        start, end = quantity.span
        written = _RX_NUMBER_PART.sub("", text[start:end], count=1)
        if unit is None or not _RX_UNIT_WORDS.match(written):
            continue
        if len(written) < 3 and written not in ABBREVIATIONS:
            continue
        what, what_text = kind(text, start, end)
        if what == "other":
            after = _RX_GOODS_AFTER.match(text, end)
            what_text = "" if after is None else after["what"]
        number_end = start + len(text[start:end]) - len(written)
        out.append(
            Found(
                start,
                end,
                start,
                number_end,
                float(quantity.value),
                unit,
                what,
                what_text,
                qualifier(text, start),
                RANKS["quantity"],
                opens_range=opens_range(text, start),
            )
        )
    return out
