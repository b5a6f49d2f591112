"""What refers back to an actor named earlier in a text: groups ("the two presidents", "both sides"),
organisation nouns ("the bloc"), descriptions of a state ("the kingdom", "the Gulf state", "the island
nation"), a bare title on second mention ("the chancellor" after "Chancellor Olaf Scholz", "His Highness"
after "His Highness Prince Faisal") and pronouns.

Each resolves to the actor the text last named that fits, conservatively: when two different actors fit
equally (named in one sentence, or two people with the same title), nothing is resolved. Which states a
description fits is data (``data/descriptions.toml``).
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING

from bilat.errors import ConfigError
from bilat.model import Mention, Span
from bilat.nlp import TokenView, introduces_time, sentence_of, sentences_back, token_view

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from bilat.actors.gazetteer import Gazetteer
    from bilat.actors.resolve import ActorIndex

PERSON_PRONOUNS = {"he", "she", "him", "her", "his", "hers"}
PLURAL_PRONOUNS = {"they", "them", "their", "theirs"}
OBJECT_PRONOUNS = {"him", "her", "them"}  # never the subject of their own clause
STORY_SIDES = {"side", "party"}  # group heads that name the two sides of the story, not the last pair named
GROUP_HEADS = {
    "country": "pair",
    "nation": "pair",
    "state": "pair",
    "side": "pair",
    "party": "pair",
    "government": "pair",
    "partner": "pair",
    "neighbour": "pair",
    "neighbor": "pair",
    "president": "HOS",
    "leader": "HOS",
    "head": "HOS",
    "minister": "GOV",
    "counterpart": "HOS",
    "junta": "GOV",
}
# words that make a group noun an office ("the Prime Ministers", "the two Foreign Ministers")
OFFICE_WORDS = {"prime", "foreign", "defence", "defense", "finance", "trade", "economy", "interior"}
COUNTS = {"three": 3, "four": 4, "five": 5, "six": 6}
STATE_KINDS = {"country", "capital", "demonym"}


# --- descriptions of a state --------------------------------------------------------------------------


@dataclass(frozen=True)
class Descriptions:
    """``heads``: a head noun ("kingdom", "island nation") and the states it fits (empty: any state, given a
    modifier); ``modifiers``: a word before the head ("gulf", "west african") and the states it fits."""

    heads: Mapping[str, frozenset[str]]
    modifiers: Mapping[str, frozenset[str]]

    @functools.cached_property
    def last_words(self) -> frozenset[str]:
        return frozenset(head.replace("-", " ").split()[-1] for head in self.heads)

    def parse(self, words: str) -> tuple[str, list[frozenset[str]]] | None:
        """The head of a description ("gulf arab kingdom" -> "kingdom") and the state sets of its known
        modifiers; None when no head ends it. Words the table does not know are ignored."""
        for head in sorted(self.heads, key=len, reverse=True):
            if words == head or words.endswith(" " + head):
                rest = f" {words[: len(words) - len(head)].strip()} "
                found = []
                for modifier in sorted(self.modifiers, key=len, reverse=True):
                    if f" {modifier} " in rest:
                        found.append(self.modifiers[modifier])
                        rest = rest.replace(f" {modifier} ", " ")
                return head, found
        return None


@functools.cache
def default_descriptions() -> Descriptions:
    """The descriptions of ``data/descriptions.toml``; :class:`ConfigError` when it is malformed."""
    path = resources.files("bilat.actors").joinpath("data", "descriptions.toml")
    try:
        table = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the state descriptions: {exc}") from exc
    sections: dict[str, dict[str, frozenset[str]]] = {}
    for section in ("head", "modifier"):
        raw = table.get(section)
        if not isinstance(raw, dict):
            raise ConfigError(f"{path}: [{section}] is missing")
        sections[section] = {}
        for word, codes in raw.items():
            if not isinstance(codes, list) or not all(isinstance(c, str) and len(c) == 3 for c in codes):
                raise ConfigError(f"{path}: [{section}] {word!r} must list ISO alpha-3 codes")
            sections[section][word.lower()] = frozenset(codes)
    for word, states in _continents().items():
        sections["modifier"].setdefault(word, states)
    return Descriptions(heads=sections["head"], modifiers=sections["modifier"])


def _continents() -> dict[str, frozenset[str]]:
    """ "african", "asian", "european": the states of each continent, from country_converter."""
    import country_converter

    data = country_converter.CountryConverter().data
    words = {"Africa": "african", "Asia": "asian", "Europe": "european"}
    found: dict[str, set[str]] = {word: set() for word in words.values()}
    for iso3, continent in zip(data["ISO3"], data["continent"], strict=True):
        if continent in words and isinstance(iso3, str) and len(iso3) == 3:
            found[words[continent]].add(iso3)
    return {word: frozenset(states) for word, states in found.items()}


def add_state_descriptions(doc: Doc, gazetteer: Gazetteer, index: ActorIndex, doc_id: str) -> None:
    """ "the kingdom", "the Gulf state", "the West African nation": the latest state named before that
    fits the description; none when another state that fits is named in the same sentence as that one."""
    table = default_descriptions()
    view = token_view(doc)
    for i in [i for i, word in enumerate(view.lower) if word in table.last_words]:
        tok = doc[i]
        if tok.tag_ not in {"NN", "NNP"} or tok.i in index.by_token:
            continue
        if tok.dep_ in {"compound", "appos"} or any(c.dep_ in {"prep", "poss"} for c in tok.children):
            continue  # "the state media", "the Kingdom of Saudi Arabia", "its neighbour"
        det = next((c for c in tok.lefts if c.dep_ == "det"), None)
        if det is None or det.lower_ != "the" or any(k in index.by_token for k in range(det.i, tok.i)):
            continue
        parsed = table.parse(doc[det.i + 1 : tok.i + 1].text.lower().replace(" - ", "-"))
        if parsed is None:
            continue
        head, modifiers = parsed
        target = _fitting_state(index, tok, gazetteer, table.heads[head], head, modifiers)
        if target is None:
            continue
        index.add_words(
            doc,
            (det.i, tok.i),
            doc_id,
            code=target,
            kind="country",
            confidence=0.85,
        )


def _fitting_state(
    index: ActorIndex,
    tok: Token,
    gazetteer: Gazetteer,
    head_states: frozenset[str],
    head: str,
    modifiers: list[frozenset[str]],
) -> str | None:
    """The latest state named before ``tok`` that the description fits (its head by the state's name or
    the table, and every modifier), unless another that fits is named in that state's sentence."""
    named: dict[str, list[Mention]] = {}
    for m in index.mentions:
        if m.kind in STATE_KINDS and m.span.end <= tok.idx and gazetteer.is_state(m.entity):
            named.setdefault(m.entity, []).append(m)

    def fits(entity: str) -> bool:
        by_name = any(head in m.text.lower() for m in named[entity])
        listed = entity in head_states if head_states else bool(modifiers)
        return (by_name or listed) and all(entity in states for states in modifiers)

    candidates = sorted(
        ((max(m.span.start for m in ms), e) for e, ms in named.items() if fits(e)), reverse=True
    )
    if not candidates:
        return None
    latest, entity = candidates[0]
    first = tok.doc.char_span(latest, latest + 1, alignment_mode="expand")
    sentence_start = sentence_of(first[0]).start_char if first is not None else latest
    if any(sentence_start <= start for start, _ in candidates[1:]):
        return None  # two states that fit, named in one sentence
    return entity


