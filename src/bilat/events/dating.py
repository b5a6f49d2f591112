"""Dating events: which time expressions a clause owns, and the default when it owns none.

A clause owns the times that modify its verb ("met on Monday") and those inside a coordinated object
("signed X in 2018 and Y in August 2024", two events); not those of a relative or subordinate clause, nor
of a noun inside its object ("the second launch since a test on January 14"). Without a time of its own
an event inherits its wrapper's or reporting verb's, or for a "when" clause the time it hangs on; else it
takes the publication day, except undated past material acts in a background paragraph.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace
from functools import cached_property
from typing import TYPE_CHECKING, Literal

from bilat import timescan, timex
from bilat.events import clause, modality, speech
from bilat.model import Document, EventDate, TimeMention
from bilat.nlp import sentence_of, sentences_back, token_view

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

DEFAULT_DATE_FACTOR = 0.9
OTHER_EVENT_NOUNS = frozenset(
    {
        "election",
        "war",
        "conflict",
        "coup",
        "anniversary",
        "vote",
        "referendum",
        "earthquake",
        "killing",
        "death",
        "assassination",
        "murder",
        "bombing",
        "shooting",
        # nouns of acts in general: "in retaliation for a similar move by Algeria two days earlier"
        "move",
        "step",
        "decision",
        "action",
        "announcement",
        "incident",
        "remarks",
        "operation",
        "offensive",
    }
)
STATEMENT_TYPES = {"AGREE", "REQUEST", "ACCUSE", "REJECT", "THREATEN"}
DECREE_NOUNS = {"order", "decree", "law", "bill", "directive", "resolution", "regulation", "ordinance"}
# acts that last, whose stated span of days is their start and end ("on a visit from 10-13 September")
LASTING_TYPES = {"CONSULT", "COOPERATE", "MOBILIZE", "PROTEST"}
# acts that judge a thing with a time of its own: praise, endorsement, disapproval, accusation, rejection
JUDGING_CODES = ("051", "052", "11", "12")
# participles that only describe a noun ("a tanker carrying fuel", "a ship bound for Gaza")
DESCRIBING_VERBS = {"carry", "fly", "bear", "transport", "load", "bind", "bound", "belong", "sail", "head"}
PAST_SLACK_DAYS = 7  # how long before publication a lead's news or a day told after it may be
DAY_UNITS = {"day": 1, "week": 7}  # "two days after", "a week before"
# "the move came a day after ...": a sequel to what the story's lead reports, on the lead's day
SEQUEL_VERBS = {"come", "follow", "happen", "occur"}
# the occasion an act took place at, told earlier with its day ("Meloni visited Tunis on Monday ...
# During their meeting, the two agreed ..."): the occasion's nouns and the words that told it
OCCASIONS = {
    "meeting": {"meet", "meeting", "talk", "talks", "visit", "host", "receive"},
    "talks": {"talk", "talks", "meet", "meeting", "visit", "host", "receive"},
    "visit": {"visit", "trip", "travel", "arrive", "host", "receive", "meet"},
    "trip": {"visit", "trip", "travel", "arrive"},
    "call": {"call", "phone", "telephone", "speak", "talk"},
    "conversation": {"call", "phone", "telephone", "speak", "talk", "conversation"},
    "summit": {"summit", "meet", "meeting"},
}
OCCASION_PREPS = {"during", "at", "in"}
OCCASION_LOOKBACK = 3  # sentences back where the occasion may have been told
STATEMENT_CODES = {"051", "052", "053", "055", "056"}


class Dater:
    """Dates the events of one parsed document."""

    def __init__(
        self, doc: Doc, document: Document, times: Sequence[TimeMention], event_nouns: frozenset[str]
    ) -> None:
        self.doc = doc
        self.document = document
        self.event_nouns = event_nouns | OTHER_EVENT_NOUNS
        known = [t for t in times if t.value is not None or t.precision != "unknown"]
        self.time_tokens = self._time_tokens(known)
        # the times of each sentence and the root of each time, read once: each event asks for them
        view = token_view(doc)
        self.times_by_sentence: dict[tuple[int, int], list[tuple[TimeMention, Token]]] = {
            bounds: [] for bounds in view.sents
        }
        self.roots: dict[int, Token] = {}  # by the time's id(): ``_root_of`` asks for the very mention
        for tm, root in self.time_tokens:
            self.times_by_sentence[view.sents[view.sent[root.i]]].append((tm, root))
            self.roots.setdefault(id(tm), root)
        self.paragraph_of = self._paragraphs()
        self.retensed: dict[tuple[TimeMention, str], TimeMention] = {}  # _retensed's readings, kept

    def _time_tokens(self, times: Sequence[TimeMention]) -> list[tuple[TimeMention, Token]]:
        out = []
        for t in times:
            span = self.doc.char_span(t.span.start, t.span.end, alignment_mode="expand")
            if span is not None and len(span):
                out.append((t, span.root))
        return out

    def dates(
        self,
        verb: Token,
        trigger: Token,
        status: str,
        plover: str,
        cameo: str,
        sent: SpacySpan,
        reported: bool,
        exclude: Token | None = None,
        obj: Token | None = None,
        by_story_side: bool = False,
    ) -> list[tuple[EventDate, float]]:
        """The event's date(s) and a confidence factor each (1.0 stated, DEFAULT_DATE_FACTOR by default).
        Several distinct dates of one clause ("signed X in 2018 and Y in August 2024") are several events.
        ``obj`` is the object that makes the event ("held talks in April"): its times are the event's;
        ``by_story_side``: the event's source is one of the two sides of the story."""
        trig = trigger
        owners = {verb.i, trig.i} | ({obj.i} if obj is not None else set())
        owned: list[TimeMention] = []
        for tm, root in self._times_in(sent):
            if exclude is not None and _under(root, exclude):
                continue  # the date of a promised act is not the date of the promise
            if self._lent_to_saying(root.i) == verb.i:
                continue  # "said on Monday it would close the strait": Monday is the saying's
            if _takes_effect(root):
                continue  # "lowering the cap, with effect from Dec. 1": when it applies, not when it is done
            if root.dep_ == "poss" and root.head.i != trig.i and root.head.dep_ not in {"nsubj", "nsubjpass"}:
                continue  # "described Wednesday's attack as a violation": Wednesday is the attack's
            if _dates_noun_of(root, trig):
                continue  # "welcome the decision of 28 August": the decision's day
            if _names_a_thing(root, verb, owners):
                continue  # "demanded that Armenia remove the reference to the 1990 declaration": its year
            if (
                cameo.startswith(JUDGING_CODES)
                and tm.precision in {"month", "year"}
                and _in_object(root, verb, trig)
            ):
                continue  # "protested Japan's decision in May": the decision's month, not the protest's
            owner = _owner_clause(root, stop=verb)
            if owner.i in owners and _under(root, verb) and not self._dates_another_event(root, owners):
                owned.append(tm)
        direct = [t for t in owned if self._is_direct(t, verb)]
        if direct:
            # times inside a coordinated object date that object ("signed X in 2018 and Y in 2024")
            owned = direct + [t for t in owned if t not in direct and self._in_conjunct(t, verb)]
        else:  # with no time of its own, not that of a noun the parser joined to it ("... and the
            # weaponization of energy ahead of elections in September")
            owned = [t for t in owned if not _under_noun_joined_to(self._root_of(t), verb)]
        if not owned:
            owned = self._framing_times(verb, sent)
        if not owned and (offset := self._offset_date(verb, sent)) is not None:
            return [(offset, 1.0)]
        if not owned:
            owned = self._occasion_times(verb, sent)
        inherited = False
        if not owned and not (status == "planned" and speech.is_speech_verb(verb.head)):
            owned = self._inherited_times(verb, sent)
            inherited = bool(owned)
            if status == "planned":  # "... since 2019, and it is planned to include ...": a plan is not
                owned = [t for t in owned if not self._past(t)]  # dated by a past time of its neighbour
        # "arrives on Monday", "is due in Beirut on Thursday for talks"; not the object of a present verb
        # ("the package follows a call on Tuesday"), nor a present verb dated by the past saying that
        # reports it ("Poland backs Ukraine, the president said on Tuesday": the Tuesday before)
        scheduled = (
            verb.tag_ in {"VBZ", "VBP"}
            and not clause.auxiliaries(verb)
            and trig.dep_ != "dobj"
            and not (inherited and _told_in_past(verb.head))
        )
        if status == "planned" or scheduled:
            owned = [_bound_as_period(self._retensed(tm, "future")) for tm in owned]
        elif status == "occurred" and _told_in_past(verb):  # "detained ... in June": the June before
            owned = [self._retensed(tm, "past") for tm in owned]
        ends = [t for t in owned if t.relation == "until"]
        starts = [t for t in owned if t.relation != "until"]
        if not starts and ends:
            fallback = self._default_date(verb, status, plover, cameo, sent, reported, by_story_side)
            if fallback is None:
                fallback = EventDate(None, "unknown", "only an end date in the clause")
            return [(replace(fallback, end_value=ends[0].value, span=ends[0].span), 1.0)]
        distinct: dict[str | None, TimeMention] = {}
        for t in starts:
            distinct.setdefault(t.value, t)
        if distinct:
            end = ends[0].value if ends else None
            lasting = plover in LASTING_TYPES
            return [(_event_date(t, end, lasting=lasting), 1.0) for t in distinct.values()]
        fallback = self._default_date(verb, status, plover, cameo, sent, reported, by_story_side)
        if fallback is None:
            return [(EventDate(None, "unknown", "no date in the text"), 1.0)]
        return [(fallback, DEFAULT_DATE_FACTOR)]

    def _offset_date(self, verb: Token, sent: SpacySpan) -> EventDate | None:
        """ "fired missiles on Wednesday, two days after Seoul and Washington began their drills": the
        clause's day counted back (after) or on (before) from the day of the clause it hangs on."""
        mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ in {"after", "before"}), None)
        if mark is None:
            return None
        # the parser hangs the span on the mark ("two days after") or makes the clause relative to it
        unit = next((c for c in [*mark.children, *verb.children] if c.dep_ == "npadvmod"), None)
        main = verb.head
        if unit is None and verb.dep_ in {"relcl", "advcl"} and verb.head.dep_ == "npadvmod":
            unit, main = verb.head, verb.head.head
        if unit is None or unit.lemma_.lower() not in DAY_UNITS:
            return None
        number = next((c for c in unit.children if c.dep_ in {"nummod", "det"}), None)
        n = timescan.count(number.lower_) if number is not None else None
        day = self._own_day(main, sent)
        if day is None and main.lemma_.lower() in SEQUEL_VERBS:
            day = self._lead_day  # "The clash came nine days after Raisi warned ...": the lead's news
        if n is None or day is None:
            return None
        days = n * DAY_UNITS[unit.lemma_.lower()] * (-1 if mark.lower_ == "after" else 1)
        value = (dt.date.fromisoformat(day) + dt.timedelta(days=days)).isoformat()
        return EventDate(value, "day", f"{n} {unit.lower_} {mark.lower_} the day of the main clause")

    @cached_property
    def _lead_day(self) -> str | None:
        """The day of the story's news: the first day its lead sentence names after the dateline
        ("... exchanged gunfire on Saturday"), else the publication day."""
        lead = next(iter(self.doc.sents), None)
        if lead is None:
            return self.doc_day()
        for tm in self._times_after_dateline(lead):
            if tm.precision == "day" and tm.value is not None:
                return self._retensed(tm, "past").value
        return self.doc_day()

    def _times_after_dateline(self, sent: SpacySpan) -> list[TimeMention]:
        """The times ``sent`` names after the dateline (the dateline's own date is the publication's)."""
        dateline = self.document.dateline
        after = dateline.span.end if dateline is not None else 0
        return [tm for tm, _ in self._times_in(sent) if tm.span.start >= after]

    @cached_property
    def _lead(self) -> SpacySpan:
        """The sentence the dateline ends in, else the first."""
        dateline = self.document.dateline
        sents = list(self.doc.sents)
        if dateline is not None:
            return next((s for s in sents if s.end_char > dateline.span.end), sents[0])
        return sents[0]

    @cached_property
    def _told_day(self) -> str | None:
        """A wire lead often gives no day ("Congo has severed diplomatic relations with Rwanda, ..."); the
        sentence after it does ("The foreign minister told diplomats on Sunday that ..."). That day, past
        and within a week before publication, is the lead's own when the lead names none."""
        lead, day = self._lead, self.doc_day()
        if day is None or lead.end >= len(self.doc):
            return None
        if any(tm.value is not None for tm in self._times_after_dateline(lead)):
            return None
        for tm, _ in self._times_in(self.doc[lead.end].sent):
            told = self._retensed(tm, "past")
            if told.precision == "day" and told.value is not None and told.relation != "until":
                return told.value if 0 < _days_between(told.value, day) <= PAST_SLACK_DAYS else None
        return None

    def _occasion_times(self, verb: Token, sent: SpacySpan) -> list[TimeMention]:
        """The day of the occasion an act took place at, when its clause names the occasion without a
        time ("During their meeting, Meloni and Saied agreed ...") and an earlier sentence told it with
        one ("Meloni visited Tunis on May 27"): the latest such time, in the few sentences before."""
        nouns = [
            o.lemma_.lower()
            for p in verb.children
            if p.dep_ == "prep" and p.lower_ in OCCASION_PREPS
            for o in p.children
            if o.dep_ == "pobj" and o.lemma_.lower() in OCCASIONS and _determined(o)
        ]
        if not nouns:
            return []
        return self._told_occasion(set().union(*(OCCASIONS[n] for n in nouns)), sent)

    def _told_occasion(self, words: AbstractSet[str], sent: SpacySpan) -> list[TimeMention]:
        """The latest day told, in the few sentences before ``sent``, by a clause that says one of
        ``words`` ("Meloni visited Tunis on May 27", "Xi held talks with Tokayev on Tuesday")."""
        first = sentences_back(sent[0], OCCASION_LOOKBACK)
        told: list[TimeMention] = []
        for tm, root in self.time_tokens:
            if not first <= root.i < sent.start or tm.precision != "day":
                continue
            head = clause.owner_clause(root, stop=sentence_of(root).root)
            if head.lemma_.lower() in words or any(t.lemma_.lower() in words for t in head.children):
                told.append(tm)
        return told[-1:]

    def _own_day(self, verb: Token, sent: SpacySpan) -> str | None:
        """The day a verb's own time expression names ("on Wednesday"), or that of the verb it governs
        ("began deploying troops on Wednesday"), or one the parser hangs on a phrase of the verb's
        ("deported 300 migrants on chartered flights on Tuesday"), if any."""
        days = [
            t for t in self._own_times(sent, verb, *clause.children(verb, "xcomp")) if t.precision == "day"
        ]
        days = days or [t for t in self._phrase_times(sent, verb) if t.precision == "day"]
        return days[0].value if days else None

    def _phrase_times(self, sent: SpacySpan, verb: Token) -> list[TimeMention]:
        """The times inside the verb's prepositional phrases, reached through prepositions and their
        objects only, that date no other event."""
        found = []
        for t, root in self._times_in(sent):
            cur = root
            while cur.dep_ in {"pobj", "prep"} and cur.head.i != verb.i and cur.head.i != cur.i:
                cur = cur.head
            if (
                cur.dep_ in {"pobj", "prep"}
                and cur.head.i == verb.i
                and not self._dates_another_event(root, {verb.i})
            ):
                found.append(t)
        return found

    def _framing_times(self, verb: Token, sent: SpacySpan) -> list[TimeMention]:
        """The day of what frames an act that has no time of its own: the act an "after" or "when" clause
        on it names ("fired warning shots after soldiers crossed the line on Tuesday"), or the decision
        an act is the content of ("Tokyo's decision in May to freeze the assets")."""
        framing = [
            c
            for c in verb.children
            if c.dep_ == "advcl"
            and any(m.dep_ in {"mark", "advmod"} and m.lower_ in {"after", "when"} for m in c.children)
        ]
        framing += [  # the parser's other reading: "after" a preposition, the clause its complement
            p
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ == "after"
            for p in c.children
            if p.dep_ == "pcomp" and p.pos_ == "VERB"
        ]
        if verb.dep_ == "acl" and verb.head.lemma_.lower() in clause.DECISION_NOUNS:
            framing.append(verb.head)
        return [t for t in self._own_times(sent, *framing) if t.precision in {"day", "month"}]

    def _root_of(self, tm: TimeMention) -> Token:
        return self.roots[id(tm)]

    def _times_in(self, sent: SpacySpan) -> list[tuple[TimeMention, Token]]:
        """The times whose root is in ``sent``, in text order."""
        found = self.times_by_sentence.get((sent.start, sent.end))
        if found is None:  # a span that is no sentence of the document
            found = [(t, root) for t, root in self.time_tokens if sent.start <= root.i < sent.end]
        return found

    def _own_times(self, sent: SpacySpan, *verbs: Token) -> list[TimeMention]:
        """The times in ``sent`` that modify one of ``verbs`` itself, in text order."""
        return [t for t, _ in self._times_in(sent) if any(self._is_direct(t, v) for v in verbs)]

    def _past(self, tm: TimeMention) -> bool:
        """Whether a time lies wholly before the publication day ("since 2019", "in 2018")."""
        day = self.doc_day()
        if day is None or tm.value is None:
            return False
        return tm.relation == "since" or (tm.end_value or tm.value) < day[: len(tm.end_value or tm.value)]

    def _dates_another_event(self, root: Token, owners: set[int]) -> bool:
        """ "discussed preparations for the summit in July": the time hangs on another event noun; not on
        the verb's own object, where the parser often hangs the verb's time ("demanded the withdrawal of
        Russian forces from Moldova on Monday")."""
        view = token_view(self.doc)
        head = view.head
        cur = head[root.i]
        while cur not in owners and head[cur] != cur:
            own_object = view.dep[cur] == "dobj" and head[cur] in owners
            if view.pos[cur] == "NOUN" and view.lemma[cur] in self.event_nouns and not own_object:
                return True
            cur = head[cur]
        return False

    def _is_direct(self, tm: TimeMention, verb: Token) -> bool:
        """A time that modifies the verb itself ("met on Monday"), not a noun inside its object
        ("the second launch since a test on January 14")."""
        view = token_view(self.doc)
        root, head = self._root_of(tm).i, view.head
        lent_by = self._lent_to_saying(root)
        if lent_by is not None:
            return head[lent_by] == verb.i
        return head[root] == verb.i or (view.dep[root] == "pobj" and head[head[root]] == verb.i)

    def _lent_to_saying(self, root: int) -> int | None:
        """The reported verb the parser hung a time on that dates the saying instead: a time between a
        speech verb and its complement's subject ("Iran said on Monday it would close the strait")."""
        view = token_view(self.doc)
        top = view.head[root] if view.dep[root] == "pobj" else root
        verb = view.head[top]
        saying = view.head[verb]
        if (
            view.dep[verb] != "ccomp"
            or not saying < top < verb
            or not speech.is_speech_verb(self.doc[saying])
        ):
            return None
        subjects = [c for c in view.children[verb] if view.dep[c] in {"nsubj", "nsubjpass"}]
        return verb if subjects and top < min(subjects) else None

    def _in_conjunct(self, tm: TimeMention, verb: Token) -> bool:
        view = token_view(self.doc)
        cur = self._root_of(tm).i
        while cur != verb.i and view.head[cur] != cur:
            if view.dep[cur] == "conj":
                return True
            cur = view.head[cur]
        return False

    def _inherited_times(self, verb: Token, sent: SpacySpan) -> list[TimeMention]:
        """Times of the governing wrapper or reporting verb ("agreed on Tuesday to boost trade"), of the
        verb a participle or a coordinated verb hangs on ("struck a base on Saturday, injuring two";
        "spoke on Sunday to convey condolences and assured him", "soured in 2024, with Baku blaming ..."),
        going up while the governing verb has none of its own; or of the main clause for a "when" clause
        ("met in July 2023, when X came")."""
        head = verb.head
        heading = clause.issuer_heading(verb)
        if heading is not None:  # a communique's line: "at its meeting held on 21 January ... :" "Condemns"
            found = {t.value: t for t, root in self.time_tokens if heading.start <= root.i < heading.end}
            return list(found.values()) if len(found) == 1 else []
        if verb.dep_ in {"relcl", "advcl"} and _inside_which(verb):
            # "talks in Istanbul last week at which the two agreed": the antecedent's own time; "held a
            # video call on Wednesday, during which the leaders agreed ...": the call's time
            own = [t for t, root in self._times_in(sent) if _modifies_noun(root, head)]
            framing = clause.clause_head(head)
            return own or self._own_times(sent, framing) or self._inherited_times(framing, sent)
        if verb.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children):
            # "made the comments on Sunday at a summit in Addis Ababa, where he accused Israel of ...": the
            # place's clause's time
            framing = clause.clause_head(head)
            return self._clause_times(framing, verb, sent) or self._inherited_times(framing, sent)
        if verb.dep_ == "relcl":  # "in July 2023, when Touadera came to St. Petersburg"
            framed = [t for t, _ in self.time_tokens if t.span.start <= head.idx < t.span.end]
            if framed or not any(a.lower_ == "had" for a in clause.auxiliaries(verb)):
                return framed
            # "fired tear gas on Wednesday to disperse protesters who had marched to the embassy": the
            # act just before the one its people take part in, on that day
            main = clause.clause_head(head)
            return [
                t
                for t in self._own_times(sent, main) or self._inherited_times(main, sent)
                if t.precision == "day"
            ]
        marks = {c.lower_ for c in verb.children if c.dep_ in {"mark", "advmod"}}
        # "... on Tuesday after Beijing arrested a Japanese employee": the act the main one answers,
        # with no day of its own, is dated by it (on or before it, most often that day)
        when = verb.dep_ == "advcl" and bool(marks & {"when", "as", "while", "after"})
        # "struck a base on Saturday, injuring two", "spoke on Sunday to convey condolences"
        participle = verb.dep_ == "advcl" and not marks and (verb.tag_ == "VBG" or clause.is_purpose(verb))
        # "relations soured in late 2024, with Baku blaming Russian air defences": the clause "with" hangs on
        absolute = verb.dep_ == "pcomp" and verb.tag_ == "VBG" and head.lower_ == "with"
        if absolute:
            head = head.head
        # "signed an executive order on Monday ending sanctions": what the order does, the day it is signed
        decreed = verb.dep_ == "acl" and verb.tag_ == "VBG" and head.lemma_.lower() in DECREE_NOUNS
        if decreed:
            head = clause.clause_head(head)
        if head.i == verb.i or (
            verb.dep_ not in {"xcomp", "ccomp", "conj"} and not (when or participle or absolute or decreed)
        ):
            return []
        return self._clause_times(head, verb, sent) or self._inherited_times(head, sent)

    def _clause_times(self, head: Token, verb: Token, sent: SpacySpan) -> list[TimeMention]:
        """The times of the clause of ``head`` outside ``verb``'s own clause, and a time the parser lent
        to ``verb`` from its saying ("said on Monday it would ...")."""
        out = []
        for tm, root in self._times_in(sent):
            if root.dep_ == "poss" or _dates_noun_of(root, verb):
                continue  # "Wednesday's attack", "the decision of 28 August": the noun's day
            lent = self._lent_to_saying(root.i) == verb.i
            if lent or (_owner_clause(root, stop=head).i == head.i and not _under(root, verb)):
                out.append(tm)
        return out

    def _retensed(self, tm: TimeMention, tense: Literal["past", "future"]) -> TimeMention:
        """A weekday or a month without its year, resolved by the clause's tense: a planned "in June" is
        the next June, a past one the last (the publication date alone leans to the nearer one)."""
        if self.document.date is None or tm.precision not in {"day", "month"}:
            return tm
        if not tm.basis.startswith("relative"):
            return tm  # stated with its year, or read after another date of the text
        key = (tm, tense)  # a clause's times are read again for each of its events
        if key not in self.retensed:
            again = timex.find_times(
                tm.text, self.document.date, doc_id=self.document.id, offset=tm.span.start, tense=tense
            )
            self.retensed[key] = again[0] if len(again) == 1 else tm
        return self.retensed[key]

    def _default_date(
        self,
        verb: Token,
        status: str,
        plover: str,
        cameo: str,
        sent: SpacySpan,
        reported: bool,
        by_story_side: bool = False,
    ) -> EventDate | None:
        """No date in the clause: the publication day, except for undated past material acts in a
        background paragraph (one that dates other things before the publication year: "Russia supplied
        arms ... by 2024"), which stay undated, and for a past material act by one side of the story's
        pair (``by_story_side``) in a sentence that tells no day, which took place on the day of the
        lead's news when the lead tells one in the week before publication."""
        day = self.doc_day()
        if day is None or (status == "planned" and plover != "AGREE"):
            return None
        told = self._told_day
        if told is not None and status == "occurred" and sent.start == self._lead.start and not reported:
            return EventDate(told, "day", "the day the sentence after the lead tells it on")
        if verb.dep_ == "advcl" and any(c.lower_ in {"since", "before"} for c in verb.children):
            return None  # "since the two nations began peace talks": an earlier, undated event
        st = modality.status_of(verb, reported=reported)
        background = self._is_background(sent)
        statement = plover in STATEMENT_TYPES or cameo in STATEMENT_CODES
        done = status == "occurred" and st.tense == "past"
        # what the story's sides agreed ("The two sides agreed to open a third crossing") was agreed at
        # the meeting told just before, not said on the day of the report
        agreed = plover == "AGREE" and done and by_story_side and not (reported or background)
        if agreed and not any(t.precision == "day" for t, _ in self._times_in(sent)):
            meeting = self._told_occasion(OCCASIONS["meeting"] | OCCASIONS["call"], sent)
            if meeting:
                basis = "the day of the meeting told before (no date in the clause)"
                return EventDate(meeting[0].value, "day", basis)
        material_past = done and not (reported or statement or background)
        if by_story_side and material_past and (lead := self._news_day(sent)) is not None:
            # "The two leaders also agreed to ...", "Guler was also received by President al-Sharaa": the
            # story's own sides acting on the day of the lead's news, before the report
            return EventDate(lead, "day", "the day of the lead's news (no date in the clause)")
        if (
            reported
            or statement
            or st.tense in {"present", "perfect"}
            or status == "ongoing"
            or not background
        ):
            return EventDate(day, "day", "publication date (no date in the clause)")
        return None

    def _news_day(self, sent: SpacySpan) -> str | None:
        """The day of the lead's news when it is in the week before publication and ``sent`` tells no day
        of its own."""
        day, lead = self.doc_day(), self._lead_day
        if day is None or lead is None or any(tm.precision == "day" for tm, _ in self._times_in(sent)):
            return None
        return lead if 0 < _days_between(lead, day) <= PAST_SLACK_DAYS else None

    def _is_background(self, sent: SpacySpan) -> bool:
        return self.paragraph_of.get(sent.start, 0) in self.background_paragraphs

    @cached_property
    def background_paragraphs(self) -> frozenset[int]:
        """The paragraphs that state an absolute time of a year before the publication year."""
        year = self.document.date.year if self.document.date else None
        if year is None:
            return frozenset()
        return frozenset(
            self.paragraph_of.get(sentence_of(root).start, -1)
            for tm, root in self.time_tokens
            if tm.basis == "absolute" and tm.value and _year_of(tm.value) < year
        )

    def doc_day(self) -> str | None:
        return None if self.document.date is None else self.document.date.isoformat()

    def _paragraphs(self) -> dict[int, int]:
        """Sentence start token -> paragraph number, paragraphs being separated by blank lines. A short
        first paragraph (a title or a dateline on its own) is counted with the lead."""
        view = token_view(self.doc)
        text = view.doc_text
        breaks: list[int] = []  # where each blank line ends, counted as ``str.count`` counts them
        at = text.find("\n\n")
        while at != -1:
            breaks.append(at + 2)
            at = text.find("\n\n", at + 2)
        short_first = bool(breaks) and breaks[0] - 2 < 100
        out: dict[int, int] = {}
        for start, _ in view.sents:
            para = bisect.bisect_right(breaks, view.idx[start])  # the blank lines before the sentence
            out[start] = max(0, para - 1) if short_first else para
        return out


