"""Reading a clause of the dependency parse: its arguments, status (tense, modality, negation), wrappers
("plan to", "help", "refuse to") and which time expressions belong to it. Pure functions over spaCy tokens.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bilat.nlp import TokenView, sentence_of, token_view

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

CLAUSE_DEPS = {"ROOT", "conj", "ccomp", "xcomp", "advcl", "relcl", "acl", "parataxis", "pcomp", "csubj"}
FUTURE_AUX = {"will", "shall", "'ll", "wo"}
MODAL_AUX = {"would", "could", "might", "may", "should", "can", "must", "'d"}
NEGATORS = {"not", "n't", "never", "no"}
WRAPPERS = {
    # intent: the inner event is promised, planned or offered -> AGREE (PLOVER), status kept
    "plan": "intent", "intend": "intent", "want": "intent", "hope": "intent", "seek": "intent",
    "agree": "intent", "promise": "intent", "pledge": "intent", "vow": "intent", "swear": "intent",
    "offer": "intent",
    "decide": "intent", "aim": "intent", "prepare": "intent", "wish": "intent", "propose": "intent",
    "commit": "intent", "undertake": "intent", "resolve": "intent",
    # scheduled: the inner event is planned, its type is kept
    "schedule": "scheduled", "set": "scheduled", "due": "scheduled", "expect": "scheduled",
    "go": "scheduled", "slate": "scheduled",
    # help: the subject helps others do it (mediation)
    "help": "help", "assist": "help",
    # refusals and failures: the inner event did not happen
    "refuse": "refuse", "decline": "refuse", "reject": "refuse",
    "fail": "fail", "deny": "fail",
    # an act to be stopped is no event of its own ("urged Washington to stop attacking China")
    "stop": "fail", "cease": "fail", "quit": "fail",
    # continuation
    "continue": "continue", "keep": "continue",
    # a threat to do the inner act: coded as the threat (events/reframe.py), from the threatener
    "threaten": "threat",
    # requests and warnings govern the inner event: it is what is asked of someone else
    "urge": "govern", "ask": "govern", "call": "govern", "demand": "govern", "request": "govern",
    "warn": "govern", "press": "govern", "invite": "govern", "encourage": "govern",
    "order": "govern", "appeal": "govern", "tell": "govern", "instruct": "govern", "direct": "govern",
    "command": "govern", "implore": "govern", "exhort": "govern", "beseech": "govern", "entreat": "govern",
    "beg": "govern", "pressure": "govern", "prod": "govern", "nudge": "govern", "push": "govern",
}  # fmt: skip
MANDATIVE_VERBS = {"insist", "recommend", "stipulate"}  # "insisted that X release": asked, when subjunctive
TOLD_WORDS = {"tell", "instruct", "direct"}  # they govern an infinitive ("told X to pay"), not a that-clause
STATIVE_PASSIVES = {"oppose", "commit", "determine", "resolve", "dedicate", "devote"}  # "is opposed to"
READY_WORDS = {"ready", "willing", "prepared", "eager", "keen", "determined", "committed"}
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
OBLIGATION_VERBS = {"have", "need"}  # "had to allow", "needs to withdraw": as "must" does
HANDING_VERBS = {"hand", "send", "deliver", "submit", "present", "address", "give", "pass", "write"}
ALLEGATION_VERBS = {"accuse", "charge", "suspect", "blame", "convict", "indict", "fault"}
CONDITION_MARKS = {"if", "unless"}
DENIAL_VERBS = {"deny", "refute", "dismiss", "reject", "rebut", "debunk"}
# what a denial rejects when it names the claim before its content ("denied reports that ...")
CLAIM_NOUNS = {
    "report", "claim", "allegation", "accusation", "suggestion", "rumour", "rumor", "speculation",
    "assertion", "charge", "story",
}  # fmt: skip
HAPPEN_VERBS = {
    "take", "hold", "happen", "occur", "begin", "start", "end", "last", "continue", "conclude", "open",
    "close", "resume", "go", "come", "follow", "see", "mark", "produce", "yield", "focus", "center",
    "centre", "cover", "pay", "make", "be", "sign", "wrap",
}  # fmt: skip


@dataclass(frozen=True)
class Status:
    status: str  # occurred | ongoing | planned | hypothetical
    negated: bool  # said with "not", "never", "no": "will not release", "did not attend"
    tense: str  # past | present | perfect | future | modal
    disowned: bool = False  # denied or alleged by another ("denied that ...", "accused X of ...")

    @property
    def void(self) -> bool:
        """Whether the clause says no event at all (negated, denied or an allegation)."""
        return self.negated or self.disowned


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
        if dep[cur] in {"conj", "xcomp", "advcl", "acomp"} and head[cur] != cur:
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
            if view.tag[cur] == "VBG" and view.lemma[text] in DOCUMENT_NOUNS and head[text] != text:
                if view.lemma[head[text]] in DISOWNING_VERBS:
                    return None
                cur = head[text]
                continue
            return head[cur] if view.tag[cur] == "VBG" else None
        return None
    return None


def subjects(verb: Token) -> list[Token]:
    """The verb's subject, with the other subjects of a list the parser split ("Japan, the United States
    and South Korea began ...": two nsubj children of "began")."""
    subj = subject(verb)
    if subj is None:
        return []
    # "Mali, Burkina Faso and Niger recalled ...": the parser makes the second name an apposition that
    # heads the rest of the list
    listed = [
        a
        for a in subj.children
        if a.dep_ == "appos" and a.ent_type_ == "GPE" and any(c.dep_ == "conj" for c in a.children)
    ]
    if subj.dep_ != "nsubj":
        return [subj, *listed]
    return [subj, *listed, *(c for c in subj.head.children if c.dep_ == "nsubj" and c.i != subj.i)]


