"""Scoring bilat on PETRARCH validation records (``PETR.UnitTest.records.xml``), as PETRARCH scores itself.

What this module holds:

* the gold values, :class:`PetrarchEvent`, :class:`PetrarchRecord` and :class:`PetrarchGold`, and
  :func:`load_petrarch`, which reads the XML (``<Sentence date id category>`` records with
  ``<EventCoding sourcecode targetcode eventcode>`` children and a ``<Text>``; ``<Parse>`` is ignored) and
  applies each ``<Config option value>`` tag to the records that follow it;
* :func:`petrarch_code`, bilat's ``ENTITY.ROLE`` code written as PETRARCH writes actor codes
  (``ARN.GOV`` -> ``ARNGOV``), and :func:`predicted_events`, a record's bilat events as PETRARCH triples;
* :func:`score_petrarch` (results: :class:`PetrarchScores`), :func:`format_petrarch` (the plain-text
  report, with PETRARCH2's own published figures for reference) and :func:`evaluate_petrarch`.

The rules. Per record, the expected events and bilat's events are sets of (source, target, code) triples
(an event repeated in a record counts once). Exact level: a triple matches an identical triple. Root level:
the same triples, matched one to one on (source, target, first two digits of the code). A record marked
``noevents`` or ``error``, or with no ``<EventCoding>``, expects nothing. Both levels are also reported
without the events whose code is not CAMEO: the validation file's own verb dictionary defines codes whose
first two digits are no CAMEO root (01-20), such as 212, 345, 802 and 901-915. Sides level: the triples
matched one to one on (source, target) whatever the code, which shows how well the actors are read apart
from the file's verb codes (the header of its verb dictionary says most of them are WEIS codes, not
CAMEO, tweaked over the years for single tests).

Actors are written as PETRARCH writes them: country and agent joined (``ARN.GOV`` -> ``ARNGOV``), an agent
that the dictionary's code already ends with not repeated (``USAGOV.GOV`` -> ``USAGOV``), and a compound
code from the dictionary (``FRO/BIL/SAM``) as one event per member. A joint act of coordinated subjects
("Gondor and Osgiliath agree", a symmetric event whose two sides stand before its trigger) is one event
each way, as PETRARCH codes it; one side acting with another ("Eriador agrees with France") stays one.

Options. Of PETRARCH's ``<Config>`` options, ``require_dyad`` is honoured: an actor bilat did not find in
the record's text (one it implies from context) is written ``---`` as PETRARCH writes a missing actor, and
while ``require_dyad`` is true events with a ``---`` side are dropped. The others have no meaning for
bilat and are listed as ignored (:data:`IGNORED_OPTIONS`).
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

from bilat.errors import GoldFormatError
from bilat.evaluate.common import PRF, ReadMany
from bilat.model import Document

UNKNOWN_ACTOR = "---"
"""How PETRARCH writes an actor it could not code."""

ROLE_AS_AGENT: Mapping[str, str] = MappingProxyType({"HOS": "GOV", "HOG": "GOV", "SPOKESPERSON": "GOV"})
"""bilat roles that CAMEO's agent codes do not have, and the agent PETRARCH uses for them (CAMEO codes
heads of state and government, and their spokespeople, as ``GOV``)."""

DEFAULT_OPTIONS: Mapping[str, str] = MappingProxyType({"require_dyad": "true", "new_actor_length": "0"})
"""PETRARCH's defaults (its ``PETR_config.ini``) for the options the records may change."""

HONOURED_OPTIONS: Mapping[str, str] = MappingProxyType(
    {
        "require_dyad": "true: events with a side bilat did not find in the text (---) are dropped; "
        "false: they are kept, with --- for that side",
    }
)
IGNORED_OPTIONS: Mapping[str, str] = MappingProxyType(
    {
        "comma_": "steers how PETRARCH's own parser skips comma-delimited clauses",
        "new_actor_length": "bilat makes no new actors from unknown noun phrases (PETRARCH's quoted codes); "
        "events expecting one stay in the gold and are misses",
        "stop_on_error": "controls PETRARCH's run, not the coding",
    }
)
"""Options with no meaning for bilat, by name or name prefix (``comma_`` stands for ``comma_min`` ...)."""