def _days_between(earlier: str, later: str) -> int:
    """How many days ``later`` (an ISO day) is after ``earlier``."""
    return (dt.date.fromisoformat(later) - dt.date.fromisoformat(earlier)).days


def _bound_as_period(tm: TimeMention) -> TimeMention:
    """A planned act "by the end of the year" or "from November 1" is dated by that period: it will take
    place in it (or start on it), not at an open bound."""
    if tm.relation in {"by", "from"} and tm.value is not None and "/" not in tm.value:
        return replace(tm, value=tm.value.strip("."))
    return tm


def _year_of(value: str) -> int:
    digits = value.lstrip(".")[:4]
    return int(digits) if digits.isdigit() else 10_000


def _under(tok: Token, ancestor: Token) -> bool:
    head = token_view(tok.doc).head
    cur = tok.i
    while True:
        if cur == ancestor.i:
            return True
        if head[cur] == cur:
            return False
        cur = head[cur]


def _event_date(tm: TimeMention, end: str | None, *, lasting: bool) -> EventDate:
    """The date a time gives an event, ending at ``end`` (an "until" of the clause) when the time has no
    end of its own. An act that lasts (``lasting``) over a stated span of days ("from 10-13 September",
    "from May 5 to May 7") starts on its first day and ends on its last (FORMAT.md)."""
    if lasting and tm.precision == "range" and tm.value is not None and "/" in tm.value:
        first, last = tm.value.split("/", 1)
        if len(first) == len(last) == 10:
            return EventDate(first, "day", tm.basis, last, tm.span)
    return EventDate(tm.value, tm.precision, tm.basis, tm.end_value or end, tm.span)


