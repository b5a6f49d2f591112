"""The indicators of one parsed document, as the pipeline asks for them: its figures, each with the
countries it is about, and its listed items."""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, TypeVar

from bilat.indicators.actors import actors_at, figure_actors, parties, relation_of
from bilat.indicators.clauses import coordinated
from bilat.indicators.figures import figures_in_text
from bilat.indicators.items import items_in_sentence, may_list
from bilat.indicators.kinds import kind_named
from bilat.model import Figure, ListedItem, Mention, Sentence, TimeMention

if TYPE_CHECKING:
    from spacy.tokens import Doc

Spanned = TypeVar("Spanned", Mention, TimeMention)

# a finite verb or a modal makes a stretch a clause, not a listed item
_CLAUSE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_CONTENT = frozenset({"NOUN", "PROPN", "ADJ", "VERB"})
_CLAUSE_DEPS = frozenset({"ROOT", "advcl", "xcomp", "ccomp", "acl", "relcl"})
# a sentence whose subject points back at the one before: "Trade ... is modest. It grew from $0.9 million"
_POINTS_BACK = re.compile(r"\A\s*(?:It|This|That|The\s+(?:figure|total|amount|volume|value|sum))\b")


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
    times_by_sentence = _per_sentence(sentences, times)
    is_phrase = None if doc is None else _phrase_test(doc)
    previous: tuple[Sentence, list[Mention]] | None = None
    for sentence, in_sentence, inside in zip(sentences, by_sentence, times_by_sentence, strict=True):
        start = sentence.span.start
        doc_id = sentence.span.doc_id
        found = figures_in_text(sentence.text, anchor, doc_id=doc_id, offset=start, times=inside)
        listing = may_list(sentence.text)
        # the states the sentence names, read only for a sentence with a figure or a list (most have none)
        named = parties(in_sentence, start, is_state) if found or listing else []
        in_sentence_figures: list[Figure] = []
        for figure in found:
            actors = figure_actors(figure, sentence.text, start, named, principal_pair)
            before = in_sentence_figures[-1] if in_sentence_figures else None
            if before is not None and before.actors and _in_one_list(sentence.text, start, before, figure):
                actors = before.actors  # "10,000 Central African soldiers and 500 police officers"
            figure = dataclasses.replace(figure, actors=actors)
            in_sentence_figures.append(figure)
            if figure.what == "other" and previous is not None and _POINTS_BACK.match(sentence.text):
                figure = _kind_from(previous, figure, principal_pair, is_state)
            figures.append(figure)
        if listing:
            items.extend(items_in_sentence(sentence.text, start, doc_id, named, principal_pair, is_phrase))
        previous = (sentence, in_sentence)
    return tuple(figures), tuple(items)


def _in_one_list(text: str, offset: int, first: Figure, second: Figure) -> bool:
    between = text[first.span.end - offset : second.span.start - offset]
    return first.unit == second.unit and first.what == second.what and coordinated(between)


def _kind_from(
    previous: tuple[Sentence, list[Mention]],
    figure: Figure,
    principal_pair: tuple[str, str] | None,
    is_state: Callable[[str], bool],
) -> Figure:
    """``figure`` with the kind (and, when it has none, the countries) that the sentence before names
    (``previous``: it and its mentions), for a sentence that points back at it ("Trade between the two
    countries is still modest. It grew from $0.9 million in 2016 ...")."""
    sentence, mentions = previous
    text = sentence.text
    found = kind_named(text)
    if found is None:
        return figure
    what, what_text, start, end = found
    named = parties(mentions, sentence.span.start, is_state)
    actors = figure.actors or actors_at(
        text, start, end, relation_of(what), named, principal_pair, flow=what in ("exports", "imports")
    )
    return dataclasses.replace(figure, what=what, what_text=what_text, actors=actors)


def _per_sentence(sentences: Sequence[Sentence], found: Sequence[Spanned]) -> list[list[Spanned]]:
    """The mentions (of actors or times) of each sentence, in their order (one across a sentence boundary
    belongs to none): each found once, not looked for in every sentence."""
    out: list[list[Spanned]] = [[] for _ in sentences]
    starts = [s.span.start for s in sentences]
    for mention in found:
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