PETRARCH2_REFERENCE: Mapping[str, tuple[float, float]] = MappingProxyType(
    {
        "exact": (0.543, 0.331),
        "root": (0.635, 0.387),
        "exact_cameo": (0.543, 0.394),
        "root_cameo": (0.635, 0.460),
    }
)
"""PETRARCH2's own (precision, recall) on ``PETR.UnitTest.records.xml`` with its dictionaries, as
``shared/eval/FORMAT.md`` reports them; printed next to bilat's for reference."""

_LEVELS = (
    ("exact", "exact code"),
    ("root", "code root"),
    ("exact_cameo", "exact, CAMEO only"),
    ("root_cameo", "root, CAMEO only"),
    ("sides", "sides, any code"),
)


# --------------------------------------------------------------------------------------------- gold values


@dataclass(frozen=True, order=True)
class PetrarchEvent:
    """One (source, target, code) triple with actor codes as PETRARCH writes them (``ARNGOV``)."""

    source: str
    target: str
    code: str

    @property
    def root(self) -> str:
        return self.code[:2]

    @property
    def cameo(self) -> bool:
        return is_cameo_code(self.code)

    def __str__(self) -> str:
        return f"{self.source} {self.target} {self.code}"


def is_cameo_code(code: str) -> bool:
    """Whether a code can be CAMEO: its first two characters are a CAMEO root, 01 to 20."""
    root = code[:2]
    return len(code) >= 3 and root.isdigit() and "01" <= root <= "20"


@dataclass(frozen=True)
class PetrarchRecord:
    """One validation record: its text, date and expected events, and the options in force for it.

    ``key`` is unique within the file (the ``id``, with ``#2``, ``#3`` ... when an id is repeated).
    ``sentence`` is PETRARCH's own ``sentence`` attribute (false marks features PETRARCH never built).
    """

    key: str
    id: str
    date: dt.date
    category: str
    text: str
    expected: tuple[PetrarchEvent, ...]
    noevents: bool
    error: str | None
    options: Mapping[str, str]
    sentence: bool = True

    @property
    def require_dyad(self) -> bool:
        return self.options.get("require_dyad", DEFAULT_OPTIONS["require_dyad"]) == "true"


@dataclass(frozen=True)
class PetrarchGold:
    """A validation file: its records, its ``<Environment>`` entries and the ``<Config>`` options it sets."""

    path: Path
    records: tuple[PetrarchRecord, ...]
    environment: Mapping[str, str]
    options_seen: tuple[str, ...]

    @property
    def dictionaries(self) -> tuple[Path, ...]:
        """The actor and agent dictionaries the file names (``Actorfile``, ``Agentfile``), next to it."""
        names = (self.environment.get("Actorfile"), self.environment.get("Agentfile"))
        return tuple(self.path.parent / name for name in names if name)


# --------------------------------------------------------------------------------------------- loading


def load_petrarch(path: str | Path) -> PetrarchGold:
    """Read a PETRARCH validation file. Raises :class:`GoldFormatError` naming the file (and record) when
    it is no well-formed XML or a record lacks its date, text or event codes."""
    path = Path(path)
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        line, column = exc.position
        raise GoldFormatError(f"{path}:{line}: not well-formed XML (column {column})") from exc
    except OSError as exc:
        raise GoldFormatError(f"{path}: cannot read the validation file ({exc})") from exc
    options = dict(DEFAULT_OPTIONS)
    seen: list[str] = []
    environment: dict[str, str] = {}
    for item in root.iter("Environment"):
        for child in item:
            if child.tag == "Config":
                _configure(child, options, seen, str(path))
            else:
                environment[child.tag] = (child.text or "").strip()
    sentences = root.find("Sentences")
    if sentences is None:
        raise GoldFormatError(f"{path}: no <Sentences> element")
    records: list[PetrarchRecord] = []
    counts: Counter[str] = Counter()
    for child in sentences:
        if child.tag == "Config":
            _configure(child, options, seen, str(path))
        elif child.tag == "Stop":
            break
        elif child.tag == "Sentence":
            records.append(_record(child, options, counts, str(path)))
    return PetrarchGold(path, tuple(records), MappingProxyType(environment), tuple(seen))


