"""How a governing verb recodes the act it governs: a promise or plan of an act is an expression of intent
(PLOVER AGREE, CAMEO 03x), and a threat to do it is a threat (THREATEN, CAMEO 13x).

A hostile act its source promises on a condition ("will cut gas supplies unless Chisinau pays"), or
announces of itself ("NATO said it would tighten the blockade"), is a threat too (:func:`is_threat`).

CAMEO's roots 03 and 13 mirror the acts they are about: "pledged to send aid" is 033 (intent to provide
aid) and "threatened to cut ties" is 1313 (threaten to reduce or break relations). The tables below give,
for a coded act, the code of the intent or the threat to do it; the most specific entry (longest code
prefix) wins.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

INTENT_CAMEO: Mapping[str, str] = MappingProxyType(
    {"CONSULT": "036", "SUPPORT": "032", "COOPERATE": "030", "AID": "033", "RETREAT": "035", "CONCEDE": "035"}
)
"""The CAMEO code of an expressed intent to do an act of each PLOVER type."""

INTENT_TYPES = frozenset(INTENT_CAMEO)

THREAT_CAMEO: Mapping[str, str] = MappingProxyType(
    {
        "14": "133",  # protest -> threaten with political dissent, protest
        "15": "138",  # mobilize forces -> threaten with military force
        "16": "131",  # reduce relations -> threaten non-force
        "161": "1313",  # reduce or break relations
        "162": "1311",  # reduce or stop aid
        "163": "1312",  # embargo, boycott, sanctions
        "164": "134",  # halt negotiations
        "165": "135",  # halt mediation
        "166": "136",  # expel or withdraw
        "17": "137",  # coerce -> threaten with repression
        "172": "132",  # administrative sanctions
        "1721": "1321",  # restrictions on political freedoms
        "1722": "1322",  # ban political parties or politicians
        "1723": "1323",  # curfew
        "1724": "1324",  # state of emergency or martial law
        "18": "138",  # assault -> threaten with military force
        "19": "138",  # fight
        "191": "1381",  # blockade
        "192": "1382",  # occupy territory
        "195": "1384",  # aerial weapons -> conventional attack
        "20": "1383",  # unconventional mass violence
        "204": "1385",  # weapons of mass destruction
    }
)
"""The CAMEO code of a threat to do an act, by the act's code prefix; other acts: 130."""


COERCIVE_TYPES = frozenset({"SANCTION", "COERCE", "ASSAULT", "MOBILIZE"})
"""Acts a party's own announcement of which is a threat ("said they would boycott all contact with X")."""
CONDITIONAL_THREAT_TYPES = COERCIVE_TYPES | {"REJECT", "PROTEST"}
"""Acts that, promised on a condition ("will impose sanctions if", "would boycott unless"), are a threat."""


def is_threat(plover: str, status: str, condition: str | None, voice: str) -> bool:
    """Whether a planned or hypothetical act is a threat to do it, as its source says it (``voice`` is not
    "other", a third party's forecast): a hostile act on a condition ("would strike back if attacked"), a
    withdrawal unless the other side complies ("will withdraw its force unless elections are held"), or
    a party's own announcement of a coercive act (``voice`` "own": "NATO said it would tighten the
    blockade")."""
    if status not in {"planned", "hypothetical"} or voice == "other":
        return False
    if condition is not None and plover in CONDITIONAL_THREAT_TYPES:
        return True
    if condition == "unless" and plover == "RETREAT":
        return True
    return voice == "own" and plover in COERCIVE_TYPES


def threat_code(act_cameo: str) -> str:
    """The CAMEO code of a threat to do the act coded ``act_cameo`` ("163" -> "1312", "190" -> "138")."""
    for size in range(len(act_cameo), 1, -1):
        code = THREAT_CAMEO.get(act_cameo[:size])
        if code is not None:
            return code
    return "130"