# a decision to act is the act, done by the noun's owner ("Tokyo's decision to freeze assets")
DECISION_NOUNS = {"decision", "move", "order", "vote", "resolution", "ruling", "determination"}
# what may stand before the verb of a communique's line: "Strongly condemns", "1. Calls upon", "(a) Urges"
LINE_LEAD_POS = {"ADV", "PUNCT", "NUM", "SPACE", "X", "SYM"}


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
    before that is not such a line."""
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
        if not _subjectless_line(before):
            return before
        start = before.start
    return None


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
    return next((c for c in view.children[head] if view.dep[c] == "dobj"), None)


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
    ("let the trucks back into Gaza")."""
    doc = verb.doc
    return [doc[o] for o in direct_object_ids(token_view(doc), verb.i)]


def direct_object_ids(view: TokenView, v: int) -> list[int]:
    """:func:`direct_objects` by token number."""
    kids, dep = view.children, view.dep
    out = [o for o in kids[v] if dep[o] == "dobj"]
    if dep[v] == "relcl":  # "ECOWAS, which Burkina Faso quit last year": the antecedent
        out = [view.head[v] if view.tag[o] in {"WDT", "WP"} or view.lower[o] == "that" else o for o in out]
    if not out:
        out = [s for c in infinitive_clause_ids(view, v) for s in kids[c] if dep[s] in {"nsubj", "nsubjpass"}]
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
    out: list[Token] = []
    for owner in [verb, *children(verb, "nsubj")]:
        for p in children(owner, "prep"):
            if p.lower_ == "along":
                out += prep_objects(p, "with")
            elif p.lower_ == "with" and any(a.lower_ == "together" for a in p.children):
                out += children(p, "pobj")
    return out


def prep_objects(tok: Token, prep: str) -> list[Token]:
    """The objects of ``tok``'s preposition ``prep``, also where the parser hangs it on a particle
    ("pulled out of the deal", "turned away from X") or makes the preposition a particle with an object
    ("called on Tunis to ...")."""
    doc = tok.doc
    return [doc[o] for o in prep_object_ids(token_view(doc), tok.i, prep.split()[0])]