def _configure(element: ET.Element, options: dict[str, str], seen: list[str], origin: str) -> None:
    name, value = element.get("option"), element.get("value")
    if not name or value is None:
        raise GoldFormatError(f"{origin}: a <Config> tag needs option and value attributes")
    options[name.strip()] = value.strip().casefold()
    if name.strip() not in seen:
        seen.append(name.strip())


def _record(
    element: ET.Element, options: Mapping[str, str], counts: Counter[str], origin: str
) -> PetrarchRecord:
    record_id = (element.get("id") or "").strip()
    if not record_id:
        raise GoldFormatError(f"{origin}: a <Sentence> has no id")
    counts[record_id] += 1
    key = record_id if counts[record_id] == 1 else f"{record_id}#{counts[record_id]}"
    where = f"{origin}: record {key}"
    date_text = (element.get("date") or "").strip()
    try:
        date = dt.datetime.strptime(date_text, "%Y%m%d").date()
    except ValueError:
        raise GoldFormatError(f"{where}: date {date_text!r} is not YYYYMMDD") from None
    text_element = element.find("Text")
    text = " ".join((text_element.text or "").split()) if text_element is not None else ""
    if not text:
        raise GoldFormatError(f"{where}: no <Text>")
    expected: list[PetrarchEvent] = []
    noevents = False
    error: str | None = None
    for coding in element.iter("EventCoding"):
        if (coding.get("noevents") or "").strip().casefold() == "true":
            noevents = True
        elif coding.get("error") is not None:
            error = (coding.get("error") or "").strip() or "error"
        else:
            expected.append(_expected(coding, where))
    if (noevents or error) and expected:
        raise GoldFormatError(f"{where}: a record that expects no event cannot list events")
    return PetrarchRecord(
        key=key,
        id=record_id,
        date=date,
        category=(element.get("category") or "").strip(),
        text=text,
        expected=_unique(expected),
        noevents=noevents,
        error=error,
        options=MappingProxyType(dict(options)),
        sentence=(element.get("sentence") or "true").strip().casefold() != "false",
    )


def _expected(coding: ET.Element, where: str) -> PetrarchEvent:
    values = [(coding.get(name) or "").strip() for name in ("sourcecode", "targetcode", "eventcode")]
    if not all(values):
        raise GoldFormatError(f"{where}: an <EventCoding> needs sourcecode, targetcode and eventcode")
    return PetrarchEvent(*values)


def _unique(events: Iterable[PetrarchEvent]) -> tuple[PetrarchEvent, ...]:
    return tuple(dict.fromkeys(events))


# --------------------------------------------------------------------------------------------- predictions


def petrarch_code(code: object) -> str:
    """A bilat actor code as PETRARCH writes it: the parts joined without dots, with the roles CAMEO has
    no agent for written as its ``GOV`` (``ARN.GOV`` -> ``ARNGOV``, ``RUS.HOS`` -> ``RUSGOV``, ``ARN`` ->
    ``ARN``); no code is ``---``."""
    text = "" if code is None else str(code).strip()
    if not text:
        return UNKNOWN_ACTOR
    entity, *roles = text.split(".")
    written = entity
    for role in roles:
        agent = ROLE_AS_AGENT.get(role.upper(), role)
        if not written.endswith(agent):
            written += agent
    return written


