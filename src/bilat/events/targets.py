"""Whom an act is aimed at: the actors in its pattern's target roles; else the recipient of the act that
carries it ("lodged a protest with X and requested an explanation"); for an attack or a crackdown on
people or homes no role names, the civilians of the state where it happened; for an act "in response",
whoever acted before; for a judgement of an earlier act ("condemned the strikes", "rejected the
accusations"), that act's author."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace
from typing import TYPE_CHECKING

from bilat.actors.resolve import ActorIndex
from bilat.events import clause, modality
from bilat.events.arguments import REPRESSION_TYPES, UNNAMED, Arguments, implied
from bilat.events.lexicon import (
    ATTACK_NOUNS,
    CROWD_NOUNS,
    GENERIC_EVENT_NOUNS,
    NOUN_TYPES,
    PEOPLE_NOUNS,
    QUANTITY_NOUNS,
    RESPONSE_NOUNS,
    STRUCK_PLACE_NOUNS,
)
from bilat.events.patterns import Pattern
from bilat.model import ActorRef, Event, Mention, Span
from bilat.nlp import token_view

if TYPE_CHECKING:
    from spacy.tokens import Token

RESPONSE_TYPES = {"MOBILIZE", "ASSAULT", "SANCTION", "THREATEN", "COERCE"}  # acts done "in response"
HOSTILE_TYPES = {"ASSAULT", "MOBILIZE", "COERCE"}  # what a reactive act (scrambling jets) answers
SHARED_RECIPIENT = ("dative", "prep:with", "prep:to", "obj.prep:with", "obj.prep:to", "dobj")
"""Where the first of two coordinated acts names its recipient, for a second that names none."""
HOME_FORCES = {"COP", "GOV", "JUD"}  # a state's police, courts and authorities act at home by default
VICTIM_CONFIDENCE = 0.7  # victims whose state the text gives by a place, or by who acts on them
NAMED_INSIDE_CONFIDENCE = 0.7  # a recipient named only inside what is judged or asked for
EARLIER_ACT_CONFIDENCE = 0.6  # a recipient found as the author of an act the text told before
# what a third party asks of both sides of a conflict ("called for maximum restraint")
CALM_WORDS = {"restraint", "calm", "de-escalation", "ceasefire", "truce", "dialogue", "talks", "moderation"}
DEFINITE_WORDS = {"the", "this", "these", "those"}  # "the talks": a reference back
MEDIATION = "045"  # the CAMEO code of mediating between two parties
ANAPHORIC_TYPES = {"ACCUSE", "REJECT", "SUPPORT", "CONCEDE", "THREATEN", "SANCTION", "ASSAULT"}
RELEASE_NOUNS = {"release", "freeing", "return", "repatriation", "handover"}  # "demanded the release of ..."
BRIEFING_VERBS = {"ask", "comment", "respond", "question"}  # "Asked about X, the spokesman said ..."
FORUM_KINDS = {"igo", "organ"}  # mention kinds of the bodies a complaint is lodged with
# "..., prompting Beijing to file a complaint": the complaint answers the act that prompted it
PROMPTING_VERBS = {"prompt", "lead", "spark", "push", "force", "cause", "provoke", "drive"}


class Targets:
    """The targets of one document's acts."""

    def __init__(self, args: Arguments, actors: ActorIndex) -> None:
        self.args = args
        self.actors = actors
        # the earlier joint act each mediation naming no parties was found to be of, by trigger: it dates
        # the mediation too ("The talks were mediated by Turkey": when the talks were held)
        self.mediated_acts: dict[int, Event] = {}

    def of(
        self,
        p: Pattern,
        trig: Token,
        obj: Token | None,
        sources: Sequence[tuple[ActorRef, float]],
        coded: Sequence[Event],
    ) -> list[tuple[ActorRef, float]]:
        """Whom the act of pattern ``p`` at ``trig`` (with its matched object ``obj``) is aimed at, by the
        ``sources``; ``coded`` are the events of the document's earlier sentences."""
        src = {s.code.split(".")[0] for s, _ in sources}
        acting = tuple(s.code for s, _ in sources)
        found = self.args.roles(trig, p, obj, p.target, avoid=frozenset(src), acting=acting)
        carried = not found and p.target and p.pos == "verb" and not self._own_addressee(trig, p, obj)
        first = clause.carrier(trig) if carried else None
        if first is not None:
            # "lodged a protest with X and requested an explanation", "handed X a note demanding an inquiry":
            # the act goes where the act that carries it went
            carrying = replace(p, named_object=True)  # "summoned the envoy", not "a right"
            found = self.args.roles(first, carrying, None, SHARED_RECIPIENT, frozenset(src), acting)
        if p.plover == "ACCUSE" and found and all(self._forum(a) for a, _ in found):
            # "lodged a complaint with the Security Council over a wave of Israeli air strikes": the forum
            # hears the complaint; the state it is over is accused
            found = self._complained_of(trig, obj, src, {a.code for a, _ in found}) or found
        if p.foreign_target:  # a command at home ("ordered the army to withdraw") is no request
            found = _others(found, src)
        if p.plover == "REQUEST":  # "demanded the release of three Nigerien workers": of their jailers
            found = [
                (a, c) for a, c in found if not (a.code.split(".")[0] in src and a.code.endswith(".CVL"))
            ]
        if (p.foreign_place or p.place_target) and sources:
            # a place of one of the acting states is no recipient: "Chinese and Pakistani ships held
            # drills off Shanghai" are not Pakistan's drills against China
            found = [t for t in found if t[0].code not in src]
        if not found and (p.plover in REPRESSION_TYPES or p.population):
            found = self._victims(p, trig, obj, acting)
        if not found and p.plover == "REQUEST":
            found = self._requested_of(trig, obj, frozenset(src), coded)
        if not found and p.plover in RESPONSE_TYPES and (answered := self._answered(trig, src, coded)):
            return [answered]  # "scrambled fighter jets in response": against whoever acted before
        if not found and p.cameo == MEDIATION and (joint := self._mediated(trig, src, coded)) is not None:
            self.mediated_acts[trig.i] = joint
            return [implied(joint.source.code.split(".")[0]), implied(joint.target.code.split(".")[0])]
        if not found and p.reactive and (hostile := _latest_by_other(coded, src, _hostile)):
            # "Poland scrambled jets as the attack unfolded": against the attacker
            return [implied(hostile.source.code.split(".")[0])]
        if found or p.plover not in ANAPHORIC_TYPES or (p.symmetric and len(sources) >= 2):
            return found  # joint actors act on each other ("Azerbaijan and Armenia initialled a deal")
        objects = [obj] if p.judgement and obj is not None else []
        objects += clause.direct_objects(trig) or clause.children(trig, "nsubjpass") or _gap_object(trig)
        # "disappointed by the veto", "expressed dismay over the decision": the earlier event judged
        heads = [trig] + ([obj] if obj is not None and not p.judgement else [])
        objects += [
            o
            for head in heads
            for r in p.target
            if r.startswith("prep:" if head is trig else "obj.prep:")
            for o in clause.prep_objects(head, r.split(":", 1)[1])
            if o.lemma_.lower() in NOUN_TYPES or o.lemma_.lower() in GENERIC_EVENT_NOUNS
        ]
        # "refused to respond to a demand from the president": the earlier act is the governed act's
        objects += [o for o in modality.inner_arguments(trig) if o.lemma_.lower() in NOUN_TYPES]
        for obj in objects:
            if mover := _others(self.args.actors(_summed_up_subjects(obj)), src):
                return mover  # "..., a move Algeria condemned": whoever did what the move sums up
            # "welcomed the release of the nationals by Qatar": the act's author is named in it
            # "responded to any pressure from London": the same, from whom it comes
            named = clause.prep_objects(obj, "by") or clause.prep_objects(obj, "from")
            author = self.args.actors(named, avoid=frozenset(src))
            author = _others(author, src)
            if author:
                return author
            if "ASSAULT" in NOUN_TYPES.get(obj.lemma_.lower(), ()) and (
                earlier := self._earlier_act(obj, src, coded)
            ):
                # "condemned the attack on Guyanese forces": its author, not its victim
                return [self._author_of(earlier, obj)]
            below = self.args.state_below(obj)
            if below is not None and below.entity not in src:
                return [_named_inside(below)]
        generic = any(o.lemma_.lower() in GENERIC_EVENT_NOUNS for o in objects)
        if generic and (topic := self._briefing_topic(trig, src)):
            return topic  # "Asked about the EU's decision to list ..., Guo said China opposed the move"
        if objects and (urged := self._urged_after(trig, src)):
            return urged  # "deplored the expulsions and called on Tunis to suspend them": Tunis did them
        for obj in objects:
            earlier = self._earlier_act(obj, src, coded)
            if earlier is not None and p.plover == "SUPPORT" and (parties := self._parties(earlier, obj)):
                return parties  # "welcomed the talks": both parties to them
            if earlier is not None:
                return [self._author_of(earlier, obj)]
        pair = self.actors.principal_pair
        if objects and pair is not None and p.plover in {"ACCUSE", "REJECT"} and len(src & set(pair)) == 1:
            other = next(e for e in pair if e not in src)  # "condemned the strikes" in a story about a pair
            return [implied(other)]
        return found

    def _own_addressee(self, trig: Token, p: Pattern, obj: Token | None) -> bool:
        """Whether the act names whom it is addressed to, as an object or a prepositional object, though
        no actor ("thanked Kenya and appealed to other countries to send troops"): it shares no
        recipient with the act it is coordinated with."""
        roles = [r for r in p.target if r == "dobj" or r.startswith("prep:")]
        return any(self.args.role_tokens(trig, p, obj, r) for r in roles)

    def _briefing_topic(self, trig: Token, src: set[str]) -> list[tuple[ActorRef, float]]:
        """The author of the thing a spokesperson was asked about or comments on, set before the answer
        ("Asked about the EU's decision to list three Chinese firms, ...", "Commenting on Japan's move
        ..."): what a generic noun of the answer ("the move", "the decision") stands for."""
        view = token_view(trig.doc)
        first = view.sents[view.sent[trig.i]][0]
        for i in range(first, trig.i):
            if view.lemma[i] in BRIEFING_VERBS and view.dep[i] == "advcl" and view.tag[i] in {"VBN", "VBG"}:
                asked = trig.doc[i]
                topics = [o for word in ("about", "on", "to") for o in clause.prep_objects(asked, word)]
                if found := _others(self.args.actors(topics), src):
                    return found
        return []

    def _forum(self, actor: ActorRef) -> bool:
        """Whether an actor is an international organisation named in the text (a forum one complains to)."""
        return any(m.kind in FORUM_KINDS and m.span == actor.span for m in self.actors.mentions)

    def _complained_of(
        self, trig: Token, obj: Token | None, src: set[str], forums: AbstractSet[str]
    ) -> list[tuple[ActorRef, float]]:
        """The state a complaint is over or about, named in or below that phrase, not the complainant nor
        the ``forums`` it is lodged with. The parser may hang what it is over on the forum ("filed a case
        with the WTO over U.S. tariffs", "a complaint at the WTO challenging the EU's new rules")."""
        owners = [trig] if obj is None else [trig, obj]
        heads = owners + [
            f for h in owners for prep in ("at", "with", "to") for f in clause.prep_objects(h, prep)
        ]
        things = [
            t
            for head in heads
            for prep in ("over", "about", "against")
            for t in clause.prep_objects(head, prep)
        ]
        things += [
            o
            for head in heads
            for c in head.children
            if c.dep_ in {"acl", "advcl"} and c.tag_ == "VBG"
            for o in clause.direct_objects(c)
        ]
        for thing in things:
            below = self.args.mention_in(thing) or self.args.state_below(thing, frozenset(src))
            if below is not None and below.entity not in src | forums:
                return [_named_inside(below)]
        # "The EU imposed tariffs ..., prompting Beijing to file a complaint at the WTO": against the cause
        prompting = trig.head if trig.dep_ in {"xcomp", "ccomp"} else None
        if prompting is not None and prompting.lemma_.lower() in PROMPTING_VERBS:
            cause = clause.subjects(prompting) or clause.subjects(prompting.head)
            return [a for a in self.args.actors(cause) if a[0].code.split(".")[0] not in src | forums]
        return []

    def _victims(
        self, p: Pattern, trig: Token, obj: Token | None, acting: Sequence[str]
    ) -> list[tuple[ActorRef, float]]:
        """An attack or a crackdown whose target roles name nobody but people ("killing four people",
        "arresting 12", "detained three young men") or a place they live in ("demolished homes",
        "fired shells at targets in Jericho"), or a measure that falls on a population ("imposed a
        curfew"): it falls on the civilians of the state where the clause says it happened; with no
        place, when a state's own police, courts or authorities act on people (its army too, outside a
        story about it and another state), on that state's. Never on the source's own people in a
        foreign place."""
        toks = [t for role in p.target for t in self.args.role_tokens(trig, p, obj, role)]
        people = [t for t in toks if self._people(t)] or ([obj] if p.population and obj is not None else [])
        places = [t for t in toks if t.lemma_.lower() in STRUCK_PLACE_NOUNS]
        if not people and not places:
            return []
        src = {code.split(".")[0] for code in acting}
        named = {m.entity for t in people if (m := self.actors.at(t.i)) is not None}
        where = self._scene(trig, [*people, *places])
        if where is not None and named & src and where not in src:
            return []  # "Chinese police detained 40 Chinese in Cambodia": the source's own people abroad
        state = where or (self._home(acting) if people else None)
        if state is None:
            return []
        victim = (people or places)[0]
        span = Span(victim.idx, victim.idx + len(victim.text), self.args.doc_id)
        return [(ActorRef(f"{state}.CVL", victim.text, span), VICTIM_CONFIDENCE)]

    def _requested_of(
        self, trig: Token, obj: Token | None, src: frozenset[str], coded: Sequence[Event]
    ) -> list[tuple[ActorRef, float]]:
        """A request that names no addressee is made of the state the requested thing names ("called for
        an inquiry into the killing of protesters in Kenya", "appealed for a ceasefire in Sudan", "asked
        for clarification about the arrest of a German citizen in Turkey"), not of the requester's own; a
        release asked for, of whoever the text said seized or held them."""
        things = (
            ([obj] if obj is not None else [])
            + clause.direct_objects(trig)
            + clause.prep_objects(trig, "for")
        )
        for thing in things:
            below = self.args.state_below(thing, avoid=src, phrase_only=True)
            if below is not None:
                return [_named_inside(below)]
        for thing in things:
            if thing.lemma_.lower() in RELEASE_NOUNS and (holder := self._holder(thing, src, coded)):
                return [holder]  # "seized a tanker ... demanded the immediate release of the ship"
        if trig.dep_ == "acl" and trig.head.pos_ == "NOUN":
            # "completing a troop withdrawal demanded by N'Djamena": asked of who does the withdrawal
            doer = clause.subject(clause.clause_head(trig.head))
            found = self.args.actors([doer] if doer is not None else [], avoid=src)
            found = _others(found, src)
            if found:
                return found
        pair = self.actors.principal_pair
        lemmas = {t.lemma_.lower() for t in things}
        topic = self.actors.topic_state
        if pair is None and topic is not None and topic not in src and things:
            # "Egypt and the UAE called for restraint", "the EU called for an independent inquiry", in a
            # story about one state: of that state
            return [implied(topic)]
        if pair is None:
            return []
        addressed = bool(clause.children(trig, "xcomp"))  # "urging allies to tighten ...": whom, not what
        if len(src & set(pair)) == 1 and not addressed and any(self._asked_thing(t, pair) for t in things):
            other = next(e for e in pair if e not in src)
            return [implied(other)]
        # "the United States called for maximum restraint": in a story about a pair in conflict, of both
        return self.both_sides(src) if lemmas & CALM_WORDS else []

    def both_sides(self, src: AbstractSet[str]) -> list[tuple[ActorRef, float]]:
        """The two sides of the story, implied, for a third party that addresses both without naming
        them (calls for restraint, offers to host talks); none when the acting side is one of them."""
        pair = self.actors.principal_pair
        if pair is None or src & set(pair):
            return []
        return [implied(state) for state in pair]

    def _urged_after(self, trig: Token, src: set[str]) -> list[tuple[ActorRef, float]]:
        """The party a judgement's coordinated request is addressed to, who did what is judged:
        "condemned the attacks and called on Minsk to cease them", "slammed the remarks and urged
        Washington to stop ...": a later coordinated verb with an infinitive and an addressee, one of the
        story's pair when it has one (not "... and called on the Security Council to act")."""
        pair = self.actors.principal_pair
        for verb in trig.conjuncts:
            infinitives = [c for c in verb.children if c.dep_ in {"xcomp", "advcl"} and c.tag_ == "VB"]
            if verb.i < trig.i or not infinitives:  # "called on Tunis to suspend": often an advcl
                continue
            addressee = clause.children(verb, "dobj") + clause.prep_objects(verb, "on")
            found = self.args.actors(addressee, avoid=frozenset(src))
            found = _others(found, src)
            found = [a for a in found if pair is None or a[0].code.split(".")[0] in pair]
            if found:
                return found
        return []

    def _asked_thing(self, tok: Token, pair: tuple[str, str]) -> bool:
        """Whether a requested object is a thing asked for ("the release of its citizens", "an
        explanation"), not whom it is asked of ("European allies"), nor a thing for a third party ("more
        ammunition for Europe's armies")."""
        if tok.pos_ != "NOUN" or self.actors.at(tok.i) is not None:
            return False
        if any(self.actors.at(c.i) for c in tok.children if c.dep_ in {"amod", "compound"}):
            return False
        if clause.prep_objects(tok, "for"):
            return False  # asked for someone: "more ammunition for Europe's armies"
        return all(m.entity in pair for t in tok.subtree if (m := self.actors.at(t.i)) is not None)

    def _home(self, acting: Sequence[str]) -> str | None:
        """The state whose own police, courts or authorities act (at home, where the text names no place);
        its army too, unless the story is about it and another state (where it may be fighting)."""
        pair = self.actors.principal_pair or ()
        for code in acting:
            state, _, role = code.partition(".")
            if role in HOME_FORCES or (role == "MIL" and state not in pair):
                return state
        return None

    def _people(self, tok: Token) -> bool:
        """Whether an argument is people: "four people", "protesters", "three ethnic Albanians", "12"."""
        lemma = tok.lemma_.lower()
        counted = clause.prep_objects(tok, "of")
        if counted and (lemma in QUANTITY_NOUNS | CROWD_NOUNS or tok.like_num):
            return any(self._people(c) for c in counted)  # "dozens of protesters"
        if lemma in PEOPLE_NOUNS or (tok.like_num and tok.head.pos_ in {"VERB", "AUX"}):
            return True
        m = self.actors.at(tok.i)
        return m is not None and m.kind in {"demonym", "ethnic"} and tok.tag_ in {"NNS", "NNPS"}

    def _scene(self, trig: Token, victims: Sequence[Token]) -> str | None:
        """The state where an act happened: a place it falls on ("struck villages in southern Lebanon",
        "shelled the city of Kherson, killing two civilians"), one in a where-phrase of its victims, of
        its clause ("in a gunbattle in southeastern Serbia"), of a clause that tells its circumstances
        ("when they blew themselves up in Tel Aviv"), of the clause it completes ("opened fire in Cairo,
        killing one person") or of the attack that does it ("an attack on Kharkiv killed seven people"),
        or the place a "where" clause it sits in is about ("the zone near Quneitra, where soldiers
        detained three men")."""
        completed = trig.head if trig.dep_ in {"advcl", "xcomp", "conj"} else None
        attack = clause.subject(trig)
        attacks = [attack] if attack is not None and attack.lemma_.lower() in ATTACK_NOUNS else []
        struck = [
            *victims,
            *(clause.direct_objects(completed) if completed is not None else []),
            *[p for a in attacks for prep in ("on", "against") for p in clause.prep_objects(a, prep)],
        ]
        for v in struck:
            if (state := self.args.place_state(v)) is not None:
                return state
        counted = [o for v in victims for o in clause.prep_objects(v, "of")]  # "dozens of men in ..."
        heads = [*struck, *counted, trig, *clause.children(trig, "advcl"), *attacks]
        for h in heads + ([completed] if completed is not None else []):
            if (state := self.args.where_state(h)) is not None:
                return state
        for up in [trig, *trig.ancestors]:
            if up.dep_ == "relcl" and any(c.lower_ == "where" for c in up.children):
                return self.args.place_state(up.head) or self.args.where_state(up.head)
        return None

    def _mediated(self, trig: Token, src: AbstractSet[str], coded: Sequence[Event]) -> Event | None:
        """The joint act an earlier sentence told of that a mediation naming no parties refers back to ("The
        talks were mediated by Turkey and Qatar": the talks; "the UAE had acted as mediator": the latest
        joint act; "prisoners were swapped, also through Emirati mediation": the means of an act whose
        parties the clause does not name). A noun that a mediation describes ("a ceasefire brokered by
        Qatar") or a mediation that acts ("Turkish mediation produced a declaration") refers to none."""
        means = trig.dep_ == "pobj" and trig.head.lower_ in clause.MEANS_PREPS
        if (trig.pos_ != "VERB" and not means) or trig.dep_ == "acl":
            return None
        nouns = clause.direct_objects(trig) or clause.children(trig, "nsubjpass")
        if not all(any(c.lower_ in DEFINITE_WORDS for c in n.children) for n in nouns):
            return None
        wanted = {t for n in nouns for t in NOUN_TYPES.get(n.lemma_.lower(), ())}
        for e in reversed(coded):
            parties = {e.source.code.split(".")[0], e.target.code.split(".")[0]}
            joint = e.symmetric and len(parties) == 2 and not parties & (src | {UNNAMED})
            if joint and (not wanted or e.plover_type in wanted):
                return e
        return None

    def _answered(self, trig: Token, src: set[str], coded: Sequence[Event]) -> tuple[ActorRef, float] | None:
        """For an act done "in response" or "in retaliation" with no object of its own, the actor of the
        latest earlier event of the text that is not the acting side's."""
        for prep in trig.children:
            if prep.dep_ != "prep" or prep.lower_ != "in":
                continue
            for noun in prep.children:
                bare = noun.lemma_.lower() in RESPONSE_NOUNS and not any(
                    c.dep_ == "prep" for c in noun.children
                )
                if bare and (other := _latest_by_other(coded, src)) is not None:
                    return implied(other.source.code.split(".")[0])
        return None

    def _holder(
        self, thing: Token, src: AbstractSet[str], coded: Sequence[Event]
    ) -> tuple[ActorRef, float] | None:
        """The author of the latest seizure, arrest or abduction the text told of, by another than ``src``."""
        e = _latest_by_other(coded, src, _holds_people)
        return None if e is None else self._author_of(e, thing)

    def _earlier_act(self, obj: Token, src: set[str], coded: Sequence[Event]) -> Event | None:
        """ "condemned the sanctions", "rejected the accusations", "welcomed the decision": the object is
        an earlier event of this document, whose author is the target: the first event of the kind the
        noun names (the news is in the lead), or for a generic noun ("decision", "move") the first event."""
        wanted = NOUN_TYPES.get(obj.lemma_.lower())
        if wanted is None and obj.lemma_.lower() not in GENERIC_EVENT_NOUNS:
            return None
        # an author the text did not name ("Tuesday's strike killed five") gives no recipient
        candidates = [e for e in coded if e.source.code.split(".")[0] not in src | {UNNAMED}]
        # a generic noun ("welcomed the decision") is the news of the lead
        pick = candidates[:1] if wanted is None else [e for e in candidates if e.plover_type in wanted][:1]
        if not pick:
            return None
        return pick[0]

    def _parties(self, e: Event, thing: Token) -> list[tuple[ActorRef, float]]:
        """Both parties of an earlier joint act (talks, a deal) that ``thing`` points to; none for an act
        of one side."""
        if not e.symmetric:
            return []
        return [self._pointed_to(e.source.code, thing), self._pointed_to(e.target.code, thing)]

    def _author_of(self, e: Event, thing: Token) -> tuple[ActorRef, float]:
        """The author of the earlier act ``e`` as the recipient an act's word ``thing`` points to."""
        return self._pointed_to(e.source.code, thing)

    def _pointed_to(self, code: str, thing: Token) -> tuple[ActorRef, float]:
        """A party of an earlier act as the recipient an act's word ``thing`` points to."""
        span = Span(thing.idx, thing.idx + len(thing.text), self.args.doc_id)
        return ActorRef(code, thing.text, span, True), EARLIER_ACT_CONFIDENCE


