"""Resolving the actors a parsed document mentions: states, IGOs, institutions, people, role phrases,
groups ("the two presidents", "both sides") and pronouns.

Input is a spaCy ``Doc`` whose entities came through bilat's actor ruler (``ent.ent_id_`` is the code);
output is an :class:`ActorIndex`: every :class:`~bilat.model.Mention` with a token -> mention map that the
event coder uses to read the actor of a clause argument.

Confidence of a mention: 1.0 for a name the gazetteer knows; 0.95 for a person resolved from a title in
the document; 0.9 for a role phrase with a stated country; 0.85 for a group, a pronoun or "his country"
resolved by reference; 0.8 for a role phrase whose country comes from its coordinated partner, a
people placed in a state ("ethnic Albanians in Serbia" are Serbia's civilians) and a country's name
misspelt by one letter ("the Phillippines military"); 0.75 for a role phrase whose country comes from
its clause (the other side is that state's institution at home, or the clause happens in that state:
"police arrested protesters in Tbilisi"; a crowd takes the state of the place it is in,
:mod:`bilat.actors.locate`); 0.7 for an institution of the dateline's state, or an unknown person
whose title of state office names no state ("Defense Minister X" datelined Tokyo).

A role phrase of coordinated states ("lawmakers in Kenya and Uganda", "Ethiopian and Somali diplomats")
lists each state's role as its members. An actor from a user's TABARI dictionary takes the role of a title
of its own state before it ("Bree President Romendacil"), and, given the document's day, the dictionary's
code for that day.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from bilat.actors import tabari
from bilat.actors.anaphora import (
    PERSON_PRONOUNS,
    PLURAL_PRONOUNS,
    Title,
    add_bare_titles,
    add_groups,
    add_movement_references,
    add_organisation_references,
    add_own_countries,
    add_people_references,
    add_pronouns,
    add_relative_owners,
    add_state_descriptions,
    add_the_two,
)
from bilat.actors.gazetteer import MISSPELT_MIN, Gazetteer
from bilat.actors.roles import PLACE_PREPS, add_role_phrases
from bilat.model import Mention, Span
from bilat.nlp import entities, sentences_back, token_view
from bilat.places import default_places

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

STATE_LABELS = {"GPE", "NORP", "ORG", "LOC", "FAC"}
FIRST_PLURAL = {"we", "our", "us", "ours"}
ISSUER_KINDS = {"igo", "organ"}  # the bodies a first-person declaration may speak for, besides a state
# what a text's heading calls it when it speaks for its issuer in the first person
ISSUING_WORDS = {"declaration", "statement", "communique", "communiqué", "release", "readout"}
# a speaker's name opening a paragraph of a transcript ("Lin Jian: We urge ...", "Maria Zakharova: ...")
_RX_SPEAKER_LABEL = re.compile(r"[ \t]*([A-Z][\w.'\- ]{1,60}?):\s")
LEAD_WEIGHT = 2  # a state the lead names counts as named that many times more
PER_SENTENCE = 3  # a state's mentions counted in one sentence at most ("Chinese spokesperson Lin Jian ...")
SURNAME_FIRST = {"CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "VNM", "KHM"}
TITLE_STOP = {"the", "a", "an", ",", "and", "of", "'s", "\u2019s"}


@dataclass
class ActorIndex:
    """All mentions of one document, and which token belongs to which mention."""

    mentions: list[Mention] = field(default_factory=list)
    by_token: dict[int, Mention] = field(default_factory=dict)
    principal_pair: tuple[str, str] | None = None
    topic_state: str | None = None  # the state a story about one state is about (see _topic_state)

    def add(self, mention: Mention, tokens: Iterable[int]) -> None:
        idx = list(tokens)
        if any(i in self.by_token for i in idx):
            return
        self.mentions.append(mention)
        for i in idx:
            self.by_token[i] = mention

    def add_words(
        self,
        doc: Doc,
        words: tuple[int, int],
        doc_id: str,
        code: str,
        kind: str,
        confidence: float,
        members: tuple[str, ...] = (),
        name: str | None = None,
    ) -> None:
        """Add a mention of the tokens ``words`` (first and last index, both included)."""
        view, (first, last) = token_view(doc), words
        mention = Mention(
            span=Span(view.idx[first], view.end_char(last), doc_id),
            text=view.span_text(first, last + 1),
            code=code,
            kind=kind,
            confidence=confidence,
            members=members,
            name=name,
        )
        self.add(mention, range(first, last + 1))

    def at(self, i: int) -> Mention | None:
        return self.by_token.get(i)

    def latest_before(self, tok: Token, sentences: int, accept: Callable[[Mention], bool]) -> Mention | None:
        """The latest mention ``accept`` takes that ends before ``tok`` and starts in its sentence or in the
        ``sentences`` sentences before it ("the journalists", "the man", "they" refer back so far)."""
        start = tok.doc[sentences_back(tok, sentences)].idx
        found = [m for m in self.mentions if start <= m.span.start and m.span.end <= tok.idx and accept(m)]
        return max(found, key=lambda m: m.span.start) if found else None

    def replace(self, old: Mention, new: Mention) -> None:
        """Put ``new`` in the place of ``old``, on the same tokens."""
        self.mentions[self.mentions.index(old)] = new
        for i, m in self.by_token.items():
            if m is old:
                self.by_token[i] = new


def resolve_actors(
    doc: Doc,
    gazetteer: Gazetteer,
    doc_id: str = "",
    home: str | None = None,
    day: dt.date | None = None,
) -> ActorIndex:
    """Resolve every actor mention of ``doc`` but first-person pronouns (see
    :func:`resolve_speaker_pronouns`, which needs the speakers of quotes). ``home`` is the state of the
    dateline, which "the government", "the police" without a state stand for; ``day``, the document's
    date, picks the code of a user dictionary's actor whose codes are dated (TABARI's ``[HOBGOV 950601-
    990815]``)."""
    index = ActorIndex()
    people = _PersonRegistry()
    _add_people_with_titles(doc, gazetteer, index, people, doc_id, home, day)
    _add_gazetteer_entities(doc, gazetteer, index, doc_id, day)
    _add_misspelt_states(doc, gazetteer, index, doc_id)
    _add_known_people(doc, index, people, doc_id)
    _locate_peoples(doc, index)
    add_state_descriptions(doc, gazetteer, index, doc_id)  # before "the kingdom's ministers" are read
    add_organisation_references(doc, index, doc_id)  # "the Secretary-General", before "he" is read
    add_bare_titles(doc, index, people.titles, doc_id)  # before "he" is read
    add_pronouns(doc, index, doc_id, PERSON_PRONOUNS | {"its"})  # before "its soldiers" is read
    add_relative_owners(doc, index, doc_id)  # before "whose representatives" is read as a role
    add_movement_references(doc, index, doc_id)  # before "the rebels" is read as a role
    add_role_phrases(doc, gazetteer, index, doc_id, home or _topic_state(index.mentions, gazetteer))
    add_people_references(doc, index, doc_id)  # "the man": after the role phrases it refers back to
    add_own_countries(doc, gazetteer, index, doc_id)  # "his country": the state of a role phrase too
    view = token_view(doc)
    index.principal_pair = principal_pair(index.mentions, gazetteer, [view.idx[a] for a, _ in view.sents])
    index.topic_state = _topic_state(index.mentions, gazetteer)
    add_groups(doc, index, doc_id)
    add_the_two(doc, index, doc_id)
    add_pronouns(doc, index, doc_id, PLURAL_PRONOUNS)  # after the groups and role phrases they refer to
    index.mentions.sort(key=lambda m: m.span.start)
    return index


def resolve_speaker_pronouns(
    doc: Doc, index: ActorIndex, speakers: dict[int, Mention], doc_id: str = ""
) -> None:
    """ "we"/"our"/"us" in a quote or reported speech stand for the speaker's state; "it" in what an
    institution says stands for the institution ("the ministry said it would respond")."""
    view = token_view(doc)
    for i in sorted(speakers):
        if i in index.by_token or not (view.lower[i] in FIRST_PLURAL or view.lower[i] == "it"):
            continue
        tok = doc[i]
        speaker = speakers[i]
        if tok.lower_ in FIRST_PLURAL:
            code = speaker.entity
        elif tok.lower_ == "it" and tok.dep_ in {"nsubj", "nsubjpass"} and speaker.kind != "person":
            if speaker.members:  # "they said it was unbalanced": a group is no "it"
                continue
            code = speaker.code
        else:
            continue
        mention = Mention(
            span=Span(tok.idx, tok.idx + len(tok.text), doc_id),
            text=tok.text,
            code=code,
            kind="pronoun",
            confidence=min(0.85, speaker.confidence),
        )
        index.add(mention, [tok.i])
    index.mentions.sort(key=lambda m: m.span.start)


def resolve_issuer_pronouns(doc: Doc, index: ActorIndex, spoken: AbstractSet[int], doc_id: str = "") -> None:
    """ "We call on ...", "our support" in a declaration or statement that speaks for its issuer in the
    first person, outside any quote or reported speech (``spoken``): the issuer, named in apposition to
    the first "We" ("We, the Heads of State and Government of the North Atlantic Alliance") or by the
    heading sentence that says what the text is ("Summit Declaration issued by the NATO Heads of State").
    In a transcript, a paragraph that opens with its speaker's name speaks for the speaker ("Lin Jian: We
    urge the Philippines ...")."""
    view = token_view(doc)
    free = [
        i
        for i, word in enumerate(view.lower)
        if word in FIRST_PLURAL and i not in index.by_token and i not in spoken
    ]
    issuer = _issuer(doc, index, free[0]) if free else None
    for i in free:
        who = _labelled_speaker(doc, index, view.idx[i]) or issuer
        if who is None:
            continue
        span = Span(view.idx[i], view.idx[i] + len(view.text[i]), doc_id)
        mention = Mention(
            span=span, text=view.text[i], code=who.code, kind="pronoun", confidence=0.8, members=who.members
        )
        index.add(mention, [i])
    index.mentions.sort(key=lambda m: m.span.start)


