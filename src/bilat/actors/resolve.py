"""Resolving the actors a parsed document mentions: states, IGOs, institutions, people, role phrases,
groups ("the two presidents", "both sides") and pronouns.

Input is a spaCy ``Doc`` whose entities came through bilat's actor ruler (``ent.ent_id_`` is the code);
output is an :class:`ActorIndex`: every :class:`~bilat.model.Mention` with a token -> mention map that the
event coder uses to read the actor of a clause argument.

Confidence of a mention: 1.0 for a name the gazetteer knows; 0.95 for a person resolved from a title in
the document; 0.9 for a role phrase with a stated country; 0.85 for a group or a pronoun resolved by
reference; 0.8 for a role phrase whose country comes from its coordinated partner; 0.75 for one whose
country comes from its clause (the other side is that state's institution at home, or the clause happens
in that state: "police arrested protesters in Tbilisi"; a crowd takes the state of the place it is in,
:mod:`bilat.actors.locate`); 0.7 for an institution of the dateline's state, or an unknown person whose
title of state office names no state ("Defense Minister X" datelined Tokyo).

A role phrase of coordinated states ("lawmakers in Kenya and Uganda", "Ethiopian and Somali diplomats")
lists each state's role as its members. An actor from a user's TABARI dictionary takes the role of a title
of its own state before it ("Bree President Romendacil"), and, given the document's day, the dictionary's
code for that day.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import Counter
from collections.abc import Iterable, Sequence
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
    add_pronouns,
    add_state_descriptions,
)
from bilat.actors.gazetteer import Gazetteer
from bilat.actors.locate import crowd_state, crowd_verb
from bilat.model import Mention, Span
from bilat.nlp import sentence_of, token_view
from bilat.places import PlaceResolver, default_places

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

STATE_LABELS = {"GPE", "NORP", "ORG", "LOC", "FAC"}
FIRST_PLURAL = {"we", "our", "us", "ours"}
SURNAME_FIRST = {"CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "VNM", "KHM"}
TITLE_STOP = {"the", "a", "an", ",", "and", "of", "'s", "\u2019s"}


@dataclass
class ActorIndex:
    """All mentions of one document, and which token belongs to which mention."""

    mentions: list[Mention] = field(default_factory=list)
    by_token: dict[int, Mention] = field(default_factory=dict)
    principal_pair: tuple[str, str] | None = None

    def add(self, mention: Mention, tokens: Iterable[int]) -> None:
        idx = list(tokens)
        if any(i in self.by_token for i in idx):
            return
        self.mentions.append(mention)
        for i in idx:
            self.by_token[i] = mention

    def at(self, i: int) -> Mention | None:
        return self.by_token.get(i)

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
    _add_people_with_titles(doc, gazetteer, index, people, doc_id, home)
    _add_gazetteer_entities(doc, gazetteer, index, doc_id, day)
    _add_known_people(doc, index, people, doc_id)
    _locate_peoples(doc, index)
    add_state_descriptions(doc, gazetteer, index, doc_id)  # before "the kingdom's ministers" are read
    add_bare_titles(doc, index, people.titles, doc_id)  # before "he" is read
    add_pronouns(doc, index, doc_id, PERSON_PRONOUNS | {"its"})  # before "its soldiers" is read
    add_movement_references(doc, index, doc_id)  # before "the rebels" is read as a role
    _add_role_phrases(doc, gazetteer, index, doc_id, home)
    index.principal_pair = principal_pair(index.mentions, gazetteer)
    add_groups(doc, index, doc_id)
    add_organisation_references(doc, index, doc_id)
    add_pronouns(doc, index, doc_id, PLURAL_PRONOUNS)  # after the groups and role phrases they refer to
    index.mentions.sort(key=lambda m: m.span.start)
    return index


def resolve_speaker_pronouns(
    doc: Doc, index: ActorIndex, speakers: dict[int, Mention], doc_id: str = ""
) -> None:
    """ "we"/"our"/"us" in a quote or reported speech stand for the speaker's state; "it" in what an
    institution says stands for the institution ("the ministry said it would respond")."""
    for tok in doc:
        if tok.i in index.by_token or tok.i not in speakers:
            continue
        speaker = speakers[tok.i]
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


def principal_pair(mentions: Sequence[Mention], gazetteer: Gazetteer) -> tuple[str, str] | None:
    """The two states the document is most about: most mentioned, ties broken by first appearance."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for m in mentions:
        if m.kind in {"group", "pronoun"} or not gazetteer.is_state(m.entity):
            continue
        counts[m.entity] += 1
        first.setdefault(m.entity, m.span.start)
    ranked = sorted(counts, key=lambda e: (-counts[e], first[e]))
    if len(ranked) < 2:
        return None
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
    spans = [e for e in doc.ents if e.label_ == "PERSON"]
    taken = {t.i for s in spans for t in s}
    for ent in doc.ents:
        if ent.label_ == "PERSON" or ent.ent_id_ or any(t.i in taken for t in ent):
            continue
        if ent.start > 0 and all((t.pos_ == "PROPN" and t.text[:1].isupper()) or t.text == "-" for t in ent):
            spans.append(ent)
    return spans