def prep_object_ids(view: TokenView, i: int, word: str) -> list[int]:
    """:func:`prep_objects` by token number, ``word`` the preposition's first word."""
    out: list[int] = []
    for c in view.children[i]:
        dep, lower = view.dep[c], view.lower[c]
        if dep in {"prep", "agent", "dative", "prt"} and lower == word:
            out.extend(p for p in view.children[c] if view.dep[p] in {"pobj", "pcomp"})
        elif dep in {"prt", "prep"} and lower in PARTICLES_BEFORE_PREP and lower != word:
            out.extend(prep_object_ids(view, c, word))
        if dep == "prep":
            # "in solidarity with the Palestinians and against Israel": a coordinated preposition
            for k in view.children[c]:
                if view.dep[k] == "conj" and view.pos[k] == "ADP" and view.lower[k] == word:
                    out.extend(p for p in view.children[k] if view.dep[p] in {"pobj", "pcomp"})
    return out


CARGO_VERBS = {"carry", "load", "transport", "bring", "bear", "contain", "deliver"}


def carries_cargo(noun: Token) -> bool:
    """Whether a noun is said to carry a load ("an aircraft carrying tents", "a ship loaded with grain")."""
    view = token_view(noun.doc)
    return any(view.dep[c] == "acl" and view.lemma[c] in CARGO_VERBS for c in view.children[noun.i])


def cargo_clauses(verb: Token) -> list[Token]:
    """The clauses that say what a verb's object carries: "sent two planes carrying food to Gaza",
    "dispatched a ship loaded with aid": the load is the object that counts, and the parser often hangs
    the destination on the carrying verb."""
    doc = verb.doc
    return [doc[c] for c in cargo_clause_ids(token_view(doc), verb.i)]


def cargo_clause_ids(view: TokenView, v: int) -> list[int]:
    """:func:`cargo_clauses` by token number."""
    return [
        c
        for o in view.children[v]
        if view.dep[o] == "dobj"
        for c in view.children[o]
        if view.dep[c] == "acl" and view.lemma[c] in CARGO_VERBS
    ]


def obliges(verb: Token) -> bool:
    """Whether a verb says an obligation as "must" does: "had to allow aid in", "needs to withdraw"."""
    view = token_view(verb.doc)
    return view.lemma[verb.i] in OBLIGATION_VERBS and any(
        view.dep[c] == "xcomp" and any(view.lower[a] == "to" for a in view.children[c])
        for c in view.children[verb.i]
    )


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
    return out


def wrapper_of(verb: Token) -> tuple[str, Token] | None:
    """The governing verb of an xcomp ("plan to meet", "helped sign"), and its wrapper kind. An infinitive
    the parser hangs as a purpose clause on a verb with no object of its own is its complement all the
    same ("threatened on Tuesday to impose": advcl, but what was threatened). Read once per verb and
    document (the coder asks for each pattern, status and argument of a verb)."""
    found: dict[int, tuple[str, Token] | None] | None = verb.doc.user_data.get("bilat_wrappers")
    if found is None:
        found = verb.doc.user_data["bilat_wrappers"] = {}
    if verb.i not in found:
        found[verb.i] = _wrapper_of(verb)
    return found[verb.i]


def subjunctive(verb: Token) -> bool:
    """Whether a clause a mandative verb governs asks for its act in the subjunctive ("insisted that Japan
    withdraw"; see :func:`_subjunctive`)."""
    view = token_view(verb.doc)
    return view.lemma[view.head[verb.i]] in MANDATIVE_VERBS and _subjunctive(view, verb.i)


def _subjunctive(view: TokenView, v: int) -> bool:
    """A mandative subjunctive: a base-form verb with a third-person subject and no auxiliary ("insisted
    that the United States release the funds"), which asks for the act rather than reports it."""
    kids = view.children[v]
    subjects = [c for c in kids if view.dep[c] == "nsubj"]
    # "insisted that the United States release": a present after a past verb is no report, since the
    # report would be backshifted ("insisted that it released")
    base = view.tag[v] == "VB" or (view.tag[v] == "VBP" and view.tag[view.head[v]] == "VBD")
    return (
        base
        and bool(subjects)
        and view.lower[subjects[0]] not in {"i", "you", "we", "they"}
        and not any(view.dep[c] in {"aux", "auxpass"} for c in kids)
    )