def _labelled_speaker(doc: Doc, index: ActorIndex, at: int) -> Mention | None:
    """The person or official named as the speaker at the head of the paragraph the character ``at`` is
    in ("Maria Zakharova: We will respond ...")."""
    start = doc.text.rfind("\n", 0, at) + 1
    label = _RX_SPEAKER_LABEL.match(doc.text, start)
    if label is None or label.end() > at:
        return None
    words = doc.char_span(label.start(1), label.end(1), alignment_mode="contract")
    named = [m for tok in words or () if (m := index.at(tok.i)) is not None and m.entity]
    return named[0] if named else None


def _issuer(doc: Doc, index: ActorIndex, first_we: int) -> Mention | None:
    """Who a first-person text speaks for (see :func:`resolve_issuer_pronouns`)."""
    view = token_view(doc)
    for appos in (c for c in view.children[first_we] if view.dep[c] == "appos"):
        for k in view.subtree(appos):
            if (m := index.at(k)) is not None and m.kind in ISSUER_KINDS | {"country"}:
                return m
    start, end = view.sents[0]
    if not any(view.lemma[k] in ISSUING_WORDS for k in range(start, end)):
        return None  # no statement or declaration: a "we" in a story speaks for nobody named
    named = [m for k in range(start, end) if (m := index.at(k)) is not None]
    bodies = [m for m in named if m.kind in ISSUER_KINDS]
    # a joint statement speaks for the group its heading names ("Joint Statement of the Foreign Ministers
    # of Lithuania and Poland"), each member in turn
    groups = [m for m in named if len(m.members) > 1]
    states = {m.entity: m for m in named if m.kind == "country"}
    if bodies or groups:
        return (bodies or groups)[0]
    return next(iter(states.values())) if len(states) == 1 else None