def _owner_clause(root: Token, stop: Token) -> Token:
    """The clause a time belongs to (:func:`clause.owner_clause`), passing over a participle that only
    describes the noun it hangs on ("seized a tanker carrying fuel ... on Sunday", "a ship bound for Libya
    on Monday"): such a clause does nothing to date, and the parser's time under it is the act's."""
    owner = clause.owner_clause(root, stop=stop)
    while (
        owner.dep_ == "acl"
        and owner.tag_ in {"VBG", "VBN"}
        and owner.lemma_.lower() in DESCRIBING_VERBS
        and not any(c.dep_ == "prt" for c in owner.children)  # "the attack carried out last week" is done
        and owner.i != stop.i
    ):
        owner = clause.owner_clause(owner.head, stop=stop)
    return owner


def _names_a_thing(root: Token, verb: Token, owners: AbstractSet[int]) -> bool:
    """Whether a time is a modifier of a noun that is neither the event nor what its verb makes ("the 1990
    declaration" a demand refers to; not "brokered the 2019 peace deal", whose brokering it dates)."""
    noun = root.head
    made = noun.dep_ == "dobj" and noun.head.i == verb.i
    modifier = root.dep_ in {"compound", "nummod", "amod"} and noun.pos_ == "NOUN"
    return modifier and noun.i not in owners and not made


