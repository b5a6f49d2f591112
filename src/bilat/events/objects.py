"""Which argument of a trigger is the object a pattern names: the candidates a verb offers (its direct and
prepositional objects, what its load or its permission governs, what a count counts), the markers for
objects that are no word (a language, an institute, an actor of a kind, military hardware, a named
foreigner), and the judged thing of a speaker's judgement ("said the sanctions were illegal", "said
Seoul would pay dearly"). One reader per document, keeping each verb's candidates.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bilat.actors.resolve import CURRENCY_NOUNS
from bilat.events import clause, modality, softpower
from bilat.events.lexicon import COUNTED_PLURALS, QUANTITY_NOUNS
from bilat.events.patterns import Pattern
from bilat.events.softpower import INSTITUTE, LANGUAGE, Sponsors
from bilat.nlp import TIME_ENTITIES, TokenView, token_view

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from bilat.actors.resolve import ActorIndex

NATIONALS = "@nationals"  # an object naming a state's people by a plural demonym ("six detained Americans")
ACTOR_OBJECTS = {"@igo": "igo", NATIONALS: "demonym"}  # objects that are actors of a kind, by marker
MILITARY = "@military"  # an object that is military hardware, by its modifiers ("air defence system")
FOREIGNER = "@foreigner"  # a named person a state's demonym describes ("American schoolteacher Marc Fogel")
OBJECT_MARKERS = {LANGUAGE, INSTITUTE, MILITARY, FOREIGNER, *ACTOR_OBJECTS}  # object heads that are no word
CORE_OBJECT_DEPS = {"dobj", "nsubjpass"}  # an object the verb takes directly, not through a preposition
TRADED_GOODS = {"product", "goods", "import", "export"}  # what a sum "of" them measures is trade
MONEY_WORDS = CURRENCY_NOUNS | {"million", "billion", "trillion", "worth"}  # the words of a sum
OBLIGATION = "must"  # the word a judgement of obligation is said by, however the text says it ("had to")
ANSWERED = "answer"  # the word a fate foretold as an answer is said by, however the text says it ("met with")
UNSAID_JUDGEMENTS = {OBLIGATION, ANSWERED}  # judgement words that need not be in the sentence
FUTURE_WORDS = {"will", "would", "shall", "'ll"}  # a fate foretold: "said Seoul would pay dearly"
PREDICATE_DEPS = {"advmod", "dobj", "acomp", "oprd"}  # what a fate foretold says: "go unanswered"


class ObjectReader:
    """Reads the objects of one document's triggers; ``military_words`` are the modifiers that make a
    noun military hardware (events/data/contexts.toml)."""

    def __init__(
        self, doc: Doc, actors: ActorIndex, sponsors: Sponsors, military_words: frozenset[str]
    ) -> None:
        self.doc = doc
        self.view = token_view(doc)
        self.actors = actors
        self.sponsors = sponsors
        self.military_words = military_words
        self.arguments: dict[tuple[int, bool], list[Token]] = {}  # match's candidates, by verb
        self.sentence_words: dict[int, frozenset[str]] = {}  # _sentence_words' answers, by sentence
        self.sayers: dict[int, tuple[list[Token], frozenset[str]]] = {}  # _sayers' answers, by token
        self.judgements: dict[int, list[tuple[frozenset[str], Token | None]]] = {}  # _judgements', by verb

    def match(self, verb: Token, p: Pattern, core_only: bool = False) -> Token | None:
        """The argument that is one of the pattern's objects; ``core_only``: the dobj, passive or
        intransitive subject ("a Confucius Institute opened in Nairobi"), no prepositional object ("opened
        fire on a school") but that of the trigger phrase's own preposition."""
        heads = p.objects_by_head.keys()
        if OBJECT_MARKERS.isdisjoint(heads) and self._sentence_words(verb.i).isdisjoint(heads):
            return None  # an object is said by a word of the verb's sentence: most patterns need none here
        key = (verb.i, core_only)
        if key not in self.arguments:  # every pattern of a trigger asks for the same candidates
            self.arguments[key] = self._arguments(verb, core_only)
        found = next((c for c in self.arguments[key] if self._is_object(c, p)), None)
        if found is None:  # "came under criticism from Ankara", "was taken into custody": the object of
            # the trigger's own preposition, read only when no candidate is one
            found = next((c for c in p.phrase_objects(verb) if self._is_object(c, p)), None)
        return found

    def _sentence_words(self, i: int) -> frozenset[str]:
        """The lemmas and texts of the sentence of token ``i``: every word an argument of a verb there can
        say (a parse tree stays inside its sentence), read once per sentence."""
        sentence = self.view.sent[i]
        found = self.sentence_words.get(sentence)
        if found is None:
            start, end = self.view.sents[sentence]
            found = frozenset(self.view.lemma[start:end]) | frozenset(self.view.lower[start:end])
            self.sentence_words[sentence] = found
        return found

    def _arguments(self, verb: Token, core_only: bool) -> list[Token]:
        """The candidate arguments of ``verb`` that :meth:`match` checks, in order (read by token
        number; a token is built for each candidate only)."""
        view, v, doc = self.view, verb.i, self.doc
        kids, dep = clause.child_ids, clause.prep_object_ids
        direct = clause.direct_object_ids(view, v)
        cands = direct + kids(view, v, "nsubjpass")
        if core_only:
            core = cands or kids(view, v, "nsubj")
            # "a contingent of Bangladeshi peacekeepers arrived": the core argument is what is counted
            core += [o for c in core if view.lemma[c] in QUANTITY_NOUNS for o in dep(view, c, "of")]
            return [doc[c] for c in clause.with_conjunct_ids(view, core)]
        cands += dep(view, v, "with") + kids(view, v, "attr")
        cands += (
            kids(view, v, "dative")
            + dep(view, v, "to")
            + dep(view, v, "on")
            + dep(view, v, "of")  # "warned of consequences", "pulled out of the deal"
            + dep(view, v, "from")  # "withdrew from the treaty"
            + dep(view, v, "in")  # "called in the ambassador", parsed as a preposition
            + dep(view, v, "under")  # "placed the envoy under house arrest"
        )
        # "assured Nepal of support", "warned Tokyo of consequences": the parser hangs "of" on the object
        cands += [o for d in kids(view, v, "dobj") for o in dep(view, d, "of")]
        if view.dep[v] == "acl":
            cands.append(view.head[v])  # "the agreement, signed in 2018, ..."
        cands += clause.permitted_ids(view, v)  # "let Greek ships dock"
        for load in clause.cargo_clause_ids(view, v):  # "sent planes carrying food"
            cands += kids(view, load, "dobj") + dep(view, load, "with")
        # "fired dozens of shells", "a number of warships": the object is what is counted
        cands += [  # "one of its largest drone attacks", "some of the prisoners"
            o
            for c in cands
            if view.lemma[c] in QUANTITY_NOUNS
            or view.lower[c] in COUNTED_PLURALS
            or view.pos[c] in {"NUM", "PRON"}
            for o in dep(view, c, "of")
        ]
        # "wrapped up Golden Dragon-2026, the largest joint military exercise": what the name is
        cands += [a for c in direct for a in kids(view, c, "appos")]
        # "froze 120 million euros in funding", "pledged $50 million in aid": a sum is of what it is in
        sums = [c for c in cands if view.lemma[c] in CURRENCY_NOUNS or view.text[c] == "$"]
        cands += [o for c in sums for o in dep(view, c, "in")]
        # "sent millions of Israelis into shelters" sent no millions: the count is of what follows it; "the
        # tariffs would be extended to C$125 billion of American products": a sum of goods traded is no aid
        cands = [
            c
            for c in cands
            if not (view.lower[c] in COUNTED_PLURALS and dep(view, c, "of"))
            and not (_is_sum(view, c) and any(view.lemma[o] in TRADED_GOODS for o in dep(view, c, "of")))
        ]
        # "a meeting held on 3 March" is no march held
        return [
            doc[c] for c in clause.with_conjunct_ids(view, cands) if view.ent_type[c] not in TIME_ENTITIES
        ]

    def _is_object(self, tok: Token, p: Pattern) -> bool:
        """Whether ``tok`` is one of the pattern's objects: a language, a cultural institute, an actor of a
        kind, military hardware, or a phrase said by the token or by the title words before a name."""
        view, i, by_head = self.view, tok.i, p.objects_by_head
        if LANGUAGE in by_head and softpower.language_token(tok, self.actors.by_token) is not None:
            return True
        if INSTITUTE in by_head and self.sponsors.of(tok) is not None:
            return True
        for marker, kind in ACTOR_OBJECTS.items():  # "quit ECOWAS", "freed six detained Americans"
            m = self.actors.at(i) if marker in by_head else None
            plural = marker != NATIONALS or view.tag[i] in {"NNS", "NNPS"}
            if m is not None and m.kind == kind and plural:
                return True
        if MILITARY in by_head and self._military(tok):
            return True
        if FOREIGNER in by_head and self._foreigner(tok):
            return True
        sayers, words = self._sayers(tok)
        if not any(w in by_head and w not in OBJECT_MARKERS for w in words):
            return False  # no word of the argument heads a phrase: none is looked up
        return any(ph.head not in OBJECT_MARKERS for t in sayers for ph in p.object_phrases(t))

    def _sayers(self, tok: Token) -> tuple[list[Token], frozenset[str]]:
        """The tokens that may say an object phrase for the argument ``tok`` (itself and, for a name, the
        title before it: "summoned Russian Ambassador Alexei Ivanov"), and their lemmas and texts, which
        a phrase's head must be one of; read once per argument, whatever pattern asks."""
        found = self.sayers.get(tok.i)
        if found is None:
            view = self.view
            sayers = [tok, *(_title_words(tok) if view.pos[tok.i] == "PROPN" else ())]
            words = frozenset(w for t in sayers for w in (view.lemma[t.i], view.lower[t.i]))
            found = self.sayers[tok.i] = (sayers, words)
        return found

    def judged(self, verb: Token, p: Pattern) -> Token | None:
        """What a speaker judges ("said the sanctions were illegal", "called the veto a black page",
        "described the move as a provocation", "said Libya must hand over the suspects"): the judged
        thing or the obliged party, when the judgement (an adjective, a noun or a modal) is one of the
        pattern's objects."""
        heads = p.objects_by_head.keys()
        if UNSAID_JUDGEMENTS.isdisjoint(heads) and self._sentence_words(verb.i).isdisjoint(heads):
            return None  # a judgement is said by a word of the verb's sentence, or is one of the unsaid
        if verb.i not in self.judgements:
            self.judgements[verb.i] = self._judgements(verb)
        return next((found for said, found in self.judgements[verb.i] if not said.isdisjoint(heads)), None)

    def _judgements(self, verb: Token) -> list[tuple[frozenset[str], Token | None]]:
        """Where :meth:`judged` looks at ``verb``, in its order: the words that would say a judgement
        there and what each finds (which may be nothing). Read once per verb: a speech verb is tried
        with each of its judgement patterns ("say" has five)."""
        kids, dep, lower, lemma = self.view.children, self.view.dep, self.view.lower, self.view.lemma
        out: list[tuple[frozenset[str], Token | None]] = []
        for comp in clause.reported_clauses(verb):
            below = kids[comp.i]
            subject = clause.subject(comp)
            if comp.lemma_ in {"be", "become", "remain"}:
                # "said the sanctions were illegal", "said Caracas was behind it", "said the arrests were a
                # hostile act"
                judged = [
                    c
                    for c in below
                    if dep[c] in {"acomp", "attr"} or (dep[c] == "prep" and lower[c] == "behind")
                ]
                modifiers = [g for c in judged if dep[c] == "attr" for g in kids[c] if dep[g] == "amod"]
                out.append((frozenset(lemma[w] for w in [*judged, *modifiers]), subject))
            # an obligation: "said China must drop its barriers"
            obliged = [OBLIGATION] if modality.obliges(comp) or modality.subjunctive(comp) else []
            out.append((frozenset([*(lower[c] for c in below if dep[c] == "aux"), *obliged]), subject))
            # a fate foretold: "said Seoul would pay dearly", "said the deployment will not go unanswered",
            # "would be treated as a threat and answered with ...", "would be met with the utmost firmness"
            if any(dep[c] == "aux" and lower[c] in FUTURE_WORDS for c in below):
                verbs = [comp.i, *(c for c in below if dep[c] == "conj" and self.view.pos[c] == "VERB")]
                said = [*verbs, *(c for v in verbs for c in kids[v] if dep[c] in PREDICATE_DEPS)]
                words = {lemma[w] for w in said}
                if any(lemma[v] == "meet" and any(lower[c] == "with" for c in kids[v]) for v in verbs):
                    words.add(ANSWERED)  # met with firmness, with force: answered
                passive = clause.children(comp, "nsubjpass")  # "said Israel will be punished"
                out.append((frozenset(words), passive[0] if passive else subject))
        dobj = clause.children(verb, "dobj")
        for c in [*kids[verb.i], *(t.i for t in clause.object_predicates(verb))]:
            if dep[c] in {"oprd", "amod", "appos"} or (dep[c] == "prep" and lower[c] == "as"):
                # "called the seizure an act of piracy": the judgement's of-object judges too
                of = [g for k in kids[c] if dep[k] == "prep" and lower[k] == "of" for g in kids[k]]
                out.append((frozenset(lemma[w] for w in (c, *kids[c], *of)), dobj[0] if dobj else None))
        return out

    def _foreigner(self, noun: Token) -> bool:
        """Whether a noun names a person by name whom a state's demonym describes: "American schoolteacher
        Marc Fogel", "the French cyclist Lennart Monterlos" (the name in apposition)."""
        view = self.view
        named = [noun.i] + [c for c in view.children[noun.i] if view.dep[c] == "appos"]
        if not any(view.ent_type[t] == "PERSON" for t in named):
            return False
        words = [t for t in view.subtree(noun.i) if t < noun.i or t in named]
        return any((m := self.actors.at(t)) is not None and m.kind == "demonym" for t in words)

    def _military(self, noun: Token) -> bool:
        """Military hardware by its modifiers ("air defence system", "armoured vehicles"); people are no
        hardware ("military instructors" is an actor), nor is a sum."""
        view = self.view
        words = {
            view.lemma[t]
            for t in view.subtree(noun.i)
            if t != noun.i and view.dep[t] in {"amod", "compound", "nmod"}
        }
        # a sum is no hardware ("2 billion euros in military support")
        hardware = noun.tag_ != "NNP" and self.actors.at(noun.i) is None and not _is_sum(view, noun.i)
        return hardware and bool(words & self.military_words)


def _is_sum(view: TokenView, i: int) -> bool:
    """Whether the word at ``i`` is a sum or a number ("C$125 billion", "2 billion euros", "500")."""
    return view.pos[i] == "NUM" or view.lemma[i] in MONEY_WORDS


def _title_words(name: Token) -> list[Token]:
    """The words of a title the parser hangs before a person's name ("Ambassador" and "High Commissioner"
    in "Indian High Commissioner Pranay Verma")."""
    return [c for c in name.lefts if c.dep_ == "compound" and c.pos_ in {"PROPN", "NOUN"}]