OWN_STATE_NOUNS = {"country", "nation"}
SPEAKER_KINDS = {"person", "role", "pronoun"}


def add_own_countries(doc: Doc, gazetteer: Gazetteer, index: ActorIndex, doc_id: str) -> None:
    """ "his country", "her nation": the state of the person or office whose clause it is said in ("Iran's
    president said his country would not negotiate" is Iran), the nearest subject up the clauses that
    govern it; else the state of the person "his" was resolved to. Nothing when neither is a state's."""
    view = token_view(doc)
    for i, lemma in enumerate(view.lemma):
        if lemma not in OWN_STATE_NOUNS or view.tag[i] != "NN" or i in index.by_token:
            continue
        tok = doc[i]
        poss = next((c for c in tok.lefts if c.dep_ == "poss" and c.lower_ in {"his", "her"}), None)
        if poss is None:
            continue
        owner = _governing_subject(tok, index) or index.at(poss.i)
        if owner is None or not gazetteer.is_state(owner.entity):
            continue
        mention = Mention(
            span=Span(poss.idx, tok.idx + len(tok.text), doc_id),
            text=doc[poss.i : tok.i + 1].text,
            code=owner.entity,
            kind="country",
            confidence=min(0.85, owner.confidence),
        )
        index.add(mention, [tok.i])


def _governing_subject(tok: Token, index: ActorIndex) -> Mention | None:
    """The person or office that is the subject of the nearest clause above ``tok``'s own."""
    own = {t.i for t in tok.subtree}
    cur = tok
    for _ in range(8):
        if cur.head.i == cur.i:
            return None
        cur = cur.head
        if cur.pos_ not in {"VERB", "AUX"}:
            continue
        for child in cur.children:
            m = index.at(child.i)
            if child.dep_ == "nsubj" and child.i not in own and m is not None and m.kind in SPEAKER_KINDS:
                return m
    return None


# --- titles and honorifics on second mention ----------------------------------------------------------