def _in_object(root: Token, verb: Token, trig: Token) -> bool:
    """Whether a time is inside the direct object of a verb that is not itself the trigger's noun."""
    return trig.i == verb.i and any(_under(root, o) for o in clause.children(verb, "dobj"))


def _dates_noun_of(root: Token, trig: Token) -> bool:
    """Whether a time is the of-phrase of an object other than the trigger ("welcomed the decision of 28
    August"): it dates that noun. An occasion the act is framed in dates the act ("in the Ankara
    Declaration of December 2024 the two agreed")."""
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ == "of" and prep.head.dep_ == "dobj" and prep.head.i != trig.i


def _told_in_past(verb: Token) -> bool:
    """Whether the verb tells of the past: a past, perfect or past passive verb ("had raised", "was
    arrested"), or a participle that a past verb governs ("opened the year by imposing tariffs in
    February"). Not an infinitive: "decided to impose tariffs in February" may look ahead."""
    tok = verb
    while True:
        if tok.tag_ == "VBD" or (
            tok.tag_ == "VBN"
            and any(
                a.dep_ in {"aux", "auxpass"} and (a.lemma_ == "have" or a.tag_ == "VBD") for a in tok.children
            )
        ):
            return True
        if tok.tag_ not in {"VBG", "VBN"} or tok.dep_ not in {"xcomp", "advcl", "pcomp", "conj"}:
            return False
        tok = tok.head.head if tok.dep_ == "pcomp" else tok.head