def petrarch_codes(code: object) -> tuple[str, ...]:
    """The PETRARCH codes a bilat actor stands for: one, or one per member of a compound code, which a
    TABARI dictionary writes with slashes (``FRO/BIL/SAM``: PETRARCH codes one event per member)."""
    text = "" if code is None else str(code).strip()
    entity, dot, roles = text.partition(".")
    if "/" not in entity:
        return (petrarch_code(code),)
    return tuple(petrarch_code(member + dot + roles) for member in entity.split("/") if member)


def _joint_subjects(record: Mapping[str, Any]) -> bool:
    """Whether a symmetric event's two sides both stand before its trigger, as coordinated subjects do
    ("Gondor and Osgiliath agree"): PETRARCH codes such a joint act once in each direction."""
    spans = record.get("spans")
    if not record.get("symmetric") or not isinstance(spans, Mapping):
        return False
    trigger, source, target = spans.get("trigger"), spans.get("source"), spans.get("target")
    if not (trigger and source and target):
        return False
    return bool(source[1] <= trigger[0] and target[1] <= trigger[0])


def predicted_events(
    records: Iterable[Mapping[str, Any]], require_dyad: bool = True
) -> tuple[PetrarchEvent, ...]:
    """bilat's event records as PETRARCH triples, each once. An implied actor (``source_implied`` /
    ``target_implied``: not named in the text) is ``---``; with ``require_dyad`` such events are dropped.
    A compound actor gives one triple per member; a joint act of coordinated subjects (see
    :func:`_joint_subjects`) gives one triple each way."""
    events: list[PetrarchEvent] = []
    for record in records:
        code = str(record.get("cameo_code") or "").strip()
        if not code:
            continue
        sources = (
            (UNKNOWN_ACTOR,) if record.get("source_implied") else petrarch_codes(record.get("source_actor"))
        )
        targets = (
            (UNKNOWN_ACTOR,) if record.get("target_implied") else petrarch_codes(record.get("target_actor"))
        )
        both_ways = _joint_subjects(record)
        for source in sources:
            for target in targets:
                if require_dyad and UNKNOWN_ACTOR in (source, target):
                    continue
                events.append(PetrarchEvent(source, target, code))
                if both_ways:
                    events.append(PetrarchEvent(target, source, code))
    return _unique(events)


# --------------------------------------------------------------------------------------------- scoring


@dataclass(frozen=True)
class RecordScore:
    """One record: what it expects, what bilat coded, and which triples agree (exact and at root level)."""

    key: str
    category: str
    expected: tuple[PetrarchEvent, ...]
    predicted: tuple[PetrarchEvent, ...]
    matched: tuple[PetrarchEvent, ...]

    @property
    def missed(self) -> tuple[PetrarchEvent, ...]:
        return tuple(e for e in self.expected if e not in self.matched)

    @property
    def extra(self) -> tuple[PetrarchEvent, ...]:
        return tuple(e for e in self.predicted if e not in self.matched)


@dataclass(frozen=True)
class OptionNote:
    """A ``<Config>`` option the file sets, and whether (and how) bilat's evaluation honours it."""

    name: str
    honoured: bool
    meaning: str


