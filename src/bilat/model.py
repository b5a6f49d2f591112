"""The values that travel between bilat's stages: frozen dataclasses, no behaviour beyond small helpers.

Every extracted field carries a :class:`Span` back to the text of its document.
Dates follow ``../shared/eval/FORMAT.md``: ``2025-01-16`` (day), ``2024-11`` (month), ``2019`` (year),
``2014-11-10/2014-11-16`` (range), ``..2024`` (up to), ``2019..`` (from), ``None`` when unknown.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

Precision = Literal["day", "week", "month", "year", "range", "unknown"]
Status = Literal["occurred", "ongoing", "planned", "hypothetical"]
DateBasis = Literal["given", "metadata", "dateline", "inferred", "unknown"]
ItemKind = Literal["exports", "imports", "interest"]


@dataclass(frozen=True, order=True)
class Span:
    """Character offsets ``[start, end)`` into the text of document ``doc_id``."""

    start: int
    end: int
    doc_id: str = ""

    def text(self, document_text: str) -> str:
        return document_text[self.start : self.end]

    def shifted(self, offset: int) -> Span:
        return Span(self.start + offset, self.end + offset, self.doc_id)


@dataclass(frozen=True)
class Dateline:
    """The opening ``PLACE, Month Day. /OUTLET/.`` of a wire story, as far as it could be read."""

    text: str
    span: Span
    place: str | None = None
    place_span: Span | None = None
    month: int | None = None
    day: int | None = None
    year: int | None = None
    outlet: str | None = None


@dataclass(frozen=True)
class Document:
    """One article as read from its source, before any language processing."""

    id: str
    text: str
    date: dt.date | None = None
    date_basis: DateBasis = "unknown"
    date_note: str = ""
    dateline: Dateline | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    origin: str = ""  # where it came from: "path", "path:line", "-" for stdin
    language: str | None = None


@dataclass(frozen=True)
class InputError:
    """One input that could not be read; the batch goes on without it."""

    origin: str  # file path (or "-")
    line: int | None
    reason: str

    def __str__(self) -> str:
        where = self.origin if self.line is None else f"{self.origin}:{self.line}"
        return f"{where}: {self.reason}"


@dataclass(frozen=True)
class TimeMention:
    """A temporal expression resolved against the document date.

    ``value``/``end_value`` use the FORMAT.md date notation; ``relation`` keeps the preposition that
    bounds it ("by", "since", "until", "in", "on", ...); ``basis`` says how it was resolved.
    """

    span: Span
    text: str
    value: str | None
    precision: Precision
    basis: str
    end_value: str | None = None
    relation: str | None = None


@dataclass(frozen=True)
class Place:
    """A resolved location: a city or a country, with coordinates when the gazetteer has them."""

    name: str
    country: str | None = None  # ISO 3166-1 alpha-3
    latitude: float | None = None
    longitude: float | None = None
    span: Span | None = None


@dataclass(frozen=True)
class Mention:
    """A stretch of text that names an actor, and the actor code it resolves to (``ENTITY[.ROLE]``).

    ``kind`` is one of country, igo, person, role, metonym, group (e.g. "the two presidents"), pronoun.
    ``members`` lists the codes of a group mention ("the countries" -> RUS, CAF).
    """

    span: Span
    text: str
    code: str
    kind: str
    confidence: float = 1.0
    members: tuple[str, ...] = ()
    name: str | None = None  # the person's name for a person mention

    @property
    def entity(self) -> str:
        return self.code.split(".", 1)[0]

    @property
    def role(self) -> str | None:
        parts = self.code.split(".", 1)
        return parts[1] if len(parts) == 2 else None


@dataclass(frozen=True)
class ActorRef:
    """One side of an event: the code, the words that named it, and whether the text stated it."""

    code: str
    text: str
    span: Span | None = None
    implied: bool = False


@dataclass(frozen=True)
class EventDate:
    value: str | None
    precision: Precision
    basis: str
    end_value: str | None = None
    span: Span | None = None


@dataclass(frozen=True)
class Event:
    """A coded event: who did what to whom, when and where, how sure, and which words said so.

    ``confidence`` is documented in the README ("Confidence"): the product of the pattern's strength,
    the certainty of each actor (stated vs. resolved by reference vs. implied) and of the date.
    """

    event_id: str
    doc_id: str
    source: ActorRef
    target: ActorRef
    plover_type: str
    cameo_code: str
    cameo_root: str
    quad_class: int
    goldstein: float
    date: EventDate
    status: Status
    confidence: float
    coder_version: str
    evidence: str
    sentence_span: Span
    trigger_span: Span
    trigger: str
    symmetric: bool = False
    plover_mode: str | None = None
    context: tuple[str, ...] = ()
    location: Place | None = None
    speaker: ActorRef | None = None  # who said so, for reported speech and attributions
    pattern: str = ""  # the id of the pattern that fired

    def as_record(self) -> dict[str, object]:
        """The flat record of FORMAT.md ("Event records bilat emits")."""
        spans: dict[str, list[int] | None] = {
            "trigger": [self.trigger_span.start, self.trigger_span.end],
            "source": _pair(self.source.span),
            "target": _pair(self.target.span),
            "date": _pair(self.date.span),
            "sentence": [self.sentence_span.start, self.sentence_span.end],
        }
        if self.location is not None:
            spans["location"] = _pair(self.location.span)
        return {
            "event_id": self.event_id,
            "doc_id": self.doc_id,
            "source_actor": self.source.code,
            "target_actor": self.target.code,
            "source_text": self.source.text,
            "target_text": self.target.text,
            "symmetric": self.symmetric,
            "plover_type": self.plover_type,
            "plover_mode": self.plover_mode,
            "context": list(self.context),
            "cameo_code": self.cameo_code,
            "cameo_root": self.cameo_root,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "date": self.date.value,
            "end_date": self.date.end_value,
            "date_precision": self.date.precision,
            "date_basis": self.date.basis,
            "status": self.status,
            "location": None if self.location is None else self.location.name,
            "location_country": None if self.location is None else self.location.country,
            "latitude": None if self.location is None else self.location.latitude,
            "longitude": None if self.location is None else self.location.longitude,
            "confidence": round(self.confidence, 3),
            "coder_version": self.coder_version,
            "trigger": self.trigger,
            "speaker": None if self.speaker is None else self.speaker.code,
            "speaker_text": None if self.speaker is None else self.speaker.text,
            "source_implied": self.source.implied,
            "target_implied": self.target.implied,
            "pattern": self.pattern,
            "evidence": self.evidence,
            "spans": spans,
        }


def _pair(span: Span | None) -> list[int] | None:
    return None if span is None else [span.start, span.end]


@dataclass(frozen=True)
class Sentence:
    index: int
    span: Span
    text: str


@dataclass(frozen=True)
class Figure:
    """A figure the text states about a relationship: "$0.9 million in 2016", "more than 500 officers".

    ``value`` has its scale word resolved (0.9 million -> 900000.0); ``unit`` is a currency code as stated
    ("USD", "EUR", ...), or "persons", "votes", "percent", "percentage points", "agreements"; ``what`` is a
    kind (trade, exports, imports, investment, aid, loans, personnel trained, troops, casualties, votes,
    agreements, other) and ``what_text`` the words that said it; ``year`` comes from an attached time
    ("in 2016"; "by 2024" -> 2024 with ``year_qualifier`` "by"); ``qualifier`` bounds the value ("more
    than", "about", "nearly", "at least", "up to", "over"). ``actors`` are the ISO 3166-1 alpha-3 codes of
    the countries the figure is about: a dyad in the order the relation implies (exporter, importer;
    trainer, trained; donor, recipient), else in the order of mention, or one country ("the Central
    African delegation abstained two times"); empty when the text names none. Physical quantities
    ("1.2 million tonnes") have units "tonne", "barrel", "cubic metre", "megawatt", "kilometre" ...
    """

    span: Span
    text: str
    value: float
    unit: str
    what: str
    what_text: str
    year: int | None = None
    year_qualifier: str | None = None
    qualifier: str | None = None
    actors: tuple[str, ...] = ()


@dataclass(frozen=True)
class ListedItem:
    """One item of a list a relationship states: a product group exported or imported ("Key Russian
    exports to Mali include fertiliser, wheat and machinery" gives three), or a sector of stated interest
    ("interest in cooperation in energy, mining and transport"). ``kind`` says which; ``actors`` are as
    for :class:`Figure` (exporter, importer for goods; the interested country first for interest);
    ``cue`` is the words that introduced the list."""

    span: Span
    text: str
    kind: ItemKind
    actors: tuple[str, ...] = ()
    cue: str = ""


@dataclass(frozen=True)
class Reading:
    """What bilat understood of one document."""

    document: Document
    sentences: tuple[Sentence, ...] = ()
    mentions: tuple[Mention, ...] = ()
    times: tuple[TimeMention, ...] = ()
    events: tuple[Event, ...] = ()
    location: Place | None = None  # the dateline place
    principal_pair: tuple[str, str] | None = None
    notes: tuple[str, ...] = field(default=())
    figures: tuple[Figure, ...] = ()
    items: tuple[ListedItem, ...] = ()
