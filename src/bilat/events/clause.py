"""Reading a clause of the dependency parse: its subjects, objects and prepositional arguments, the clauses
it reports or frames, and which clause owns a word (so which time expressions belong to it). Pure functions
over spaCy tokens (and, in the hot paths, over the token view by token number). Whether the clause's act
happened, is planned, asked or refused is :mod:`bilat.events.modality`'s.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bilat.events.lexicon import GENERIC_EVENT_NOUNS
from bilat.nlp import TokenView, sentence_of, token_view

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

    from bilat.model import Mention

CLAUSE_DEPS = {"ROOT", "conj", "ccomp", "xcomp", "advcl", "relcl", "acl", "parataxis", "pcomp", "csubj"}
STATIVE_PASSIVES = {"oppose", "commit", "determine", "resolve", "dedicate", "devote"}  # "is opposed to"
SUBJECT_CONTROL = {"promise", "pledge", "vow", "threaten"}  # "promised Kyiv to send": the subject acts
DOCUMENT_NOUNS = {
    "resolution", "statement", "communique", "communiqué", "note", "letter", "declaration", "decree",
    "memorandum", "motion", "message", "notice", "order", "report", "bill", "law", "verbale",
}  # fmt: skip
# what one does to someone else's text: "vetoed a resolution demanding a truce" is not the vetoer's demand
DISOWNING_VERBS = {
    "veto", "reject", "block", "oppose", "dismiss", "condemn", "denounce", "criticise", "criticize",
}  # fmt: skip
PERMISSION_VERBS = {"allow", "let", "permit"}
AIMING_VERBS = {"target"}  # as a participle, what the act it hangs on aims at ("..., targeting X")
MEASURE_NOUNS = {
    "sanction", "sanctions", "package", "order", "measure", "measures", "tariff", "tariffs", "ban", "decree",
    "restriction", "restrictions", "law", "bill", "duty", "duties", "embargo", "rule", "rules", "list",
}  # fmt: skip
HANDING_VERBS = {"hand", "send", "deliver", "submit", "present", "address", "give", "pass", "write"}
HAPPEN_VERBS = {
    "take", "hold", "happen", "occur", "begin", "start", "end", "last", "continue", "conclude", "open",
    "close", "resume", "go", "come", "follow", "see", "mark", "produce", "yield", "focus", "center",
    "centre", "cover", "pay", "make", "be", "sign", "wrap",
}  # fmt: skip


def clause_head(tok: Token) -> Token:
    """The verb that heads the clause a token sits in (itself for a verb)."""
    cur = tok
    while True:
        if cur.pos_ in {"VERB", "AUX"} and (cur.dep_ in CLAUSE_DEPS or cur.head.i == cur.i):
            return cur
        if cur.head.i == cur.i:
            return cur
        cur = cur.head


def auxiliaries(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]


def is_passive(verb: Token) -> bool:
    view = token_view(verb.doc)
    return any(view.dep[c] in {"nsubjpass", "auxpass"} for c in view.children[verb.i])


# prepositions whose gerund shares the subject of the verb they hang on ("responded by expelling"); not "for"
# ("thanked X for sending aid": X sent it) nor "without" (an act not done)
SHARED_SUBJECT_PREPS = {"by", "after", "before", "upon", "on", "while", "since", "despite"}


def subject(verb: Token) -> Token | None:
    """The agent of a verb: its nsubj, the ``by`` phrase of a passive, the antecedent of a relative
    "who", or the subject it shares with the verb it is coordinated with or governed by."""
    found = _subject_of(token_view(verb.doc), verb.i)
    return None if found is None else verb.doc[found]


def _subject_of(view: TokenView, verb: int) -> int | None:
    """:func:`subject` by token number."""
    kids, dep, head, lower = view.children, view.dep, view.head, view.lower
    cur = verb
    seen = 0
    from_infinitive = False  # whether ``cur`` was reached from its infinitive complement
    while seen < 6:
        seen += 1
        active = any(dep[c] == "nsubj" for c in kids[cur])  # "spoke by phone": "by" is no agent
        for c in kids[cur]:
            # "talks mediated by China", "imposed by the EU"; not the cause of a state: "disappointed by"
            if dep[c] == "agent" and not active and dep[cur] != "acomp":
                return next((p for p in kids[c] if dep[p] == "pobj"), None)
        if any(dep[c] in {"nsubjpass", "auxpass"} for c in kids[cur]):  # a passive
            for c in kids[cur]:
                if dep[c] == "agent":
                    return next((p for p in kids[c] if dep[p] == "pobj"), None)
            # "was accused of misusing funds by officials": the parser hangs the agent on the gerund
            late = [
                o
                for prep in kids[cur]
                if dep[prep] == "prep" and lower[prep] in {"of", "for"}
                for gerund in kids[prep]
                if dep[gerund] == "pcomp"
                for by in kids[gerund]
                if dep[by] == "prep" and lower[by] == "by"
                for o in kids[by]
                if dep[o] == "pobj"
            ]
            if late:
                return late[0]
            # "Israel is opposed to ...": a state, not an act done; "Nakatani is scheduled to visit", "was
            # asked to leave": the passive's subject does its infinitive
            if view.lemma[cur] in STATIVE_PASSIVES or (cur != verb and from_infinitive):
                return next((c for c in kids[cur] if dep[c] == "nsubjpass"), None)
            return None
        for c in kids[cur]:
            if dep[c] == "nsubj":
                if view.tag[c] in {"WP", "WDT"} or lower[c] == "that":
                    return head[cur] if dep[cur] == "relcl" else None
                return c
        if dep[cur] == "xcomp" and (controller := _object_controller(view, cur)) is not None:
            return controller
        # "would reach France ... and spread to Italy": a verb whose past is its base form shares the modal
        shared = view.lower[cur] == view.lemma[cur] and any(view.tag[a] == "MD" for a in kids[head[cur]])
        if dep[cur] == "conj" and view.tag[cur] == "VBD" and view.tag[head[cur]] == "VB" and not shared:
            # "called on both countries to refrain from any action that could escalate tensions and
            # offered to facilitate dialogue": a past verb the parser joined to an infinitive below it
            # goes on the clause of the finite verb above them
            cur = head[cur]
            while head[cur] != cur and (view.tag[cur] not in FINITE_TAGS or dep[cur] == "relcl"):
                cur = head[cur]
            continue
        shares_subject = dep[cur] in {"conj", "xcomp", "advcl", "acomp"} and head[cur] != cur
        if shares_subject or _unlinked_verb(view, cur):
            from_infinitive = dep[cur] == "xcomp"
            cur = head[cur]
            continue
        if dep[cur] == "relcl":
            return head[cur]
        if dep[cur] == "pcomp" and view.tag[cur] == "VBG" and lower[head[cur]] in SHARED_SUBJECT_PREPS:
            # "responded by expelling a diplomat", "after meeting Putin, Orban flew to Beijing": the gerund's
            # subject is the subject of the verb its preposition hangs on
            if view.pos[head[head[cur]]] in {"VERB", "AUX"}:
                cur = head[head[cur]]
                from_infinitive = False
                continue
            return None
        if dep[cur] == "acl":
            # "ministers, meeting in Luxembourg, ..." -> ministers; "the deal signed in 2018" -> none;
            # "adopted a resolution demanding ...": a text says what its author says; "Tokyo's decision
            # to freeze assets", "the decision of the government to lift the curfew": the noun's owner
            text = head[cur]
            if has_infinitive_marker(view, cur):
                decided = view.lemma[text] in DECISION_NOUNS  # not "efforts to", "its intention to"
                owners = [c for c in kids[text] if dep[c] == "poss"] if decided else []
                owners += prep_object_ids(view, text, "of") if decided else []
                return owners[0] if owners else None
            if view.tag[cur] == "VBD" and head[text] == text and view.pos[text] == "PROPN":
                return text  # "Brazil, which borders both countries, called on ...": the parser's root noun
            # "a move Bogota criticised as unilateral": the parser makes the relative's subject an
            # apposition of the noun, right before the verb
            named_before = dep[cur - 1] == "appos" and head[cur - 1] == text and view.pos[cur - 1] == "PROPN"
            if view.tag[cur] == "VBN" and view.lemma[text] in GENERIC_EVENT_NOUNS and named_before:
                return cur - 1
            if view.tag[cur] == "VBG" and view.lemma[text] in DOCUMENT_NOUNS and head[text] != text:
                if view.lemma[head[text]] in DISOWNING_VERBS:
                    return None
                cur = head[text]
                continue
            return head[cur] if view.tag[cur] == "VBG" else None
        return None
    return None


def _unlinked_verb(view: TokenView, v: int) -> bool:
    """A finite verb the parser left unlinked to the verb before it ("detained a boat on Saturday, then
    released them on Tuesday"): a second act of the same subject."""
    return view.dep[v] == "dep" and view.tag[v] == "VBD" and view.pos[view.head[v]] in {"VERB", "AUX"}


def subjects(verb: Token) -> list[Token]:
    """The verb's subject, with the other subjects of a list the parser split ("Japan, the United States
    and South Korea began ...": two nsubj children of "began")."""
    subj = subject(verb)
    if subj is None:
        return []
    # "Mali, Burkina Faso and Niger recalled ...": the parser makes the second name an apposition that
    # heads the rest of the list
    doc, view, s = verb.doc, token_view(verb.doc), subj.i
    kids, dep = view.children, view.dep
    listed = [
        doc[a]
        for a in kids[s]
        if dep[a] == "appos" and view.ent_type[a] == "GPE" and any(dep[c] == "conj" for c in kids[a])
    ]
    if dep[s] != "nsubj":
        return [subj, *listed]
    return [subj, *listed, *(doc[c] for c in kids[view.head[s]] if dep[c] == "nsubj" and c != s)]


# things given for an end, which never do the infinitive after them themselves
GIVEN_MEANS = {
    "package", "fund", "funding", "money", "loan", "grant", "credit", "aid", "assistance", "equipment",
}  # fmt: skip
# a decision to act is the act, done by the noun's owner ("Tokyo's decision to freeze assets")
FINITE_TAGS = {"VBD", "VBZ", "VBP"}
DECISION_NOUNS = {"decision", "move", "order", "vote", "resolution", "ruling", "determination"}
# what may stand before the verb of a communique's line: "Strongly condemns", "1. Calls upon", "(a) Urges"
LINE_LEAD_POS = {"ADV", "PUNCT", "NUM", "SPACE", "X", "SYM"}


def fronted_subjects(verb: Token) -> list[Token]:
    """The subjects the parser joined to a phrase set before them by a comma, for a verb left with none:
    "In Nairobi, Kenya and the United Arab Emirates signed ..." ("Kenya" a conjunct of "Nairobi"), "In a
    joint communique on Wednesday, Mali, Burkina Faso and Niger accused ..." ("Mali" in apposition to
    "Wednesday")."""
    view = token_view(verb.doc)
    for prep in view.children[verb.i]:
        if view.dep[prep] != "prep" or prep > verb.i:
            continue
        for t in view.subtree(prep):
            if view.dep[t] in {"conj", "appos"} and t < verb.i and t > 0 and view.lower[t - 1] == ",":
                return with_conjuncts([verb.doc[t]])
    return []


def issuer_subjects(verb: Token) -> list[Token]:
    """The subject a communique's or a resolution's subjectless line takes from the heading the lines
    follow ("The Peace and Security Council ... adopted the following decision:" then "Strongly condemns
    ...;" and "Demands ...;")."""
    heading = issuer_heading(verb)
    if heading is None:
        return []
    # the parser may give the heading's subject to a clause inside it ("The Council, at its meeting
    # held on 3 March, adopted ...": "Council" the subject of "held")
    return subjects(heading.root) or [t for t in heading if t.dep_ == "nsubj"][:1]


def issuer_heading(verb: Token) -> SpacySpan | None:
    """The heading sentence a verb of a communique's subjectless line hangs under: the nearest sentence
    before that is neither such a line nor a line's number alone."""
    sent = sentence_of(verb)
    line = verb
    while line.dep_ in {"conj", "xcomp"} and line.head.i != line.i:  # "Welcomes ... and commends ..."
        line = line.head
    if line.i != sent.root.i or not _subjectless_line(sent):
        return None  # not "the curfew imposed on Juba": that act's author is not the issuer
    doc = verb.doc
    start = sent.start
    while start > 0:
        before = sentence_of(doc[start - 1])
        if not (_subjectless_line(before) or _numbering(before)):
            return before
        start = before.start
    return None


def _numbering(sent: SpacySpan) -> bool:
    """A line's number the parser split off as a sentence of its own ("1.", "(a)")."""
    return all(t.pos_ in LINE_LEAD_POS or t.tag_ == "LS" for t in sent)


def _subjectless_line(sent: SpacySpan) -> bool:
    """A sentence whose main verb is in the third person present with no subject, first in its
    sentence but for adverbs and numbering: a line of a communique or a resolution."""
    root = sent.root
    return (
        root.tag_ == "VBZ"
        and not any(c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for c in root.children)
        and all(t.pos_ in LINE_LEAD_POS for t in sent[: root.i - sent.start])
    )


def _object_controller(view: TokenView, xcomp: int) -> int | None:
    """The object that does the act of an infinitive complement: "could lead Washington to reassess",
    "forced Moscow to withdraw" (object control); none when the governing verb has no object, and never
    for "promise", whose subject keeps the act ("promised Kyiv to send")."""
    head = view.head[xcomp]
    if view.lemma[head] in SUBJECT_CONTROL or not has_infinitive_marker(view, xcomp):
        return None
    obj = next((c for c in view.children[head] if view.dep[c] == "dobj"), None)
    # "announced a package to help Vanuatu": a thing given for an end acts for none; its giver does
    return None if obj is None or view.lemma[obj] in GIVEN_MEANS else obj


def children(tok: Token, dep: str) -> list[Token]:
    """The children of ``tok`` with dependency ``dep``, in text order (read from the token view: a token
    is built for each one found, not for every child looked at)."""
    doc = tok.doc
    return [doc[c] for c in child_ids(token_view(doc), tok.i, dep)]


def child_ids(view: TokenView, i: int, dep: str) -> list[int]:
    """:func:`children` by token number."""
    return [c for c in view.children[i] if view.dep[c] == dep]


def direct_objects(verb: Token) -> list[Token]:
    """The verb's direct objects; the object of "up to" + a number, which the parser reads as a particle
    and a preposition ("kidnapped up to 16 advisers", "will deploy up to 5,000 troops"); and the object
    the parser makes the subject of an infinitive ("ordered an activist to be held") or of an adverb
    ("let the trucks back into Gaza"); what a "what X called" clause names ("condemned what it called
    an unprovoked attack"); and the rest of a list of objects the parser hangs on the verb."""
    doc = verb.doc
    return [doc[o] for o in direct_object_ids(token_view(doc), verb.i)]


def direct_object_ids(view: TokenView, v: int) -> list[int]:
    """:func:`direct_objects` by token number."""
    kids, dep = view.children, view.dep
    out = [o for o in kids[v] if dep[o] == "dobj"]
    # "Commends the Republic of Chad, the Republic of South Sudan and ...": the parser hangs the rest of
    # the list on the verb as an apposition (a verb has none of its own)
    out += [a for a in kids[v] if out and a > out[0] and _listed_after(view, a)]
    if dep[v] == "relcl":  # "ECOWAS, which Burkina Faso quit last year": the antecedent
        out = [view.head[v] if view.tag[o] in {"WDT", "WP"} or view.lower[o] == "that" else o for o in out]
    if not out:
        out = [s for c in infinitive_clause_ids(view, v) for s in kids[c] if dep[s] in {"nsubj", "nsubjpass"}]
    if not out:  # "denounced as an ugly crime Serbia's suppression of ...": the object moved past "as X"
        out = [
            a
            for p in kids[v]
            if dep[p] == "prep" and view.lower[p] == "as"
            for o in kids[p]
            if dep[o] == "pobj"
            for a in kids[o]
            if dep[a] == "appos"
        ]
    if not out:  # "condemned what it called an unprovoked attack": the thing so called
        out = [
            t
            for c in kids[v]
            if dep[c] == "ccomp" and any(dep[w] == "dobj" and view.tag[w] == "WP" for w in kids[c])
            for t in kids[c]
            if dep[t] in {"oprd", "attr"}
        ]
    if not out:  # "allowed inspectors back into the site": a verbless small clause on an adverb
        out = [
            s
            for c in kids[v]
            if dep[c] == "ccomp" and view.pos[c] == "ADV"
            for s in kids[c]
            if dep[s] == "nsubj"
        ]
    for prt in kids[v]:
        if dep[prt] == "prt" and view.lower[prt] == "up":
            for to in kids[prt]:
                if view.lower[to] == "to":
                    out += [
                        o for o in kids[to] if dep[o] == "pobj" and any(dep[n] == "nummod" for n in kids[o])
                    ]
    return out


def infinitive_clause_ids(view: TokenView, verb: int) -> list[int]:
    """Infinitival complements the parser labels ccomp, by token number: "ordered [an activist to be
    held]"."""
    return [c for c in view.children[verb] if view.dep[c] == "ccomp" and has_infinitive_marker(view, c)]


PARTICLES_BEFORE_PREP = {"out", "away", "back"}  # "pulled out of the deal": "of" hangs on "out"


def reported_clauses(verb: Token) -> list[Token]:
    """What a speech verb reports: its complement clauses ("said that X must ..."), or the clause it
    follows after a comma ("X must withdraw, the minister said", which the parser joins as a conjunct)."""
    out = children(verb, "ccomp")
    head = verb.head
    inverted = verb.dep_ in {"conj", "parataxis"} and head.i < verb.i
    if inverted and not any(c.dep_ == "cc" and head.i < c.i < verb.i for c in head.children):
        out.append(head)
    return out


def elaborates(verb: Token) -> bool:
    """Whether a participle only says what the act it hangs on aims at: "adopted sanctions against Russia,
    targeting aluminium imports", "signed an order imposing sanctions, targeting its officials"."""
    view = token_view(verb.doc)
    i = verb.i
    if (
        view.lemma[i] not in AIMING_VERBS
        or view.tag[i] != "VBG"
        or view.dep[i] not in {"advcl", "acl", "xcomp"}
    ):
        return False
    head = view.head[i]  # a measure, not an attack: "Russia launched drones, targeting Kyiv" is the attack
    framing = [head, *(c for c in view.children[head] if view.dep[c] == "dobj")]
    return any(view.lemma[t] in MEASURE_NOUNS for t in framing)


def for_clauses(verb: Token) -> list[Token]:
    """The clauses a verb takes with "for" ("called for France to support the plan", "pushed for Kyiv to
    hold elections"), which the parser hangs as adverbial clauses marked by "for"."""
    view = token_view(verb.doc)
    return [
        verb.doc[c]
        for c in view.children[verb.i]
        if view.dep[c] == "advcl"
        and any(view.dep[m] == "mark" and view.lower[m] == "for" for m in view.children[c])
    ]


def co_agents(verb: Token) -> list[Token]:
    """Who does an act with its subject: "quit ECOWAS along with Mali and Niger", "France, together with
    Germany, condemned ..." (the parser hangs "together with" on the subject)."""
    doc, view = verb.doc, token_view(verb.doc)
    out: list[int] = []
    for owner in [verb.i, *child_ids(view, verb.i, "nsubj")]:
        for p in child_ids(view, owner, "prep"):
            if view.lower[p] == "along":
                out += prep_object_ids(view, p, "with")
            elif view.lower[p] == "with" and any(view.lower[a] == "together" for a in view.children[p]):
                out += child_ids(view, p, "pobj")
    return [doc[o] for o in out]


def verb_read_as_noun(view: TokenView, i: int) -> bool:
    """A present verb the tagger took for a plural noun, which the parser still gave a subject and an
    object ("The Philippines thanks Japan ...", "The Ministry thanks the United States ...")."""
    if view.tag[i] != "NNS" or view.dep[i] != "ROOT":
        return False
    deps = {view.dep[c] for c in view.children[i]}
    return "nsubj" in deps and "dobj" in deps


def prep_objects(tok: Token, prep: str) -> list[Token]:
    """The objects of ``tok``'s preposition ``prep``, also where the parser hangs it on a particle
    ("pulled out of the deal", "turned away from X") or makes the preposition a particle with an object
    ("called on Tunis to ..."). A preposition of three words is read through its noun ("in front of the
    embassy": the object of "of" on "front")."""
    doc = tok.doc
    words = prep.split()
    found = [doc[o] for o in prep_object_ids(token_view(doc), tok.i, words[0])]
    if len(words) == 3:
        found = [o for f in found if f.lower_ == words[1] for o in prep_objects(f, words[2])]
    return found


def prep_object_ids(view: TokenView, i: int, word: str) -> list[int]:
    """:func:`prep_objects` by token number, ``word`` the preposition's first word (read the list, do not
    change it: it is kept, see :func:`_prep_objects_by_word`)."""
    return _prep_objects_by_word(view, i).get(word, [])


def _prep_objects_by_word(view: TokenView, i: int) -> dict[str, list[int]]:
    """The objects of each preposition of token ``i``, by its word, read in one pass over its children and
    kept in the view (the coder asks for a verb's "with", "to", "on", "of" ... objects one by one, for
    each pattern): those of a preposition, an agent's "by", a dative's "to" or a particle; those hanging
    on a particle before a preposition ("pulled out of the deal": "of" under "out") under any word but
    the particle's own; those of a coordinated preposition ("in solidarity with the Palestinians and
    against Israel")."""
    kept = view.prep_objects.get(i)
    if kept is not None:
        return kept
    out: dict[str, list[int]] = {}
    kids, dep, lower = view.children, view.dep, view.lower
    for c in kids[i]:
        if dep[c] in {"prep", "agent", "dative", "prt"}:
            out.setdefault(lower[c], []).extend(p for p in kids[c] if dep[p] in {"pobj", "pcomp"})
        if dep[c] in {"prt", "prep"} and lower[c] in PARTICLES_BEFORE_PREP:
            for word, objects in _prep_objects_by_word(view, c).items():
                if word != lower[c]:
                    out.setdefault(word, []).extend(objects)
        if dep[c] == "prep":
            for k in kids[c]:
                if dep[k] == "conj" and view.pos[k] == "ADP":
                    out.setdefault(lower[k], []).extend(p for p in kids[k] if dep[p] in {"pobj", "pcomp"})
    view.prep_objects[i] = out
    return out


CARGO_VERBS = {"carry", "load", "transport", "bring", "bear", "contain", "deliver"}


def carries_cargo(noun: Token) -> bool:
    """Whether a noun is said to carry a load ("an aircraft carrying tents", "a ship loaded with grain")."""
    return bool(_loads(token_view(noun.doc), noun.i))


def _loads(view: TokenView, noun: int) -> list[int]:
    """The clauses that say what the noun at ``noun`` carries ("planes carrying food")."""
    return [c for c in view.children[noun] if view.dep[c] == "acl" and view.lemma[c] in CARGO_VERBS]


def cargo_clauses(verb: Token) -> list[Token]:
    """The clauses that say what a verb's object carries: "sent two planes carrying food to Gaza",
    "dispatched a ship loaded with aid": the load is the object that counts, and the parser often hangs
    the destination on the carrying verb."""
    doc = verb.doc
    return [doc[c] for c in cargo_clause_ids(token_view(doc), verb.i)]


def cargo_clause_ids(view: TokenView, v: int) -> list[int]:
    """:func:`cargo_clauses` by token number."""
    return [c for o in view.children[v] if view.dep[o] == "dobj" for c in _loads(view, o)]


def permitted_ids(view: TokenView, i: int) -> list[int]:
    """Who the permission verb at ``i`` lets act: "let Greek ships dock", "allowed Ukrainian grain to
    transit" (the parser makes them the subject of the permitted act, not the verb's object)."""
    if view.lemma[i] not in PERMISSION_VERBS:
        return []
    return [
        s
        for c in view.children[i]
        if view.dep[c] == "ccomp"
        for s in view.children[c]
        if view.dep[s] == "nsubj"
    ]


def nested_prep_objects(noun: Token, prep: str, depth: int = 2) -> list[Token]:
    """The objects of ``prep`` on a noun, or, when it has none, on the nouns of its own prepositional
    phrases: the parser often hangs a phrase on the nearest noun ("shared information on the launch
    with the United States": "with" under "launch")."""
    doc = noun.doc
    return [doc[o] for o in _nested_prep_objects(token_view(doc), noun.i, prep.split()[0], depth)]


def _nested_prep_objects(view: TokenView, i: int, word: str, depth: int) -> list[int]:
    """:func:`nested_prep_objects` by token number, ``word`` the preposition's first word."""
    found = prep_object_ids(view, i, word)
    if found or depth == 0:
        return found
    for c in view.children[i]:
        if view.dep[c] == "prep":
            for o in view.children[c]:
                if view.dep[o] == "pobj" and (deeper := _nested_prep_objects(view, o, word, depth - 1)):
                    return deeper
    return []


def with_conjuncts(toks: list[Token]) -> list[Token]:
    """Each token followed by the tokens coordinated with it after it."""
    if not toks:
        return []
    doc = toks[0].doc
    return [doc[i] for i in with_conjunct_ids(token_view(doc), [t.i for t in toks])]


def with_conjunct_ids(view: TokenView, ids: list[int]) -> list[int]:
    """:func:`with_conjuncts` by token number."""
    out: list[int] = []
    for i in ids:
        out.append(i)
        out.extend(c for c in view.conjuncts(i) if c > i)
        # "Vice Premier He Lifeng and Treasury Secretary Scott Bessent": the parser hangs the second name
        # on the first one's name, in apposition to its title
        named = [a for a in view.children[i] if view.dep[a] == "appos"]
        out.extend(c for a in named for c in view.conjuncts(a) if c > a and c not in out)
    return out


def reciprocal(verb: Token) -> bool:
    """Whether the verb's object is "each other" or "one another" ("accused each other of ...")."""
    view = token_view(verb.doc)
    pairs = {("other", "each"), ("another", "one"), ("one", "another")}  # the parser heads either word
    return any(
        view.dep[o] == "dobj" and (view.lower[o], view.lower[d]) in pairs
        for o in view.children[verb.i]
        for d in view.children[o]
    )


def has_infinitive_marker(view: TokenView, i: int) -> bool:
    """Whether token ``i`` has an infinitive's "to" among its auxiliaries ("to meet", "to be held")."""
    return any(view.dep[c] == "aux" and view.tag[c] == "TO" for c in view.children[i])


def since_clause(verb: Token) -> bool:
    """A clause that only measures time from an earlier act ("the deadliest incident since the two nations
    began peace talks"): background, not news."""
    view = token_view(verb.doc)
    return view.dep[verb.i] == "advcl" and any(
        view.dep[c] == "mark" and view.lower[c] == "since" for c in view.children[verb.i]
    )


ON_REQUEST_PREPS = {"at", "on", "upon"}  # "at the request of", "on the invitation of"
MEANS_PREPS = {"following", "through", "via", "after", "under"}  # "following mediation by the UAE"


def answers_request(noun: Token) -> bool:
    """Whether a noun is the request an act answers: "at the request of Nepal, India sent ...", "in
    response to a request from Nepal, India sent ..." (not "rejected a request from Nepal")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.i == noun.i:
        return False
    if prep.lower_ in ON_REQUEST_PREPS:
        return any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
    return prep.lower_ == "to" and prep.head.lemma_.lower() == "response" and prep.head.head.lower_ == "in"


def means_of_act(noun: Token) -> bool:
    """Whether a noun is what brought about the act of its clause: "exchanged prisoners following mediation
    by the UAE", "swapped through Emirati mediation", "thanks to Qatari mediation"."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.i == noun.i:
        return False
    return prep.lower_ in MEANS_PREPS or (prep.lower_ == "to" and prep.head.lower_ == "thanks")


def host_subjects(noun: Token) -> list[Token]:
    """The subject of the clause a framing noun sits in ("at the request of X, Y sent ...": Y)."""
    subj = subject(clause_head(noun))
    return [subj] if subj is not None else []


def carrier(verb: Token) -> Token | None:
    """The act that carries ``verb`` to its recipient when ``verb`` names none of its own: the first of two
    coordinated verbs with one subject ("lodged a protest with X and requested an explanation"), the verb
    of a participle ("handed X a note, demanding an inquiry") or of the document it describes ("handed X
    a note demanding an inquiry")."""
    doc = verb.doc
    view = token_view(doc)
    v = verb.i
    if any(view.dep[c] in {"nsubj", "nsubjpass", "ccomp"} for c in view.children[v]):
        return None  # its own subject, or what it says ("insisted the unrest reflected ..."), is its own
    dep, tag, head = view.dep[v], view.tag[v], view.head[v]
    if dep == "acl" and tag == "VBG" and view.lemma[head] in DOCUMENT_NOUNS:
        head = view.head[head]
    elif not (dep == "advcl" and tag == "VBG"):
        return doc[head] if dep == "conj" and view.pos[head] == "VERB" and head != v else None
    # only a document handed over carries its content to someone: not "vetoed a resolution demanding"
    return doc[head] if view.lemma[head] in HANDING_VERBS and head != v else None


def subclause_ids(view: TokenView, root: int) -> set[int]:
    """The tokens below the verb at ``root`` that a verb heading a clause of its own holds (they own their
    time expressions): the subtrees of the highest such verbs, which hold those of the verbs below them."""
    inside: set[int] = set()
    stack = list(view.children[root])
    while stack:
        t = stack.pop()
        if _heads_own_clause(view, t):
            inside.update(view.subtree(t))
        else:
            stack.extend(view.children[t])
    return inside


def _listed_after(view: TokenView, a: int) -> bool:
    """A noun the parser hangs on a verb as an apposition or an unlabelled dependent right after a comma:
    the next item of a list of objects."""
    return view.dep[a] in {"appos", "dep"} and view.pos[a] in {"NOUN", "PROPN"} and after_comma(view, a)


def after_comma(view: TokenView, i: int) -> bool:
    """Whether the phrase token ``i`` heads comes right after a comma ("..., a move Algeria condemned",
    "the Republic of Chad, the Republic of South Sudan")."""
    first = min(view.subtree(i))
    return first > 0 and view.text[first - 1] == ","


def _heads_own_clause(view: TokenView, t: int) -> bool:
    """Whether the verb at ``t`` heads a clause that owns its time expressions (not an infinitive
    complement, which shares its governor's)."""
    if view.pos[t] not in {"VERB", "AUX"}:
        return False
    return (view.dep[t] in CLAUSE_DEPS and view.dep[t] != "xcomp") or _unlinked_verb(view, t)


def owner_clause(tok: Token, stop: Token) -> Token:
    """Walk from ``tok`` up to ``stop``; return the first clause-heading verb on the way (or ``stop``)."""
    view = token_view(tok.doc)
    cur = tok.i
    while cur != stop.i:
        if _heads_own_clause(view, cur):
            return tok.doc[cur]
        if view.head[cur] == cur:
            return tok.doc[cur]
        cur = view.head[cur]
    return stop


PHONE_WORDS = {"phone", "telephone", "video", "videoconference", "videolink", "teleconference"}


def is_purpose(verb: Token) -> bool:
    """A purpose clause: "... to support Viet Nam's transition", "used tear gas to disperse them"."""
    return is_purpose_id(token_view(verb.doc), verb.i)


def is_purpose_id(view: TokenView, i: int) -> bool:
    """:func:`is_purpose` by token number."""
    return view.dep[i] in {"advcl", "xcomp"} and has_infinitive_marker(view, i)


def purpose_object(verb: Token) -> list[Token]:
    """Whom a purpose clause acts on: its direct object ("to disperse protesters"), or, when it has none,
    the subject of its complement ("to help Islamabad secure the deal")."""
    objects = children(verb, "dobj")
    if objects:
        return objects
    return [s for c in verb.children if c.dep_ in {"ccomp", "xcomp"} and (s := subject(c)) is not None]


# people who arrive, or are sent, for a purpose: "arrived to train", "were deployed to assist"
ARRIVING_VERBS = {"arrive", "come", "deploy", "send", "dispatch", "fly", "land", "travel", "go", "station"}
HELP_VERBS = {"help", "assist", "aid", "support", "rescue", "evacuate", "train"}  # what people are sent to do
GATHERING_VERBS = {"gather", "converge", "assemble", "mass", "flock", "congregate"}  # "gathered to protest"
# a call or a meeting whose purpose is said in it: "phoned Sandu to congratulate her", "called Netanyahu to
# urge restraint", "met the envoy to offer help"
CONTACT_VERBS = {"phone", "call", "telephone", "ring", "speak", "talk", "meet", "visit", "write"}
SAID_IN_CONTACT = {"SUPPORT", "REQUEST", "AGREE"}  # praise and condolences, appeals, offers


def met_with_a_reaction(verb: Token) -> bool:
    """ "would be met with force", "was met with criticism": a passive "met with" is a reaction to its
    subject, no meeting."""
    return (
        verb.lemma_.lower() == "meet"
        and is_passive(verb)
        and any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children)
    )


