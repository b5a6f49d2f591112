"""Where a crowd is: the state of the place a clause about people with no nationality happens in.

"Protesters set fire to the embassies in Congo's capital" are Congo's civilians, "hundreds of people
protested outside the Israeli consulate in Istanbul" Turkey's: a crowd takes the state of the place it is
in, not the state whose mission it targets. The place is a state or capital the document names, "X's
capital" / "the capital of X", or a city the offline gazetteer of places knows (GeoNames), reached through
the clause's place phrases ("in", "outside", "near", "at") and the place phrases of their objects
("outside the consulate in Istanbul").

A role is located the same way: "police in Chengdu", "the authorities in Kharkiv" are China's police and
Ukraine's authorities, a city or region of one state standing for that state's institution there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bilat.nlp import entity_at
from bilat.places import default_places

if TYPE_CHECKING:
    from spacy.tokens import Token

    from bilat.actors.resolve import ActorIndex

CROWD_PREPS = {"in", "inside", "outside", "near", "at", "across", "throughout"}
STATE_KINDS = {"country", "capital"}


def crowd_verb(tok: Token) -> Token | None:
    """The verb a crowd noun is an argument of: "protesters marched", "hundreds of people protested"
    (whose verb the parser may hang on the quantity noun as a clause of it)."""
    cur = tok
    for _ in range(6):
        if cur.pos_ in {"VERB", "AUX"}:
            return cur
        if cur.head.i == cur.i:
            break
        cur = cur.head
    return next((c for c in cur.children if c.dep_ in {"acl", "relcl"} and c.pos_ == "VERB"), None)


def crowd_state(verb: Token, index: ActorIndex) -> str | None:
    """The state of the first place the clause of ``verb`` happens in, or None. A place phrase of the
    verb ("in", "outside" ...) may name the state itself; the object of another phrase ("set fire to the
    embassies in Kinshasa") or the verb's object only through a place phrase of its own."""
    for arg in verb.children:
        if arg.dep_ == "dobj":
            if (state := _nested_state(arg, index, 1)) is not None:
                return state
        elif arg.dep_ == "prep":
            for obj in arg.children:
                if obj.dep_ != "pobj":
                    continue
                state = (
                    _place_state(obj, index, 0) if arg.lower_ in CROWD_PREPS else _nested_state(obj, index, 1)
                )
                if state is not None:
                    return state
    return None


def located_state(role_noun: Token, index: ActorIndex) -> str | None:
    """The state of the city or region an "in" phrase of a role noun names ("police in Chengdu"), by
    GeoNames; None for a place that is itself a mention (a state the gazetteer knows is the noun's
    modifier, not its place)."""
    for prep in role_noun.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and index.at(obj.i) is None and (state := city_state(obj)) is not None:
                return state
    return None


def city_state(tok: Token) -> str | None:
    """The state of the city or region a proper noun names, by its whole entity ("New Delhi")."""
    if tok.ent_type_ not in {"GPE", "LOC"} or tok.pos_ != "PROPN":
        return None
    ent = entity_at(tok.doc, tok.i)
    name = tok.text if ent is None else " ".join(t.text for t in ent if t.lower_ != "the")
    place = default_places().resolve(name)
    return place.country if place is not None and place.country else None


def _place_state(tok: Token, index: ActorIndex, depth: int) -> str | None:
    m = index.at(tok.i)
    if m is not None and m.kind in STATE_KINDS:
        return m.entity
    if m is None and tok.lemma_.lower() == "capital":  # "Congo's capital", "the capital of Congo"
        owners = [c for c in tok.children if c.dep_ == "poss"]
        owners += [o for p in tok.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
        for owner in owners:
            found = index.at(owner.i)
            if found is not None and found.kind == "country":
                return found.entity
    elif m is None and tok.ent_type_ == "GPE" and (state := city_state(tok)) is not None:
        return state
    return _nested_state(tok, index, depth + 1)


def _nested_state(tok: Token, index: ActorIndex, depth: int) -> str | None:
    """The state of a place phrase of ``tok`` ("the consulate in Istanbul", "parts of the embassies in
    Congo's capital"), two phrases deep at most."""
    if depth > 2:
        return None
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"in", "of"}:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            # "in" names the place; "of" only leads to one ("parts of the embassies in ..."), as "the
            # embassy of Rwanda" is not in Rwanda
            state = (
                _place_state(obj, index, depth)
                if prep.lower_ == "in"
                else _nested_state(obj, index, depth + 1)
            )
            if state is not None:
                return state
    return None