def _topic_state(mentions: Sequence[Mention], gazetteer: Gazetteer) -> str | None:
    """The state a text with no dateline is about, which its bare institutions ("the military", "the
    authorities", "the Transitional Government") belong to: the one named most, at least twice and more
    often than any other."""
    named = [m.entity for m in mentions if m.kind in {"country", "capital", "demonym"}]
    counts = Counter(e for e in named if gazetteer.is_state(e))
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def principal_pair(
    mentions: Sequence[Mention], gazetteer: Gazetteer, sentence_starts: Sequence[int] = (0,)
) -> tuple[str, str] | None:
    """The two states the document is most about: named most often, counting at most PER_SENTENCE
    mentions a sentence (a closing reaction naming a third state by adjective, ministry, spokesperson,
    name and capital is one sentence) and LEAD_WEIGHT more for a state the lead names; ties broken by
    first appearance; none when the second counts less than a third of the first (one state's own
    story). ``sentence_starts``: the character offset each sentence starts at."""
    per_sentence: Counter[tuple[str, int]] = Counter()
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for m in mentions:
        if m.kind in {"group", "pronoun", "ethnic"} or not gazetteer.is_state(m.entity):
            continue
        sentence = bisect.bisect_right(sentence_starts, m.span.start) - 1
        per_sentence[m.entity, sentence] += 1
        times = per_sentence[m.entity, sentence]
        if times <= PER_SENTENCE:
            counts[m.entity] += 1 + (LEAD_WEIGHT if sentence <= 0 and times == 1 else 0)
        first.setdefault(m.entity, m.span.start)
    ranked = sorted(counts, key=lambda e: (-counts[e], first[e]))
    if len(ranked) < 2 or counts[ranked[1]] * 3 < counts[ranked[0]]:
        return None  # one state's own story, others named in passing
    a, b = ranked[0], ranked[1]
    return (a, b) if first[a] <= first[b] else (b, a)


