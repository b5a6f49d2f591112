"""Counts of people ("10,000 soldiers", "more than 500 law enforcement officers", unit "persons", typed
personnel trained, troops, casualties or other) and counts of agreements ("signed 12 agreements",
"three memoranda of understanding", unit "agreements")."""

from __future__ import annotations

import re

from bilat.indicators.clauses import AFTER, BEFORE, RANKS, Found, clause_end, clause_start, holds_any, last
from bilat.indicators.numbers import COUNT, NUM_START, count_span, count_value, qualifier

STOP = (
    "of|and|or|but|nor|the|a|an|in|on|at|to|for|from|by|with|into|per|than|more|less|were|was|are|is|be|"
    "been|being|have|has|had|who|whom|which|that|this|these|those|it|its|their|his|her|our|times|percent|"
    "hundred|million|billion|thousand|year|years|days|months|weeks|while|as|including|among|such|not|no|will|"
    "would|could|should|may|might|did|do|does|per|each|every|all|some|over|about|under|after|before"
)
MODS = rf"(?P<mods>(?:\s+(?!(?:{STOP})\b)[A-Za-z][\w'\u2019-]*){{0,3}}?)"
_PERSON_NOUNS = (
    "prisoners of war|law enforcement officers|police officers|service members|asylum seekers|"
    "servicemembers|servicemen|soldiers|troops|personnel|officers|policemen|police|gendarmes|"
    "peacekeepers|paratroopers|instructors|advisers|advisors|specialists|experts|cadets|pilots|"
    "sailors|marines|mercenaries|fighters|militants|rebels|insurgents|contractors|volunteers|guards|"
    "people|persons|civilians|residents|citizens|nationals|refugees|migrants|evacuees|prisoners|"
    "detainees|hostages|captives|POWs|workers|employees|staff|students|doctors|medics|nurses|"
    "teachers|engineers|diplomats|officials|journalists|children|women|men|delegates|casualties|"
    "dead|wounded|injured|victims|deaths|fatalities"
)
_RX_PERSONS = re.compile(rf"{NUM_START}{COUNT}{MODS}\s+(?P<noun>(?i:{_PERSON_NOUNS}))\b(?![-\u2013]\w)")
_AGREEMENT_NOUNS = (
    r"memorand(?:a|ums)\s+of\s+understanding|intergovernmental\s+agreements|agreements|deals|accords|"
    r"treaties|memoranda|memorandums|MoUs|MOUs|documents|contracts|protocols|conventions"
)
# every match of _RX_AGREEMENTS holds one of these ("intergovernmental agreements", "MoUs")
_AGREEMENT_WORDS = (
    "memorand", "agreements", "deals", "accords", "treaties", "mous", "documents", "contracts", "protocols",
    "conventions",
)  # fmt: skip
_NEEDS_SIGNING = frozenset({"documents", "contracts", "protocols", "conventions"})
_RX_AGREEMENTS = re.compile(rf"{NUM_START}{COUNT}{MODS}\s+(?P<noun>(?i:{_AGREEMENT_NOUNS}))\b(?![-\u2013]\w)")
_RX_SIGNING = re.compile(r"\b(?:sign(?:ed|ing|s)?|ink(?:ed|s)?|conclud(?:ed|es|ing)|seal(?:ed|s)?)\b", re.I)

_RX_TRAIN = re.compile(r"\b(?:train(?:ed|s|ing)?|graduated|instructed|taught)\b", re.IGNORECASE)
_RX_CASUALTY = re.compile(
    r"\b(?:kill(?:ed|ing|s)?|dead|died|die|wounded|injur(?:ed|ing|ies)|lost\s+their\s+lives|perished|slain|"
    r"casualties)\b",
    re.IGNORECASE,
)
_RX_CASUALTY_AFTER = re.compile(
    r"\A\s+(?:(?:were|was|are|have\s+been|had\s+been|being|reportedly|reported)\s+){0,2}"
    r"(?P<word>killed|dead|died|wounded|injured|slain|perished)\b",
    re.IGNORECASE,
)
_CASUALTY_NOUNS = frozenset({"casualties", "dead", "wounded", "injured", "victims", "deaths", "fatalities"})
_MILITARY_NOUNS = frozenset(
    {
        "soldiers",
        "troops",
        "servicemen",
        "servicemembers",
        "service members",
        "peacekeepers",
        "marines",
        "paratroopers",
        "sailors",
        "mercenaries",
    }
)
_MILITARY_MODS = re.compile(r"\b(?:military|army|defen[cs]e|naval|armed)\b", re.IGNORECASE)


def agreements(text: str) -> list[Found]:
    if not holds_any(text, _AGREEMENT_WORDS):
        return []
    out: list[Found] = []
    for m in _RX_AGREEMENTS.finditer(text):
        noun = m["noun"].lower()
        clause = text[clause_start(text, m.start()) : clause_end(text, m.end())]
        if noun in _NEEDS_SIGNING and not _RX_SIGNING.search(clause):
            continue
        value = count_value(m)
        if value is None:
            continue
        out.append(
            Found(
                m.start(),
                m.end(),
                *count_span(m),
                value,
                "agreements",
                "agreements",
                _phrase(m),
                qualifier(text, m.start()),
                RANKS["agreements"],
            )
        )
    return out


def persons(text: str) -> list[Found]:
    out: list[Found] = []
    for m in _RX_PERSONS.finditer(text):
        value = count_value(m)
        if value is None:
            continue
        start, end = m.start(), m.end()
        noun = m["noun"].lower()
        phrase = _phrase(m)
        before = text[max(clause_start(text, start), start - BEFORE) : start]
        after = text[end : min(clause_end(text, end), end + AFTER)]
        casualty = _RX_CASUALTY_AFTER.match(after) or last(_RX_CASUALTY, before[-50:])
        trained = last(_RX_TRAIN, before) or _RX_TRAIN.search(after[:30])
        if noun in _CASUALTY_NOUNS:
            what, what_text = "casualties", phrase
        elif casualty is not None:
            word = casualty["word"] if "word" in casualty.groupdict() else casualty.group(0)
            what, what_text = "casualties", f"{phrase} {_casualty_word(word)}"
        elif trained is not None:
            what, what_text = "personnel trained", f"{phrase} trained"
        elif noun in _MILITARY_NOUNS or _MILITARY_MODS.search(m["mods"]):
            what, what_text = "troops", phrase
        else:
            what, what_text = "other", phrase
        out.append(
            Found(
                start,
                end,
                *count_span(m),
                value,
                "persons",
                what,
                what_text,
                qualifier(text, start),
                RANKS["persons"],
            )
        )
    return out


def _casualty_word(word: str) -> str:
    """The participle a casualty verb reads as after its noun: "killing" -> "killed", "died" -> "dead"."""
    lowered = word.lower()
    for stem, participle in (("kill", "killed"), ("wound", "wounded"), ("injur", "injured"), ("di", "dead")):
        if lowered.startswith(stem):
            return participle
    return " ".join(lowered.split())


def _phrase(m: re.Match[str]) -> str:
    return " ".join(f"{m['mods']} {m['noun']}".split())
