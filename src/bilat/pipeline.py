"""Document -> Reading: parse, resolve actors and speakers, resolve times, code events, find figures.
Batched.

A :class:`Reader` holds the loaded parts (spaCy pipeline, gazetteer, patterns, ontology, places) and is
built once; :meth:`Reader.read_documents` streams readings in input order.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from bilat import indicators, timex
from bilat import nlp as nlp_mod
from bilat.actors.anaphora import add_it_references
from bilat.actors.gazetteer import Gazetteer, default_gazetteer
from bilat.actors.resolve import ActorIndex, resolve_actors, resolve_issuer_pronouns, resolve_speaker_pronouns
from bilat.events import speech
from bilat.events.coder import Coder
from bilat.events.ontology import default_ontology
from bilat.events.patterns import PatternSet
from bilat.ingest import document_from_text
from bilat.model import Document, Mention, Reading, Sentence, Span, TimeMention
from bilat.places import default_places

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token


@dataclass(frozen=True)
class Settings:
    """What a Reader is built from. ``model`` is any installed spaCy English pipeline package."""

    model: str = nlp_mod.DEFAULT_MODEL
    actor_files: tuple[Path, ...] = ()
    pattern_files: tuple[Path, ...] = ()
    batch_size: int = nlp_mod.BATCH_SIZE


class Reader:
    """The loaded pipeline. Thread-compatible, not thread-safe; build one per worker."""

    def __init__(self, settings: Settings = Settings()) -> None:
        self.settings = settings
        self.gazetteer: Gazetteer = (
            Gazetteer.default(settings.actor_files) if settings.actor_files else default_gazetteer()
        )
        self.nlp: Language = nlp_mod.load_pipeline(
            settings.model, self.gazetteer if settings.actor_files else None
        )
        ontology = default_ontology()
        self.coder = Coder(PatternSet.load(settings.pattern_files, ontology), ontology, default_places())

    def read_documents(self, documents: Iterable[Document]) -> Iterator[Reading]:
        docs = list(documents)
        parsed = nlp_mod.parse(self.nlp, [nlp_mod.parse_text(d) for d in docs], self.settings.batch_size)
        for document, doc in zip(docs, parsed, strict=True):
            yield self.read_parsed(document, doc)

    def read_parsed(self, document: Document, doc: Doc) -> Reading:
        """Everything after parsing, for one document (the coder benchmark times this alone). What bilat
        kept on ``doc`` while reading it is dropped at the end (:func:`bilat.nlp.drop_memos`)."""
        actors = resolve_actors(
            doc, self.gazetteer, document.id, home=self._home(document), day=document.date
        )
        speakers = _speaker_mentions(actors, speech.speakers(doc))
        resolve_speaker_pronouns(doc, actors, speakers, document.id)
        resolve_issuer_pronouns(doc, actors, speakers.keys() | speech.quoted(doc), document.id)
        add_it_references(doc, actors, document.id)
        view = nlp_mod.token_view(doc)
        bounds = ((view.idx[start], view.end_char(end - 1)) for start, end in view.sents)
        sentences = tuple(
            Sentence(i, Span(a, b, document.id), document.text[a:b]) for i, (a, b) in enumerate(bounds)
        )
        times = _times(document, sentences)
        dl = document.dateline
        in_text = [
            t for t in times if dl is None or t.span.start >= dl.span.end or t.span.end <= dl.span.start
        ]
        events = self.coder.code(doc, document, actors, speakers, in_text)
        figures, items = indicators.read_indicators(
            sentences,
            document.date,
            mentions=actors.mentions,
            times=in_text,
            principal_pair=actors.principal_pair,
            is_state=self.gazetteer.is_state,
            doc=doc,
        )
        location = None
        if document.dateline is not None and document.dateline.place:
            location = self.coder.places.resolve(document.dateline.place, span=document.dateline.place_span)
        nlp_mod.drop_memos(doc)  # done with the parse: a caller that keeps it keeps none of our memos
        return Reading(
            document=document,
            sentences=sentences,
            mentions=tuple(actors.mentions),
            times=tuple(times),
            events=tuple(events),
            location=location,
            principal_pair=actors.principal_pair,
            figures=figures,
            items=items,
        )

    def _home(self, document: Document) -> str | None:
        """The state of the dateline's place, if the gazetteer knows it as a state or a capital."""
        dl = document.dateline
        if dl is None or dl.place is None:
            return None
        entry = self.gazetteer.lookup(dl.place.split(",")[0])
        if entry is None or not self.gazetteer.is_state(entry.code.split(".")[0]):
            return None
        return entry.code.split(".")[0]

    def read(
        self,
        text: str,
        *,
        date: dt.date | str | None = None,
        doc_id: str | None = None,
        source: str | None = None,
    ) -> Reading:
        if isinstance(date, str):
            date = dt.date.fromisoformat(date)
        document = document_from_text(text, date=date, doc_id=doc_id, source=source)
        return next(self.read_documents([document]))


def _times(document: Document, sentences: Sequence[Sentence]) -> list[TimeMention]:
    """The times of each sentence; a narrative one ("the next day") counts from the last day told before
    it, in its sentence or an earlier one (a later sentence naming a time of another kind ends that)."""
    out: list[TimeMention] = []
    told: str | None = None
    for s in sentences:
        found = timex.find_times(
            s.text, document.date, doc_id=document.id, offset=s.span.start, told_before=told
        )
        out.extend(found)
        last = next((t.value for t in reversed(found) if t.value is not None), None)
        if last is not None:  # a day, month or year, not a bound ("..2024-07-25"), a range nor a week
            told = last if timex.is_plain(last) else None
    return out


def _speaker_mentions(actors: ActorIndex, speakers: dict[int, Token]) -> dict[int, Mention]:
    out: dict[int, Mention] = {}
    cache: dict[int, Mention | None] = {}
    for i, head in speakers.items():
        if head.i not in cache:
            cache[head.i] = actors.at(head.i) or next(
                (m for t in nlp_mod.token_view(head.doc).subtree(head.i) if (m := actors.at(t)) is not None),
                None,
            )
        m = cache[head.i]
        if m is not None:
            out[i] = m
    return out