# --- people -------------------------------------------------------------------------------------------


@dataclass
class _PersonRegistry:
    codes: dict[str, str] = field(default_factory=dict)  # name or surname (lower) -> code
    full: dict[str, str] = field(default_factory=dict)  # surname (lower) -> full name
    titles: dict[str, Title] = field(default_factory=dict)  # full name -> the title it was named with

    def register(self, name: str, code: str, title: Title | None = None) -> None:
        if title is not None and title.words:
            self.titles[name] = self.titles[name] | title if name in self.titles else title
        parts = name.replace("-", " ").split()
        keys = {name.lower(), parts[-1].lower()}
        if code.split(".")[0] in SURNAME_FIRST and len(parts) > 1:
            keys.add(parts[0].lower())  # "Wang Yi" ... "Wang said"
        if "-" in name.split()[-1]:
            keys.add(name.split()[-1].lower())
        for key in keys:
            self.codes.setdefault(key, code)
            self.full.setdefault(key, name)

    def code(self, name: str) -> str | None:
        return self.codes.get(name.lower())


def _name_spans(doc: Doc) -> list[SpacySpan]:
    """Candidate person names: PERSON entities, and runs of proper nouns right after a title word."""
    view = token_view(doc)
    spans = [e for e in entities(doc) if e.label_ == "PERSON" and not _defined_abbreviation(doc, e)]
    taken = {k for s in spans for k in range(s.start, s.end)}
    for ent in entities(doc):
        words = range(ent.start, ent.end)
        if ent.label_ == "PERSON" or ent.ent_id_ or any(k in taken for k in words):
            continue
        if ent.start > 0 and all(
            (view.pos[k] == "PROPN" and view.text[k][:1].isupper()) or view.text[k] == "-" for k in words
        ):
            spans.append(ent)
    return spans


