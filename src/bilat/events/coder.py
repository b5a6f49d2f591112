"""The event coder: clause patterns over a parsed, actor-resolved document -> coded events.

For each sentence, each token whose lemma starts a pattern is tried: a verb with its particle, object,
subject and prepositional arguments, or a nominal event ("talks took place", "his visit"). The pattern
gives the PLOVER type, mode and CAMEO code; the clause gives the actors, the status (planned, ongoing,
hypothetical, negated), the date (from the time expressions the clause owns) and the place.

The two sides may be two actors of one state with different roles (CAN.COP -> CAN.CVL), never one actor
twice. An act PLOVER codes without a recipient (a protest, a mobilisation, a resignation or surrender)
whose clause names none gets the recipient ``---``, or in a story about a pair the pair's other side; an
attack whose author the text does not name ("a roadside bomb killed two soldiers") gets the source ``---``,
an arrest whose agent it does not name ("was detained in Russia") the police of the place. Whom an act
is aimed at is read in ``targets.py`` (with the victims of attacks and crackdowns that name nobody).

Confidence = pattern strength x the weaker side's actor certainty (a stated actor: its mention's
confidence; implied from the document's principal pair: 0.6) x a date factor (1.0 when the clause states
a date, 0.9 when the date is the publication date by default).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cached_property
from importlib import resources
from typing import TYPE_CHECKING

from bilat.actors.resolve import ActorIndex
from bilat.events import clause, modality, speech
from bilat.events.arguments import IMPLIED_CONFIDENCE, UNNAMED, Arguments, implied, same_party
from bilat.events.dating import STATEMENT_TYPES, Dater
from bilat.events.lexicon import (
    BARE_INSTITUTIONS,
    DECISION_WRAPPERS,
    FAILING_WRAPPERS,
    FRAMING_PREPS,
    LIGHT_VERBS,
    SUPPORT_NOUNS,
)
from bilat.events.merge import event_id, merge
from bilat.events.objects import CORE_OBJECT_DEPS, ObjectReader
from bilat.events.ontology import Ontology
from bilat.events.patterns import Pattern, PatternSet, regular_base, trigger_words
from bilat.events.reframe import (
    COERCIVE_TYPES,
    CONDITIONAL_THREAT_TYPES,
    INTENT_CAMEO,
    INTENT_TYPES,
    is_threat,
    threat_code,
)
from bilat.events.softpower import Sponsors
from bilat.events.targets import MEDIATION, Targets
from bilat.model import ActorRef, Document, Event, Mention, Place, Span, TimeMention
from bilat.nlp import entity_at, sentence_of, token_view
from bilat.places import PlaceResolver

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

CODER_VERSION = "bilat-coder 0.1"
# acts done to a thing of the other side of a story's pair, which names no recipient ("held talks", "shut
# the Torkham crossing"): the other side is implied
IMPLIED_OK = {
    "CONSULT", "AGREE", "SUPPORT", "COOPERATE", "AID", "SANCTION", "REQUEST", "THREATEN", "COERCE", "CONCEDE",
}  # fmt: skip
NO_RECIPIENT = UNNAMED
SPEAKER_AGENT_CONFIDENCE = 0.6  # a speaker's state as the agent of an act it reports with no agent named
JOINT_WRAPPERS = {"agree", "decide", "resolve"}  # several subjects agreeing to act act with each other
# acts aimed at an outsider: several subjects agreeing to them do not do them to each other ("South Korea
# and Japan agreed to respond firmly to provocations")
OUTWARD_TYPES = {"ACCUSE", "REQUEST", "REJECT", "THREATEN", "PROTEST", "SANCTION", "COERCE", "ASSAULT"}
# acts complete without a recipient, coded with none when the clause names none ("protesters marched",
# "the minister resigned", "troops were put on alert"); PLOVER's `needs_recipient` must be false for them
ONE_SIDED_TYPES = {"PROTEST", "MOBILIZE", "RETREAT"}
PAIR_AIMED_TYPES = {"MOBILIZE", "RETREAT"}  # in a story about a pair, aimed at the other side
AGENTLESS_TYPES = {"ASSAULT", *ONE_SIDED_TYPES}  # a passive of these takes no agent from its speaker
ATTACK_WORDS = {"attack", "strike", "airstrike", "raid", "bombardment", "shelling", "bombing", "assault"}
ANSWERING_PREPS = {"to", "over", "against"}  # "responded to X's strike", "protested over X's raids"
OUTCOME_NOUNS = {"result", "outcome", "success", "conclusion"}  # "reviewed the results of the visit by X"
ANTI_GOVERNMENT = re.compile(r"\banti-?\s?government\b", re.IGNORECASE)  # "anti-government protests"
NOUN_POS = {"NOUN", "PROPN"}
TRIGGER_POS = {"VERB", "AUX", *NOUN_POS}  # the parts of speech of a pattern's trigger (see _match)


def load_contexts() -> dict[str, frozenset[str]]:
    text = resources.files("bilat.events").joinpath("data/contexts.toml").read_text("utf-8")
    return {k: frozenset(v) for k, v in tomllib.loads(text).items()}


@dataclass(frozen=True)
class _Hit:
    pattern: Pattern
    trigger: Token
    obj: Token | None  # the object that matched, if the pattern needs one


@dataclass(frozen=True)
class _Frame:
    """One event before it becomes an :class:`Event`."""

    hit: _Hit
    source: ActorRef
    target: ActorRef
    source_conf: float
    target_conf: float
    plover: str
    cameo: str
    status: str
    symmetric: bool
    clause: Token
    inner: Token | None = None  # for a promise ("agreed to meet in 2025"), the promised act: not its date


class Coder:
    """Codes events in parsed documents. Build once, use for many documents."""

    def __init__(self, patterns: PatternSet, ontology: Ontology, places: PlaceResolver) -> None:
        self.patterns = patterns
        self.ontology = ontology
        self.places = places
        self.contexts = load_contexts()
        self.sponsors = Sponsors.load()

    def code(
        self,
        doc: Doc,
        document: Document,
        actors: ActorIndex,
        speakers: Mapping[int, Mention],
        times: Sequence[TimeMention],
    ) -> list[Event]:
        run = _DocumentRun(self, doc, document, actors, speakers, times)
        return run.events()


class _DocumentRun:
    def __init__(
        self,
        coder: Coder,
        doc: Doc,
        document: Document,
        actors: ActorIndex,
        speakers: Mapping[int, Mention],
        times: Sequence[TimeMention],
    ) -> None:
        self.c = coder
        self.doc = doc
        self.document = document
        self.actors = actors
        self.speakers = speakers
        self.view = token_view(doc)
        self.dater = Dater(doc, document, times, frozenset(coder.patterns.nouns))
        self.args = Arguments(actors, coder.places, coder.sponsors, document)
        self.targets = Targets(self.args, actors)
        self.consumed: set[int] = set()
        self.objects = ObjectReader(doc, actors, coder.sponsors, coder.contexts["military"])
        self.locations: dict[int, Place | None] = {}  # _location's finding, by clause
        self.coded: list[Event] = []  # events of earlier sentences, for "rejected the accusations"

    # -- driver ------------------------------------------------------------------------------------------

    def events(self) -> list[Event]:
        out: list[Event] = []
        for sent in self.doc.sents:
            ranked = [
                hits
                for i in range(sent.start, sent.end)
                if self.view.pos[i] in TRIGGER_POS and (hits := self._match(i))
            ]
            # "held talks": the talks are the holding; "vowed to respond to Israel's strike": the strike is
            # its author's act, which a threat answers
            claimed = {
                h[0].obj.i
                for h in ranked
                if h[0].obj is not None and h[0].pattern.pos == "verb" and h[0].pattern.plover != "THREATEN"
            }
            ranked = [h for h in ranked if not (h[0].pattern.pos == "noun" and h[0].trigger.i in claimed)]
            # Acts inside a wrapper first: when one is coded ("agreed to hold exercises" is AGREE), it
            # stands for its wrapper, which is then not coded again; a failure ("failed to agree") stands
            # for it too. Requests and threats ("urged X to impose sanctions") keep their own pattern.
            wrapped = [(h, w) for h in ranked if (w := modality.wrapper_of(h[0].trigger)) is not None]
            for hits, (kind, head) in wrapped:
                if kind not in {"intent", "threat", "help", "refuse", "fail", "continue"}:
                    continue
                found = self._first_events(hits, sent)
                out.extend(found)
                if found or kind == "fail":
                    self.consumed.add(head.i)
                self.consumed.add(hits[0].trigger.i)
            for hits in ranked:
                if hits[0].trigger.i not in self.consumed:
                    out.extend(self._first_events(hits, sent))
            self.coded = list(out)
        return merge(out)

    def _first_events(self, hits: Sequence[_Hit], sent: SpacySpan) -> list[Event]:
        """The events of the most specific pattern that yields any; one that names no recipient only when
        no other pattern names one ("launched a joint exercise" is cooperation before it is a drill), and
        one whose recipient is only implied by the story's pair only when no other names one."""
        one_sided: list[Event] = []
        # "sent warships around Taiwan": the deployment names Taiwan, aid only implies it
        implied: list[Event] = []
        for hit in hits:
            found = self._events_for(hit, sent)
            if any(not _recipient_assumed(e) and not e.target.implied for e in found):
                return found
            if any(not _recipient_assumed(e) for e in found):
                implied = implied or found
            one_sided = one_sided or found
        return implied or one_sided

    def _match(self, i: int) -> list[_Hit]:
        """The patterns token ``i`` may trigger, ranked (a token is built only for a word with patterns)."""
        view = self.view
        lemma, pos, lower = view.lemma[i], view.pos[i], view.lower[i]
        if pos == "VERB" or (pos == "AUX" and lemma != "be") or clause.verb_read_as_noun(view, i):
            if lemma not in self.c.patterns.verbs:
                lemma = regular_base(lower, self.c.patterns.verbs) or lemma
            cands = self.c.patterns.verbs.get(lemma, ())
            return self._ranked(self.doc[i], cands, verb=True, lemma=lemma) if cands else []
        if pos in NOUN_POS:
            cands = self.c.patterns.nouns.get(lemma, ()) or self.c.patterns.nouns.get(lower, ())
            return self._ranked(self.doc[i], cands, verb=False) if cands else []
        return []

    def _ranked(self, tok: Token, cands: Sequence[Pattern], *, verb: bool, lemma: str = "") -> list[_Hit]:
        """The patterns that fit, most specific first: those whose object matched, then those whose
        particle or preposition matched ("call on" before "call"), then bare lemmas (in file order).
        "welcomed the Prime Minister" is a hosted visit; "welcomed the decision" falls to praise."""
        if not cands:
            return []
        with_object: list[_Hit] = []
        specific: list[int] = []
        generic: list[tuple[int, _Hit]] = []
        names_object: bool | None = None  # whether the verb names its object, read when first needed
        words = trigger_words(tok, lemma)
        for p in cands:
            fits = p.trigger_phrases(tok, verb=verb, words=words)
            if not fits:
                continue
            needed = not p.objects or (lemma == "call" and not p.judgement)
            if verb and needed and names_object is None:  # read once, when first needed
                names_object = clause.names_object(tok)
            if p.objects and needed and names_object:
                continue  # "called the strikes a flagrant aggression" judges the strikes, calls none
            if p.objects:
                obj = (
                    self.objects.judged(tok, p)
                    if p.judgement
                    else self.objects.match(tok, p, core_only=bool(p.source))
                )
                if obj is not None:
                    with_object.append(_Hit(p, tok, obj))
                    specific.append(max((len(ph.mods) for ph in p.object_phrases(obj)), default=0))
            elif verb:
                if not names_object:  # no bare-verb pattern fits "called the veto a X"
                    generic.append((max(len(ph.mods) for ph in fits), _Hit(p, tok, None)))
            elif self._noun_is_event(tok, p):
                generic.append((max(len(ph.mods) for ph in fits), _Hit(p, tok, None)))
        generic.sort(key=lambda g: (-g[0], not g[1].pattern.crowd))  # a crowd's protest before a complaint
        if generic and generic[0][0] > 0:  # "called for restraint" is no phone call: the phrase's sense wins
            generic = [g for g in generic if g[0] > 0]
        # the most specific object first: "withdrew diplomatic personnel" is an expulsion before a retreat;
        # a less specific reading of the same object is no fallback ("staged a hunger strike" is no attack);
        # among equals, one that matched the direct object ("released $10 million from its relief fund" is
        # money given before it is a fund unfrozen)
        by_specificity = sorted(
            zip(specific, with_object, strict=True),
            key=lambda x: (-x[0], x[1].obj is not None and x[1].obj.dep_ not in CORE_OBJECT_DEPS),
        )
        best: dict[int, int] = {}
        for n, h in by_specificity:
            best.setdefault(h.obj.i if h.obj is not None else -1, n)
        ranked = [h for n, h in by_specificity if n == best[h.obj.i if h.obj is not None else -1]]
        return ranked + [h for _, h in generic]

    def _noun_is_event(self, noun: Token, p: Pattern) -> bool:
        """A nominal trigger counts when it happens ("talks took place", "the visit will last"), or was
        signed/held by a passive verb, or is governed by a light verb, or names its parties."""
        head = noun.head
        if modality.noun_cancelled(noun):
            return False
        if "host.subj" in p.target and (clause.answers_request(noun) or clause.means_of_act(noun)):
            return True  # "at the request of Nepal", "following mediation by the UAE": the act answers it
        if p.target == ("host.subj",):
            return False
        if noun.dep_ in {"nsubj", "nsubjpass"} and head.lemma_.lower() in clause.HAPPEN_VERBS:
            return True
        if noun.dep_ == "dobj" and head.lemma_.lower() in LIGHT_VERBS:
            return True
        has_party = any(c.dep_ == "poss" and self.actors.at(c.i) for c in noun.children)
        has_party = has_party or any(
            self.args.mention_in(p2)
            for prep in ("with", "between", "to", "against")
            # "the visit by Modi to Moscow": the parser hangs "to" on the visitor
            for p2 in clause.with_conjuncts(clause.nested_prep_objects(noun, prep, depth=1))
        )
        # "during his visit to Kyiv", "ahead of talks with Iran": a framing phrase of the clause
        framing = noun.dep_ == "pobj" and head.lower_ in FRAMING_PREPS
        # "vowed to respond to Israel's air strike on Doha": an act its author's name owns, answered
        authored = (
            noun.dep_ == "pobj"
            and head.lower_ in ANSWERING_PREPS
            and any(c.dep_ == "poss" and self.actors.at(c.i) for c in noun.children)
        )
        # "reviewed the results of the visit by X to Tehran": an act whose outcome is told
        outcome = noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in OUTCOME_NOUNS
        return has_party and (noun.dep_ in {"nsubj", "nsubjpass", "dobj"} or framing or authored or outcome)

    # -- one trigger ---------------------------------------------------------------------------------------

    def _events_for(self, hit: _Hit, sent: SpacySpan) -> list[Event]:
        p = hit.pattern
        trig = hit.trigger
        verb = trig if p.pos == "verb" else clause.clause_head(trig)
        reported = trig.i in self.speakers
        st = modality.status_of(verb, reported=reported)
        negated_object = hit.obj is not None and modality.noun_negated(hit.obj)  # "no agreement was signed"
        wrapper = modality.wrapper_of(verb) if p.pos == "verb" else None
        kind = wrapper[0] if wrapper else None
        # saying no to an act one is asked or expected to do is a rejection: "will not release the crew",
        # "failed to reach agreement"; other negated acts are no event
        failed = wrapper is not None and wrapper[1].lemma_.lower() in FAILING_WRAPPERS
        if p.refused is not None and not st.disowned and not negated_object and (failed or _says_no(p, st)):
            kind = "refuse"
        elif (
            st.void
            or negated_object
            or (p.pos == "noun" and (modality.noun_cancelled(trig) or modality.noun_asked(trig)))
        ):
            return []
        if kind == "govern" and p.promised and verb.dep_ == "ccomp":
            kind = None  # "warned that Caracas would respond firmly": the warning says the speaker's own act
        to_come = "planned" if kind in {"intent", "threat"} else st.status  # "vowed to retaliate"
        if kind in {"fail", "govern"} or not p.holds(to_come, modality.condition_mark(verb)):
            return []
        if kind == "help" and p.plover == "ACCUSE":
            return []  # "divers to help inspect the damaged cable": an inquiry one helps is no accusation
        if (
            verb.dep_ == "advcl"
            and clause.is_purpose(verb)
            and wrapper is None
            and not clause.purpose_is_the_act(p.plover, verb)
        ):
            return []  # a purpose ("... to support Viet Nam's transition") is no event of its own
        if modality.awaited(verb):
            return []  # "would not lift the surcharge until Colombia sent more troops": a condition
        if clause.met_with_a_reaction(verb):
            return []  # "any attack would be met with a crushing response": no meeting
        if clause.elaborates(verb):
            return []  # "adopted sanctions, targeting aluminium imports": what the main act aims at
        if p.foreign_place and (subj := clause.subject(verb)) is not None and clause.many_people(subj):
            return []  # "instructors arrived in X", "a batch of troops arrived": a deployment, not a visit
        if p.crowd and not clause.is_crowd(clause.subject(verb), self.actors.at):
            return []  # "Japan protested" is a complaint (accuse.condemn), "thousands protested" a rally
        if p.foreign_place and subj is not None and clause.carries_cargo(subj):
            return []  # "an aircraft carrying tents landed in Kabul" is a delivery, not a visit
        sources = self._sources(hit, verb)
        helper: list[tuple[ActorRef, float]] = []
        parties = (
            self.args.roles(trig, hit.pattern, hit.obj, ("obj.prep:between", "prep:between"))
            if kind == "help" and wrapper is not None
            else []
        )
        if parties and p.cameo != MEDIATION:
            helper, sources = sources, parties[:1]
        if not sources and p.cameo != MEDIATION and self._pair_acting(p, verb) is None:
            # an act with no agent, named or implied, is no event: whom it aims at need not be read (a
            # mediation's is, for the joint act Targets keeps by trigger)
            return []
        if parties and p.cameo == MEDIATION:
            targets = parties  # "helped broker a deal between A and B": the helper mediates
        elif parties:
            targets = parties[1:]
        else:
            targets = self.targets.of(hit.pattern, trig, hit.obj, sources, self.coded)
        if not targets and p.plover == "CONSULT" and kind == "intent":
            # "Brazil called on the two governments to show restraint and offered to host talks"
            targets = self.targets.both_sides({s.code.split(".")[0] for s, _ in sources})
        if not targets and st.status != "occurred" and p.plover in CONDITIONAL_THREAT_TYPES:
            # "would boycott the talks unless Pristina withdrew its police": the threat aims at the
            # party its condition names
            targets = self.args.roles(trig, p, hit.obj, ("condition.subj",))
        # "Colombia and Venezuela agreed to reopen their border": an agreement is between its parties
        jointly = (
            kind == "intent"
            and wrapper is not None
            and wrapper[1].lemma_.lower() in JOINT_WRAPPERS
            and p.plover not in OUTWARD_TYPES
        )
        frames = self._pair_up(hit, sources, targets, st.status, verb, jointly)
        if kind == "refuse":
            frames = [self._as_rejection(f, p) for f in frames]
        elif kind == "intent" and wrapper is not None and modality.abandoned_plan(wrapper[1]):
            frames = []
        elif kind == "intent" and wrapper is not None:
            # "offered to send troops to help Lithuania secure its border": no threat; the help is coded
            frames = [
                self._as_intent(f, wrapper[1])
                for f in frames
                if not (f.plover == "MOBILIZE" and clause.deployed_to_help(verb))
            ]
        elif kind == "threat" and wrapper is not None:
            frames = [self._as_threat(f, wrapper[1]) for f in frames]
        elif kind == "continue" and st.status == "occurred":
            frames = [replace(f, status="ongoing") for f in frames]
        elif (
            frames
            and st.status in {"planned", "hypothetical"}
            and is_threat(p.plover, st.status, modality.condition_mark(verb), self._voice(frames[0]))
        ):
            frames = [self._as_threat(f, verb) for f in frames]  # "will withdraw its force unless ..."
        elif p.promised:  # "said it would retaliate if ...": the saying is the threat, not a forecast of it
            onlooker = speech.forecast_or_unsaid(verb)
            frames = [
                replace(f, status="occurred") for f in frames if self._voice(f) != "other" and not onlooker
            ]
        elif p.plover == "THREATEN" and (st.status == "planned" or modality.only_conditional(verb)):
            # "Washington will review its ties with Tbilisi": saying so is the threat, made when said
            frames = [replace(f, status="occurred") for f in frames]
        if st.status == "hypothetical" and modality.speculative(verb):
            # what could or might happen is no event; a threat made of it was turned into one above
            frames = [f for f in frames if f.status != "hypothetical"]
        if st.status == "planned" and reported:
            frames = [self._quoted_future(f, trig) for f in frames]
        for h, hconf in helper:
            for f in frames[:1]:
                mediation = replace(
                    f,
                    source=h,
                    source_conf=hconf,
                    plover="CONSULT",
                    cameo=MEDIATION,
                    symmetric=False,
                )
                frames.append(mediation)
        events: list[Event] = []
        for f in frames:
            events.extend(self._finish(f, sent, reported))
        return events

    def _sources(self, hit: _Hit, verb: Token) -> list[tuple[ActorRef, float]]:
        trig = hit.trigger
        if hit.pattern.source:
            return self.args.roles(trig, hit.pattern, hit.obj, hit.pattern.source)
        if hit.pattern.pos == "noun":
            toks = [c for c in trig.children if c.dep_ == "poss"] + clause.prep_objects(trig, "by")
            if not toks and hit.pattern.symmetric:  # "talks between Egypt and Ethiopia": the first party
                # acts, the others receive, even in what a third party welcomes ("Qatar welcomed the talks
                # between Iran and the US"); not a mediation, whose parties are its recipients
                toks = clause.prep_objects(trig, "between")[:1]
            if not toks and trig.dep_ == "dobj":
                subj = clause.subject(trig.head)
                toks = [subj] if subj is not None else []
            if not toks:
                toks = [c for c in trig.children if c.dep_ in {"amod", "compound"} and self.actors.at(c.i)]
            if not toks:
                toks = clause.prep_objects(trig, "between")[:1]
            if not toks and trig.dep_ == "pobj" and trig.head.lower_ in FRAMING_PREPS:
                subj = clause.subject(clause.clause_head(trig))  # "X, speaking during a visit to Kyiv"
                toks = [subj] if subj is not None else []
        else:
            toks = clause.subjects(verb) or clause.issuer_subjects(verb) or clause.fronted_subjects(verb)
            subj = toks[0] if toks else None
            reporter = verb.head.head if verb.dep_ == "conj" and verb.head.dep_ == "ccomp" else None
            owner = subj.head if subj is not None else verb  # the verb the subject is the subject of
            if reporter is None and subj is not None and subj.pos_ == "PRON" and owner.dep_ == "ccomp":
                # "Mali, Burkina Faso and Niger said they were recalling ...", "said they had tried to
                # kill ...": a pronoun the resolver left open, in what a speaker says, is the speaker
                reporter = owner.head if speech.is_speech_verb(owner.head) else None
            if reporter is not None and not self.args.actors(toks):
                # "X said the deliveries would prolong the war and accused Germany ...": the parser
                # hangs "accused" on the reported verb; its subject names no actor, the reporter does
                toks = clause.subjects(reporter)
            if toks:
                toks = toks + clause.co_agents(verb)
        found = self.args.actors(toks)
        if not found and hit.pattern.plover == "ASSAULT" and hit.pattern.pos == "verb":
            return self._earlier_attacker(verb) or self.args.unnamed_attacker(verb)
        if not found and hit.pattern.mode == "arrest" and hit.pattern.pos == "verb":
            found = self.args.arresting_state(verb)
        if not found and hit.pattern.plover == "MOBILIZE" and clause.is_passive(verb):
            # "Polish fighter jets were scrambled", "Chinese warships were deployed near Taiwan": forces
            # moved are their own state's
            found = self.args.actors(clause.children(verb, "nsubjpass"))
        if not found and hit.pattern.pos == "verb" and toks:
            found = self._speakers_institution(hit, toks[0])
        if not found and hit.pattern.pos == "verb" and hit.pattern.plover not in AGENTLESS_TYPES:
            found = self._passive_agent(hit, verb)
        if not found and hit.pattern.plover == "PROTEST" and hit.pattern.pos == "verb":
            found = self._local_crowd(verb)
        return found

    def _local_crowd(self, verb: Token) -> list[tuple[ActorRef, float]]:
        """Protesters the text does not name are the people of the city they protest in ("Members of
        Hindu groups staged a protest outside the Bangladesh High Commission in Kolkata": India's
        civilians)."""
        place = self._location(verb)
        if place is None or place.country is None:
            return []
        return [(ActorRef(f"{place.country}.CVL", place.name, place.span, implied=True), IMPLIED_CONFIDENCE)]

    def _earlier_attacker(self, verb: Token) -> list[tuple[ActorRef, float]]:
        """The author of an attack the clause refers back to ("Israel struck Doha ... Tuesday's strike
        killed five", "the raid wounded two"): the latest attack of the document whose author is named."""
        subj = clause.subject(verb)
        if subj is None or subj.lemma_.lower() not in ATTACK_WORDS:
            return []
        if not any(c.dep_ == "poss" or c.lower_ in {"the", "this", "that"} for c in subj.children):
            return []
        earlier = [e for e in self.coded if e.plover_type == "ASSAULT" and e.source.code != UNNAMED]
        if not earlier:
            return []
        e = earlier[-1]
        return [(ActorRef(e.source.code, subj.text, None, implied=True), IMPLIED_CONFIDENCE)]

    def _speakers_institution(self, hit: _Hit, subj: Token) -> list[tuple[ActorRef, float]]:
        """An institution named by a bare noun ("authorities", "police") in what an official of a state
        says is that state's: "Venezuela's interior minister said authorities had arrested three U.S.
        citizens"."""
        role = BARE_INSTITUTIONS.get(subj.lemma_.lower())
        speaker = self.speakers.get(hit.trigger.i)
        if (
            role is None
            or speaker is None
            or any(c.dep_ in {"poss", "amod", "compound"} for c in subj.children)
        ):
            return []
        state = speaker.code.split(".")[0]
        return [(ActorRef(f"{state}.{role}", subj.text, None, implied=True), SPEAKER_AGENT_CONFIDENCE)]

    def _passive_agent(self, hit: _Hit, verb: Token) -> list[tuple[ActorRef, float]]:
        """The agent of a passive act that names none. An institution the act's object was brought to,
        where the pattern takes no recipient there: "the ambassador was summoned to the German foreign
        ministry", "was invited to the White House". Else the state that speaks of its own act: "Wadephul
        said the Russian ambassador had been summoned", "the ministry said two diplomats had been
        expelled". Not for attacks, whose victims speak of them that way, nor for acts that need no
        recipient ("the patrol was conducted in accordance with international law")."""
        if not clause.is_passive(verb) or clause.subject(verb) is not None:
            return []
        if "prep:to" not in hit.pattern.target:
            hosts = self.args.actors(clause.prep_objects(verb, "to"), places=False)
            hosts = [(a, c) for a, c in hosts if "." in a.code]  # an institution, not a state or a capital
            if hosts:
                return hosts
        speaker = self.speakers.get(hit.trigger.i)
        if speaker is None:
            return []
        agent = ActorRef(speaker.code, speaker.text, speaker.span, implied=True)
        return [(agent, SPEAKER_AGENT_CONFIDENCE)]

    def _pair_up(
        self,
        hit: _Hit,
        sources: list[tuple[ActorRef, float]],
        targets: list[tuple[ActorRef, float]],
        status: str,
        verb: Token,
        jointly: bool = False,
    ) -> list[_Frame]:
        p = hit.pattern
        pair = self.actors.principal_pair
        if not sources and (acting := self._pair_acting(p, verb)) is not None:
            a, b = acting
            sources = [implied(a)]
            targets = targets or [implied(b)]
        if not sources:
            return []
        # "Japan, the US and Korea held drills", "Colombia and Venezuela agreed to reopen their border"
        joint = not targets and len(sources) >= 2 and (p.symmetric or jointly)
        partnered = hit.obj is not None or p.pos == "noun"  # "held talks", "signed a deal", "the visit"
        if not targets and not joint and partnered and pair is not None and p.plover in IMPLIED_OK:
            src_entities = {s.code.split(".")[0] for s, _ in sources}
            other = [e for e in pair if e not in src_entities]
            if len(other) == 1 and len(src_entities & set(pair)) == 1:
                targets = [implied(other[0])]
        if (
            not targets
            and not joint
            and p.plover in ONE_SIDED_TYPES
            and not self.c.ontology.plover(p.plover).needs_recipient
        ):
            targets = self._no_recipient(p, sources, verb)
            if p.mode in {"access", "release"}:  # letting in or freeing: whom or whose, if only implied
                targets = [t for t in targets if t[0].code != NO_RECIPIENT]
        if len(sources) >= 2 and clause.reciprocal(verb):
            # "Kazakhstan and Kyrgyzstan accused each other": each of the other, whatever else was found
            pairs = [(a, b) for a in sources for b in sources if a is not b]
        elif joint:  # every pair of the joint actors
            pairs = [(a, b) for i, a in enumerate(sources) for b in sources[i + 1 :]]
        else:
            pairs = [(a, b) for a in sources for b in targets]
        frames: list[_Frame] = []
        for (s, sc), (t, tc) in pairs:
            if same_party(s.code, t.code):
                continue
            frames.append(_Frame(hit, s, t, sc, tc, p.plover, p.cameo, status, p.symmetric, verb))
        return frames

    def _pair_acting(self, p: Pattern, verb: Token) -> tuple[str, str] | None:
        """The story's pair, when it is the implied agent of a joint act no agent is named for ("talks were
        held", "the agreement"): a symmetric act of a kind the pair does, said by a noun or a passive."""
        pair = self.actors.principal_pair
        if pair is None or not p.symmetric or p.plover not in IMPLIED_OK:
            return None
        return pair if p.pos == "noun" or clause.is_passive(verb) else None

    def _no_recipient(
        self, p: Pattern, sources: Sequence[tuple[ActorRef, float]], verb: Token
    ) -> list[tuple[ActorRef, float]]:
        """The recipient of an act that needs none and whose clause names none. In a story about a pair, a
        military move by one of them ("moved a brigade to the border", "withdrew its troops") is aimed
        at the other, implied; a protest its sentence calls anti-government is aimed at the protesters'
        government; otherwise there is none: a protest with no named target is most often about home
        affairs, and an act with no recipient by nature (a pattern with no target roles: "resigned")
        never has one. A rally for someone that names no target ("rallied in Niamey in support of Tiani")
        is no protest at all: no recipient, no event."""
        pair = self.actors.principal_pair
        src = {s.code.split(".")[0] for s, _ in sources}
        if p.target and p.plover in PAIR_AIMED_TYPES and pair is not None and len(src & set(pair)) == 1:
            other = next(e for e in pair if e not in src)
            return [implied(other)]
        if p.plover == "PROTEST" and len(src) == 1 and ANTI_GOVERNMENT.search(sentence_of(verb).text):
            return [implied(f"{next(iter(src))}.GOV")]
        if p.plover == "PROTEST" and any(
            o.lemma_.lower() in SUPPORT_NOUNS for c in verb.children if c.lower_ == "in" for o in c.children
        ):
            return []
        return [(ActorRef(NO_RECIPIENT, ""), 1.0)]

    def _as_rejection(self, f: _Frame, p: Pattern) -> _Frame:
        cameo = p.refused or ("125" if f.plover == "CONSULT" else "120")
        return replace(f, plover="REJECT", cameo=cameo, symmetric=False, status="occurred")

    def _as_intent(self, f: _Frame, wrapper: Token) -> _Frame:
        """ "agreed to hold talks": an intent to meet (AGREE); "is prepared to impose martial law", "vowed
        to strike back": a threat; a decision or agreement to act ("decided to impose sanctions") is the
        act itself."""
        if f.plover in COERCIVE_TYPES and wrapper.lemma_.lower() not in DECISION_WRAPPERS:
            return self._as_threat(f, wrapper)
        if f.plover == "THREATEN":  # "vowed to take countermeasures if ...": the vow is the threat, made
            return replace(f, status="occurred", clause=wrapper, inner=f.clause)
        if f.plover not in INTENT_TYPES:
            return f
        scheduling = wrapper.lemma_.lower() in {"plan", "intend", "expect", "prepare", "aim"}
        return replace(
            f,
            plover="AGREE",
            cameo=INTENT_CAMEO[f.plover],
            status="planned" if scheduling else "occurred",
            clause=wrapper,
            inner=f.clause,
        )

    def _as_threat(self, f: _Frame, wrapper: Token) -> _Frame:
        """ "threatened to cut ties with X": a threat (made, so occurred) against the act's target."""
        threat = replace(f, plover="THREATEN", cameo=threat_code(f.cameo), symmetric=False)
        return replace(threat, status="occurred", clause=wrapper, inner=f.clause)

    def _voice(self, f: _Frame) -> str:
        """Who says the act will happen: "own" (the source of itself: "NATO said it would ..."), "source"
        (the source: "Israel would strike X if ..., an Israeli minister said"), "none" (nobody named) or
        "other" (a third party: "..., a U.S. official said")."""
        speaker = self.speakers.get(f.hit.trigger.i)
        if speaker is None:
            return "none"
        if speaker.entity != f.source.code.split(".")[0]:
            return "other"
        subj = clause.subject(f.clause)
        return "own" if subj is not None and subj.pos_ == "PRON" else "source"

    def _quoted_future(self, f: _Frame, trig: Token) -> _Frame:
        """A party's own words about what it will do ("We will continue developing our cooperation")
        are an expression of intent (PLOVER AGREE)."""
        if f.plover not in INTENT_TYPES:
            return f
        speaker = self.speakers.get(trig.i)
        parties = {f.source.code.split(".")[0], f.target.code.split(".")[0]}
        subj = clause.subject(f.clause)
        if speaker is None or speaker.entity not in parties or subj is None:
            return f
        first_person = subj.lower_ in {"we", "i"}
        own_promise = f.plover == "SUPPORT" and f.source.code.split(".")[0] == speaker.entity
        if not (first_person or own_promise):
            return f  # "X will travel to Y, the ministry said" stays a planned visit
        return replace(f, plover="AGREE", cameo=INTENT_CAMEO[f.plover], status="occurred")

    # -- finishing: contexts, dates, places -----------------------------------------------------------------

    def _finish(self, f: _Frame, sent: SpacySpan, reported: bool) -> list[Event]:
        p = f.hit.pattern
        trig = f.hit.trigger
        contexts = p.context or self._infer_contexts(trig, f.hit.obj)
        cameo = f.cameo
        mode = p.mode if f.plover == p.plover else self.c.ontology.cameo(cameo).plover_mode
        if f.plover == p.plover and f.cameo == p.cameo:
            cameo = p.cameo_for(contexts)
        if f.plover == "CONSULT" and cameo == "040" and clause.by_phone(f.clause):
            cameo, mode = "041", "phone"
        # a request, threat, promise or refusal is dated by its own clause, not by the act it is about
        # ("called on the bloc to adopt sanctions by Feb. 24")
        view = self.view
        governed = [c for c in view.children[trig.i] if view.dep[c] in {"xcomp", "ccomp"}][:1]
        inner = f.inner or (self.doc[governed[0]] if governed and f.plover in STATEMENT_TYPES else None)
        pair = self.actors.principal_pair
        dates = self.dater.dates(
            f.clause,
            trig,
            f.status,
            f.plover,
            f.cameo,
            sent,
            reported,
            exclude=inner,
            obj=f.hit.obj,
            by_story_side=pair is not None and f.source.code.split(".")[0] in pair,
        )
        joint = self.targets.mediated_acts.get(trig.i) if f.target.implied else None
        if joint is not None and all(d.span is None for d, _ in dates):
            dates = [(joint.date, 1.0)]  # "The talks were mediated by Turkey": when the talks were held
        location = self._location(f.clause)
        events = []
        for date, date_factor in dates:
            if date.value is None and clause.since_clause(f.clause):
                continue  # background the text does not date: "the deadliest since they began talks"
            if location is None and self.document.dateline is not None and date.value == self.dater.doc_day():
                location = self._dateline_place
            conf = p.strength * min(f.source_conf, f.target_conf) * date_factor
            day = self.dater.doc_day()
            status = f.status
            if status == "occurred" and date.precision == "day" and day and (date.value or "") > day:
                status = "planned"  # "arrives in Beijing on Friday", written on Thursday
            code = self.c.ontology.cameo(cameo)
            speaker = self.speakers.get(trig.i)
            events.append(
                Event(
                    event_id=event_id(
                        self.document.id, trig.idx, f.source.code, f.target.code, f.plover, date.value
                    ),
                    doc_id=self.document.id,
                    source=f.source,
                    target=f.target,
                    plover_type=f.plover,
                    cameo_code=code.code,
                    cameo_root=code.root,
                    quad_class=code.quad_class,
                    goldstein=code.goldstein,
                    date=date,
                    status=status,  # type: ignore[arg-type]
                    confidence=round(conf, 3),
                    coder_version=CODER_VERSION,
                    evidence=self.document.text[sent.start_char : sent.end_char].strip(),
                    sentence_span=Span(sent.start_char, sent.end_char, self.document.id),
                    trigger_span=Span(trig.idx, trig.idx + len(trig.text), self.document.id),
                    trigger=trig.text,
                    symmetric=f.symmetric,
                    plover_mode=mode,
                    context=tuple(contexts) if f.plover == p.plover else (),
                    location=location,
                    speaker=None if speaker is None else ActorRef(speaker.code, speaker.text, speaker.span),
                    pattern=p.id,
                )
            )
        return events

    def _infer_contexts(self, trig: Token, obj: Token | None) -> list[str]:
        words: set[str] = set()
        view = self.view
        heads = [obj] if obj is not None else clause.children(trig, "dobj") or [trig]
        for t in heads:
            for sub in view.subtree(t.i):
                if view.dep[sub] in {"amod", "compound", "pobj", "nmod", "conj"} or sub == t.i:
                    words.add(view.lemma[sub])
                    words.add(view.lower[sub])
        found = [ctx for ctx, keys in self.c.contexts.items() if words & keys]
        return found[:3]

    @cached_property
    def _dateline_place(self) -> Place | None:
        """The dateline's place, resolved once for the document's events dated that day."""
        dl = self.document.dateline
        if dl is None or dl.place is None:
            return None
        return self.c.places.resolve(dl.place, span=dl.place_span)

    def _location(self, verb: Token) -> Place | None:
        """A city or capital in an in/at phrase of the clause (not of a sub-clause), found once a clause."""
        if verb.i not in self.locations:
            self.locations[verb.i] = self._find_location(verb)
        return self.locations[verb.i]

    def _find_location(self, verb: Token) -> Place | None:
        view = self.view
        subs = clause.subclause_ids(view, verb.i)
        for i in view.subtree(verb.i):
            if i in subs or view.dep[i] != "pobj" or view.lower[view.head[i]] not in {"in", "at"}:
                continue
            m = self.actors.at(i)
            if m is not None and m.kind in {"capital", "city"}:
                return self.c.places.resolve(m.text, span=m.span)
            if view.ent_type[i] in {"GPE", "LOC", "FAC"} and m is None:
                ent = entity_at(self.doc, i)
                if ent is not None:
                    place = self.c.places.resolve(
                        ent.text, span=Span(ent.start_char, ent.end_char, self.document.id)
                    )
                    if place is not None:
                        return place
        return None


def _recipient_assumed(e: Event) -> bool:
    """An act that needs no recipient whose clause names none (see ``_DocumentRun._no_recipient``)."""
    return e.target.code == NO_RECIPIENT or (e.target.implied and e.plover_type in ONE_SIDED_TYPES)


def _says_no(p: Pattern, st: modality.Status) -> bool:
    """Whether a negated act is a refusal: a stance ("has not agreed", "does not recognise") in any
    tense, an act one will not, would not or does not do ("will not release the crew"); an act that
    "did not" happen is a report of what was not done."""
    return st.negated and (p.plover in {"AGREE", "SUPPORT"} or st.tense != "past")
