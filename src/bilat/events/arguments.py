"""Reading the actors an argument of a clause names: the mention at its head or among its modifiers, a
place (a capital, a city the gazetteer of places knows, a state named further down the phrase), the
members of a group, a state's population for a place of its own ("a curfew in the town of Cizre"), and
the unnamed author of an attack ("a roadside bomb killed two soldiers": ``---``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from bilat.actors.resolve import ActorIndex
from bilat.events import clause
from bilat.events.lexicon import (
    ATTACK_NOUNS,
    CROWD_NOUNS,
    NOT_ACTOR_NOUNS,
    PLACE_NOUNS,
    QUANTITY_NOUNS,
    SERVING_VERBS,
)
from bilat.model import ActorRef, Mention, Span
from bilat.places import PlaceResolver

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

UNNAMED = "---"  # PETRARCH's and FORMAT.md's code for a side the text does not name
UNNAMED_CONFIDENCE = 0.6  # an attack whose author the text does not name


class Arguments:
    """The actors of one document's clause arguments."""

    def __init__(
        self, index: ActorIndex, ents: Sequence[SpacySpan], places: PlaceResolver, doc_id: str
    ) -> None:
        self.index = index
        self.ents = ents
        self.places = places
        self.doc_id = doc_id

    def unnamed_attacker(self, verb: Token) -> list[tuple[ActorRef, float]]:
        """ "A roadside bomb killed two soldiers", "three civilians were killed in a car bombing": an
        attack whose author the text does not name; the attacker is coded ``---``."""
        causes = [s for s in [clause.subject(verb)] if s is not None]
        if clause.is_passive(verb):
            causes += clause.prep_objects(verb, "in") + clause.prep_objects(verb, "by")
        for cause in causes:
            if cause.lemma_.lower() in ATTACK_NOUNS:
                span = Span(cause.idx, cause.idx + len(cause.text), self.doc_id)
                return [(ActorRef(UNNAMED, cause.text, span), UNNAMED_CONFIDENCE)]
        return []

    def actors(
        self,
        toks: Sequence[Token],
        places: bool = True,
        cities: bool = False,
        avoid: frozenset[str] = frozenset(),
        home_population: bool = False,
    ) -> list[tuple[ActorRef, float]]:
        """The actors named by argument tokens (with their conjuncts). ``places``: a capital counts (as
        its state); ``cities``: any place the gazetteer of places knows counts as its country; ``avoid``:
        states that a modifier may not give ("its border with Belarus" is not the subject's own);
        ``home_population``: a place of an ``avoid`` state stands for its people ("authorities imposed a
        curfew in the town of Cizre in southeastern Turkey": Turkey's civilians)."""
        out: list[tuple[ActorRef, float]] = []
        for tok in clause.with_conjuncts(list(toks)):
            m = self.mention_in(tok)
            if m is not None and m.entity in avoid and m.kind == "pronoun":
                m = None
            if m is None and cities:
                m = self.city(tok) or self.state_below(tok)
            if m is None:
                continue
            if not places and m.kind in {"capital", "city"}:
                continue
            if home_population and m.entity in avoid and m.kind in {"capital", "city", "country"}:
                if not (tok.ent_type_ in {"GPE", "LOC", "FAC"} or tok.lemma_.lower() in PLACE_NOUNS):
                    continue  # "in response to rocket fire on northern Israel" names no place of the act
                m = replace(m, code=f"{m.entity}.CVL", members=())
            if m.members:
                for code in m.members:
                    out.append((ActorRef(code, m.text, m.span), m.confidence))
            else:
                out.append((ActorRef(m.code, m.text, m.span), m.confidence))
        seen: set[str] = set()
        uniq = []
        for ref, conf in out:
            if ref.code not in seen:
                seen.add(ref.code)
                uniq.append((ref, conf))
        return uniq

    def state_below(self, tok: Token) -> Mention | None:
        """A place argument that names its state further down ("its border with Belarus",
        "targets in southern Lebanon", "an airbase near the Syrian city of Hama")."""
        for sub in tok.subtree:
            m = self.index.at(sub.i)
            if m is not None and m.kind in {"country", "capital", "demonym"} and sub.i != tok.i:
                return m
        return None

    def city(self, tok: Token) -> Mention | None:
        ent = next((e for e in self.ents if e.start <= tok.i < e.end and e.label_ in {"GPE", "LOC"}), None)
        if ent is None:
            return None
        place = self.places.resolve(ent.text)
        if place is None or place.country is None:
            return None
        span = Span(ent.start_char, ent.end_char, self.doc_id)
        return Mention(span, ent.text, place.country, "city", 0.8)

    def mention_in(self, tok: Token) -> Mention | None:
        """The actor an argument names: the mention at its head, else one among its modifiers."""
        m = self.index.at(tok.i)
        if m is not None:
            return m
        for child in tok.children:
            if child.dep_ in {"compound", "poss", "nmod", "appos", "amod"}:
                # "US Predator attacks", "Saudi-led forces": the modifier of a modifier (not "French-trained
                # troops" or "Rwanda-backed rebels": those are someone else's)
                deps = {"compound", "npadvmod"} if child.lemma_.lower() == "lead" else {"compound"}
                inner = [g.i for g in child.children if g.dep_ in deps]
                m = self.index.at(child.i) or next(filter(None, map(self.index.at, inner)), None)
                modifier = m is not None and m.kind != "capital"
                if m is not None and modifier and tok.lemma_.lower() not in NOT_ACTOR_NOUNS:
                    return m
        for obj in clause.prep_objects(tok, "of") + clause.prep_objects(tok, "by"):
            m = self.index.at(obj.i)
            if m is not None:
                return m
            if tok.lemma_.lower() in QUANTITY_NOUNS | CROWD_NOUNS:
                return self.mention_in(obj)  # "thousands of Iraqi Kurds", "a group of Chechen refugees"
        for acl in tok.children:  # "two men working for a U.S. intelligence agency" are the agency's
            if acl.dep_ == "acl" and acl.lemma_.lower() in SERVING_VERBS:
                for employer in clause.prep_objects(acl, "for"):
                    if (m := self.mention_in(employer)) is not None:
                        return m
        return None