def _add_people_with_titles(
    doc: Doc,
    gazetteer: Gazetteer,
    index: ActorIndex,
    people: _PersonRegistry,
    doc_id: str,
    home: str | None = None,
    day: dt.date | None = None,
) -> None:
    """People named with a title ("President X of Y"), and people the gazetteer knows ("Lavrov"): a
    known person keeps the table's code (of the office held in the year of ``day``, when it is given)
    unless the title names another state. A title of state office naming no state ("Defense Minister X" in
    a story datelined Tokyo) is the dateline's state's."""
    view = token_view(doc)
    for name in _name_spans(doc):
        written = view.span_text(name.start, name.end)
        if name.label_ != "PERSON" and gazetteer.role(written) is not None:
            continue  # "Panama's National Assembly" is an institution, not a person titled "National"
        role, country = _title_context(doc, name, gazetteer)
        text = written
        for lead in ("President ", "Prime Minister ", "Minister "):
            if text.startswith(lead):
                text = text[len(lead) :]
        known = _code_of_the_day(gazetteer, text, str(name.ent_id_), day) if name.label_ == "PERSON" else ""
        if not known and (misspelt := gazetteer.misspelt_person(text)) is not None:
            text = misspelt.name  # "President Juvenal Habyariman"
            known = _code_of_the_day(gazetteer, text, misspelt.code, day)
        if known and (country is None or country == known.split(".")[0]):
            code, confidence = _office_by_title(gazetteer, text, known, role), 1.0
        elif role is not None and country is not None:
            code, confidence = f"{country}.{role}", 0.95
        elif role in STATE_OFFICES and home is not None:
            code, confidence = f"{home}.{role}", 0.7
        else:
            continue
        people.register(text, code, _title_words(doc, name))
        start = name.start
        while start < name.end and view.ent_id[start] and view.ent_type[start] != "PERSON":
            start += 1
        tokens = range(start, name.end)
        mention = Mention(
            span=Span(view.idx[start], view.end_char(name.end - 1), doc_id),
            text=view.span_text(start, name.end),
            code=code,
            kind="person",
            confidence=confidence,
            name=text,
        )
        index.add(mention, tokens)


def _code_of_the_day(gazetteer: Gazetteer, name: str, code: str, day: dt.date | None) -> str:
    """A known person's code in the year of ``day`` (Bachelet in 2020 heads the UN's human rights office,
    not Chile); the table's best-known code when the text is undated or the table knows no office held
    that year ("former President X")."""
    person = gazetteer.person(name) if day is not None and code else None
    return (person.code_in(day.year) if person is not None and day is not None else None) or code


def _office_by_title(gazetteer: Gazetteer, name: str, known: str, role: str | None) -> str:
    """A known person named with the title of another office they held in the table ("Foreign Minister
    Taye Atske Selassie", listed as president since late 2024) takes that office: the text's title says
    which office the report is about. A title of no office the table gives them (a courtesy or party title:
    "Crown Prince", "General Secretary") leaves the table's code."""
    entity = known.split(".", 1)[0]
    if role is None or known == f"{entity}.{role}" or not gazetteer.is_state(known):
        return known
    person = gazetteer.person(name)
    wanted = f"{entity}.{role}"
    return wanted if person is not None and any(o.code == wanted for o in person.offices) else known


STATE_OFFICES = {"HOS", "HOG", "GOV", "MIL"}
TITLE_BREAK_POS = {"VERB", "AUX", "ADP", "CCONJ", "SCONJ", "PRON", "DET", "NUM", "PART"}


def _title_context(doc: Doc, name: SpacySpan, gazetteer: Gazetteer) -> tuple[str | None, str | None]:
    """Role and country from the words around a name: "Russian presidential press secretary Dmitry
    Peskov", "President X of Y", "X, Russia's foreign minister", "Y's President X", "Y's envoy, X"."""
    left = _title_left(doc, name)
    inside = [t for t in name if not t.ent_id_ and t.lower_ not in TITLE_STOP]
    role = _role_in(gazetteer, [*left, *inside[:-1]])
    country = None
    j = name.end
    if j < len(doc) and doc[j].lower_ == "of":
        country = _country_in(doc[j + 1 : min(len(doc), j + 6)])
    country = country or _country_in(left)
    if role is None or country is None:
        for child in name.root.children:
            if child.dep_ == "appos":
                sub = list(child.subtree)
                role = role or _role_in(gazetteer, sub)
                country = country or _country_in(sub)
    if (role is None or country is None) and name.root.dep_ == "appos":
        # "South Africa's ambassador in Washington, Ebrahim Rasool, ...": the title the name stands beside
        head = name.root.head
        while head.dep_ == "pobj" and head.head.head.i != head.head.i:  # "Russia's envoy to Moldova, X"
            head = head.head.head
        title = list(doc[head.left_edge.i : head.i + 1])
        role = role or _role_in(gazetteer, title)
        country = country or _country_in(title)
    return role, country


