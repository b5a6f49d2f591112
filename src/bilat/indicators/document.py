"""The indicators of one parsed document, as the pipeline asks for them: its figures, each with the
countries it is about, and its listed items."""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from bilat.indicators.actors import figure_actors, parties
from bilat.indicators.figures import figures_in_text
from bilat.indicators.items import items_in_sentence
from bilat.model import Figure, ListedItem, Mention, Sentence, TimeMention

if TYPE_CHECKING:
    from spacy.tokens import Doc

# a finite verb or a modal makes a stretch a clause, not a listed item
_CLAUSE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_CONTENT = frozenset({"NOUN", "PROPN", "ADJ", "VERB"})
_CLAUSE_DEPS = frozenset({"ROOT", "advcl", "xcomp", "ccomp", "acl", "relcl"})


def read_indicators(
    sentences: Sequence[Sentence],
    anchor: dt.date | None,
    *,
    mentions: Sequence[Mention],
    times: Sequence[TimeMention],
    principal_pair: tuple[str, str] | None,
    is_state: Callable[[str], bool],
    doc: Doc | None = None,
) -> tuple[tuple[Figure, ...], tuple[ListedItem, ...]]:
    """The figures (with their actors) and listed items of a document's ``sentences``.

    ``anchor`` is the document date; ``mentions`` its resolved actor mentions and ``times`` its time
    mentions (document offsets); ``is_state`` tells a state's code from an IGO's; ``doc`` is the parse,
    used to keep listed items that are noun phrases.
    """
    figures: list[Figure] = []
    items: list[ListedItem] = []
    by_sentence = _per_sentence(sentences, mentions)
    is_phrase = None if doc is None else _phrase_test(doc)
    for sentence, in_sentence in zip(sentences, by_sentence, strict=True):
        start, end = sentence.span.start, sentence.span.end
        doc_id = sentence.span.doc_id
        named = parties(in_sentence, start, is_state)
        inside = [t for t in times if start <= t.span.start and t.span.end <= end]
        for figure in figures_in_text(sentence.text, anchor, doc_id=doc_id, offset=start, times=inside):
            actors = figure_actors(figure, sentence.text, start, named, principal_pair)
            figures.append(dataclasses.replace(figure, actors=actors))
        items.extend(items_in_sentence(sentence.text, start, doc_id, named, principal_pair, is_phrase))
    return tuple(figures), tuple(items)


def _per_sentence(sentences: Sequence[Sentence], mentions: Sequence[Mention]) -> list[list[Mention]]:
    """The mentions of each sentence (a mention across a sentence boundary belongs to none)."""
    out: list[list[Mention]] = [[] for _ in sentences]
    starts = [s.span.start for s in sentences]
    for mention in mentions:
        i = bisect.bisect_right(starts, mention.span.start) - 1
        if i >= 0 and mention.span.end <= sentences[i].span.end:
            out[i].append(mention)
    return out


def _phrase_test(doc: Doc) -> Callable[[int, int], bool]:
    def is_phrase(start: int, end: int) -> bool:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return True
        first = span[0]
        after_auxiliary = first.i > 0 and doc[first.i - 1].pos_ == "AUX" and first.tag_ in ("VBG", "VBN")
        if after_auxiliary:  # "exports are growing", "imports were halted"
            return False
        if first.pos_ == "VERB" and first.dep_ in _CLAUSE_DEPS:  # "..., saying Russia had ..."
            return False
        return not any(t.tag_ in _CLAUSE_TAGS for t in span) and any(t.pos_ in _CONTENT for t in span)

    return is_phrase