@dataclass(frozen=True)
class Title:
    """The title a person was named with: all its words, lowercased ("external", "affairs", "minister"),
    and its heads, the words that can stand for it alone ("minister"; "secretary" of "Secretary of State";
    "highness" and "prince" of "His Highness Prince")."""

    words: frozenset[str]
    heads: frozenset[str]

    def __or__(self, other: Title) -> Title:
        return Title(self.words | other.words, self.heads | other.heads)


def _title_holder(tok: Token, index: ActorIndex, titles: Mapping[str, Title]) -> Mention | None:
    """The person a bare title stands for ("the chancellor", "External Affairs Minister", "His Highness"
    with no name or state): the one person named earlier with a title holding all its words; None when it
    is a title before a name, or when two people fit."""
    doc = tok.doc
    if tok.tag_ not in {"NN", "NNP"} or tok.dep_ == "appos":
        return None
    if any(c.dep_ in {"prep", "appos"} for c in tok.rights):
        return None  # "the Prime Minister of Viet Nam, His Excellency Pham Minh Chinh" is someone else
    if (tok.dep_ == "compound" and tok.head.pos_ == "PROPN") or (
        tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN" and tok.i + 1 not in index.by_token
    ):
        return None  # a title before a name: "Defence Minister Boris Pistorius"
    words = {tok.lemma_.lower(), tok.lower_}
    for child in doc[tok.left_edge.i : tok.i]:  # "External Affairs Minister": the whole compound
        if child.dep_ in {"compound", "amod"}:
            words.add(child.lower_)
        elif not (child.dep_ == "det" and child.lower_ == "the") and child.tag_ != "PRP$":
            return None
    fitting = {
        m.name: m
        for m in index.mentions
        if m.kind == "person"
        and m.name in titles
        and m.span.end <= tok.idx
        and words <= titles[str(m.name)].words
    }
    return next(iter(fitting.values())) if len(fitting) == 1 else None


def add_bare_titles(doc: Doc, index: ActorIndex, titles: Mapping[str, Title], doc_id: str) -> None:
    """The head of a title alone, capitalised or after "the": "the chancellor" after "Chancellor Olaf
    Scholz", "The Secretary urged ..." after "Secretary of State Marco Rubio", "His Highness" after "His
    Highness Prince Faisal"."""
    heads = {h for title in titles.values() for h in title.heads}
    if not heads:
        return
    for i in [i for i, word in enumerate(token_view(doc).lower) if word in heads]:
        tok = doc[i]
        if tok.i in index.by_token:
            continue
        if not (tok.text[:1].isupper() or any(c.lower_ == "the" for c in tok.lefts)):
            continue
        person = _title_holder(tok, index, titles)
        if person is None:
            continue
        first = tok.left_edge.i  # "the chancellor", "External Affairs Minister", "His Highness"
        mention = Mention(
            span=Span(doc[first].idx, tok.idx + len(tok.text), doc_id),
            text=doc[first : tok.i + 1].text,
            code=person.code,
            kind="person",
            confidence=0.9,
            name=person.name,
        )
        index.add(mention, [i for i in range(first, tok.i + 1) if i not in index.by_token])


# --- groups, organisations and pronouns ---------------------------------------------------------------


def add_groups(doc: Doc, index: ActorIndex, doc_id: str) -> None:
    """ "the two presidents", "both countries", "the parties", "the two sides" -> the principal pair, or the
    two states named together just before; "the three juntas" -> the three states the text last named
    together."""
    pair = index.principal_pair
    view = token_view(doc)
    for i, lemma in enumerate(view.lemma):
        if view.tag[i] == "NNPS":  # "the two Prime Ministers": the parser keeps a proper plural's lemma
            lemma = view.lower[i].removesuffix("s")
        kind = GROUP_HEADS.get(lemma)
        plural = view.pos[i] in {"NOUN", "PROPN"} and view.tag[i] in {"NNS", "NNPS"}
        if kind is None or i in index.by_token or not plural:
            continue
        tok = doc[i]
        office = {c.lower_ for c in tok.lefts if c.dep_ == "compound"} & OFFICE_WORDS
        if office == {"prime"}:
            kind = "HOG"
        dets = {c.lower_ for c in tok.lefts} - office
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        # "the parties to the conflict in Sudan"; not "phoned both leaders on Tuesday"
        following = nxt is not None and nxt.pos_ == "ADP" and nxt.tag_ != "TO" and not introduces_time(nxt)
        qualified = any(c.dep_ == "prep" and not introduces_time(c) for c in tok.rights)
        if following or qualified:
            # "the parties to the conflict in Sudan" are not the document's pair but Sudan's
            _add_qualified_group(doc, index, tok, doc_id)
            continue
        number = next((COUNTS[d] for d in dets if d in COUNTS), None)
        counted = bool({"two", "both"} & dets) or number is not None
        bare = dets <= {"the"}  # "the leaders agreed", "Ministers signed": in a bilateral story, both
        if not (counted or bare):
            continue
        members: tuple[str, ...]
        two = counted and number is None and kind == "pair"
        # "Saudi Arabia and Qatar welcomed the talks ... the two sides agreed to meet again": the sides of
        # a story are its pair, whoever was named together last
        of_story = lemma in STORY_SIDES and pair is not None
        named = (
            _latest_argument_coordination(index, tok, 2 if two else number, not_acting=True)
            if (two or number) and not of_story
            else None
        )
        if number is not None:
            states = named.members if named is not None else _clause_parties(index, tok, number)
            if states is None:
                continue
            members = states if kind == "pair" else tuple(f"{c}.{kind}" for c in states)
        elif named is not None:  # "Russia and China vetoed it; the two countries said ...": those two
            members = named.members
        elif pair is None:
            sides = _domestic_sides(index, tok) if kind == "pair" else None
            if sides is None:
                continue
            members = sides
        elif kind == "pair":
            members = pair
        else:
            members = _people_pair(index, tok.idx) or tuple(f"{c}.{kind}" for c in pair)
        start = min([tok.i, *(c.i for c in tok.lefts)])
        index.add_words(
            doc,
            (start, tok.i),
            doc_id,
            code=members[0],
            kind="group",
            confidence=0.85 if counted else 0.7,
            members=members,
        )