def _title_left(doc: Doc, name: SpacySpan) -> list[Token]:
    """The words of a title before a name, up to six: "Russian presidential press secretary"."""
    view = token_view(doc)
    first = view.sents[view.sent[name.root.i]][0]
    i = name.start - 1
    while i >= first and name.start - 1 - i < 6:  # read from the view: a token is built for a word kept
        if view.is_punct[i] and view.text[i] not in {"-", "."}:
            break
        of_inside = view.lower[i] == "of" and i < name.start - 1  # "Minister of Foreign Affairs X"
        if view.pos[i] in TITLE_BREAK_POS and not of_inside and view.tag[i] != "POS":
            break
        i -= 1
    return [doc[k] for k in range(i + 1, name.start)]


def _title_words(doc: Doc, name: SpacySpan) -> Title:
    """The title a person is named with, before the name, inside it or in an apposition ("External
    Affairs Minister Dr. S. Jaishankar", "X, Russia's foreign minister"), for a later bare title to match
    ("the chancellor", "External Affairs Minister"). Its heads are its words whose own head lies outside
    it ("Minister" of "External Affairs Minister", "Secretary" of "Secretary of State")."""
    tokens = [*_title_left(doc, name), *(t for t in name if not t.ent_id_ and t.ent_type_ != "PERSON")]
    tokens += [t for c in name.root.children if c.dep_ == "appos" for t in c.subtree]
    kept = [t for t in tokens if t.is_alpha and t.lower_ not in TITLE_STOP]
    inside = {t.i for t in tokens}
    heads = [t for t in kept if t.pos_ in {"NOUN", "PROPN"} and t.head.i not in inside]
    return Title(frozenset(t.lower_ for t in kept), frozenset(t.lower_ for t in heads))


def _role_in(gazetteer: Gazetteer, tokens: Sequence[Token]) -> str | None:
    """The longest role phrase, preferring the one nearest the name (the right end)."""
    words = [t.text for t in tokens]
    for size in range(min(4, len(words)), 0, -1):
        for k in range(len(words) - size, -1, -1):
            role = gazetteer.role(" ".join(words[k : k + size]))
            if role is not None:
                return role
    return None


def _country_in(tokens: Iterable[Token]) -> str | None:
    for tok in tokens:
        if tok.ent_id_:
            return str(tok.ent_id_).split(".", 1)[0]
    return None


def _add_known_people(doc: Doc, index: ActorIndex, people: _PersonRegistry, doc_id: str) -> None:
    """Later mentions of a registered person ("Touadera", "Putin") whatever label NER gave them."""
    if not people.codes:
        return
    view = token_view(doc)
    i = 0
    while i < len(view):
        if view.pos[i] != "PROPN" or i in index.by_token:
            i += 1
            continue
        j = i
        while j < len(view) and (view.pos[j] == "PROPN" or view.text[j] == "-") and j not in index.by_token:
            j += 1
        for k in range(i, j):
            name = view.span_text(k, j)
            code = people.code(name)
            if code is not None:
                mention = Mention(
                    span=Span(view.idx[k], view.end_char(j - 1), doc_id),
                    text=name,
                    code=code,
                    kind="person",
                    confidence=0.95,
                    name=people.full.get(name.lower(), name),
                )
                index.add(mention, range(k, j))
                break
        i = max(j, i + 1)


# --- gazetteer entities and role phrases --------------------------------------------------------------


GEO_NOUNS = {"Sea", "Ocean", "Strait", "Straits", "Gulf", "Peninsula", "Basin", "Reef", "Shoal"}


def _is_geographic(doc: Doc, ent: SpacySpan) -> bool:
    """ "South China Sea", "Sea of Japan", "Korean Peninsula": a place named after a state, no actor."""
    view = token_view(doc)
    if ent.end < len(doc) and view.text[ent.end] in GEO_NOUNS:
        return True
    if ent.start < 2 or view.text[ent.start - 1] != "of":  # "Sea of": read the two words only then
        return False
    before = view.span_text(ent.start - 2, ent.start)
    return before.split(" ")[0] in GEO_NOUNS and before.endswith(" of")