def _wrapper_of(verb: Token) -> tuple[str, Token] | None:
    # coordinated verbs share the first conjunct's wrapper ("urged them to de-escalate and agree to a
    # ceasefire", "urged X to stop smearing and attacking China")
    view = token_view(verb.doc)
    v = verb.i
    while view.dep[v] == "conj" and view.pos[view.head[v]] in {"VERB", "AUX"} and view.head[v] != v:
        v = view.head[v]
    head, dep, kids = view.head[v], view.dep[v], view.children[v]
    if _bare_after_demand(view, v):
        return "govern", verb.doc[head]
    infinitive = has_infinitive_marker(view, v)
    misparsed = dep == "advcl" and infinitive and not any(view.dep[c] == "dobj" for c in view.children[head])
    if (dep not in {"xcomp", "ccomp"} and not misparsed) or head == v:
        return None
    wrapping = view.lemma[head]
    kind = WRAPPERS.get(wrapping)
    if dep == "ccomp" and wrapping in MANDATIVE_VERBS and _subjunctive(view, v):
        return "govern", verb.doc[head]  # "insisted that the United States release the funds"
    # a that-clause is the content of a promise, a threat or a demand ("demanded that Ankara withdraw",
    # "threatened that Pyongyang would shoot down the planes")
    promised = wrapping in {"agree", "promise", "pledge", "vow", "propose", "suggest", "threaten"}
    if dep == "ccomp" and not promised and kind != "govern":
        return None
    if dep == "ccomp" and not infinitive and wrapping in TOLD_WORDS:
        return None  # "a court was told that soldiers shot protesters": what is told, not demanded
    if kind is None and view.pos[head] == "ADJ" and view.lower[head] in READY_WORDS:
        kind = "intent"  # "Brasilia is ready to work with Beijing"
    if kind is None and wrapping in {"be", "stand", "remain"}:  # "stands ready to impose"
        for c in view.children[head]:
            if view.dep[c] == "acomp" and view.lower[c] in READY_WORDS | {"due", "set"}:
                kind = "scheduled" if view.lower[c] in {"due", "set"} else "intent"
    if kind is None:
        return None
    if kind == "scheduled" and wrapping == "go" and not any(view.lower[a] == "to" for a in kids):
        return None
    return kind, verb.doc[head]


def has_infinitive_marker(view: TokenView, i: int) -> bool:
    """Whether token ``i`` has an infinitive's "to" among its auxiliaries ("to meet", "to be held")."""
    return any(view.dep[c] == "aux" and view.tag[c] == "TO" for c in view.children[i])


def _bare_after_demand(view: TokenView, v: int) -> bool:
    """A base-form verb with no subject joined to a past or third-person demand is one of the things
    demanded, even when the parser lost the infinitive before it ("urged both sides to de-escalate, free
    the prisoners and sign a truce": "de-escalate" split into pieces, "free" and "sign" hang on "urged")."""
    head = view.head[v]
    return (
        view.dep[v] in {"conj", "advcl"}
        and view.tag[v] in {"VB", "VBP"}
        and view.tag[head] in {"VBD", "VBZ"}
        and WRAPPERS.get(view.lemma[head]) == "govern"
        and not any(view.dep[c] in {"nsubj", "aux", "mark"} for c in view.children[v])
    )


