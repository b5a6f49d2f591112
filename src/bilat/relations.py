"""Relations between countries, built from coded events: one record per real-world event, a dyad's
timeline, its cooperation-conflict index, its agreements and contacts, and a country's partners.

Everything here is a pure function over :class:`~bilat.model.Event` values and the documents they came
from; reading them from a store is :mod:`bilat.api`'s job.

The reports of one event are merged by :mod:`bilat.dedup` first; everything here works on its
:class:`~bilat.dedup.Occurrence` values.

**The index.** For a period (month or year) the cooperation-conflict index is the mean, over the
occurrences dated in that period that happened or are ongoing (planned and hypothetical ones are left
out), of the PLOVER type's conflict-cooperation score divided by 10 (AID +1.0 ... ASSAULT -0.9; the scores
are the PLOVER manual's, in ``events/data/plover.toml``), so it runs from -1 (all conflict) to +1. The same
mean of the CAMEO Goldstein weights divided by 10 is given beside it. An occurrence counts in a month only
when its date is at least as fine as a month; a year takes every occurrence whose date names that year
(the first year of a range; ``..2024`` counts for 2024).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from bilat.dedup import Citation, Occurrence, entity, sortable
from bilat.events.coder import NO_RECIPIENT
from bilat.events.ontology import Ontology, default_ontology
from bilat.model import Event, Figure

Period = Literal["month", "year"]
HAPPENED = frozenset({"occurred", "ongoing"})


@dataclass(frozen=True)
class IndexPoint:
    """The cooperation-conflict index of one period (see the module docstring for the formula)."""

    period: str  # "2024" or "2024-11"
    plover: float  # -1 .. 1
    goldstein: float  # -1 .. 1
    events: int
    cooperative: int
    conflictual: int


@dataclass(frozen=True)
class Agreement:
    """An agreement in a dyad's registry: what it is about, when, between whom, and how far it got."""

    subject: str
    date: str | None
    parties: tuple[str, ...]  # entity codes; actor codes with roles when both sides are one entity
    status: str  # signed, planned, ...
    occurrence: Occurrence

    @property
    def domestic(self) -> bool:
        """Whether the parties are actors of one state (a government and its opposition)."""
        return len({entity(code) for code in self.parties}) == 1


@dataclass(frozen=True)
class Contact:
    """A visit, talks, a meeting or a call, with the level of the people involved."""

    kind: str  # visit, talks, phone call, meeting, mediation
    level: str  # "head of state or government", "ministers", "officials", ...
    date: str | None
    occurrence: Occurrence


@dataclass(frozen=True)
class Partner:
    """A country's partner, ranked by how many occurrences join them."""

    code: str
    events: int
    cooperative: int
    conflictual: int
    index: float | None  # the PLOVER index over all their dated, happened occurrences
    last_date: str | None


@dataclass(frozen=True)
class TimelineEntry:
    """One line of a dyad's timeline: an occurrence, or a figure with the sentence that states it."""

    date: str | None
    occurrence: Occurrence | None = None
    figure: Figure | None = None
    citation: Citation | None = None  # the figure's; an occurrence has its own citations


def timeline(
    found: Iterable[Occurrence], figures: Iterable[tuple[Figure, Citation]] = ()
) -> list[TimelineEntry]:
    """Occurrences and figures in one list, in date order (a figure is dated by its year), undated last."""
    entries = [TimelineEntry(o.date, occurrence=o) for o in found]
    entries += [
        TimelineEntry(None if f.year is None else str(f.year), figure=f, citation=c) for f, c in figures
    ]
    return sorted(entries, key=lambda entry: (sortable(entry.date), entry.figure is not None))


# --- the index -----------------------------------------------------------------------------------------


def period_of(date: str | None, by: Period) -> str | None:
    """The month (``YYYY-MM``) or year (``YYYY``) a FORMAT.md date falls in, None when it is too coarse."""
    if not date:
        return None
    value = date.lstrip(".").split("/", 1)[0].split("..", 1)[0]
    if not re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", value):
        return None  # weeks ("2024-W03") and anything else unknown
    if by == "year":
        return value[:4]
    return value[:7] if len(value) >= 7 else None


def cooperation_index(
    found: Iterable[Occurrence], by: Period = "year", ontology: Ontology | None = None
) -> list[IndexPoint]:
    """The cooperation-conflict index per period, oldest first (formula in the module docstring)."""
    table = ontology or default_ontology()
    buckets: dict[str, list[Event]] = defaultdict(list)
    for occurrence in found:
        period = period_of(occurrence.date, by)
        if period is not None and occurrence.status in HAPPENED:
            buckets[period].append(occurrence.lead)
    points = []
    for period in sorted(buckets):
        leads = buckets[period]
        scores = [table.plover(event.plover_type).score / 10 for event in leads]
        points.append(
            IndexPoint(
                period=period,
                plover=round(sum(scores) / len(scores), 3),
                goldstein=round(sum(event.goldstein for event in leads) / len(leads) / 10, 3),
                events=len(leads),
                cooperative=sum(1 for score in scores if score > 0),
                conflictual=sum(1 for score in scores if score < 0),
            )
        )
    return points