@dataclass(frozen=True)
class PetrarchScores:
    """The evaluation of one validation file. ``levels`` maps ``exact``, ``root``, ``exact_cameo``,
    ``root_cameo`` and ``sides`` to their counts; the ``_cameo`` levels leave out the non-CAMEO codes on
    both sides; ``sides`` matches source and target whatever the code (PETRARCH2 has no figure for it)."""

    path: str
    records: int
    expected: int
    predicted: int
    non_cameo_expected: int
    levels: Mapping[str, PRF]
    per_record: tuple[RecordScore, ...]
    options: tuple[OptionNote, ...]

    @property
    def by_category(self) -> Mapping[str, PRF]:
        """Exact-level counts per record category (DEMO, ACTOR, COMPOUND ...), in file order."""
        counts: dict[str, tuple[int, int, int]] = {}
        for record in self.per_record:
            m, g, p = counts.get(record.category, (0, 0, 0))
            counts[record.category] = (
                m + len(record.matched),
                g + len(record.expected),
                p + len(record.predicted),
            )
        return MappingProxyType({name: PRF(*values) for name, values in counts.items()})

    def as_json(self) -> dict[str, Any]:
        """``{"format": "petrarch", "records": N, "expected": N, "predicted": N, "exact": {p, r, f1},
        "root": ..., "exact_cameo": ..., "root_cameo": ..., "sides": ..., "petrarch2": {level: {p, r}},
        "options_honoured": [...], "options_ignored": [...]}``."""
        return {
            "format": "petrarch",
            "file": self.path,
            "records": self.records,
            "expected": self.expected,
            "predicted": self.predicted,
            "non_cameo_expected": self.non_cameo_expected,
            **{name: self.levels[name].as_json() for name, _ in _LEVELS},
            "petrarch2": {
                name: {"precision": p, "recall": r} for name, (p, r) in PETRARCH2_REFERENCE.items()
            },
            "options_honoured": [o.name for o in self.options if o.honoured],
            "options_ignored": [o.name for o in self.options if not o.honoured],
        }


def _matches(
    expected: Sequence[PetrarchEvent],
    predicted: Sequence[PetrarchEvent],
    key: Callable[[PetrarchEvent], tuple[str, ...]],
) -> int:
    """One-to-one matches on ``key``: multisets of the keys, intersected."""
    return sum((Counter(map(key, expected)) & Counter(map(key, predicted))).values())


def _root_key(e: PetrarchEvent) -> tuple[str, ...]:
    return (e.source, e.target, e.root)


def _sides_key(e: PetrarchEvent) -> tuple[str, ...]:
    return (e.source, e.target)


def _record_score(record: PetrarchRecord, predicted: tuple[PetrarchEvent, ...]) -> RecordScore:
    found = set(predicted)
    return RecordScore(
        key=record.key,
        category=record.category,
        expected=record.expected,
        predicted=predicted,
        matched=tuple(e for e in record.expected if e in found),
    )


def _totals(scores: Sequence[RecordScore], cameo_only: bool) -> tuple[PRF, PRF, PRF]:
    """Exact, root and sides-only counts over the records (``cameo_only``: CAMEO codes only, both sides)."""
    exact = root = sides = gold = predicted = 0
    for score in scores:
        expected = [e for e in score.expected if e.cameo or not cameo_only]
        coded = [e for e in score.predicted if e.cameo or not cameo_only]
        exact += len(set(expected) & set(coded))
        root += _matches(expected, coded, _root_key)
        sides += _matches(expected, coded, _sides_key)
        gold += len(expected)
        predicted += len(coded)
    return PRF(exact, gold, predicted), PRF(root, gold, predicted), PRF(sides, gold, predicted)


def option_notes(names: Iterable[str]) -> tuple[OptionNote, ...]:
    """What evaluation does with each named ``<Config>`` option (unknown options count as ignored)."""
    notes = []
    for name in names:
        if name in HONOURED_OPTIONS:
            notes.append(OptionNote(name, True, HONOURED_OPTIONS[name]))
            continue
        meaning = next(
            (
                why
                for key, why in IGNORED_OPTIONS.items()
                if name == key or (key.endswith("_") and name.startswith(key))
            ),
            "not known to bilat",
        )
        notes.append(OptionNote(name, False, meaning))
    return tuple(notes)