def status_of(verb: Token, *, reported: bool) -> Status:
    """Status from the auxiliaries, the wrapper chain, negation and conditionals."""
    chain = [verb]
    cur = verb
    while True:
        w = wrapper_of(cur)
        if w is None:
            break
        chain.append(w[1])
        cur = w[1]
    negated = False
    future = False
    modal = False
    progressive = False
    perfect = False
    doc = verb.doc
    view = token_view(doc)
    for v in chain:
        for c in view.children[v.i]:
            low, dep = view.lower[c], view.dep[c]
            if dep == "neg" or (low in NEGATORS and dep in {"advmod", "neg"}):
                negated = True
            if dep in {"aux", "auxpass"}:
                if low in FUTURE_AUX:
                    future = True
                elif low in MODAL_AUX:
                    modal = True
                elif view.lemma[c] == "be" and doc[c].lemma_ == "be" and view.tag[v.i] == "VBG":
                    progressive = True
                elif view.lemma[c] == "have" and doc[c].lemma_ == "have":  # the view's lemmas are folded
                    perfect = True
        lemma = view.lemma[v.i]
        if lemma in {"plan", "schedule", "expect", "intend"} or (lemma == "go" and view.tag[v.i] == "VBG"):
            future = True
        if WRAPPERS.get(lemma) == "continue":
            progressive = True
        if v.i != verb.i and (w := wrapper_of(chain[chain.index(v) - 1])) is not None and w[0] == "scheduled":
            future = True  # "is due to arrive", "is set to visit"
    if _obliged(view, chain[-1].i):
        modal = True  # "Russia needs to withdraw", "said Israel had to allow aid in": not done yet
    disowned = denied(chain[-1]) or alleged(chain[-1])
    conditional = bool(_conditions(view, verb.i)) or any(
        view.dep[c] == "mark" and view.lower[c] in CONDITION_MARKS for c in view.children[verb.i]
    )
    modal = modal or conditional
    kids, tag = view.children[verb.i], view.tag[verb.i]
    if modal and reported and not conditional and any(view.lower[c] == "would" for c in kids):
        future, modal = True, False  # "said it would send aid": reported future
    auxes = {view.lower[c] for c in kids if view.dep[c] in {"aux", "auxpass"}}
    if future:
        tense, status = "future", "planned"
    elif modal:
        tense, status = "modal", "hypothetical"
    elif progressive and tag == "VBG" and not auxes & {"was", "were"}:
        tense, status = "present", "ongoing"
    elif perfect:
        tense, status = "perfect", "occurred"
    elif tag == "VBD" or (tag == "VBN" and is_passive(verb) and auxes & {"was", "were", "had"}):
        tense, status = "past", "occurred"
    else:
        tense, status = "present", "occurred"
    if auxes & {"was", "were", "did"}:
        tense = "past"  # "was signed", "did not send"
    return Status(status, negated, tense, disowned)


def _obliged(view: TokenView, v: int) -> bool:
    """Whether the act at ``v`` is one someone has or needs to do, now or as reported ("needs to
    withdraw", "said Israel had to allow"), not one they had to do and did ("had to withdraw in 2022")."""
    head = view.head[v]
    return (
        view.dep[v] == "xcomp"
        and view.lemma[head] in OBLIGATION_VERBS
        and (
            view.tag[head] in {"VB", "VBZ", "VBP"} or (view.tag[head] == "VBD" and view.dep[head] == "ccomp")
        )
    )


def denied(verb: Token) -> bool:
    """Whether a clause is what someone denies, so no event: "the Kremlin denied that Putin had met the
    envoy", "officials dismissed reports that Egypt had sent troops". "deny" takes the content as its
    complement, the others only through the claim they reject ("rejected the claim that ...")."""
    head = verb.head
    if verb.dep_ == "ccomp" and head.lemma_.lower() == "deny":
        return True
    return (
        verb.dep_ in {"acl", "ccomp"}
        and head.lemma_.lower() in CLAIM_NOUNS
        and head.dep_ in {"dobj", "nsubjpass"}
        and head.head.lemma_.lower() in DENIAL_VERBS
    )


def alleged(verb: Token) -> bool:
    """Whether a clause is what someone is accused of ("accused Venezuela of massing troops", "blamed
    Kyiv for shelling the plant", and what follows from it: "..., killing 11 civilians"): the accusation
    is the event, the act stays alleged."""
    cur = verb
    while cur.dep_ in {"advcl", "conj", "xcomp"} and cur.head.i != cur.i:
        if cur.dep_ == "advcl" and cur.tag_ == "VBG" and _charges(cur.head):
            return True  # the parser hangs "..., killing 11 civilians" on "accused", not on "shelling"
        cur = cur.head
    return cur.dep_ == "pcomp" and cur.head.lower_ in {"of", "for"} and _charges(cur.head.head)