def purpose_of_arrival(verb: Token) -> bool:
    """Whether ``verb`` is what people arriving or sent come to do ("arrived in Tarawa to train ...")."""
    return verb.head.lemma_.lower() in ARRIVING_VERBS


def purpose_of_gathering(verb: Token) -> bool:
    """Whether ``verb`` is what people gathering came to do ("thousands gathered in Lagos to protest")."""
    return verb.head.lemma_.lower() in GATHERING_VERBS


def purpose_is_the_act(plover: str, verb: Token) -> bool:
    """Whether a purpose of type ``plover`` is what people sent or gathering did: help ("officers arrived
    in Tarawa to train Kiribati's police", "a team was deployed to Nepal to assist in rescue operations"),
    a protest ("thousands gathered in Lagos to protest the law"), or what a call or a meeting said ("phoned
    Sandu to congratulate her")."""
    if plover == "PROTEST":
        return purpose_of_gathering(verb)
    if plover in SAID_IN_CONTACT:
        return verb.head.lemma_.lower() in CONTACT_VERBS
    return plover in {"AID", "COOPERATE"} and purpose_of_arrival(verb)


def gathering(verb: Token) -> list[Token]:
    """The gathering ``verb`` is the purpose of, whose place tells where it was done ("gathered outside
    the US embassy to protest")."""
    return [verb.head] if is_purpose(verb) and purpose_of_gathering(verb) else []