# --- agreements and contacts ---------------------------------------------------------------------------

_AGREEMENT_NOUN = (
    r"(?:agreements?|treat(?:y|ies)|accords?|memorand(?:um|a)(?:\s+of\s+understanding)?|MoUs?|deals?|"
    r"protocols?|conventions?|contracts?|pacts?|roadmaps?|declarations?|charters?)"
)
_AGREEMENT = re.compile(rf"\b{_AGREEMENT_NOUN}\b", re.IGNORECASE)
# what follows an agreement noun: "agreements on military cooperation (in 2018) and on military-technical
# cooperation (in August 2024)", "a memorandum of understanding on energy", "a deal to build a port"
_SUBJECT_STOP = (
    r"(?=\s*(?:[,;:.()\"]|\s(?:and\s+(?:on|for|to|in|an?|the|\w+ed)|between|with|by|in\s+\d{4}|"
    r"in\s+[A-Z][a-z]+(?:\s+\d{4})?|was|were|is|are|has|have|had|will|which|that|during|at|signed|"
    r"on\s+the\s+sidelines)\b|$))"
)
_SUBJECT_AFTER = re.compile(
    r"\s*(?:\([^)]*\)\s*)?(?:,\s*|\s*and\s+)?"
    r"(?:on|for|to|regarding|concerning|covering|of|in\s+the\s+(?:field|area|sphere)s?\s+of)\s+"
    rf"(?P<subject>[^,;:.()\"]+?){_SUBJECT_STOP}"
)
# "a peace agreement", "a free trade agreement", "the New START treaty"
_SUBJECT_BEFORE = re.compile(
    rf"\b(?:an?|the|two|three|several|new|\d+)\s+(?P<subject>(?:(?!(?:an?|the)\b)[\w-]+\s+){{1,3}}?)"
    rf"{_AGREEMENT_NOUN}\b",
    re.IGNORECASE,
)
_WEAK_BEFORE = frozenset(
    {"new", "bilateral", "intergovernmental", "several", "two", "three", "an", "a", "the"}
)
_SIGNING_TYPES = frozenset({"AGREE", "SUPPORT", "COOPERATE", "AID", "CONCEDE"})


def agreements(found: Iterable[Occurrence]) -> list[Agreement]:
    """The agreements among ``found``: signing events (CAMEO 057) and agreeing events whose sentence names
    an agreement, each with its subject read from the words around the agreement noun."""
    registry = []
    for occurrence in found:
        event = occurrence.lead
        sentence_start = event.sentence_span.start
        signing = event.cameo_code.startswith("057") or (
            event.plover_type in _SIGNING_TYPES and _names_signing(event)
        )
        if not signing or _AGREEMENT.search(event.evidence) is None:
            continue
        anchor = (event.date.span or event.trigger_span).start - sentence_start
        registry.append(
            Agreement(
                subject=agreement_subject(event.evidence, anchor),
                date=occurrence.date,
                parties=_parties(occurrence),
                status=_agreement_status(occurrence.status),
                occurrence=occurrence,
            )
        )
    return registry


def _parties(occurrence: Occurrence) -> tuple[str, ...]:
    source, target = occurrence.entities
    if source == target:  # a government and its opposition: the roles tell the parties apart
        return tuple(dict.fromkeys((occurrence.lead.source.code, occurrence.lead.target.code)))
    return (source, target)


def _names_signing(event: Event) -> bool:
    return bool(re.search(r"\b(?:sign|conclud|ink|seal|ratif)", event.trigger, re.IGNORECASE))


def names_agreement(subject: str) -> bool:
    """Whether an agreement's subject is itself a name of it ("peace agreement", "free trade deal")."""
    return re.search(rf"\b{_AGREEMENT_NOUN}$", subject, re.IGNORECASE) is not None


def _agreement_status(status: str) -> str:
    return {"occurred": "signed", "ongoing": "in force", "planned": "planned"}.get(status, status)


def agreement_subject(sentence: str, anchor: int) -> str:
    """What an agreement named in ``sentence`` is about, choosing the phrase closest before ``anchor``
    (the event's date or trigger, as an offset into the sentence) when several are named: "agreements
    on military cooperation (in 2018) and on military-technical cooperation (in August 2024)" gives
    "military-technical cooperation" for an anchor at "August 2024". A subject written before the noun
    keeps the noun: "a peace agreement" gives "peace agreement". Empty when none is stated."""
    nouns = list(_AGREEMENT.finditer(sentence))
    if not nouns:
        return ""
    candidates: list[tuple[int, str]] = []
    for noun in nouns:
        position = noun.end()
        while match := _SUBJECT_AFTER.match(sentence, position):
            candidates.append((match.start("subject"), _tidy_subject(match.group("subject"))))
            position = match.end()
    for match in _SUBJECT_BEFORE.finditer(sentence):
        words = [w for w in match.group("subject").split() if w.lower() not in _WEAK_BEFORE]
        if words:
            named = sentence[match.end("subject") : match.end()]
            candidates.append((match.start("subject"), " ".join([*words, named])))
    candidates = [(start, text) for start, text in candidates if text]
    if not candidates:
        return ""
    before = [c for c in candidates if c[0] <= anchor]
    chosen = max(before) if before else min(candidates)
    return chosen[1]