def score_petrarch(
    gold: PetrarchGold, predictions: Mapping[str, Sequence[Mapping[str, Any]]]
) -> PetrarchScores:
    """Score bilat's event records (FORMAT.md field names), keyed by record key, against the records."""
    per_record = tuple(
        _record_score(r, predicted_events(predictions.get(r.key, ()), r.require_dyad)) for r in gold.records
    )
    exact, root, sides = _totals(per_record, cameo_only=False)
    exact_cameo, root_cameo, _ = _totals(per_record, cameo_only=True)
    levels = {
        "exact": exact,
        "root": root,
        "exact_cameo": exact_cameo,
        "root_cameo": root_cameo,
        "sides": sides,
    }
    return PetrarchScores(
        path=str(gold.path),
        records=len(gold.records),
        expected=exact.gold,
        predicted=exact.predicted,
        non_cameo_expected=exact.gold - exact_cameo.gold,
        levels=MappingProxyType(levels),
        per_record=per_record,
        options=option_notes(dict.fromkeys([*DEFAULT_OPTIONS, *gold.options_seen])),
    )


# --------------------------------------------------------------------------------------------- showing


def format_petrarch(scores: PetrarchScores) -> str:
    """A plain-text report: the levels next to PETRARCH2's figures, the options, the categories, then each
    record with a miss or an extra event."""
    lines = [
        f"PETRARCH validation records {scores.path}",
        f"records {scores.records}   expected events {scores.expected} "
        f"({scores.non_cameo_expected} not CAMEO)   predicted {scores.predicted}",
        "",
        f"{'level':<20}{'precision':>10}{'recall':>8}{'f1':>8}{'matched':>9}{'expected':>10}{'pred':>6}"
        f"{'PETRARCH2 P':>13}{'R':>7}",
    ]
    for name, label in _LEVELS:
        prf = scores.levels[name]
        ref = PETRARCH2_REFERENCE.get(name)
        reference = f"{ref[0]:>13.3f}{ref[1]:>7.3f}" if ref else f"{'-':>13}{'-':>7}"
        lines.append(
            f"{label:<20}{prf.precision:>10.3f}{prf.recall:>8.3f}{prf.f1:>8.3f}{prf.matched:>9}"
            f"{prf.gold:>10}{prf.predicted:>6}{reference}"
        )
    lines += ["", "options:"]
    for note in scores.options:
        lines.append(f"  {note.name:<18} {'honoured' if note.honoured else 'ignored '}  {note.meaning}")
    lines += ["", f"{'category':<14}{'precision':>10}{'recall':>8}{'matched':>9}{'expected':>10}{'pred':>6}"]
    for category, prf in scores.by_category.items():
        lines.append(
            f"{category or '-':<14}{prf.precision:>10.3f}{prf.recall:>8.3f}{prf.matched:>9}"
            f"{prf.gold:>10}{prf.predicted:>6}"
        )
    lines += ["", "records with a miss or an extra event (exact level):"]
    for record in scores.per_record:
        if record.missed or record.extra:
            lines.append(f"  {record.key}")
            lines += [f"    missed  {event}" for event in record.missed]
            lines += [f"    extra   {event}" for event in record.extra]
    return "\n".join(lines) + "\n"


def petrarch_documents(gold: PetrarchGold) -> list[Document]:
    """The bilat Documents eval reads: each record's text, dated by its ``date`` attribute."""
    return [
        Document(id=r.key, text=r.text, date=r.date, date_basis="given", origin=f"{gold.path}:{r.key}")
        for r in gold.records
    ]


def evaluate_petrarch(gold: PetrarchGold | str | Path, read: ReadMany) -> PetrarchScores:
    """Score a validation file (loaded, or its path): ``read`` codes all its records in one batch and
    returns one list of event records per document, in order."""
    if not isinstance(gold, PetrarchGold):
        gold = load_petrarch(gold)
    documents = petrarch_documents(gold)
    records = read(documents)
    if len(records) != len(documents):
        raise ValueError(f"read returned {len(records)} results for {len(documents)} documents")
    return score_petrarch(gold, {doc.id: list(found) for doc, found in zip(documents, records, strict=True)})