def _add_people_with_titles(
    doc: Doc,
    gazetteer: Gazetteer,
    index: ActorIndex,
    people: _PersonRegistry,
    doc_id: str,
    home: str | None = None,
) -> None:
    """People named with a title ("President X of Y"), and people the gazetteer knows ("Lavrov"): a
    known person keeps the table's code unless the title names another state. A title of state office
    naming no state ("Defense Minister X" in a story datelined Tokyo) is the dateline's state's."""
    for name in _name_spans(doc):
        role, country = _title_context(doc, name, gazetteer)
        known = str(name.ent_id_) if name.label_ == "PERSON" else ""
        text = name.text
        for lead in ("President ", "Prime Minister ", "Minister "):
            if text.startswith(lead):
                text = text[len(lead) :]
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
        while start < name.end and doc[start].ent_id_ and doc[start].ent_type_ != "PERSON":
            start += 1
        tokens = range(start, name.end)
        mention = Mention(
            span=Span(doc[start].idx, name.end_char, doc_id),
            text=doc[start : name.end].text,
            code=code,
            kind="person",
            confidence=confidence,
            name=text,
        )
        index.add(mention, tokens)


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
    Peskov", "President X of Y", "X, Russia's foreign minister", "Y's President X"."""
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
    return role, country


def _title_left(doc: Doc, name: SpacySpan) -> list[Token]:
    """The words of a title before a name, up to six: "Russian presidential press secretary"."""
    left: list[Token] = []
    i = name.start - 1
    while i >= sentence_of(name.root).start and len(left) < 6:
        tok = doc[i]
        if tok.is_punct and tok.text not in {"-", "."}:
            break
        if tok.pos_ in TITLE_BREAK_POS and not (tok.lower_ == "of" and left) and tok.tag_ != "POS":
            break
        left.insert(0, tok)
        i -= 1
    return left


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
    i = 0
    while i < len(doc):
        tok = doc[i]
        if tok.pos_ != "PROPN" or i in index.by_token:
            i += 1
            continue
        j = i
        while j < len(doc) and (doc[j].pos_ == "PROPN" or doc[j].text == "-") and j not in index.by_token:
            j += 1
        run = doc[i:j]
        for k in range(run.start, run.end):
            name = doc[k : run.end].text
            code = people.code(name)
            if code is not None:
                mention = Mention(
                    span=Span(doc[k].idx, run.end_char, doc_id),
                    text=name,
                    code=code,
                    kind="person",
                    confidence=0.95,
                    name=people.full.get(name.lower(), name),
                )
                index.add(mention, range(k, run.end))
                break
        i = max(j, i + 1)


# --- gazetteer entities and role phrases --------------------------------------------------------------


GEO_NOUNS = {"Sea", "Ocean", "Strait", "Straits", "Gulf", "Peninsula", "Basin", "Reef", "Shoal"}


def _is_geographic(doc: Doc, ent: SpacySpan) -> bool:
    """ "South China Sea", "Sea of Japan", "Korean Peninsula": a place named after a state, no actor."""
    after = doc[ent.end].text if ent.end < len(doc) else ""
    before = doc[ent.start - 2 : ent.start].text if ent.start >= 2 else ""
    return after in GEO_NOUNS or (before.split(" ")[0] in GEO_NOUNS and before.endswith(" of"))