def _takes_effect(root: Token) -> bool:
    """Whether a time says when an act takes effect ("with effect from Dec. 1", "effective from Monday")."""
    prep = root if root.lower_ == "from" else root.head  # the time's root may be its preposition
    if prep.dep_ != "prep" or prep.lower_ != "from":
        return False
    return prep.head.lower_ in {"effect", "effective"}


def _modifies_noun(root: Token, noun: Token) -> bool:
    """Whether a time's word is the noun's own modifier ("talks last week", "the meeting on Monday")."""
    return root.head.i == noun.i or (root.head.dep_ == "prep" and root.head.head.i == noun.i)


def _inside_which(verb: Token) -> bool:
    """A relative clause set inside its antecedent's time by a preposition ("during which", "at which",
    "in the course of which")."""
    return any(
        c.dep_ == "prep" and any(o.lower_ == "which" for o in c.subtree)
        for c in verb.children
        if c.i < verb.i
    )


def _under_noun_joined_to(tok: Token, verb: Token) -> bool:
    """Whether ``tok`` hangs under a noun the parser joined to the verb as a conjunct ("condemned the
    efforts ... and the weaponization of energy ahead of elections in September")."""
    view = token_view(tok.doc)
    cur = tok.i
    while view.head[cur] != cur and cur != verb.i:
        if view.dep[cur] == "conj" and view.head[cur] == verb.i and view.pos[cur] in {"NOUN", "PROPN"}:
            return True
        cur = view.head[cur]
    return False


def _determined(noun: Token) -> bool:
    """ "the meeting", "their talks": an occasion already told, not "at a meeting"."""
    return any(d.dep_ == "poss" or d.lower_ in {"the", "this", "that"} for d in noun.children)