def _charges(verb: Token) -> bool:
    """Whether a verb accuses someone of an act it names: "accused X of shelling", "blamed Y for ..."."""
    return verb.lemma_.lower() in ALLEGATION_VERBS and any(
        c.dep_ == "pcomp"
        for p in verb.subtree
        if p.lower_ in {"of", "for"} and verb in (p.head, p.head.head)
        for c in p.children
    )


SIDE_DEPS = {"relcl", "acl", "appos", "parataxis", "punct", "nsubj", "nsubjpass"}


def conditions(verb: Token) -> list[Token]:
    """The verb's if/unless clauses."""
    doc = verb.doc
    return [doc[c] for c in _conditions(token_view(doc), verb.i)]


def _conditions(view: TokenView, verb: int) -> list[int]:
    """:func:`conditions` by token number."""
    return [c for c in view.children[verb] if view.dep[c] == "advcl" and _condition_word(view, c) is not None]


def _condition_word(view: TokenView, clause_verb: int) -> str | None:
    return next((w for m in view.children[clause_verb] if (w := view.lower[m]) in CONDITION_MARKS), None)


def since_clause(verb: Token) -> bool:
    """A clause that only measures time from an earlier act ("the deadliest incident since the two nations
    began peace talks"): background, not news."""
    view = token_view(verb.doc)
    return view.dep[verb.i] == "advcl" and any(
        view.dep[c] == "mark" and view.lower[c] == "since" for c in view.children[verb.i]
    )


def condition_mark(verb: Token) -> str | None:
    """ "if" or "unless" when the verb, or a verb it governs, carries a condition ("will withdraw its
    force unless the president holds elections", "threatened to stop talks if Washington goes ahead")."""
    view = token_view(verb.doc)
    for v in [verb.i, *(c for c in view.children[verb.i] if view.dep[c] in {"xcomp", "ccomp"})]:
        if found := _conditions(view, v):
            return _condition_word(view, found[0])
    return None


def inner_arguments(verb: Token) -> list[Token]:
    """The nouns the act a wrapper governs is about ("threatened to deliver blows to the United States",
    "refused to respond to a demand from the president", "offered to hand over to Britain ..."): the
    objects and prepositional objects of the governed verb, and the subject of its if/unless clause
    ("threatened to ban voting if Hamas ran"); not those of a relative or descriptive clause."""
    out: list[Token] = []
    for comp in verb.children:
        governed = wrapper_of(comp)
        negated = any(c.dep_ == "neg" for c in comp.children)  # "vowed not to return the Golan Heights"
        if ((governed is not None and governed[1].i == verb.i) or _own_warning(verb, comp)) and not negated:
            _arguments_below(comp, out)
    for means in prep_objects(verb, "by"):  # "would respond by sending Moldovan diplomats home"
        if means.pos_ == "VERB":
            _arguments_below(means, out)
    return out


ON_REQUEST_PREPS = {"at", "on", "upon"}  # "at the request of", "on the invitation of"


def answers_request(noun: Token) -> bool:
    """Whether a noun is the request an act answers: "at the request of Nepal, India sent ...", "in
    response to a request from Nepal, India sent ..." (not "rejected a request from Nepal")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.i == noun.i:
        return False
    if prep.lower_ in ON_REQUEST_PREPS:
        return any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
    return prep.lower_ == "to" and prep.head.lemma_.lower() == "response" and prep.head.head.lower_ == "in"


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


def only_conditional(verb: Token) -> bool:
    """Whether the verb is hypothetical by its if/unless clause alone, with no modal of its own: in
    "threatened countermeasures if the drills went ahead" the threat is made, its content is conditional."""
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
    return not modal and condition_mark(verb) is not None


def condition_subjects(verb: Token) -> list[Token]:
    """The subjects of the verb's if/unless clause ("would retaliate if Japan imposed controls")."""
    return [s for c in conditions(verb) for s in c.children if s.dep_ in {"nsubj", "nsubjpass"}]


