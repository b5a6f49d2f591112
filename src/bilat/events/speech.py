"""Attribution: who said what. Quotes, reporting verbs ("X said", "X told a briefing") and "according to X".

The result maps token indices to the head token of their speaker's phrase; the coder turns it into the
event's ``speaker`` and first-person pronouns inside quotes resolve to the speaker's state.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from typing import TYPE_CHECKING

from bilat.nlp import TokenView, sentence_of, token_view

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

SPEECH_VERBS = {
    "say", "tell", "state", "announce", "declare", "add", "note", "stress", "emphasize", "emphasise",
    "insist", "claim", "write", "explain", "confirm", "remark", "comment", "assert", "reiterate",
    "underline", "underscore", "point", "argue", "report", "tweet", "post",
}  # fmt: skip
# who forecasts what a party may do, rather than saying what it will: "analysts said China could retaliate"
FORECASTERS = {
    "analyst", "expert", "observer", "economist", "commentator", "scholar", "researcher", "critic", "poll",
    "investor", "trader", "forecaster",
}  # fmt: skip
OPEN_QUOTES = {'"', "“", "«"}
CLOSE_QUOTES = {'"', "”", "»"}
QUOTE_MARKS = OPEN_QUOTES | CLOSE_QUOTES | {"''", "``"}


def is_speech_verb(tok: Token) -> bool:
    return tok.pos_ in {"VERB", "AUX"} and tok.lemma_.lower() in SPEECH_VERBS


def forecast_or_unsaid(verb: Token) -> bool:
    """Whether what ``verb`` says is only a forecast by an onlooker ("analysts said China could retaliate")
    or not said at all ("Israel has not said how it will respond")."""
    head = verb.head
    if verb.dep_ != "ccomp" or not is_speech_verb(head):
        return False
    teller = _subject(head)
    return any(c.dep_ == "neg" for c in head.children) or (
        teller is not None and teller.lemma_.lower() in FORECASTERS
    )


def speakers(doc: Doc) -> dict[int, Token]:
    """Token index -> head token of the speaker, for tokens in quotes and in reported speech."""
    out: dict[int, Token] = {}
    for start, end in _quotes(doc):
        speaker = _quote_speaker(doc, start, end)
        if speaker is not None:
            for i in range(start, end):
                out[i] = speaker
    view = token_view(doc)
    for i, lemma in enumerate(view.lemma):
        if not (lemma in SPEECH_VERBS or view.lower[i] == "according"):
            continue  # read the words once; build a token only where one may say who speaks
        tok = doc[i]
        if is_speech_verb(tok):
            subj = _subject(tok)
            if subj is None:
                continue
            for child in view.children[i]:
                if view.dep[child] in {"ccomp", "parataxis"}:
                    for k in view.subtree(child):
                        out.setdefault(k, subj)
        elif tok.lower_ == "according" and tok.dep_ == "prep":
            source = next((c for t in tok.children if t.lower_ == "to" for c in t.children), None)
            if source is None:
                continue
            phrase = range(tok.i, source.right_edge.i + 1)  # "according to X" itself
            for k in view.subtree(view.head[i]):
                if k not in phrase:
                    out.setdefault(k, source)
    return out


def _subject(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubjpass"}:
            return child
    return None


def quoted(doc: Doc) -> set[int]:
    """The tokens inside quotation marks."""
    return {i for start, end in _quotes(doc) for i in range(start, end)}


def _quotes(doc: Doc) -> Iterator[tuple[int, int]]:
    """Token ranges of quoted passages, possibly spanning sentences."""
    start: int | None = None
    view = token_view(doc)
    ends = _paragraph_ends(view)
    marks = [i for i, text in enumerate(view.text) if text in QUOTE_MARKS]
    for i in sorted({*marks, *ends}):  # no other token opens, closes or ends a quote
        text = view.text[i]
        if start is None and (text in OPEN_QUOTES or (text == "''" or text == "``")):
            start = i + 1
        elif start is not None and (text in CLOSE_QUOTES or text == "''"):
            yield start, i
            start = None
        elif start is not None and i in ends:
            start = None  # an unclosed quote ends with its paragraph


def _paragraph_ends(view: TokenView) -> set[int]:
    """The tokens whose text and the spaces after it hold a blank line ("\\n\\n")."""
    text = view.doc_text
    out: set[int] = set()
    at = text.find("\n\n")
    while at != -1:
        i = bisect.bisect_right(view.idx, at) - 1
        if i >= 0 and at + 2 <= _next_start(view, i, len(text)):
            out.add(i)
        at = text.find("\n\n", at + 1)
    return out


def _quote_speaker(doc: Doc, start: int, end: int) -> Token | None:
    """The subject of a reporting verb right after the quote ('..., he told a briefing') or right before
    it ('X said: "...'), in the sentence that holds the closing or opening quote mark."""
    after = sentence_of(doc[end]) if end < len(doc) else None
    if after is not None:
        for tok in doc[end : after.end]:
            if is_speech_verb(tok):
                subj = _subject(tok)
                if subj is not None and not (start <= subj.i < end):
                    return subj
    if start > 0:
        before = sentence_of(doc[start - 1])
        for tok in doc[before.start : start]:
            if is_speech_verb(tok):
                subj = _subject(tok)
                if subj is not None:
                    return subj
    return None


def _next_start(view: TokenView, i: int, end: int) -> int:
    """Where the token after ``i`` starts (the text's end after the last): token ``i`` with its spaces."""
    return view.idx[i + 1] if i + 1 < len(view) else end