def deployed_to_help(verb: Token) -> bool:
    """Whether people are sent or deployed to help ("to help inspect the cable", "to assist rescuers")."""
    return any(is_purpose(c) and c.lemma_.lower() in HELP_VERBS for c in verb.children)


CROWD_MENTIONS = {"demonym", "ethnic", "role"}  # "Nigerians", "Uighurs", "Kenyan students"


def is_crowd(subj: Token | None, mention_at: Callable[[int], Mention | None]) -> bool:
    """Whether a subject is people in numbers ("thousands of Nigerians", "students"), not a state whose
    name is plural ("the Philippines", "the United States")."""
    if subj is None or not many_people(subj):
        return False
    m = mention_at(subj.i)
    return m is None or m.kind in CROWD_MENTIONS


def many_people(subj: Token) -> bool:
    """Whether a subject is a number of people ("instructors", "a first batch of peacekeeping troops", "the
    first deployment of NATO troops"), not one visitor."""
    if subj.tag_ in {"NNS", "NNPS"}:
        return True
    counted = [o for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children]
    return any(o.dep_ == "pobj" and o.tag_ in {"NNS", "NNPS"} for o in counted)


def names_object(verb: Token) -> bool:
    """A verb with an object predicate names or judges its object ("called the veto a black page"): only
    a pattern that reads the judgement fits it, not the bare verb ("called the president": a phone call)."""
    view = token_view(verb.doc)
    kids = view.children[verb.i]
    # an object predicate with no object is the parser's "called Araghchi on Monday": a phone call
    judged = any(view.dep[c] == "oprd" for c in kids) and any(view.dep[c] == "dobj" for c in kids)
    return judged or bool(_object_predicates(verb.doc, view, verb.i))