def _own_warning(verb: Token, comp: Token) -> bool:
    """ "warned that it would respond to any hostile action by Washington": a warning of the speaker's own
    act (its subject a pronoun), not a forecast of someone else's ("warned that Russia could attack")."""
    if comp.dep_ != "ccomp" or verb.lemma_.lower() not in {"warn", "threaten"}:
        return False
    subj = next((c for c in comp.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subj is not None and subj.tag_ == "PRP"


def _arguments_below(head: Token, out: list[Token]) -> None:
    conditional = conditions(head)
    for c in head.children:
        condition = c in conditional
        if condition:
            out.extend(s for s in c.children if s.dep_ in {"nsubj", "nsubjpass"})
        if condition or c.dep_ in SIDE_DEPS or c.dep_ == "advcl":
            continue
        # "trigger U.N. sanctions on Iran": a measure aimed at someone names its author, not its recipient
        aimed = any(p.lower_ in {"on", "against"} and children(p, "pobj") for p in children(c, "prep"))
        if c.dep_ in {"dobj", "pobj", "dative"} and not aimed:
            out.append(c)
        _arguments_below(c, out)


ASKING_VERBS = {"seek", "want", "propose", "suggest"}  # "sought the release of the crew": asked, not done
CANCEL_VERBS = {
    "cancel", "postpone", "scrap", "suspend", "shelve", "delay", "end", "halt", "abandon", "call off",
    # refused: "rejected talks with Kyiv", "boycotted the summit", "ruled out a meeting"
    "reject", "boycott", "refuse", "decline", "snub", "shun", "skip", "rebuff", "spurn", "rule out",
    "turn down",
}  # fmt: skip


def noun_negated(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def noun_cancelled(noun: Token) -> bool:
    """A nominal event that did not take place: "no talks were held", "cancelled a planned visit",
    "ended mediation efforts" (the cancellation may be an act of its own)."""
    if noun_negated(noun):
        return True
    if noun.dep_ != "dobj":
        return False
    verb = noun.head.lemma_.lower()
    particles = [c.lower_ for c in noun.head.children if c.dep_ == "prt"]
    return verb in CANCEL_VERBS or any(f"{verb} {p}" in CANCEL_VERBS for p in particles)


def noun_asked(noun: Token) -> bool:
    """A nominal act that is asked for, so not done: "demanded the withdrawal of foreign forces", "called for
    talks with Kyiv", "sought the release of the crew"."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "for":
        head = head.head
    elif noun.dep_ != "dobj":
        return False
    lemma = head.lemma_.lower()
    return WRAPPERS.get(lemma) == "govern" or lemma in ASKING_VERBS


def subclause_verbs(root: Token) -> Iterator[Token]:
    """Verbs below ``root`` that head a clause of their own (they own their time expressions)."""
    doc = root.doc
    view = token_view(doc)
    for t in view.subtree(root.i):
        dep = view.dep[t]
        if t != root.i and view.pos[t] in {"VERB", "AUX"} and dep in CLAUSE_DEPS and dep != "xcomp":
            yield doc[t]


def owner_clause(tok: Token, stop: Token) -> Token:
    """Walk from ``tok`` up to ``stop``; return the first clause-heading verb on the way (or ``stop``)."""
    view = token_view(tok.doc)
    cur = tok.i
    while cur != stop.i:
        if view.pos[cur] in {"VERB", "AUX"} and view.dep[cur] in CLAUSE_DEPS and view.dep[cur] != "xcomp":
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


def names_object(verb: Token) -> bool:
    """A verb with an object predicate names or judges its object ("called the veto a black page"): only
    a pattern that reads the judgement fits it, not the bare verb ("called the president": a phone call)."""
    view = token_view(verb.doc)
    return any(view.dep[c] == "oprd" for c in view.children[verb.i]) or bool(
        _object_predicates(verb.doc, view, verb.i)
    )


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
    for prep in verb.children:
        if prep.dep_ in {"prep", "agent"} and prep.lower_ in {"by", "over", "via", "on"}:
            for obj in prep.children:
                words = {obj.lemma_.lower(), *(c.lemma_.lower() for c in obj.children)}
                if words & PHONE_WORDS:
                    return True
    return False