def _add_gazetteer_entities(
    doc: Doc, gazetteer: Gazetteer, index: ActorIndex, doc_id: str, day: dt.date | None = None
) -> None:
    for ent in doc.ents:
        code = str(ent.ent_id_)
        if not code or _is_geographic(doc, ent):
            continue
        entry = gazetteer.lookup(ent.text)
        kind = entry.kind if entry is not None else "country"
        if entry is not None and day is not None:
            code = tabari.code_on(entry, day) or code
        tokens = [t.i for t in ent if t.lower_ not in {"the"}]
        if not tokens:
            continue
        if kind == "actor" and "." not in code:
            code = _titled(doc, ent, code, gazetteer)
        elif kind == "metonym":
            code = _owned_institution(ent, code, index)
        start = doc[tokens[0]].idx
        mention = Mention(
            span=Span(start, ent.end_char, doc_id),
            text=doc[tokens[0] : ent.end].text,  # Doc.text joins the whole document: slice spans
            code=code,
            kind=kind,
            confidence=1.0,
        )
        index.add(mention, tokens)


def _owned_institution(ent: SpacySpan, code: str, index: ActorIndex) -> str:
    """An institution's name that another state owns before it is that state's institution ("Pakistan's
    Foreign Office", "the Indian State Department" are not Britain's and the United States')."""
    role = code.partition(".")[2] or "GOV"
    for child in ent.root.lefts:
        m = index.at(child.i)
        if child.i < ent.start and m is not None and m.kind in {"country", "demonym"} and m.entity != code:
            return m.entity if m.entity == code.split(".")[0] else f"{m.entity}.{role}"
    return code


LOCATING_PREPS = {"in", "of", "inside", "across", "throughout"}


def _locate_peoples(doc: Doc, index: ActorIndex) -> None:
    """A people named by a demonym and placed in another state is that state's, as an ethnic group
    ("ethnic Albanians in south Serbia", "the Albanians of southern Serbia"); an ethnic group with no
    place of its own is placed by its clause ("ethnic Albanians demonstrated in Serbia"); a demonym before
    another names where that people lives ("Bosnian Serbs", "Iraqi Kurds")."""
    for m in [m for m in index.mentions if m.kind == "demonym"]:
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
            index.replace(m, Mention(m.span, m.text, home.entity, "demonym", 0.8))
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
            index.replace(m, Mention(m.span, m.text, state, "demonym", 0.8))


def _titled(doc: Doc, ent: SpacySpan, code: str, gazetteer: Gazetteer) -> str:
    """A user dictionary's actor named after a title of its own state takes the title's role, as the
    title's agent is added in PETRARCH: "Bree President Romendacil" with ROMENDACIL [BRE] is BRE.GOV."""
    role, country = _title_context(doc, ent, gazetteer)
    if role is None or country not in {None, code}:
        return code
    return f"{code}.{role}"


def _add_role_phrases(
    doc: Doc,
    gazetteer: Gazetteer,
    index: ActorIndex,
    doc_id: str,
    home: str | None = None,
) -> None:
    """Nouns naming a role ("government", "instructors", "officers") with the state that modifies them
    ("the CAR government", "Russian instructors", "Russia's army", "officers in the CAR"), or the city or
    region that modifies them ("Shanghai police", "Kano State government"). An organisation's people are
    the organisation ("EU foreign ministers", "ASEAN counterparts" are EU and ASEAN): FORMAT.md gives IGOs
    organs, not roles."""
    organs = _organisations(gazetteer)
    places = default_places()
    pending: list[tuple[Token, str]] = []
    for tok in doc:
        if tok.pos_ not in {"NOUN", "PROPN"} or tok.i in index.by_token:
            continue
        role = _role_of_noun(tok, gazetteer)
        if role is None:
            continue
        role = _counterpart_role(tok, index) or role
        country, first = _modifier_country(tok, index)
        if country is None:
            country, first = _place_country(doc, tok, index, places)
        if country is None:
            if not (tok.tag_ == "NNS" and any(c.lower_ in {"two", "both"} for c in tok.lefts)):
                pending.append((tok, role))  # "both governments" is a group: see add_groups
            continue
        states = _coordinated_states(tok, index)
        members = tuple(f"{s}.{role}" for s in states) if country in states and len(states) > 1 else ()
        code = _led_institution(tok, role, index) or _with_role(country, role, organs)
        _add_role_mention(doc, index, tok, first, code, doc_id, 0.9, members)
    for tok, role in pending:
        partner = _coordinated_partner_country(tok, index) or _sender_country(tok, index)
        if partner is not None:
            _add_role_mention(doc, index, tok, tok.i, _with_role(partner, role, organs), doc_id, 0.8)
        elif home is not None and _definite_bare(tok):
            _add_role_mention(doc, index, tok, tok.i, f"{home}.{role}", doc_id, 0.7)
        elif (state := _clause_state(tok, role, index) or _crowd_state(tok, role, index)) is not None:
            _add_role_mention(doc, index, tok, tok.i, f"{state}.{role}", doc_id, 0.75)