def add_relative_owners(doc: Doc, index: ActorIndex, doc_id: str) -> None:
    """ "whose" is the antecedent of its relative clause ("France and the United Kingdom, whose
    representatives condemned ..."): a state, or states named together."""
    view = token_view(doc)
    for i, tag in enumerate(view.tag):
        if tag != "WP$" or i in index.by_token:
            continue
        clause_verb = doc[i].head
        while clause_verb.dep_ != "relcl" and clause_verb.head.i != clause_verb.i:
            clause_verb = clause_verb.head
        if clause_verb.dep_ != "relcl":
            continue
        antecedent = clause_verb.head
        if index.at(antecedent.i) is None:
            # "a thaw between Azerbaijan and Russia, whose foreign ministers met ...": the parser hangs the
            # clause on the noun; the names right before "whose" are its antecedent
            before = i - 1
            while before > 0 and view.is_punct[before]:
                before -= 1
            antecedent = doc[before] if index.at(before) is not None else antecedent
        first = antecedent
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        states = _states_coordinated_at(index, first)
        if len(states) > 1:
            index.add_words(doc, (i, i), doc_id, states[0], "group", 0.8, members=states)
        elif (named := index.at(antecedent.i)) is not None:
            index.add_words(doc, (i, i), doc_id, named.code, "pronoun", 0.8, members=named.members)


def add_the_two(doc: Doc, index: ActorIndex, doc_id: str) -> None:
    """ "the two" standing alone as a clause's subject or object ("spoke by phone with his Syrian counterpart,
    and the two condemned ..."): the two people named latest, or else the story's pair; "the three": the
    three parties of the clause that named them last ("discussed the case with his Polish and Lithuanian
    counterparts, and the three agreed ...")."""
    view = token_view(doc)
    for i, lower in enumerate(view.lower):
        if (lower not in COUNTS and lower != "two") or view.pos[i] != "NUM" or i in index.by_token or i == 0:
            continue
        tok = doc[i]
        if view.lower[i - 1] != "the" or tok.dep_ not in {"nsubj", "nsubjpass", "dobj", "pobj"}:
            continue
        if lower == "two":
            members = _people_pair(index, tok.idx) or index.principal_pair
        else:
            members = _clause_parties(index, tok, COUNTS[lower])
        if members is None:
            continue
        index.add_words(doc, (i - 1, i), doc_id, members[0], "group", 0.8, members=members)


def _clause_parties(index: ActorIndex, tok: Token, size: int) -> tuple[str, ...] | None:
    """The states of the latest clause before ``tok``, in this or the previous sentence, whose subject and
    objects together name exactly ``size`` of them, in text order: "Tokayev hosted the Uzbek and Kyrgyz
    presidents" are the three leaders a later clause counts."""
    view = token_view(tok.doc)
    for v in range(tok.i - 1, sentences_back(tok, 1) - 1, -1):
        if view.pos[v] != "VERB":
            continue
        args = [c for c in view.children[v] if view.dep[c] in {"nsubj", "dobj"}]
        args += [o for c in view.children[v] if view.dep[c] == "prep" for o in view.children[c]]
        entities: dict[str, int] = {}
        for a in args:
            for k in view.subtree(a):
                m = index.at(k)
                if m is None or k >= tok.i:
                    continue
                for code in m.members or (m.code,):
                    entities.setdefault(code.split(".")[0], m.span.start)
        if len(entities) == size:
            return tuple(sorted(entities, key=entities.__getitem__))
    return None