def _latest_by_other(
    coded: Sequence[Event], src: AbstractSet[str], wanted: Callable[[Event], bool] = lambda e: True
) -> Event | None:
    """The latest event the text told of, by a named author that is none of the acting states ``src``
    (and ``wanted``, if given)."""
    for e in reversed(coded):
        author = e.source.code.split(".")[0]
        if author not in src and author != UNNAMED and wanted(e):
            return e
    return None


def _hostile(e: Event) -> bool:
    """An attack, a deployment or coercion: what a reactive act (scrambling jets) answers."""
    return e.plover_type in HOSTILE_TYPES


def _holds_people(e: Event) -> bool:
    """A seizure, an arrest or an abduction: whose author a release is asked of."""
    return e.plover_type == "COERCE" or (e.plover_type == "ASSAULT" and e.plover_mode == "abduct")


def _gap_object(verb: Token) -> list[Token]:
    """The act noun a relative clause with no object of its own is about: "steps Georgetown denounced as
    an annexation", "a move Bogota criticised as unilateral" (the parser hangs the last as a participle)."""
    noun = verb.head
    if verb.dep_ in {"relcl", "acl"} and noun.lemma_.lower() in GENERIC_EVENT_NOUNS:
        return [noun]
    return []


def _summed_up_subjects(noun: Token) -> list[Token]:
    """The subjects of the clause a generic act noun set after it by a comma sums up ("Venezuela created
    a new state, steps Georgetown denounced", "Macron backed Morocco's plan, a move Algeria condemned")."""
    if noun.lemma_.lower() not in GENERIC_EVENT_NOUNS or noun.dep_ not in {"appos", "dep", "dobj", "conj"}:
        return []
    if not clause.after_comma(token_view(noun.doc), noun.i):
        return []
    up = noun.head
    for _ in range(4):
        if up.pos_ in {"VERB", "AUX"}:
            return clause.subjects(up)
        if up.head.i == up.i:
            break
        up = up.head
    return []


def _named_inside(m: Mention) -> tuple[ActorRef, float]:
    """A recipient the text names only inside the thing an act is about ("condemned the strikes in Gaza",
    "called for an inquiry into the killings in Kenya"): the state of that mention."""
    return ActorRef(m.entity, m.text, m.span), NAMED_INSIDE_CONFIDENCE


def _others(
    found: Sequence[tuple[ActorRef, float]], states: AbstractSet[str]
) -> list[tuple[ActorRef, float]]:
    """The actors of ``found`` that are none of the acting ``states``."""
    return [a for a in found if a[0].code.split(".")[0] not in states]