CURRENCY_NOUNS = {
    "dollar", "crown", "krone", "krona", "yuan", "yen", "rouble", "ruble", "pound", "euro", "franc", "peso",
    "rupee", "won", "dinar", "rand", "shekel", "lira", "riyal", "dirham", "real", "ringgit", "baht", "rupiah",
    "naira", "cedi", "shilling",
}  # fmt: skip


def _is_currency(doc: Doc, ent: SpacySpan) -> bool:
    """ "10 billion U.S. dollars", "14.6 billion Danish crowns": a currency named after a state, no actor."""
    view = token_view(doc)
    return ent.end < len(doc) and view.lemma[ent.end] in CURRENCY_NOUNS and view.pos[ent.end] == "NOUN"


def _add_gazetteer_entities(
    doc: Doc, gazetteer: Gazetteer, index: ActorIndex, doc_id: str, day: dt.date | None = None
) -> None:
    view = token_view(doc)
    for ent in entities(doc):
        code = str(ent.ent_id_)
        if not code or _is_geographic(doc, ent) or _is_currency(doc, ent):
            continue
        text = view.span_text(ent.start, ent.end)
        entry = gazetteer.lookup(text)
        kind = entry.kind if entry is not None else "country"
        if kind == "person" and _defined_abbreviation(doc, ent):
            continue
        if entry is not None and day is not None:
            code = tabari.code_on(entry, day) or code
        if kind == "person":
            code = _code_of_the_day(gazetteer, text, code, day)
        tokens = [k for k in range(ent.start, ent.end) if view.lower[k] != "the"]
        if not tokens:
            continue
        if kind == "actor" and "." not in code:
            code = _titled(doc, ent, code, gazetteer)
        elif kind == "metonym":
            code = _owned_institution(ent, code, index)
        elif code in TROOP_BODIES and text.islower():
            code = _national_troops(ent, code, index)
        elif kind == "ethnic":
            code = f"{code}.CVL"  # a people, not its state: "Uighurs", "Igbo elders"
        mention = Mention(
            span=Span(view.idx[tokens[0]], view.end_char(ent.end - 1), doc_id),
            text=view.span_text(tokens[0], ent.end),
            code=code,
            kind=kind,
            confidence=1.0,
        )
        index.add(mention, tokens)


def _defined_abbreviation(doc: Doc, ent: SpacySpan) -> bool:
    """Whether a person's all-caps alias stands in brackets after a name, as the text's abbreviation of
    that name ("the Montenegro Municipality Association (AKK)" is no Annegret Kramp-Karrenbauer)."""
    view = token_view(doc)
    bracketed = (
        ent.start > 0
        and ent.end < len(view)
        and view.text[ent.start - 1] == "("
        and view.text[ent.end] == ")"
    )
    return (
        bracketed
        and view.span_text(ent.start, ent.end).isupper()
        and ent.start >= 2
        and view.pos[ent.start - 2] == "PROPN"
    )