def _add_qualified_group(doc: Doc, index: ActorIndex, tok: Token, doc_id: str) -> None:
    """A group noun with a phrase after it that names one state ("the parties to the conflict in Sudan",
    "the sides in Yemen") stands for that state; naming none or several, for nobody."""
    states: list[Mention] = []
    for nxt in doc[tok.i + 1 : sentence_of(tok).end]:
        if nxt.pos_ in {"VERB", "AUX", "PART", "PUNCT", "CCONJ"} or nxt.tag_ in {"WDT", "WP"}:
            break
        m = index.at(nxt.i)
        if m is not None and m.kind in {"country", "capital"} and m.entity not in {s.entity for s in states}:
            states.append(m)
    if len(states) != 1:
        return
    start = min([tok.i, *(c.i for c in tok.lefts)])
    index.add_words(
        doc,
        (start, tok.i),
        doc_id,
        code=states[0].entity,
        kind="group",
        confidence=0.7,
    )


ORGANISATION_NOUNS = {
    "bloc",
    "alliance",
    "union",
    "organisation",
    "organization",
    "council",
    "body",
    "grouping",
}


def add_organisation_references(doc: Doc, index: ActorIndex, doc_id: str) -> None:
    """ "the bloc", "the alliance", "the Council": the latest international organisation named before, one
    whose name ends in that noun if any ("the Council" after "the Security Council and the WHO"). "The
    Secretary-General" is the secretary-general of the latest organisation named (the UN's is UN.SG), or
    the UN's when none is."""
    organisations = [m for m in index.mentions if m.kind in {"igo", "organ"}]
    view = token_view(doc)
    heads = ORGANISATION_NOUNS | {"secretary-general", "general"}
    for i, lower in enumerate(view.lower):
        if lower not in heads or i in index.by_token or view.tag[i] not in {"NN", "NNP"}:
            continue
        tok = doc[i]
        lefts = [c.lower_ for c in tok.lefts]
        head = "secretary-general" if tok.lower_ == "general" and "secretary" in lefts[-2:] else tok.lower_
        if head not in ORGANISATION_NOUNS | {"secretary-general"} or lefts[:1] != ["the"]:
            continue
        if head != "secretary-general" and not all(_describes_a_bloc(c) for c in list(tok.lefts)[1:]):
            continue
        earlier = [m for m in organisations if m.span.end <= tok.idx]
        named = [m for m in earlier if m.text.lower().endswith(head)] if head != "secretary-general" else []
        if not earlier and head != "secretary-general":
            continue
        if head == "secretary-general":  # with no organisation named before, news means the UN's
            entity = max(earlier, key=lambda m: m.span.start).entity if earlier else "UN"
            code = "UN.SG" if entity == "UN" else entity
        else:
            code = max(named or earlier, key=lambda m: m.span.start).code
        start = min(c.i for c in tok.lefts)
        index.add_words(
            doc,
            (start, tok.i),
            doc_id,
            code=code,
            kind="metonym",
            confidence=0.8,
        )


# words that describe an organisation named again ("the six-nation bloc", "the 27-member bloc", "the
# Western alliance"); a party's ("the opposition alliance") or an army's ("the rebel alliance") are not
BLOC_WORDS = {"nation", "member", "country", "state", "regional", "western", "transatlantic", "military",
              "economic", "trade", "security", "defence", "defense", "continental", "-"}  # fmt: skip


def _describes_a_bloc(tok: Token) -> bool:
    return tok.pos_ == "NUM" or tok.lower_ in BLOC_WORDS or tok.lower_.split("-")[-1] in BLOC_WORDS


# nouns that name again people a text has just described ("a Japanese company employee ... The man was
# detained"), and the roles such people have
PEOPLE_REFERENCES = {"man", "woman", "pair", "couple", "trio", "suspect", "detainee", "captive", "victim"}
PRIVATE_ROLES = {"CVL", "BUS", "MED", "EDU", "REL", "NGO"}


def add_people_references(doc: Doc, index: ActorIndex, doc_id: str) -> None:
    """ "The man", "the pair", "the suspects": the private people (civilians, employees, journalists ...)
    or the person named latest in this or the two sentences before."""
    view = token_view(doc)
    for i, lemma in enumerate(view.lemma):
        if lemma not in PEOPLE_REFERENCES or i in index.by_token or view.pos[i] != "NOUN":
            continue
        tok = doc[i]
        if [c.lower_ for c in tok.lefts] != ["the"]:
            continue
        target = index.latest_before(tok, 2, _private_people)
        if target is None:
            continue
        index.add_words(
            doc,
            (tok.i - 1, tok.i),
            doc_id,
            code=target.code,
            kind="role",
            confidence=0.75,
            members=target.members,
        )


def _private_people(m: Mention) -> bool:
    return m.kind == "person" or (m.kind == "role" and m.code.rsplit(".", 1)[-1] in PRIVATE_ROLES)