def object_predicates(verb: Token) -> list[Token]:
    """What the parser hangs on the object as its predicate: an adjective after it ("called the tariffs
    unjustified": an amod after "tariffs", in a small clause, not an attribute before it), or an
    indefinite apposition with no comma between ("called Israel's campaign in Gaza a genocide"; "called
    the president, a close ally" is a phone call)."""
    doc = verb.doc
    return [doc[a] for a in _object_predicates(doc, token_view(doc), verb.i)]


def _object_predicates(doc: Doc, view: TokenView, verb: int) -> list[int]:
    """:func:`object_predicates` by token number."""
    return [
        a
        for obj in view.children[verb]
        if view.dep[obj] == "dobj"
        for a in view.children[obj]
        if a > obj and (view.dep[a] == "amod" or _naming_apposition(doc, view, obj, a))
    ]


def _naming_apposition(doc: Doc, view: TokenView, obj: int, a: int) -> bool:
    return (
        view.dep[a] == "appos"
        and any(view.lower[d] in {"a", "an"} for d in view.children[a])
        and not any(view.is_punct[t] for t in range(obj + 1, doc[a].left_edge.i))
    )


def by_phone(verb: Token) -> bool:
    """ "spoke by telephone", "talked over the phone", "held talks via video link"."""
    return bool(phone_means(verb))


def phone_means(verb: Token) -> list[Token]:
    """The phone or video link a verb says its talk went by ("by phone", "over a video link")."""
    return [
        obj
        for prep in verb.children
        if prep.dep_ in {"prep", "agent"} and prep.lower_ in {"by", "over", "via", "on"}
        for obj in prep.children
        if {obj.lemma_.lower(), *(c.lemma_.lower() for c in obj.children)} & PHONE_WORDS
    ]