def _counterpart_role(tok: Token, index: ActorIndex) -> str | None:
    """A counterpart holds the office of the person whose counterpart they are: "Modi spoke to his
    Nepalese counterpart" is Nepal's head of government."""
    if tok.lemma_.lower() != "counterpart":
        return None
    for child in tok.lefts:
        m = index.at(child.i)
        if child.dep_ == "poss" and m is not None and m.kind in {"person", "pronoun"} and m.name:
            return m.role
    return None


def _led_institution(tok: Token, role: str, index: ActorIndex) -> str | None:
    """The head of an institution is the institution: "the president of the Riigikogu" is Estonia's
    legislature, "the president of the European Council" the Council."""
    if role not in {"HOS", "HOG"}:
        return None
    for prep in tok.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                m = index.at(obj.i)
                if obj.dep_ == "pobj" and m is not None and m.kind in {"metonym", "organ"}:
                    return m.code
    return None


PLACE_SUFFIXES = {
    "state", "province", "region", "county", "city", "district", "governorate", "prefecture", "municipality",
    "oblast", "territory",
}  # fmt: skip


def _with_role(entity: str, role: str, organisations: frozenset[str]) -> str:
    return entity if entity.split(".", 1)[0] in organisations else f"{entity}.{role}"


@functools.lru_cache(maxsize=8)
def _organisations(gazetteer: Gazetteer) -> frozenset[str]:
    """The IGO entities of the gazetteer ("EU", "ASEAN", "UN")."""
    return frozenset(e.code.split(".", 1)[0] for e in gazetteer.entries() if e.kind in {"igo", "organ"})


def _place_country(doc: Doc, tok: Token, index: ActorIndex, places: PlaceResolver) -> tuple[str | None, int]:
    """The state of a city or region named before a role noun, by GeoNames: "Shanghai police" are China's,
    "Kano State government" Nigeria's. Only a place the parser tags as one (or as an organisation named
    "X State", "X Province") and the gazetteer does not know."""
    for child in tok.lefts:
        if child.dep_ not in {"compound", "nmod", "poss"} or child.ent_type_ not in {"GPE", "LOC", "ORG"}:
            continue
        ent = next((e for e in doc.ents if e.start <= child.i < e.end), None)
        if ent is None or any(i in index.by_token for i in range(ent.start, ent.end)):
            continue
        words = [t.text for t in ent if t.tag_ != "POS" and t.lower_ != "the"]
        suffixed = len(words) > 1 and words[-1].lower() in PLACE_SUFFIXES
        if suffixed:
            words = words[:-1]
        elif ent.label_ == "ORG":  # an organisation named after a city is no place
            continue
        place = places.resolve(" ".join(words))
        if place is not None and place.country:
            return place.country, ent.start
    return None, tok.i


HOME_INSTITUTIONS = {
    "government", "authorities", "police", "army", "military", "junta", "ministry", "cabinet", "parliament",
    "presidency", "regime", "administration", "court", "prosecutor", "security",
}  # fmt: skip


def _definite_bare(tok: Token) -> bool:
    """ "the government", "the interior ministry", "police": an institution with no state named, so the
    dateline's state."""
    if tok.lemma_.lower() not in HOME_INSTITUTIONS:
        return False
    lefts = list(tok.lefts)
    if not lefts:
        return tok.lower_ in {"police", "authorities"}
    return any(c.lower_ == "the" for c in lefts) and all(
        c.dep_ in {"det", "amod", "compound"} and c.lower_ not in {"a", "an"} for c in lefts
    )