def _tidy_subject(text: str) -> str:
    words = text.split()
    while words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words[:12])


# CAMEO codes that say the kind of contact, most specific first
_CONTACT_CODES = (
    ("041", "phone call"),
    ("042", "visit"),
    ("043", "visit"),
    ("044", "meeting"),
    ("046", "negotiations"),
)
_CONTACT_MODES = {"visit": "visit", "phone": "phone call"}
_MEETING_WORDS = (
    ("phone call", r"\b(?:phone|telephone|call|video\s*(?:link|conference))"),
    ("visit", r"\b(?:visit|arriv|trip|travel|tour)"),
    ("meeting", r"\b(?:meet|met|meeting|summit|sat\s+down)"),
    ("talks", r"\b(?:talk|negotiat|discuss|consult)"),
)


def contacts(found: Iterable[Occurrence]) -> list[Contact]:
    """The contacts among ``found``: CONSULT occurrences (visits, talks, meetings, calls); mediation
    (CAMEO 045) is a third party's role, not a contact between the two, and is left out."""
    listed = []
    for occurrence in found:
        event = occurrence.lead
        if event.plover_type != "CONSULT" or event.cameo_code.startswith("045"):
            continue
        listed.append(
            Contact(
                kind=_contact_kind(event),
                level=contact_level(
                    event.source.code, event.target.code, event.source.text, event.target.text
                ),
                date=occurrence.date,
                occurrence=occurrence,
            )
        )
    return listed


def _contact_kind(event: Event) -> str:
    """The kind of a contact: from its PLOVER mode or CAMEO code, else from the contact word nearest
    its trigger ("sat down together in July 2023 ... and spoke by telephone in November" -> the talks
    are a meeting, not a call)."""
    if event.plover_mode in _CONTACT_MODES:
        return _CONTACT_MODES[event.plover_mode]
    for code, kind in _CONTACT_CODES:
        if event.cameo_code.startswith(code):
            return kind
    trigger_at = event.trigger_span.start - event.sentence_span.start
    nearest: tuple[int, str] | None = None
    for kind, pattern in _MEETING_WORDS:
        for match in re.finditer(pattern, event.evidence, re.IGNORECASE):
            distance = abs(match.start() - trigger_at)
            if nearest is None or distance < nearest[0]:
                nearest = (distance, kind)
    return "contact" if nearest is None else nearest[1]


_LEADERS = frozenset({"HOS", "HOG"})


def contact_level(source_code: str, target_code: str, source_text: str = "", target_text: str = "") -> str:
    """The level of a contact from its actors' roles: both sides' leaders -> "head of state or
    government"; a leader on one side -> "leader"; ministers (named by a minister's title) ->
    "ministers"; roles on both sides -> "officials"; else "countries" (the text named no one)."""
    roles = [code.split(".", 1)[1] if "." in code else "" for code in (source_code, target_code)]
    texts = f"{source_text} {target_text}".lower()
    if all(role in _LEADERS for role in roles):
        return "head of state or government"
    if any(role in _LEADERS for role in roles):
        return "leader"
    if re.search(r"\b(?:minister|secretary of state|foreign secretary)", texts):
        return "ministers"
    if all(roles):
        return "officials"
    return "countries"


# --- partners ------------------------------------------------------------------------------------------


def partners(found: Iterable[Occurrence], country: str, ontology: Ontology | None = None) -> list[Partner]:
    """The countries and organisations ``country`` has occurrences with, most occurrences first."""
    table = ontology or default_ontology()
    grouped: dict[str, list[Occurrence]] = defaultdict(list)
    for occurrence in found:
        source, target = occurrence.entities
        if country not in (source, target) or source == target:
            continue
        partner = target if source == country else source
        if partner != NO_RECIPIENT:  # a protest or a withdrawal with no named recipient has no partner
            grouped[partner].append(occurrence)
    ranked = []
    for code, shared in grouped.items():
        scores = [table.plover(o.plover_type).score for o in shared]
        happened = [
            table.plover(o.plover_type).score / 10
            for o in shared
            if o.status in HAPPENED and period_of(o.date, "year") is not None
        ]
        dates = [o.date for o in shared if o.date]
        ranked.append(
            Partner(
                code=code,
                events=len(shared),
                cooperative=sum(1 for s in scores if s > 0),
                conflictual=sum(1 for s in scores if s < 0),
                index=round(sum(happened) / len(happened), 3) if happened else None,
                last_date=max(dates, key=sortable) if dates else None,
            )
        )
    return sorted(ranked, key=lambda p: (-p.events, p.code))