ARMED_NOUNS = {
    "rebel",
    "militant",
    "insurgent",
    "paramilitary",
    "paramilitaries",
    "militia",
    "fighter",
    "guerrilla",
}
MOVEMENT_NOUNS = {"group", "movement", "organisation", "organization", "faction"}
ARMED_MOVEMENTS = {"ISIL", "AQ"}  # armed movements across states, which have no role (groups.toml)


def add_movement_references(doc: Doc, index: ActorIndex, doc_id: str) -> None:
    """ "the group", "the movement", "the paramilitaries", "the rebel group" after a named movement ("the
    Rapid Support Forces", "Hamas", "Amnesty International") are that movement: the latest one named
    before, an armed one for an armed noun. Nothing when none was named."""
    view = token_view(doc)
    nouns = ARMED_NOUNS | MOVEMENT_NOUNS
    for i, lemma in enumerate(view.lemma):
        if lemma not in nouns or i in index.by_token or view.pos[i] != "NOUN":
            continue
        tok = doc[i]
        lefts = list(tok.lefts)
        if (
            not lefts
            or lefts[0].lower_ != "the"
            or any(c.lemma_.lower() not in ARMED_NOUNS for c in lefts[1:])
        ):
            continue
        armed = lemma in ARMED_NOUNS or len(lefts) > 1
        earlier = [
            m
            for m in index.mentions
            if m.kind == "actor"
            and m.span.end <= tok.idx
            and (not armed or m.role == "REB" or m.code in ARMED_MOVEMENTS)
        ]
        if not earlier:
            continue
        target = max(earlier, key=lambda m: m.span.start)
        index.add_words(
            doc,
            (lefts[0].i, tok.i),
            doc_id,
            code=target.code,
            kind="group",
            confidence=0.8,
        )


def _people_pair(index: ActorIndex, before: int) -> tuple[str, ...] | None:
    seen: list[str] = []
    for m in sorted(index.mentions, key=lambda m: -m.span.start):
        if m.kind == "person" and m.span.start < before and m.code not in seen:
            seen.append(m.code)
    entities = {c.split(".")[0] for c in seen[:2]}
    return tuple(reversed(seen[:2])) if len(entities) == 2 else None


def add_pronouns(doc: Doc, index: ActorIndex, doc_id: str, which: set[str]) -> None:
    view = token_view(doc)
    for i, lower in enumerate(view.lower):
        if lower not in which or i in index.by_token or view.tag[i] not in {"PRP", "PRP$"}:
            continue
        tok = doc[i]
        low = tok.lower_
        target = _object_of_first_act(index, view, i)
        if target is None and low in PERSON_PRONOUNS:
            target = _last_person_before(index, tok)
        elif target is None and low in PLURAL_PRONOUNS:
            target = _last_plural_before(index, tok)
        elif target is None and low == "its" and tok.head.pos_ == "NOUN":
            target = _clause_subject_state(index, tok) or _last_state_before(index, tok)
        if target is None:
            continue
        index.add_words(
            doc,
            (tok.i, tok.i),
            doc_id,
            code=target.code,
            kind="pronoun",
            confidence=min(0.85, target.confidence),
            members=target.members,
            name=target.name,
        )


def _object_of_first_act(index: ActorIndex, view: TokenView, i: int) -> Mention | None:
    """ "detained a Japanese fishing boat and its crew, then released them": an object pronoun of an act
    coordinated with an earlier one stands for that act's object (never for their shared subject)."""
    verb = view.head[i]
    first = view.head[verb]
    if view.lower[i] not in OBJECT_PRONOUNS or view.dep[i] != "dobj" or first == verb:
        return None
    if view.dep[verb] not in {"conj", "dep"} or view.pos[first] not in {"VERB", "AUX"}:
        return None
    for obj in view.children[first]:
        if view.dep[obj] == "dobj":
            return next(filter(None, map(index.at, view.subtree(obj))), None)
    return None


def add_it_references(doc: Doc, index: ActorIndex, doc_id: str) -> None:
    """ "it" for an institution or a state named before: the subject of a verb coordinated with another
    is that verb's subject ("Ethiopia's foreign ministry said ..., and it charged that Asmara ..."); the
    object asked or accused of an act ("urged it to reverse course", "accused it of ...") is the last
    state named before it other than the clause's subject. Run after the speakers' pronouns, since the
    first subject may itself be a resolved "it"."""
    view = token_view(doc)
    for i, lower in enumerate(view.lower):
        if lower != "it" or i in index.by_token:
            continue
        head = view.head[i]
        m: Mention | None = None
        if view.dep[i] == "nsubj" and view.dep[head] == "conj":
            first = view.head[head]
            subjects = [c for c in view.children[first] if view.dep[c] == "nsubj" and c < i]
            m = index.at(subjects[0]) if subjects else None
            if m is not None and (m.kind == "person" or m.members):
                m = None
        elif view.dep[i] == "dobj" and _asks_of_its_object(view, head):
            subject = next((c for c in view.children[head] if view.dep[c] == "nsubj"), None)
            owner = index.at(subject) if subject is not None else None
            m = _last_state_before(index, doc[i], not_of=owner.entity if owner is not None else None)
        if m is None:
            continue
        index.add_words(doc, (i, i), doc_id, code=m.code, kind="pronoun", confidence=min(0.85, m.confidence))
    index.mentions.sort(key=lambda m: m.span.start)