def _role_of_noun(tok: Token, gazetteer: Gazetteer) -> str | None:
    """The role of a noun with the modifiers before it, longest first: "coast guard vessels" (whose
    "coast" modifies "guard"), "defence minister", "minister"."""
    view = token_view(tok.doc)
    stack = [c for c in view.lefts(tok.i) if view.dep[c] in {"compound", "amod"}]
    chain: list[int] = []
    while stack:
        c = stack.pop()
        chain.append(c)
        stack += [k for k in view.lefts(c) if view.dep[k] == "compound"]
    words = [view.text[k] for k in sorted(chain) if not view.ent_id[k]]
    for size in range(len(words), -1, -1):
        role = gazetteer.role(" ".join([*words[len(words) - size :], view.text[tok.i]]))
        if role is not None:
            return role
    return None


def _modifier_country(tok: Token, index: ActorIndex) -> tuple[str | None, int]:
    """The state a role noun belongs to. A named state wins over a possessive pronoun ("his ASEAN
    counterparts" are ASEAN's), and a counterpart is never the possessor's."""
    lefts = sorted(tok.lefts, key=lambda c: c.dep_ == "poss" and c.tag_ == "PRP$")
    for child in lefts:
        if child.dep_ in {"compound", "amod", "poss", "nmod"}:
            m = index.at(child.i)
            own = m is not None and m.kind == "pronoun" and tok.lemma_.lower() == "counterpart"
            if m is not None and m.kind != "person" and not own:
                return _owner(m), child.i
            for grandchild in child.lefts:
                m = index.at(grandchild.i)
                if m is not None and m.kind != "person" and grandchild.dep_ in {"amod", "compound", "nmod"}:
                    return _owner(m), grandchild.i
    for t in tok.doc[tok.left_edge.i : tok.i]:  # "Chinese Xian H-6K bombers": deeper in the modifiers
        m = index.at(t.i)
        if m is not None and m.kind in {"country", "demonym"} and _modifies(t, tok):
            return m.entity, t.i
    preps = {"of", "from"} | PLACE_PREPS
    if tok.lemma_.lower() in SPEAKERS:  # "a spokesperson for the UN Secretary-General"
        preps.add("for")
    for child in tok.rights:
        if child.dep_ == "prep" and child.lower_ in preps:
            for obj in child.children:
                m = index.at(obj.i)
                if m is not None and obj.dep_ == "pobj" and (m.kind != "person" or child.lower_ == "for"):
                    return _owner(m), tok.i
    if tok.dep_ in {"dobj", "conj"}:
        verb = tok.head
        while verb.dep_ == "conj" and verb.pos_ in {"NOUN", "PROPN"}:
            verb = verb.head
        for child in verb.rights:
            if child.dep_ == "prep" and child.lower_ == "in":
                for obj in child.children:
                    m = index.at(obj.i)
                    if m is not None and m.kind in {"country", "capital"}:
                        return m.entity, tok.i
    return None, tok.i


SPEAKERS = {"spokesperson", "spokesman", "spokeswoman", "spokespeople", "spokesmen", "spokeswomen"}


def _owner(m: Mention) -> str:
    """What a role noun's modifier makes it part of: an IGO organ or agency ("IAEA Director General" is
    the IAEA's, "a spokesperson for the Secretary-General" the Secretariat's), else the state."""
    return m.code if m.kind == "organ" else m.entity


def _modifies(t: Token, head: Token) -> bool:
    """Whether ``t`` reaches ``head`` through noun modifiers only."""
    while t.i != head.i:
        if t.dep_ not in {"amod", "compound", "nmod"} or t.head.i == t.i:
            return False
        t = t.head
    return True


def _coordinated_states(tok: Token, index: ActorIndex) -> list[str]:
    """The states of coordinated modifiers of a role noun, before it or in an of/in/from phrase after it:
    "Ethiopian and Somali diplomats", "lawmakers in Kenya and Uganda" are each state's."""
    heads = [c for c in tok.lefts if c.dep_ in {"amod", "compound", "nmod"}]
    heads += [
        obj
        for prep in tok.rights
        if prep.dep_ == "prep" and prep.lower_ in {"of", "in", "from"}
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]
    for head in heads:
        states: list[str] = []
        for part in (head, *head.conjuncts):
            m = index.at(part.i)
            if m is not None and m.kind not in {"person", "pronoun", "group"} and m.entity not in states:
                states.append(m.entity)
        if len(states) > 1:
            return states
    return []


SENDING_VERBS = {"send", "deploy", "dispatch", "second", "station", "post", "withdraw", "recall", "train"}


