"""Votes: "abstained two times", "voted against once", "141 in favour", "35 abstentions" (unit "votes",
``what_text`` "votes: abstain" etc.)."""

from __future__ import annotations

import re

from bilat.indicators.clauses import RANKS, Found, holds_any
from bilat.indicators.numbers import NUM_START, TIMES_WORDS, WORD_NUM, count_word, qualifier
from bilat.timescan import folded

_VOTE_VERB = (
    r"(?P<verb>abstain(?:ed|ing|s)?|vetoe?(?:d|s)?|voted\s+(?:in\s+favou?r(?:\s+of)?|for|against|no|yes)"
    r"|cast\s+(?:a\s+|their\s+|its\s+)?(?:no\s+|yes\s+)?votes?\s+(?:in\s+favou?r|for|against))"
)
_TIMES = rf"(?P<times>(?P<tnum>\d+|(?i:{WORD_NUM}))\s+times?|(?P<tword>once|twice|thrice))"
_RX_VOTE_TIMES = re.compile(
    rf"\b(?i:{_VOTE_VERB})(?P<gap>(?:\s+(?!(?:and|but|or|while)\b)[\w'\u2019-]+){{0,4}}?)\s+{_TIMES}\b"
)
_RX_TIMES_VOTE = re.compile(rf"\b{_TIMES}\s+(?i:{_VOTE_VERB})\b")
_RX_VOTE_TALLY = re.compile(
    rf"{NUM_START}(?P<num>\d+|\b(?i:{WORD_NUM}))\s+"
    r"(?:(?:votes?|countries|states|nations|members|delegations|lawmakers|deputies|senators|MPs)\s+)?"
    r"(?:(?:voted|votes?|were|was|cast)\s+)?"
    r"(?P<pos>(?i:in\s+favou?r|against|abstentions?|abstained|abstaining))\b"
)
_RX_WITH_ABSTAINING = re.compile(
    rf"\bwith\s+(?P<num>\d+|(?i:{WORD_NUM}))\s+(?:\w+\s+)?(?P<pos>abstaining)\b", re.IGNORECASE
)
_VOTE_WORDS = ("vot", "abstain", "ballot", "resolution", "veto")  # every match of _RX_VOTE_CONTEXT holds one
_RX_VOTE_CONTEXT = re.compile(r"\b(?:vot(?:e|es|ed|ing)|abstain\w*|ballot|resolution|veto\w*)\b", re.I)


def votes(text: str) -> list[Found]:
    if not holds_any(text, _VOTE_WORDS) or not _RX_VOTE_CONTEXT.search(text):
        return []
    out: list[Found] = []
    for rx in (_RX_VOTE_TIMES, _RX_TIMES_VOTE):
        for m in rx.finditer(text):
            count = TIMES_WORDS[folded(m["tword"])] if m["tword"] else count_word(m["tnum"])
            position = _position(m["verb"])
            out.append(
                Found(
                    m.start(),
                    m.end(),
                    m.start("times"),
                    m.end("times"),
                    float(count),
                    "votes",
                    "votes",
                    f"votes: {position}",
                    None,
                    RANKS["votes"],
                )
            )
    for rx in (_RX_VOTE_TALLY, _RX_WITH_ABSTAINING):
        for m in rx.finditer(text):
            out.append(
                Found(
                    m.start(),
                    m.end(),
                    m.start("num"),
                    m.end("num"),
                    float(count_word(m["num"])),
                    "votes",
                    "votes",
                    f"votes: {_position(m['pos'])}",
                    qualifier(text, m.start()),
                    RANKS["votes"],
                )
            )
    return out


def _position(words: str) -> str:
    lowered = words.lower()
    if lowered.startswith("abst"):
        return "abstain"
    if lowered.startswith("veto"):
        return "veto"
    if "against" in lowered or lowered.endswith(" no"):
        return "against"
    return "in favour"