NOT_PLACE_LABELS = {"PERSON", "ORG", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"}


def _add_misspelt_states(doc: Doc, gazetteer: Gazetteer, index: ActorIndex, doc_id: str) -> None:
    """A capitalised word one letter away from a country's name or demonym is that country ("the
    Phillippines military", "Ethopia has agreed"), when the word names nothing the gazetteer or the
    gazetteer of places knows and is no person's or organisation's name nor part of a longer one."""
    places = default_places()
    view = token_view(doc)
    for i, text in enumerate(view.text):
        if (
            len(text) < MISSPELT_MIN
            or view.pos[i] != "PROPN"
            or not text[:1].isupper()
            or i in index.by_token
            or view.ent_type[i] in NOT_PLACE_LABELS
            or (view.ent_type[i] and view.ent_iob[i] != "B")
            or (i + 1 < len(view) and view.ent_iob[i + 1] == "I")
        ):
            continue
        tok = doc[i]
        entry = gazetteer.misspelt(tok.text)
        if entry is None or gazetteer.lookup(tok.text) is not None or places.resolve(tok.text) is not None:
            continue
        code = f"{entry.code}.CVL" if entry.kind == "ethnic" else entry.code
        mention = Mention(Span(tok.idx, tok.idx + len(tok.text), doc_id), tok.text, code, entry.kind, 0.8)
        index.add(mention, [tok.i])


def _owned_institution(ent: SpacySpan, code: str, index: ActorIndex) -> str:
    """An institution's name that another state owns before it is that state's institution ("Pakistan's
    Foreign Office", "the Indian State Department" are not Britain's and the United States')."""
    role = code.partition(".")[2] or "GOV"
    m = _state_before(ent, index, other_than=code)
    if m is None:
        return code
    return m.entity if m.entity == code.split(".")[0] else f"{m.entity}.{role}"


def _state_before(ent: SpacySpan, index: ActorIndex, other_than: str | None = None) -> Mention | None:
    """The state named before an entity as its owner or qualifier ("Pakistan's Foreign Office", "Russian
    peacekeepers"), other than ``other_than``."""
    for child in ent.root.lefts:
        m = index.at(child.i)
        if (
            child.i < ent.start
            and m is not None
            and m.kind in {"country", "demonym"}
            and m.entity != other_than
        ):
            return m
    return None


TROOP_BODIES = {"UN.PKO"}  # bodies of troops a common noun names ("peacekeepers")


def _national_troops(ent: SpacySpan, code: str, index: ActorIndex) -> str:
    """Troops a common noun names, qualified by a state, are that state's ("Russian peacekeepers",
    "Kenya's peacekeepers"); unqualified, the body the noun stands for (the UN's peacekeepers)."""
    m = _state_before(ent, index)
    return code if m is None else f"{m.entity}.MIL"


LOCATING_PREPS = {"in", "of", "inside", "across", "throughout"}


def _locate_peoples(doc: Doc, index: ActorIndex) -> None:
    """A people named by a demonym or an ethnic group's name and placed in another state is that state's
    civilians, as an ethnic group ("ethnic Albanians in south Serbia", "the Albanians of southern Serbia",
    "Uighurs in Kazakhstan"); an ethnic group with no place of its own is placed by its clause ("ethnic
    Albanians demonstrated in Serbia"); a demonym before another names where that people lives ("Bosnian
    Serbs", "Iraqi Kurds")."""
    for m in [m for m in index.mentions if m.kind in {"demonym", "ethnic"}]:
        span = doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
        if span is None or span.root.tag_ not in {"NNS", "NNPS"}:
            continue
        tok = span.root
        home = next(
            (
                h
                for c in tok.lefts
                if c.dep_ in {"amod", "compound"}
                and (h := index.at(c.i)) is not None
                and h.kind in {"demonym", "country"}
                and h.entity != m.entity
            ),
            None,
        )
        if home is not None:
            index.replace(m, Mention(m.span, m.text, f"{home.entity}.CVL", m.kind, 0.8))
            continue
        places = [p for p in tok.children if p.dep_ == "prep" and p.lower_ in LOCATING_PREPS]
        verb = tok.head
        for _ in range(3):  # "hundreds of ethnic Uzbeks marched"
            if verb.pos_ in {"VERB", "AUX"} or verb.head.i == verb.i:
                break
            verb = verb.head
        if any(c.lower_ == "ethnic" for c in tok.lefts) and verb.pos_ in {"VERB", "AUX"}:
            places += [p for p in verb.children if p.dep_ == "prep" and p.lower_ in PLACE_PREPS]
        state = next(
            (
                found.entity
                for p in places
                for t in p.subtree
                if (found := index.at(t.i)) is not None
                and found.kind in {"country", "capital"}
                and found.entity != m.entity
            ),
            None,
        )
        if state is not None:
            index.replace(m, Mention(m.span, m.text, f"{state}.CVL", m.kind, 0.8))


def _titled(doc: Doc, ent: SpacySpan, code: str, gazetteer: Gazetteer) -> str:
    """A user dictionary's actor named after a title of its own state takes the title's role, as the
    title's agent is added in PETRARCH: "Bree President Romendacil" with ROMENDACIL [BRE] is BRE.GOV."""
    role, country = _title_context(doc, ent, gazetteer)
    if role is None or country not in {None, code}:
        return code
    return f"{code}.{role}"
