"""Role phrases: nouns naming a role ("government", "instructors", "officers") resolved to the state,
city or organisation they belong to.

The state comes from a modifier ("the CAR government", "Russian instructors", "Russia's army"), a place
phrase ("officers in the CAR", "police in Chengdu"), a city or region before the noun ("Shanghai police"),
a coordinated partner, the state that sends them ("Russia sent instructors"), the dateline's state for a
bare institution ("the government"), or the clause ("police arrested protesters in Tbilisi"; a crowd takes
the state of the place it is in, :mod:`bilat.actors.locate`). Confidences are listed in
:mod:`bilat.actors.resolve`.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from bilat.actors.locate import city_state, crowd_state, crowd_verb, located_state
from bilat.model import Mention, Span
from bilat.nlp import TokenView, entity_at, token_view
from bilat.places import PlaceResolver, default_places

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from bilat.actors.gazetteer import Gazetteer
    from bilat.actors.resolve import ActorIndex


def add_role_phrases(
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
    view = token_view(doc)
    for i, pos in enumerate(view.pos):
        if pos not in {"NOUN", "PROPN"} or i in index.by_token:
            continue
        role = _role_of_noun(view, i, gazetteer)
        if role is None:
            continue
        tok = doc[i]
        role = _counterpart_role(tok, index) or role
        country, first = _modifier_country(tok, index)
        if country is None:
            country, first = _place_country(doc, tok, index, places)
        if country is None and _stays_home(tok, role) and (country := located_state(tok, index)) is not None:
            first = tok.i  # "police in Chengdu"; not "the ambassador in Beijing", "troops in Kherson"
        if country is None:
            if not (tok.tag_ == "NNS" and any(c.lower_ in {"two", "both"} for c in tok.lefts)):
                pending.append((tok, role))  # "both governments" is a group: see add_groups
            continue
        # "Yoruba leaders", "ethnic Albanian guerrillas in Macedonia"; not "the Amhara regional government"
        if _names_a_people(doc, index, first) and tok.lemma_.lower() not in HOME_INSTITUTIONS:
            role = PEOPLES_ROLES.get(role, role)
            country = _placed_in(tok, index) or country
        states = _coordinated_states(tok, index)
        if not states and tok.dep_ == "conj" and tok.head.pos_ == "NOUN":
            states = _coordinated_states(tok.head, index)  # "lawmakers and officials in X and Y"
        members = tuple(f"{s}.{role}" for s in states) if country in states and len(states) > 1 else ()
        owner = index.at(first)
        if not members and owner is not None and owner.kind == "group" and len(owner.members) > 1:
            members = tuple(f"{m.split('.')[0]}.{role}" for m in owner.members)  # "whose representatives"
        role = _followers_role(tok, role, index)
        code = _led_institution(tok, role, index) or _with_role(country, role, organs)
        _add_role_mention(doc, index, tok, first, code, doc_id, 0.9, members)
    for tok, role in pending:
        partner = _coordinated_partner(tok, index)
        if (named := _named_before(tok, index)) is not None:
            # "two Kenyan journalists were held ... The journalists were arrested": the same people
            _add_role_mention(doc, index, tok, tok.i, named.code, doc_id, 0.8, named.members)
        elif partner is not None:  # "lawmakers and officials in Kenya and Uganda": each state's officials
            members = tuple(f"{m.split('.', 1)[0]}.{role}" for m in partner.members)
            code = _with_role(partner.entity, role, organs)
            _add_role_mention(doc, index, tok, tok.i, code, doc_id, 0.8, members)
        elif (sender := _sender_country(tok, index)) is not None:
            _add_role_mention(doc, index, tok, tok.i, _with_role(sender, role, organs), doc_id, 0.8)
        elif home is not None and _definite_bare(tok):
            _add_role_mention(doc, index, tok, tok.i, f"{home}.{role}", doc_id, 0.7)
        elif (state := _clause_state(tok, role, index) or _crowd_state(tok, role, index)) is not None:
            _add_role_mention(doc, index, tok, tok.i, f"{state}.{role}", doc_id, 0.75)
        elif home is not None and _home_crowd(tok, role):
            # "Dozens of students marched to the U.S. embassy" in a story from Panama City: Panamanians
            _add_role_mention(doc, index, tok, tok.i, f"{home}.{role}", doc_id, 0.65)


def _named_before(tok: Token, index: ActorIndex) -> Mention | None:
    """The latest role mention with the same noun in this or the two sentences before, for a bare
    definite role noun ("the journalists" after "two Kenyan journalists")."""
    if [c.lower_ for c in tok.lefts] != ["the"]:
        return None
    noun = tok.lower_
    return index.latest_before(tok, 2, lambda m: m.kind == "role" and m.text.split()[-1].lower() == noun)


def _followers_role(tok: Token, role: str, index: ActorIndex) -> str:
    """OPP for the followers of a former leader or of an opposition figure ("supporters of former
    President X"), else the role as read."""
    if tok.lemma_.lower() not in FOLLOWERS:
        return role
    for prep in (c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of"):
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            m = index.at(obj.i)
            former = any(t.lower_ in {"former", "ousted", "deposed", "exiled"} for t in obj.subtree)
            if m is not None and m.kind == "person" and (former or m.role == "OPP"):
                return "OPP"
    return role


def _names_a_people(doc: Doc, index: ActorIndex, i: int) -> bool:
    """Whether the modifier at ``i`` names a people, not a state: an ethnic group ("Yoruba") or a demonym
    after "ethnic" ("ethnic Albanian")."""
    m = index.at(i)
    if m is None:
        return False
    return m.kind == "ethnic" or (
        m.kind == "demonym" and any(t.lower_ == "ethnic" for t in doc[max(0, i - 2) : i])
    )


def _placed_in(tok: Token, index: ActorIndex) -> str | None:
    """The state a place phrase of a role noun names, or of a verb that describes it ("guerrillas operating
    in Macedonia", "Uighur activists in Turkey")."""
    for holder in (tok, *(c for c in tok.children if c.dep_ == "acl")):
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ not in PLACE_PREPS:
                continue
            for obj in prep.children:
                m = index.at(obj.i)
                state = m.entity if m is not None and m.kind in {"country", "capital"} else city_state(obj)
                if obj.dep_ == "pobj" and state is not None:
                    return state
    return None


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
    """A state's people in a role; an organisation's are the organisation. A role noun counted of people
    who have one ("a contingent of Bangladeshi peacekeepers") takes the state, not the role twice."""
    state = entity.split(".", 1)[0]
    return entity if state in organisations else f"{state}.{role}"


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
        ent = entity_at(doc, child.i)
        if ent is None or any(i in index.by_token for i in range(ent.start, ent.end)):
            continue
        words = [t.text for t in ent if t.tag_ != "POS" and t.lower_ != "the"]
        suffixed = len(words) > 1 and words[-1].lower() in PLACE_SUFFIXES
        if suffixed:
            words = words[:-1]
        elif ent.label_ == "ORG":  # an organisation named after a city is no place
            continue
        place = places.resolve(" ".join(words))
        if place is not None and place.country and places.by_own_name(" ".join(words)):
            return place.country, ent.start
    return None, tok.i


HOME_INSTITUTIONS = {
    "government", "authorities", "police", "army", "military", "junta", "ministry", "cabinet", "parliament",
    "presidency", "regime", "administration", "court", "prosecutor", "security",
}  # fmt: skip


def _definite_bare(tok: Token) -> bool:
    """ "the government", "the interior ministry", "police", "riot police": an institution with no state
    named, so the dateline's state."""
    if tok.lemma_.lower() not in HOME_INSTITUTIONS:
        return False
    lefts = list(tok.lefts)
    if not lefts or all(c.dep_ in {"amod", "compound"} for c in lefts):  # "police", "riot police"
        return tok.lower_ in {"police", "authorities"}
    return any(c.lower_ == "the" for c in lefts) and all(
        c.dep_ in {"det", "amod", "compound"} and c.lower_ not in {"a", "an"} for c in lefts
    )


PEOPLE_ROLES = {"CVL", "EDU"}  # roles of a population, which names no actor as a modifier of a thing


def _role_of_noun(view: TokenView, i: int, gazetteer: Gazetteer) -> str | None:
    """The role of the noun at ``i`` with the modifiers before it, longest first: "coast guard vessels"
    (whose "coast" modifies "guard"), "defence minister", "minister". None at once when none of these
    words is a word of any role phrase (most nouns)."""
    stack = [c for c in view.lefts(i) if view.dep[c] in {"compound", "amod"}]
    if not stack and not gazetteer.may_name_role(view.text[i]):
        return None  # a noun without modifiers that is no role word
    chain: list[int] = []
    while stack:
        c = stack.pop()
        chain.append(c)
        stack += [k for k in view.lefts(c) if view.dep[k] == "compound"]
    words = [view.text[k] for k in sorted(chain) if not view.ent_id[k]]
    if not any(map(gazetteer.may_name_role, [*words, view.text[i]])):
        return None
    for size in range(len(words), -1, -1):
        role = gazetteer.role(" ".join([*words[len(words) - size :], view.text[i]]))
        if role is not None:
            # "coast guard vessels" are the coast guard's; "Italy's migrant deal" is no people
            people_modifier = role in PEOPLE_ROLES and not gazetteer.may_name_role(view.text[i])
            return None if people_modifier else role
    return None


def _modifier_country(tok: Token, index: ActorIndex) -> tuple[str | None, int]:
    """The state a role noun belongs to. A named state wins over a possessive pronoun ("his ASEAN
    counterparts" are ASEAN's), and a counterpart is never the possessor's. Forces a state leads are its
    own ("Saudi-led forces"), not forces it backs or trains. A leader's government is the leader's state's
    ("the Bush administration", "the government of President X"), and so are a person's followers
    ("supporters of President X"; not in apposition: "Russia, a supporter of Assad")."""
    lemma = tok.lemma_.lower()
    led_by_person = lemma in LEADERS_INSTITUTIONS or (
        lemma in FOLLOWERS and tok.dep_ not in {"appos", "attr"}
    )
    lefts = sorted(tok.lefts, key=lambda c: c.dep_ == "poss" and c.tag_ == "PRP$")
    for child in lefts:
        if child.dep_ in {"compound", "amod", "poss", "nmod"}:
            m = index.at(child.i)
            own = m is not None and m.kind == "pronoun" and tok.lemma_.lower() == "counterpart"
            if m is not None and (m.kind != "person" or led_by_person) and not own:
                return _owner(m), child.i
            deps = {"amod", "compound", "nmod"} | ({"npadvmod"} if child.lemma_.lower() == "lead" else set())
            for grandchild in child.lefts:
                m = index.at(grandchild.i)
                if m is not None and m.kind != "person" and grandchild.dep_ in deps:
                    return _owner(m), grandchild.i
    for k in range(tok.left_edge.i, tok.i):  # "Chinese Xian H-6K bombers": deeper in the modifiers
        m = index.at(k)
        if m is not None and m.kind in {"country", "demonym"} and _modifies(tok.doc[k], tok):
            return m.entity, k
    preps = {"of", "from"} | (set() if tok.lemma_.lower() in ABROAD else PLACE_PREPS)  # "the envoy in Kabul"
    if tok.lemma_.lower() in SPEAKERS:  # "a spokesperson for the UN Secretary-General"
        preps.add("for")
    for child in tok.rights:
        if child.dep_ == "prep" and child.lower_ in preps:
            for obj in child.children:
                m = index.at(obj.i)
                person = child.lower_ == "for" or (led_by_person and child.lower_ == "of")
                if m is not None and obj.dep_ == "pobj" and (m.kind != "person" or person):
                    return _owner(m), tok.i
                state = _place_modifier_state(obj, index) if m is None and obj.dep_ == "pobj" else None
                if state is None and m is None and child.lower_ == "of" and obj.tag_ == "NNS":
                    state = _modifier_country(obj, index)[0]  # "a contingent of Bangladeshi troops"
                if state is not None:
                    return state, tok.i
    for acl in tok.children:  # "a group based in Trinidad", "a firm headquartered in Seoul"
        if acl.dep_ == "acl" and acl.lemma_.lower() in BASED_VERBS:
            for obj in (
                o for p in acl.children if p.dep_ == "prep" and p.lower_ in {"in", "at"} for o in p.children
            ):
                m = index.at(obj.i)
                state = m.entity if m is not None and m.kind in {"country", "capital"} else city_state(obj)
                if state is not None:
                    return state, tok.i
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


PEOPLES_ROLES = {
    "HOS": "CVL",
    "HOG": "CVL",
    "GOV": "CVL",
    "LEG": "CVL",
    "JUD": "CVL",
    "COP": "CVL",
    "MIL": "REB",
}
"""A people holds no office of its state: "Yoruba leaders" are civilians, "Rakhine fighters" rebels; the
institutions of a region named after a people stay the state's ("the Amhara regional government")."""
LEADERS_INSTITUTIONS = {"government", "administration", "regime", "cabinet", "junta", "presidency"}
FOLLOWERS = {"supporter", "loyalist", "follower"}
"""A person's followers are of the person's state: civilians, or the opposition when the person is a
former leader or an opposition figure ("supporters of former President X")."""
BASED_VERBS = {"base", "headquarter", "headquartered"}
SPEAKERS = {"spokesperson", "spokesman", "spokeswoman", "spokespeople", "spokesmen", "spokeswomen"}


TOWN_NOUNS = PLACE_SUFFIXES | {"town", "village", "port", "capital", "enclave", "camp", "area"}


def _place_modifier_state(place: Token, index: ActorIndex) -> str | None:
    """The state that directly modifies a place ("the Syrian Golan Heights", "the Iraqi city of Mosul"),
    not one that occupies or controls it ("the Israeli-occupied West Bank": that state modifies the verb)."""
    named = place.ent_type_ in {"GPE", "LOC", "FAC"} or place.pos_ == "PROPN"
    if not named and place.lemma_.lower() not in TOWN_NOUNS:
        return None
    for mod in place.lefts:
        m = index.at(mod.i)
        if mod.dep_ in {"amod", "compound"} and m is not None and m.kind in {"country", "demonym"}:
            return m.entity
    return None


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
    modifiers = [c for c in tok.lefts if c.dep_ in {"amod", "compound", "nmod"}]
    heads = [[m] for m in modifiers]
    # "the Governments of the Democratic Republic of the Congo and Rwanda": the parser may give a
    # preposition both names as objects, or join the second name to the last word of the first
    heads += [
        [obj for obj in prep.children if obj.dep_ == "pobj"]
        for prep in tok.rights
        if prep.dep_ == "prep" and prep.lower_ in {"of", "in", "from"}
    ]
    for group in heads:
        # "lawmakers in Kenya and Uganda" parsed as "[lawmakers in Kenya] and Uganda": a state coordinated
        # with the role noun after its own place phrase belongs to that phrase
        stray = [c for head in group[:1] if head.dep_ == "pobj" for c in tok.conjuncts if c.i > head.i]
        inside = [
            c
            for head in group
            if (name := index.at(head.i)) is not None
            for t in head.subtree
            if index.at(t.i) is name
            for c in t.conjuncts
        ]
        named = [*group, *(c for head in group for c in head.conjuncts), *stray, *inside]
        states = _entities_named(index, named, lambda m: m.kind not in NOT_PLACES)
        if len(states) > 1:
            return states
    # "Indonesian and Papua New Guinean forces": the parser may hang each name on the noun, the "and"
    # on the first
    if any(c.dep_ == "cc" for modifier in modifiers for c in modifier.children):
        states = _entities_named(index, modifiers, lambda m: m.kind in {"country", "demonym"})
        if len(states) > 1:
            return states
    return []


NOT_PLACES = {"person", "pronoun", "group"}  # mentions that name no state of their own


def _entities_named(
    index: ActorIndex, tokens: Sequence[Token], accept: Callable[[Mention], bool]
) -> list[str]:
    """The distinct entities of the mentions ``accept`` takes at ``tokens``, in their order."""
    states: list[str] = []
    for tok in tokens:
        m = index.at(tok.i)
        if m is not None and accept(m) and m.entity not in states:
            states.append(m.entity)
    return states


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


def _stays_home(tok: Token, role: str) -> bool:
    """Whether a role noun's people act in their own state: not armed forces, nor a mission abroad."""
    return role not in ARMED_ROLES and tok.lemma_.lower() not in ABROAD


def _crowd_state(tok: Token, role: str, index: ActorIndex) -> str | None:
    """A crowd's state is the state of the place its clause happens in (see :mod:`bilat.actors.locate`)."""
    verb = crowd_verb(tok) if role == "CVL" else None
    return None if verb is None else crowd_state(verb, index)


def _home_crowd(tok: Token, role: str) -> bool:
    """A crowd of people the text gives no state, place or owner ("Dozens of students marched ..."),
    the subject (or counted subject) of its verb."""
    if role not in PEOPLE_ROLES or tok.tag_ != "NNS" or crowd_verb(tok) is None:
        return False
    if any(c.dep_ in {"poss", "det"} and c.lower_ != "the" for c in tok.children):
        return False  # "its students", "these students"
    # "students marched", "dozens of students marched"
    subject = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else tok
    return subject.dep_ in {"nsubj", "nsubjpass"}


def _coordinated_partner(tok: Token, index: ActorIndex) -> Mention | None:
    """The mention a role noun is coordinated with ("Russian diplomats and officials")."""
    partners = [tok.head] if tok.dep_ == "conj" else []
    partners += [c for c in tok.children if c.dep_ == "conj"]
    for p in partners:
        m = index.at(p.i)
        if m is not None and m.kind not in {"group", "pronoun"}:
            return m
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
    view, start = token_view(doc), min(first, head.i)
    tokens = [i for i in range(start, head.i + 1) if i not in index.by_token or i == first]
    mention = Mention(
        span=Span(view.idx[start], view.end_char(head.i), doc_id),
        text=view.span_text(start, head.i + 1),
        code=code,
        kind="role",
        confidence=confidence,
        members=members,
    )
    index.add(mention, [i for i in tokens if i not in index.by_token])