def _asks_of_its_object(view: TokenView, verb: int) -> bool:
    """Whether a verb's object is asked or accused of an act: an infinitive after it ("urged it to
    reverse course") or "of" with a gerund ("accused it of arming rebels")."""
    for c in view.children[verb]:
        if view.dep[c] == "xcomp" and view.tag[c] == "VB":
            return True
        if (
            view.dep[c] == "prep"
            and view.lower[c] == "of"
            and any(view.tag[g] == "VBG" for g in view.children[c])
        ):
            return True
    return False


# offices news names without their holder and then calls "he" or "she" ("The Secretary-General is
# appalled ... He condemns ...")
PERSON_OFFICES = ("secretary-general", "secretary general")


def _last_person_before(index: ActorIndex, tok: Token) -> Mention | None:
    """The latest person (or office, :data:`PERSON_OFFICES`) named before ``tok``, skipping people named
    later in the same sentence ("His previous talks with Putin": "His" is not Putin)."""
    later = {
        m.code
        for m in index.mentions
        if m.kind == "person" and tok.idx < m.span.start < sentence_of(tok).end_char
    }
    subject = _own_subject_chars(tok)
    the_subject = {m.name for m in index.mentions if m.span.start in subject and m.name}
    earlier = [
        m
        for m in index.mentions
        if m.span.start < tok.idx
        and m.span.start not in subject
        and not (m.kind == "pronoun" and m.name in the_subject)  # "declared him ..., calling him ..."
        and ((m.kind in {"person", "pronoun"} and m.name) or m.text.lower().endswith(PERSON_OFFICES))
    ]
    for m in sorted(earlier, key=lambda m: -m.span.start):
        if m.code not in later:
            return m
    return None


def _last_plural_before(index: ActorIndex, tok: Token) -> Mention | None:
    """ "they" -> the latest group, plural role phrase ("instructors", "the two leaders") or coordination
    of states ("Mali, Burkina Faso and Niger said they ...") in this or the previous sentence."""
    doc = tok.doc

    def plural(m: Mention) -> bool:
        head = doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
        plural_role = head is not None and m.kind == "role" and head.root.tag_ in {"NNS", "NNPS"}
        return m.kind == "group" or plural_role

    subject = _own_subject_chars(tok)
    best = index.latest_before(tok, 1, lambda m: plural(m) and m.span.start not in subject)
    coordination = _latest_argument_coordination(index, tok)
    if coordination is not None and (best is None or coordination.span.start > best.span.start):
        return coordination
    return best


def _latest_argument_coordination(
    index: ActorIndex, tok: Token, size: int | None = None, *, not_acting: bool = False
) -> Mention | None:
    """The latest clause argument before ``tok``, in this or the previous sentence, that names several
    states (exactly ``size`` when given), as a group: "Mali and its Sahel allies Burkina Faso and Niger".
    A count of three or more ("the three juntas") is looked for from the start of the text: so many states
    named together stay the group a later sentence counts. ``not_acting``: not the subjects of the clause
    ``tok`` is an object of ("Qatar and Turkey urged both sides ...")."""
    doc = tok.doc
    start = 0 if size is not None and size >= 3 else sentences_back(tok, 1)
    acting = _acting_subjects(tok) if not_acting else set()
    dep = token_view(doc).dep
    for i in range(tok.i - 1, start - 1, -1):
        if dep[i] not in {"nsubj", "nsubjpass", "dobj", "pobj"} or i in acting:
            continue  # read from the view: a token is built for an argument only
        arg = doc[i]
        if not_acting and _aside_of(arg, tok):
            continue  # "ECOWAS, which Burkina Faso quit along with Mali and Niger, urged both governments"
        states = _states_coordinated_at(index, arg)
        if len(states) >= 2 and (size is None or len(states) == size):
            first = index.at(arg.i)
            span = first.span if first is not None else Span(arg.idx, arg.idx + len(arg.text))
            return Mention(span, arg.text, states[0], "group", 0.8, members=states)
    return None