def _sender_country(tok: Token, index: ActorIndex) -> str | None:
    """ "Russia sent instructors": people a state sends or deploys are that state's."""
    head = tok
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    verb = head.head
    if head.dep_ != "dobj" or verb.lemma_.lower() not in SENDING_VERBS or verb.lemma_.lower() == "train":
        return None
    for cur in (verb, verb.head if verb.dep_ == "conj" else verb):
        for child in cur.children:
            if child.dep_ == "nsubj":
                m = index.at(child.i)
                if m is not None and m.kind in {"country", "capital", "metonym"}:
                    return m.entity
    return None


PLACE_PREPS = {"in", "throughout", "across", "inside"}
ABROAD = {"embassy", "consulate", "mission", "legation", "ambassador", "envoy", "diplomat", "consul"}
HOME_ROLES = {"GOV", "HOS", "HOG", "COP", "JUD", "LEG", "OPP"}  # act at home; the armed forces may not
ARMED_ROLES = {"MIL", "REB"}  # may fight abroad: their state is no partner's, only the clause's place
TITLE_ROLES = {"HOS", "HOG", "SPOKESPERSON"}  # one person, named elsewhere: never a partner's


def _clause_state(tok: Token, role: str, index: ActorIndex) -> str | None:
    """The state of a role noun that names none, from its clause: the other side is an institution of one
    state acting at home ("Canadian police detained protesters", "students marched on Georgia's
    parliament"), or the clause happens in a named state ("rebels attacked a base in Mali"). A title
    before a name ("President Reagan") is no role noun of this kind."""
    if role in TITLE_ROLES or tok.pos_ == "PROPN" or (tok.dep_ == "compound" and tok.head.pos_ == "PROPN"):
        return None
    verb = tok
    for _ in range(6):  # "hundreds of thousands of people marched"
        if verb.pos_ in {"VERB", "AUX"} or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    own = {t.i for t in tok.subtree} | {tok.i}
    args = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "dobj", "agent", "prep"}]
    if verb.dep_ in {"xcomp", "advcl"} and not any(c.dep_ == "nsubj" for c in verb.children):
        args += [c for c in verb.head.children if c.dep_ == "nsubj"]  # "police fired to disperse them"
    args += [p for c in verb.children if c.dep_ == "dobj" for p in c.children if p.dep_ == "prep"]
    places: list[str] = []  # "blocked streets in Hong Kong"
    for arg in args:
        heads = [g for g in arg.children if g.dep_ == "pobj"] if arg.dep_ in {"prep", "agent"} else [arg]
        for head in heads:
            m = None if head.i in own else index.at(head.i)
            if m is None or m.members:
                continue
            if m.kind in {"country", "capital"} and arg.dep_ == "prep" and arg.lower_ in PLACE_PREPS:
                places.append(m.entity)
            elif (
                m.kind in {"role", "person"}
                and m.code.partition(".")[2] in HOME_ROLES
                and role not in ARMED_ROLES
                and head.lemma_.lower() not in ABROAD
            ):
                return m.entity
    return places[0] if places else None


def _crowd_state(tok: Token, role: str, index: ActorIndex) -> str | None:
    """A crowd's state is the state of the place its clause happens in (see :mod:`bilat.actors.locate`)."""
    verb = crowd_verb(tok) if role == "CVL" else None
    return None if verb is None else crowd_state(verb, index)


def _coordinated_partner_country(tok: Token, index: ActorIndex) -> str | None:
    partners = [tok.head] if tok.dep_ == "conj" else []
    partners += [c for c in tok.children if c.dep_ == "conj"]
    for p in partners:
        m = index.at(p.i)
        if m is not None and m.kind not in {"group", "pronoun"}:
            return m.entity
    return None


def _add_role_mention(
    doc: Doc,
    index: ActorIndex,
    head: Token,
    first: int,
    code: str,
    doc_id: str,
    confidence: float,
    members: tuple[str, ...] = (),
) -> None:
    start = min(first, head.i)
    tokens = [i for i in range(start, head.i + 1) if i not in index.by_token or i == first]
    span_start = doc[start].idx
    mention = Mention(
        span=Span(span_start, head.idx + len(head.text), doc_id),
        text=doc[start : head.i + 1].text,
        code=code,
        kind="role",
        confidence=confidence,
        members=members,
    )
    index.add(mention, [i for i in tokens if i not in index.by_token])
