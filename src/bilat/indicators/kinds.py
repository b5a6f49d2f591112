"""The kind of a sum or share ("trade", "exports", "aid" ...) and the words that say it, read from the
figure's clause: just after it ("$2bn in loans"), else before it ("bilateral trade grew to ...")."""

from __future__ import annotations

import re

from bilat.indicators.clauses import AFTER, BEFORE, clause_end, clause_start, last

_KINDS: tuple[tuple[str, str], ...] = (
    ("exports", r"exports?|exported|exporting|shipments\s+to|sales\s+to"),
    ("imports", r"imports?|imported|importing|purchases\s+from|shipments\s+from"),
    ("trade", r"trade|turnover|commerce"),
    ("investment", r"invest(?:ments?|ed|ing|s)?|FDI"),
    ("aid", r"aid|assistance|grants?|donat(?:ed|ions?)|humanitarian"),
    ("loans", r"loans?|lending|lent|credits?|credit\s+lines?|debt"),
)
_KIND_MODIFIERS = (
    r"bilateral|foreign|direct|total|annual|overall|humanitarian|military|economic|financial|development|"
    r"mutual|two-way|oil|gas|arms|energy|trade|"
    r"(?!(?:The|This|That|These|Its|Their|His|Her|Our|In|By|From|With|And|But)\b)[A-Z][a-z]+"
)
_RX_KIND = re.compile(
    r"(?:(?:"
    + _KIND_MODIFIERS
    + r")\s+){0,2}\b(?P<key>"
    + "|".join(f"(?P<k{i}>(?i:{pattern}))" for i, (_, pattern) in enumerate(_KINDS))
    + r")\b",
)
_RX_KIND_AFTER = re.compile(
    r"\A\s+(?:in|of|worth\s+of|for|as)\s+(?P<phrase>(?:(?!(?:to|from|for|of|and|the)\b)[\w-]+\s+){0,2}(?P<key>"
    + "|".join(f"(?P<k{i}>(?i:{pattern}))" for i, (_, pattern) in enumerate(_KINDS))
    + r"))\b",
)
RX_WHAT_AFTER = re.compile(
    r"\A\s+(?:in|of|for|worth\s+of)\s+(?P<what>(?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?)"
)


def kind(text: str, start: int, end: int) -> tuple[str, str]:
    """The kind of a sum or share and the words that say it: just after it ("$2bn in loans"), else the
    nearest before it in its clause ("bilateral trade grew to $6 million"), else just after it."""
    after = _RX_KIND_AFTER.match(text[end : clause_end(text, end)])
    if after is not None:
        return _kind_of(after), _key_text(after["phrase"])
    window_start = max(clause_start(text, start), start - BEFORE)
    before = last(_RX_KIND, text[window_start:start])
    if before is not None:
        return _kind_of(before), _key_text(before.group(0))
    following = _RX_KIND.search(text[end : min(clause_end(text, end), end + AFTER)])
    if following is not None:
        return _kind_of(following), _key_text(following.group(0))
    return "other", ""


def _key_text(words: str) -> str:
    """The words naming a kind, without the preposition of "shipments to"."""
    return re.sub(r"\s+(?:to|from)\Z", "", " ".join(words.split()))


def _kind_of(m: re.Match[str]) -> str:
    for i, (kind, _) in enumerate(_KINDS):
        if m[f"k{i}"] is not None:
            return kind
    return "other"  # pragma: no cover - one alternative always matched


def kind_named(text: str) -> tuple[str, str, int, int] | None:
    """The first kind a sentence names, with its words and where they are: "Trade between the two
    countries is still modest." gives ("trade", "Trade", 0, 5); None when it names none."""
    found = _RX_KIND.search(text)
    if found is None:
        return None
    return _kind_of(found), _key_text(found.group(0)), found.start(), found.end()