def _domestic_sides(index: ActorIndex, tok: Token) -> tuple[str, str] | None:
    """The two sides of a conflict inside one state, coordinated in this or the previous sentence
    ("clashes between Libyan government forces and militia fighters ... urged both sides"): two actors of
    one state with different roles."""
    doc = tok.doc
    for i in range(tok.i - 1, sentences_back(tok, 1) - 1, -1):
        first = index.at(i)
        if first is None or first.kind != "role":
            continue
        for conj in doc[i].children:
            other = index.at(conj.i) if conj.dep_ == "conj" else None
            if other is not None and other.entity == first.entity and other.code != first.code:
                return first.code, other.code
    return None


def _aside_of(arg: Token, tok: Token) -> bool:
    """Whether ``arg`` sits in a relative clause of the subject of the clause ``tok`` is in: an aside
    about the actor, not the parties the clause goes on to name."""
    view = token_view(arg.doc)
    head, dep = view.head, view.dep
    cur = arg.i
    while head[cur] != cur:
        if dep[cur] == "relcl":
            owner = head[cur]
            return dep[owner] in {"nsubj", "nsubjpass"} and head[owner] == view.head[tok.i]
        cur = head[cur]
    return False


def _own_subject_chars(tok: Token) -> range:
    """Where the subject of the clause an object pronoun is in stands (as character offsets): "Rubio
    declared him persona non grata, calling him ...": "him" is not Rubio. Empty for other pronouns."""
    if tok.lower_ not in OBJECT_PRONOUNS or tok.tag_ != "PRP":
        return range(0)
    verb = tok.head.head if tok.dep_ == "nsubj" else tok.head  # the parser's "him persona non grata"
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    subjects = [c.i for c in verb.children if c.dep_ == "nsubj"]
    while not subjects and verb.dep_ in {"xcomp", "conj", "advcl"} and verb.head.i != verb.i:
        verb = verb.head  # "calling him a politician": the subject of the verb the participle hangs on
        subjects = [c.i for c in verb.children if c.dep_ == "nsubj"]
    if not subjects:
        return range(0)
    first = min(tok.doc[s].left_edge.i for s in subjects)
    last = max(tok.doc[s].right_edge.i for s in subjects)
    return range(tok.doc[first].idx, tok.doc[last].idx + len(tok.doc[last]))


def _acting_subjects(tok: Token) -> set[int]:
    """The subjects of the clause ``tok`` is an object in: "Qatar and Turkey urged both sides to ..." are
    not the sides they urge."""
    verb = tok.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    while verb.dep_ in {"xcomp", "conj"} and verb.head.i != verb.i:
        verb = verb.head
    return {c.i for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}} if tok.i > verb.i else set()


def _states_coordinated_at(index: ActorIndex, head: Token) -> tuple[str, ...]:
    """The states named by a coordination and its appositions, in text order."""
    named: dict[str, int] = {}
    stack = [head]
    while stack:
        t = stack.pop()
        m = index.at(t.i)
        if m is not None and m.kind in STATE_KINDS and not m.members:
            named.setdefault(m.entity, m.span.start)
        stack.extend(c for c in t.children if c.dep_ in {"conj", "appos", "compound"})
    return tuple(sorted(named, key=named.__getitem__))


def _clause_subject_state(index: ActorIndex, tok: Token) -> Mention | None:
    """ "its" is the state that is the subject of its sentence ("The CAR, in turn, supports Russia, with its
    representatives ..."); "its" on a clause's object is its clause's subject, or that of the clause it
    is coordinated with ("Algeria recalled its envoys from Bamako and Niamey and closed its airspace") or
    whose open clause it is ("as North Korea continues to expand its missile programs"). In
    "North Korea fired a missile toward South Korea, its state media said" the reported clause before the
    pronoun holds the subject."""
    root = sentence_of(tok).root
    clauses = [root, *(c for c in root.children if c.dep_ == "ccomp" and c.i < tok.i)]
    if tok.head.dep_ == "dobj":  # not "the CAR thanked Russia for its help"
        clauses = [tok.head.head]
        while clauses[-1].dep_ in {"conj", "xcomp", "advcl"} and clauses[-1].head.i != clauses[-1].i:
            clauses.append(clauses[-1].head)
        clauses.append(sentence_of(tok).root)
    for clause in clauses:
        for child in clause.children:
            if child.dep_ == "nsubj" and child.i < tok.i:
                m = index.at(child.i)
                if m is not None and m.kind in {"country", "capital", "demonym", "group"} and not m.members:
                    return Mention(m.span, m.text, m.entity, "country", m.confidence)
    return None


def _last_state_before(index: ActorIndex, tok: Token, not_of: str | None = None) -> Mention | None:
    best: Mention | None = None
    for m in index.mentions:
        later = best is None or m.span.start > best.span.start
        if (
            m.kind in {"country", "capital", "demonym"}
            and m.span.end <= tok.idx
            and later
            and m.entity != not_of
        ):
            best = m
    if best is None:
        return None
    return Mention(best.span, best.text, best.entity, "country", best.confidence)
