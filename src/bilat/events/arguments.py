"""Reading the actors an argument of a clause names: the mention at its head or among its modifiers, a
place (a capital, a city the gazetteer of places knows, a state named further down the phrase), the
members of a group, a state's population for a place of its own ("a curfew in the town of Cizre"), and
the unnamed author of an attack ("a roadside bomb killed two soldiers": ``---``); and the actors in a
pattern's roles (its subject, object, dative, a preposition's object ...)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from bilat.actors.resolve import ActorIndex
from bilat.events import clause, modality, softpower
from bilat.events.lexicon import (
    ATTACK_NOUNS,
    CROWD_NOUNS,
    EXPORT_NOUNS,
    NOT_ACTOR_NOUNS,
    ORIGIN_VERBS,
    PLACE_NOUNS,
    QUANTITY_NOUNS,
    SERVING_VERBS,
    STRUCK_PLACE_NOUNS,
    WHERE_PREPS,
)
from bilat.events.patterns import Pattern
from bilat.events.softpower import Sponsors
from bilat.model import ActorRef, Document, Mention, Span
from bilat.nlp import TokenView, entity_at, token_view
from bilat.places import PlaceResolver

if TYPE_CHECKING:
    from spacy.tokens import Token

UNNAMED = "---"  # PETRARCH's and FORMAT.md's code for a side the text does not name
UNNAMED_CONFIDENCE = 0.6  # an attack whose author the text does not name
IMPLIED_CONFIDENCE = 0.6  # a side implied from the document's principal pair
REPRESSION_TYPES = {"COERCE", "ASSAULT"}  # a state's forces may turn them on their own people
POPULATION_ROLES = {"CVL", "EDU", "OPP", "LAB", "MED", "REL", "BUS"}  # a state's people, not its organs
ORIGIN_KINDS = {"country", "igo", "demonym"}  # what a "from" phrase may name as a state of origin
# participles that make the state they follow the owner of the noun: "Saudi-led forces", "a Panama-flagged
# tanker", "a Liberian-registered ship"
OWNING_PARTICIPLES = {"lead", "flag", "flagged", "register", "registered"}


class Arguments:
    """The actors of one document's clause arguments."""

    def __init__(
        self,
        index: ActorIndex,
        places: PlaceResolver,
        sponsors: Sponsors,
        document: Document,
    ) -> None:
        self.index = index
        self.places = places
        self.sponsors = sponsors
        self.document = document
        self.doc_id = document.id
        self.named_states = frozenset(m.entity for m in index.mentions)  # the states the text names

    def roles(
        self,
        trig: Token,
        p: Pattern,
        obj: Token | None,
        roles: Sequence[str],
        avoid: frozenset[str] = frozenset(),
        acting: Sequence[str] = (),
    ) -> list[tuple[ActorRef, float]]:
        """The actors in the first of ``roles`` that names any other than the ``acting`` sides ("sent its
        tanks to Ukraine": the tanks are Germany's own, the recipient is Ukraine)."""
        for role in roles:
            if role == "obj.sponsor":
                sponsor = self._sponsor(self._object(trig, obj))
                if sponsor is not None:
                    return [sponsor]
                continue
            location_role = role in {"prep:in", "prep:at"}
            refs = self.actors(
                self.role_tokens(trig, p, obj, role),
                places=p.place_target or not location_role,
                cities=p.place_target,
                avoid=avoid,
                home_population=p.place_target and p.plover in REPRESSION_TYPES,
            )
            refs = [r for r in refs if not any(same_party(a, r[0].code) for a in acting)]
            if refs:
                return refs
        return []

    def role_tokens(self, trig: Token, p: Pattern, obj: Token | None, role: str) -> list[Token]:
        """The words that fill ``role`` of pattern ``p`` at ``trig`` (``obj``: the object it matched)."""
        if role == "dobj":
            if p.judgement and clause.reported_clauses(trig):
                return []  # "told reporters the arrests were a hostile act": the hearers are not judged
            passive = clause.is_passive(trig)
            toks = clause.children(trig, "nsubjpass") if passive else self._direct_objects(trig)
            if not toks:  # the parser's "called Araghchi on Monday", with the person as a predicate
                toks = [
                    c
                    for c in clause.children(trig, "oprd")
                    if (m := self.index.at(c.i)) and m.kind == "person"
                ]
            if p.named_object:  # "welcomed the prime minister", not "welcomed China's decision"
                return [t for t in toks if self.index.at(t.i) is not None]
            return toks
        if role == "dative":
            toks = [c for c in trig.children if c.dep_ == "dative" and c.pos_ != "ADP"]
            if any(c.dep_ == "dative" and c.lower_ == "to" for c in trig.children):
                toks += clause.prep_objects(trig, "to")
            return toks
        if role == "poss":
            return clause.children(trig, "poss")
        if role == "subj":
            return [s] if (s := clause.subject(trig)) is not None else []
        if role == "purpose.dobj":  # "used tear gas to disperse protesters"
            return [o for c in trig.children if clause.is_purpose(c) for o in clause.purpose_object(c)]
        if role.startswith("purpose.prep:"):  # "rallied to protest against Kosovo's raids"
            return [
                o for c in trig.children if clause.is_purpose(c) for o in clause.prep_objects(c, role[13:])
            ]
        if role == "inner":  # "threatened to deliver blows to X", "offered to hand over to X"
            return modality.inner_arguments(trig)
        if role == "condition.subj":  # "would respond if Finland hosted bases": the party it names
            return modality.condition_subjects(trig)
        if role == "host.subj":  # "at the request of Nepal, India sent aid": India
            return clause.host_subjects(trig)
        if role == "ccomp.subj":  # "demanded that Kyiv resume ...", "Kyiv must resume ..., X said"
            said = clause.reported_clauses(trig) + clause.for_clauses(trig)  # "called for Kyiv to ..."
            # "said Israel will be punished": a passive's subject
            return [
                s
                for c in said
                if (s := clause.subject(c) or next(iter(clause.children(c, "nsubjpass")), None))
            ]
        if role.startswith("prep:") and p.pos == "noun":  # "the visit by Modi to Moscow": "to" under "Modi"
            found = clause.nested_prep_objects(trig, role[5:], depth=1)
            if not found and trig.dep_ == "dobj":  # "launched a mediation effort between A and B"
                found = clause.prep_objects(trig.head, role[5:])
            return found
        if role.startswith("prep:"):
            word = role[5:]
            if found := clause.prep_objects(trig, word):
                return found
            # "sent two planes carrying food to Gaza"; "discussed the issue by phone with X"; "gathered
            # outside the embassy to protest": the phrase hangs on the carrying verb, the means or the
            # gathering
            heads = clause.cargo_clauses(trig) + clause.phone_means(trig) + clause.gathering(trig)
            return [o for head in heads for o in clause.prep_objects(head, word)]
        obj_tok = self._object(trig, obj)  # read only for a role of the object
        if obj_tok is None and p.pos == "verb":  # "reneged on the deal with Egypt": its last preposition's
            obj_tok = next(iter(p.phrase_objects(trig)), None)
        if obj_tok is None:
            return []
        if role == "obj.ccomp.subj":  # "reiterated its demand that Israel ease restrictions"
            clauses = [c for c in obj_tok.children if c.dep_ in {"acl", "ccomp"}]
            that = [c for c in clauses if any(m.dep_ == "mark" for m in c.children)]
            return [s for c in that if (s := clause.subject(c)) is not None]
        if role == "obj.language":
            return [t] if (t := softpower.language_token(obj_tok, self.index.by_token)) else []
        if role.startswith("obj.prep:"):  # on the object or, failing that, on its last conjunct
            # ("sent 25 warships and 153 aircraft around Taiwan")
            conjuncts = clause.with_conjuncts([obj_tok])
            return clause.nested_prep_objects(obj_tok, role[9:]) or clause.nested_prep_objects(
                conjuncts[-1], role[9:]
            )
        if role.startswith("obj."):
            return clause.children(obj_tok, role[4:])
        return []

    @staticmethod
    def _direct_objects(trig: Token) -> list[Token]:
        return clause.direct_objects(trig) or clause.children(trig, "nsubjpass")

    def _object(self, trig: Token, obj: Token | None) -> Token | None:
        """The object a pattern matched, else the clause's direct (or passive) object (read only then)."""
        if obj is not None:
            return obj
        dobj = self._direct_objects(trig)
        return dobj[0] if dobj else None

    def _sponsor(self, obj: Token | None) -> tuple[ActorRef, float] | None:
        """The state behind a cultural institute ("opened a Confucius Institute": China)."""
        if obj is None or (sponsor := self.sponsors.of(obj)) is None:
            return None
        code, start, end = sponsor
        name = self.document.text[start:end]
        return ActorRef(code, name, Span(start, end, self.doc_id)), 0.9

    def arresting_state(self, verb: Token) -> list[tuple[ActorRef, float]]:
        """ "A US citizen was detained in Russia": an arrest whose agent the text does not name is made by
        the police of the state where it happened."""
        if not clause.is_passive(verb) or (state := self.where_state(verb, depth=2)) is None:
            return []
        return [(ActorRef(f"{state}.COP", ""), UNNAMED_CONFIDENCE)]

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
        found: list[tuple[Token, Mention]] = []
        for tok in clause.with_conjuncts(list(toks)):
            if self.index.at(tok.i) is None and (listed := self._listed_members(tok)):
                found += listed  # "freed 31 prisoners, among them two Lithuanians and a Polish citizen"
                continue
            m = self.mention_in(tok)
            if m is not None and m.entity in avoid and m.kind == "pronoun" and not _of_a_population(m):
                m = None  # "its border with Belarus"; not "detained 14 of them" after "students marched"
            if m is None and cities:
                m = self.city(tok) or self.state_below(tok) or self.named_place(tok)
            if m is not None:
                found += [(tok, m)] + [(tok, other) for other in self._coordinated_modifiers(tok, m)]
        for tok, m in found:
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

    def _listed_members(self, tok: Token) -> list[tuple[Token, Mention]]:
        """The members a noun lists after it, in apposition or after "including" ("31 prisoners, among them
        two Lithuanians, a Polish citizen and a Japanese national", "targets including Iranian bases"),
        with the actors they name, when at least two of them name one."""
        view = token_view(tok.doc)
        heads = [c for c in view.children[tok.i] if view.dep[c] == "appos"]
        heads += clause.prep_object_ids(view, tok.i, "including")
        listed: list[int] = []
        while heads:
            head = heads.pop(0)
            for i in clause.with_conjunct_ids(view, [head]):
                if i not in listed:
                    listed.append(i)
                    heads += [c for c in view.children[i] if view.dep[c] == "appos"]
        named = [(tok.doc[i], m) for i in listed if (m := self.mention_in(tok.doc[i])) is not None]
        # "14 crew members, 11 of them Indian nationals": a share of the noun, one member enough
        share = any(_share_of_them(view, i) for i in listed)
        return named if len(named) >= 2 or (named and share) else []

    def _coordinated_modifiers(self, tok: Token, m: Mention) -> list[Mention]:
        """The mentions coordinated with the modifier or of-object that names ``tok``'s actor: "tariffs
        on Canadian and Mexican imports" are on both, "the efforts of Saudi Arabia and the United States"
        are both's; and a person the parser folded into ``tok``'s name as a modifier with its "and"."""
        view = token_view(tok.doc)
        at = self.index.at
        namers = [c for c in view.children[tok.i] if view.dep[c] in {"amod", "compound", "nmod"}]
        namers += [i for word in ("of", "by", "from") for i in clause.prep_object_ids(view, tok.i, word)]
        # the parser's "with Egyptian President el-Sissi and Ethiopian Prime Minister Abiy Ahmed": the first
        # person named as a modifier of the second, with the "and" hung on it
        folded = [
            o
            for c in namers
            if view.dep[c] == "nmod" and any(view.dep[g] == "cc" for g in view.children[c])
            if (o := at(c)) is not None and o is not m and o.kind == "person"
        ]
        for namer in namers:
            if at(namer) is m:
                return [o for c in view.conjuncts(namer) if (o := at(c)) is not None and o is not m] + folded
        return folded

    def place_state(self, tok: Token) -> str | None:
        """The state a place names ("Jericho", "southern Lebanon", "the Syrian town of Quneitra", "Cairo");
        None for a word that names no place ("in a gunbattle", "in Israeli custody")."""
        m = self.index.at(tok.i)
        if m is not None:
            return m.entity if m.kind in {"country", "capital", "city", "place"} else None
        if tok.pos_ == "PROPN" and tok.ent_type_ not in {"GPE", "LOC", "FAC"}:
            return self._proper_place(tok)  # "in Khan Younis", which the tagger took for a person
        if not (
            tok.ent_type_ in {"GPE", "LOC", "FAC"} or tok.lemma_.lower() in PLACE_NOUNS | STRUCK_PLACE_NOUNS
        ):
            return None
        m = self.mention_in(tok) or self.city(tok) or self.state_below(tok)
        return m.entity if m is not None and m.kind in {"country", "capital", "city", "demonym"} else None

    def where_state(self, head: Token, depth: int = 0) -> str | None:
        """The state of a place in a where-phrase under ``head`` ("in Jericho", "near the Syrian town of
        Quneitra"), looking through a phrase that names no place ("in a gunbattle in ...")."""
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in WHERE_PREPS:
                continue
            for o in clause.with_conjuncts(clause.children(prep, "pobj")):
                state = self.place_state(o)
                if state is None and depth < 2:
                    state = self.where_state(o, depth + 1)
                if state is not None:
                    return state
        return None

    def _proper_place(self, tok: Token) -> str | None:
        """The state of a proper name the gazetteer of places knows, with the names compounded on it."""
        start = tok.i
        while start > 0 and tok.doc[start - 1].dep_ == "compound" and tok.doc[start - 1].pos_ == "PROPN":
            start -= 1
        place = self.places.resolve(tok.doc[start : tok.i + 1].text)
        return None if place is None else place.country

    def state_below(
        self, tok: Token, avoid: frozenset[str] = frozenset(), *, phrase_only: bool = False
    ) -> Mention | None:
        """A place argument that names its state further down ("its border with Belarus",
        "targets in southern Lebanon", "an airbase near the Syrian city of Hama"); none of the ``avoid``
        states ("clarification about the arrest of a German citizen in Turkey", asked by Germany);
        ``phrase_only``: not in a clause that tells more of it ("a ceasefire in Gaza, drafted by X")."""
        below = _phrase_below(tok) if phrase_only else [t for t in tok.subtree if t.i != tok.i]
        for sub in sorted(below, key=lambda t: t.i):
            m = self.index.at(sub.i)
            if m is not None and m.kind in {"country", "capital", "demonym"} and m.entity not in avoid:
                return m
        return None

    def city(self, tok: Token) -> Mention | None:
        """The city a place name names, as its state. A name spaCy's tagger takes for a person or a
        facility ("Russian forces shelled Kherson") counts when it is a city of a state the text names."""
        ent = entity_at(tok.doc, tok.i)
        tagged = ent is not None and ent.label_ in {"GPE", "LOC"}
        if ent is not None and tagged:
            start, end = ent.start, ent.end
        elif tok.pos_ == "PROPN" and self.index.at(tok.i) is None:
            start, end = (
                min([tok.i, *(c.i for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN")]),
                tok.i + 1,
            )
        else:
            return None
        name = tok.doc[start:end]
        place = self.places.resolve(name.text)
        if place is None or place.country is None:
            return None
        if not tagged and place.country not in self.named_states:
            return None
        span = Span(name.start_char, name.end_char, self.doc_id)
        return Mention(span, name.text, place.country, "city", 0.8)

    def named_place(self, tok: Token) -> Mention | None:
        """The city a place noun names ("the town of Jenin", "the village of Khiam")."""
        if tok.lemma_.lower() not in PLACE_NOUNS:
            return None
        return next(filter(None, map(self.city, clause.prep_objects(tok, "of"))), None)

    def mention_in(self, tok: Token) -> Mention | None:
        """The actor an argument names: the mention at its head, else one among its modifiers."""
        at = self.index.at
        m = at(tok.i)
        if m is not None:
            return m
        view = token_view(tok.doc)
        lemma = view.lemma[tok.i]
        for child in view.children[tok.i]:
            if view.dep[child] in {"compound", "poss", "nmod", "appos", "amod"}:
                # "US Predator attacks", "Saudi-led forces", "a Panama-flagged tanker": the modifier of a
                # modifier (not "French-trained troops" or "Rwanda-backed rebels": those are someone else's)
                deps = {"compound", "npadvmod"} if view.lemma[child] in OWNING_PARTICIPLES else {"compound"}
                inner = [g for g in view.children[child] if view.dep[g] in deps]
                m = at(child) or next(filter(None, map(at, inner)), None)
                modifier = m is not None and m.kind != "capital"
                if m is not None and modifier and lemma not in NOT_ACTOR_NOUNS:
                    return m
        for obj in clause.prep_objects(tok, "of") + clause.prep_objects(tok, "by"):
            m = at(obj.i)
            if m is not None:
                return m
            if lemma in QUANTITY_NOUNS | CROWD_NOUNS:
                return self.mention_in(obj)  # "thousands of Iraqi Kurds", "a group of Chechen refugees"
        if lemma in EXPORT_NOUNS:  # "curbs on exports of rare earth magnets to India": India's
            for obj in clause.prep_objects(tok, "to"):
                if (m := at(obj.i)) is not None:
                    return m
        if view.tag[tok.i] == "VBG" and view.dep[tok.i] == "nsubj":
            # the parser's "The Red Cross operating in Iraq said", with "operating" as the subject
            for subj in (c for c in view.children[tok.i] if view.dep[c] == "nsubj"):
                return self.mention_in(tok.doc[subj])
        for acl in view.children[tok.i]:  # "two men working for a U.S. intelligence agency" are the agency's
            if view.dep[acl] == "acl" and view.lemma[acl] in SERVING_VERBS:
                for employer in clause.prep_objects(tok.doc[acl], "for"):
                    if (m := self.mention_in(employer)) is not None:
                        return m
        if view.pos[tok.i] == "NOUN" and lemma not in NOT_ACTOR_NOUNS:
            return self._origin(tok)
        return None

    def _origin(self, tok: Token) -> Mention | None:
        """The state goods or people come from ("duties on tyres from China", "products imported from the
        EU", "doctors from two American aid groups")."""
        view = token_view(tok.doc)
        heads = [tok.i]
        heads += [c for c in view.children[tok.i] if view.dep[c] == "acl" and view.lemma[c] in ORIGIN_VERBS]
        for head in heads:
            for source in clause.prep_object_ids(view, head, "from"):
                m = self.index.at(source) or self.mention_in(tok.doc[source])
                if m is not None and m.kind in ORIGIN_KINDS:
                    return m
        return None


def _phrase_below(tok: Token) -> list[Token]:
    """The words below a noun in its own phrase, not in a clause that modifies it."""
    out: list[Token] = []
    for child in tok.children:
        if child.dep_ not in {"acl", "relcl"}:
            out += [child, *_phrase_below(child)]
    return out


def _of_a_population(m: Mention) -> bool:
    """Whether a mention stands for a state's people (civilians, students, the opposition), whom the
    state's own forces may act on."""
    return m.code.partition(".")[2] in POPULATION_ROLES


def implied(code: str) -> tuple[ActorRef, float]:
    """A side the text does not name but implies (one of the story's pair, its topic state), with the
    confidence such a side has."""
    return ActorRef(code, "", None, implied=True), IMPLIED_CONFIDENCE


def same_party(a: str, b: str) -> bool:
    """RUS and RUS, or RUS and RUS.HOS, are one party; CAF.GOV and CAF.OPP are two."""
    ea, _, ra = a.partition(".")
    eb, _, rb = b.partition(".")
    return ea == eb and (ra == rb or not ra or not rb)


def _share_of_them(view: TokenView, i: int) -> bool:
    """Whether a listed noun is counted as a share of the noun it lists ("11 of them Indian nationals")."""
    counts = [n for n in view.children[i] if view.dep[n] == "nummod"]
    return any(view.lower[o] == "them" for n in counts for o in clause.prep_object_ids(view, n, "of"))
