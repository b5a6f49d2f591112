"""Word lists the event coder reads: nouns that name places, earlier events, quantities and crowds, the
prepositions that frame a nominal event, and the wrappers that decide rather than intend. Words, not
patterns: the patterns are in ``data/patterns.toml``."""

PLACE_NOUNS = {
    "town", "city", "village", "region", "province", "district", "area", "capital", "camp", "county",
    "neighbourhood", "neighborhood", "suburb", "territory", "municipality", "street", "square", "state",
}  # fmt: skip
# people an attack or a crackdown falls on without naming whose they are ("killing four people", "detained
# three young men", "fired on demonstrators"): the civilians of the state where it happens
PEOPLE_NOUNS = {
    "person", "people", "civilian", "protester", "protestor", "demonstrator", "resident", "villager",
    "inhabitant", "man", "woman", "child", "boy", "girl", "youth", "teenager", "family", "worshipper",
    "mourner", "passenger", "refugee", "student", "worker", "farmer", "fisherman", "pilgrim", "bystander",
    "crowd", "migrant", "shopper", "pedestrian", "motorist", "opponent", "dissident", "activist", "critic",
    "supporter", "suspect",
}  # fmt: skip
# where people live or gather, hit or razed with them ("demolished homes", "shelled a displacement camp",
# "fired shells at targets in Jericho")
STRUCK_PLACE_NOUNS = {
    "home", "house", "village", "town", "city", "neighbourhood", "neighborhood", "camp", "building",
    "school", "hospital", "market", "mosque", "church", "suburb", "dwelling", "shelter", "apartment",
    "target",
}  # fmt: skip
# prepositions that say where an act happened ("in southern Lebanon", "near Quneitra")
WHERE_PREPS = {"in", "at", "near", "outside", "inside", "across", "around", "throughout"}
DECISION_WRAPPERS = {"decide", "agree", "resolve", "commit", "undertake"}
# wrappers that say an act did not come about, which for an act one is asked to do is saying no to it
# ("failed to reach agreement", "failed to hand over the suspects")
FAILING_WRAPPERS = {"fail"}
NOUN_TYPES = {
    "sanction": ("SANCTION",), "measure": ("SANCTION",), "veto": ("REJECT",), "delivery": ("AID",),
    "aid": ("AID",), "supply": ("AID",), "accusation": ("ACCUSE",), "allegation": ("ACCUSE",),
    "criticism": ("ACCUSE",), "charge": ("ACCUSE",), "claim": ("ACCUSE",), "call": ("REQUEST",),
    "demand": ("REQUEST",), "request": ("REQUEST",), "appeal": ("REQUEST",), "attack": ("ASSAULT",),
    "strike": ("ASSAULT",), "airstrike": ("ASSAULT",), "offer": ("AGREE",), "pledge": ("AGREE",),
    "proposal": ("AGREE", "REQUEST"), "threat": ("THREATEN",), "warning": ("THREATEN",),
    "ultimatum": ("THREATEN",),
    "expulsion": ("SANCTION",), "ban": ("SANCTION",), "agreement": ("SUPPORT",), "deal": ("SUPPORT",),
    "launch": ("MOBILIZE", "ASSAULT"), "test": ("MOBILIZE",), "exercise": ("COOPERATE", "MOBILIZE"),
    "drill": ("COOPERATE", "MOBILIZE"), "drills": ("COOPERATE", "MOBILIZE"),
    "provocation": ("MOBILIZE", "ASSAULT", "THREATEN"), "aggression": ("ASSAULT",),
    "pressure": ("SANCTION", "THREATEN", "COERCE"), "shooting": ("ASSAULT",), "shelling": ("ASSAULT",),
    "bombing": ("ASSAULT",), "bombardment": ("ASSAULT",), "raid": ("ASSAULT",), "killing": ("ASSAULT",),
    "incursion": ("MOBILIZE", "ASSAULT"), "seizure": ("COERCE",), "detention": ("COERCE",),
    "arrest": ("COERCE",), "ruling": ("COERCE", "SANCTION"), "verdict": ("COERCE", "SANCTION"),
    "sentence": ("COERCE", "SANCTION"), "tariff": ("SANCTION",), "duty": ("SANCTION",), "curb": ("SANCTION",),
    "restriction": ("SANCTION",), "closure": ("SANCTION",), "talks": ("CONSULT",), "talk": ("CONSULT",),
    "negotiation": ("CONSULT",), "negotiations": ("CONSULT",), "dialogue": ("CONSULT",),
}  # fmt: skip
GENERIC_EVENT_NOUNS = {
    "decision", "move", "step", "action", "statement", "remark", "comment", "announcement", "resolution",
    "text",
}  # fmt: skip
# people who serve a state's body: "two men working for a U.S. intelligence agency", "spying for Russia"
SERVING_VERBS = {"work", "spy", "serve"}
# goods on their way to a state: "curbs on exports of magnets to India", "arms sales to Taiwan"
EXPORT_NOUNS = {"export", "exports", "sale", "sales", "shipment", "shipments", "delivery", "deliveries"}
# goods a state sends: "products imported from the EU", "steel shipped from Vietnam"
ORIGIN_VERBS = {"import", "make", "produce", "manufacture", "ship", "export", "originate", "source", "come"}
# "scrambled jets in response", "in retaliation": an act answering whoever acted before
RESPONSE_NOUNS = {"response", "retaliation", "reaction", "reply", "return"}
# the object is what is counted, measured or qualified: "fired dozens of shells", "delivered 700 kg of
# medicine", "launched ten days of war games", "lifted a state of emergency"
QUANTITY_NOUNS = {
    "dozen", "dozens", "hundreds", "thousands", "scores", "number", "series", "wave", "barrage", "salvo",
    "ton", "tonne", "kilogram", "kg", "worth", "consignment", "shipment", "batch", "part", "portion", "bulk",
    "day", "days", "week", "weeks", "state", "one", "some", "several", "contingent", "battalion", "group",
    "deployment",
}  # fmt: skip
COUNTED_PLURALS = {
    "millions",
    "billions",
}  # institutions a bare noun names, and their role: whose they are, the text must say otherwise
BARE_INSTITUTIONS = {"authority": "GOV", "authorities": "GOV", "police": "COP", "government": "GOV"}
# "millions of Israelis", "billions of dollars": the count of what follows
CROWD_NOUNS = {
    "thousand", "hundred", "million", "ten", "group", "crowd", "band", "contingent", "busload",
    # a body of a force stands for the force: "fired on a patrol of the U.N. peacekeeping force"
    "patrol", "convoy", "unit", "detachment", "column", "squad", "battalion", "brigade", "regiment",
}  # fmt: skip
# "in support of", "in favour of", "in solidarity with": a rally for someone
SUPPORT_NOUNS = {"support", "favour", "favor", "solidarity", "defence", "defense"}
# verbs whose object is a nominal event that takes place: "paid a visit", "completed the talks"
LIGHT_VERBS = {"pay", "make", "begin", "start", "conclude", "end", "complete", "finish", "carry", "launch"}
FRAMING_PREPS = {"during", "after", "before", "ahead", "on", "at", "for", "following", "amid", "in"}
NOT_ACTOR_NOUNS = {
    "language", "class", "lesson", "course", "literature", "speaker", "word", "name", "version",
}  # fmt: skip
# what kills or wounds in an attack whose author the text does not name ("a car bomb killed three")
ATTACK_NOUNS = {
    "bomb", "bombing", "explosion", "blast", "device", "ied", "mine", "landmine", "minefield", "attack",
    "strike", "airstrike", "shelling", "rocket", "missile", "shell", "grenade", "drone", "bomber", "ambush",
}  # fmt: skip
