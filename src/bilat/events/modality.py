"""The modality of an act a clause tells: whether it happened, is planned, hoped for, asked, refused,
denied or only conditional. Its wrappers ("plan to", "help", "refuse to", "urged X to"), its status
(tense, modals, negation, obligation, conditions), denials and allegations, and nominal acts that were
cancelled, negated or only asked for. Pure functions over spaCy tokens; :mod:`bilat.events.clause` reads
the clause's arguments.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from bilat.events.clause import (
    children,
    has_infinitive_marker,
    is_passive,
    prep_objects,
)
from bilat.nlp import TokenView, token_view

if TYPE_CHECKING:
    from spacy.tokens import Token

SIDE_DEPS = {"relcl", "acl", "appos", "parataxis", "punct", "nsubj", "nsubjpass"}

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
HESITATE = "hesitate"  # "would not hesitate to": a promise, its "not" negating nothing
MANDATIVE_VERBS = {"insist", "recommend", "stipulate"}  # "insisted that X release": asked, when subjunctive
TOLD_WORDS = {"tell", "instruct", "direct"}  # they govern an infinitive ("told X to pay"), not a that-clause
READY_WORDS = {"ready", "willing", "prepared", "eager", "keen", "determined", "committed"}
OBLIGATION_VERBS = {"have", "need"}  # "had to allow", "needs to withdraw": as "must" does
ALLEGATION_VERBS = {"accuse", "charge", "suspect", "blame", "convict", "indict", "fault"}
CONDITION_MARKS = {"if", "unless"}
WAITING_AUX = {"will", "would", "shall", "'ll"}  # "would not lift it until ...": the until-clause is awaited
DENIAL_VERBS = {"deny", "refute", "dismiss", "reject", "rebut", "debunk"}
# what a denial rejects when it names the claim before its content ("denied reports that ...")
CLAIM_NOUNS = {
    "report", "claim", "allegation", "accusation", "suggestion", "rumour", "rumor", "speculation",
    "assertion", "charge", "story",
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


def obliges(verb: Token) -> bool:
    """Whether a verb says an obligation as "must" does: "had to allow aid in", "needs to withdraw"."""
    view = token_view(verb.doc)
    return view.lemma[verb.i] in OBLIGATION_VERBS and any(
        view.dep[c] == "xcomp" and any(view.lower[a] == "to" for a in view.children[c])
        for c in view.children[verb.i]
    )


# a demand made as a noun, whose infinitive says what is demanded ("reiterated his call on Rwanda to
# withdraw its forces")
DEMAND_NOUNS = {"call", "demand", "appeal", "request", "plea", "ultimatum", "order", "instruction"}


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
    demanded = dep in {"acl", "ccomp"} and view.pos[head] == "NOUN" and view.lemma[head] in DEMAND_NOUNS
    if demanded and (infinitive or any(view.lower[c] == "that" and view.dep[c] == "mark" for c in kids)):
        return "govern", verb.doc[head]  # "its demand that Israel ease restrictions": what is demanded
    misparsed = dep == "advcl" and infinitive and not any(view.dep[c] == "dobj" for c in view.children[head])
    if (dep not in {"xcomp", "ccomp"} and not misparsed) or head == v:
        return None
    wrapping = view.lemma[head]
    kind = WRAPPERS.get(wrapping)
    if dep == "ccomp" and wrapping in MANDATIVE_VERBS and _subjunctive(view, v):
        return "govern", verb.doc[head]  # "insisted that the United States release the funds"
    # a that-clause is the content of a promise, a threat or a demand ("demanded that Ankara withdraw",
    # "threatened that Pyongyang would shoot down the planes")
    promised = wrapping in {"agree", "promise", "pledge", "vow", "swear", "propose", "suggest", "threaten"}
    if kind is None and any(
        view.dep[c] == "dobj" and view.lemma[c] in DEMAND_NOUNS and c < v for c in view.children[head]
    ):
        # "reiterated his call on Rwanda to withdraw", "reiterated its demand that Israel ease restrictions":
        # the parser hangs what is demanded on the verb
        kind = "govern"
    if dep == "ccomp" and not promised and kind != "govern":
        return None
    if dep == "ccomp" and not infinitive and wrapping in TOLD_WORDS:
        return None  # "a court was told that soldiers shot protesters": what is told, not demanded
    if kind is None and wrapping == HESITATE and any(view.dep[c] == "neg" for c in view.children[head]):
        kind = "intent"  # "would not hesitate to strike again": as ready as a promise
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
    """Status from the auxiliaries, the wrapper chain, negation and conditionals. Read once per verb and
    document (the coder asks for each pattern tried at a verb, and the dater again)."""
    found: dict[tuple[int, bool], Status] | None = verb.doc.user_data.get("bilat_statuses")
    if found is None:
        found = verb.doc.user_data["bilat_statuses"] = {}
    key = (verb.i, reported)
    if key not in found:
        found[key] = _status_of(verb, reported=reported)
    return found[key]


def _status_of(verb: Token, *, reported: bool) -> Status:
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
        hesitation = view.lemma[v.i] == HESITATE  # "would not hesitate to strike" says it would
        for c in view.children[v.i]:
            low, dep = view.lower[c], view.dep[c]
            if (dep == "neg" or (low in NEGATORS and dep in {"advmod", "neg"})) and not hesitation:
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


def awaited(verb: Token) -> bool:
    """Whether ``verb`` heads an until-clause that a refusal or a promise waits on ("would not lift the
    surcharge until Colombia sent more troops", "will stay until the UN returns"): a condition, not an act."""
    view, v = token_view(verb.doc), verb.i
    if view.dep[v] != "advcl" or not any(
        view.dep[c] == "mark" and view.lower[c] in {"until", "till"} for c in view.children[v]
    ):
        return False
    kids = view.children[view.head[v]]
    return any(view.dep[c] == "neg" or (view.dep[c] == "aux" and view.lower[c] in WAITING_AUX) for c in kids)


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
        # "Islamabad has accused Kabul of sheltering militants, a charge Kabul denies": the parser hangs
        # the accusation on the denial of its charge, which names the accusation, not its content
        return not (
            verb.i < head.i
            and any(c.dep_ == "dobj" and c.lemma_.lower() in CLAIM_NOUNS for c in head.children)
        )
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


def conditions(verb: Token) -> list[Token]:
    """The verb's if/unless clauses."""
    doc = verb.doc
    return [doc[c] for c in _conditions(token_view(doc), verb.i)]


def _conditions(view: TokenView, verb: int) -> list[int]:
    """:func:`conditions` by token number."""
    return [c for c in view.children[verb] if view.dep[c] == "advcl" and _condition_word(view, c) is not None]


def _condition_word(view: TokenView, clause_verb: int) -> str | None:
    return next((w for m in view.children[clause_verb] if (w := view.lower[m]) in CONDITION_MARKS), None)


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


PLAN_WRAPPERS = {"plan", "intend", "hope", "expect", "schedule", "want", "aim", "mean"}


def abandoned_plan(wrapper: Token) -> bool:
    """A plan told in the past perfect is one that did not go ahead ("who had planned to visit Beijing
    next week, called off the trip")."""
    return wrapper.lemma_.lower() in PLAN_WRAPPERS and any(
        c.dep_ in {"aux", "auxpass"} and c.lower_ in {"had", "'d"} for c in wrapper.children
    )


SPECULATIVE_AUX = {"could", "might", "may"}


def speculative(verb: Token) -> bool:
    """Whether the verb says only what may happen ("North Korea could conduct a nuclear test", "Israel
    might strike"), not what a party will or would do."""
    return any(c.dep_ == "aux" and c.lower_ in SPECULATIVE_AUX for c in verb.children)


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
