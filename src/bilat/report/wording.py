"""How the dossier names things: actors, dates, amounts and verb phrases, in plain English.

Nothing here decides what to say (that is :mod:`bilat.report.dossier`); it only says it.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Mapping
from importlib import resources

from bilat.actors.gazetteer import default_gazetteer

_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
# names that read with "the" in running text
_THE = re.compile(
    r"^(?:United\b|Republic\b|Russian Federation|Holy See|European\b|African Union|Gulf\b|Netherlands|"
    r"Philippines|Bahamas|Gambia|Maldives|Comoros|Seychelles|Marshall Islands|Solomon Islands|UN\b|World\b|"
    r"International\b|Organization\b|Kremlin|Vatican)|(?:Republic|Islands|Emirates|Union|Council|Assembly|"
    r"Organization|Organisation|Bank|Fund|Alliance|Community|League)$"
)
_ROLES = {
    "HOS": "head of state",
    "HOG": "head of government",
    "GOV": "government",
    "MIL": "military",
    "COP": "police",
    "JUD": "judiciary",
    "LEG": "legislature",
    "OPP": "opposition",
    "REB": "rebels",
    "BUS": "businesses",
    "MED": "media",
    "EDU": "schools",
    "CVL": "civilians",
    "REF": "refugees",
    "SPY": "intelligence services",
    "PTY": "political parties",
    "NGO": "civil society",
    "IGO": "representatives",
}
_PRONOUNS = frozenset(
    {
        "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our", "my", "your",
        "him", "them", "us", "this", "that", "these", "those",
    }
)  # fmt: skip


def country(code: str) -> str:
    """The display name of an entity code ("RUS" -> "Russia", "CAF" -> "Central African Republic")."""
    return default_gazetteer().country_name(code.split(".", 1)[0])


def in_text(name: str) -> str:
    """A name as it reads inside a sentence: "the Central African Republic", "Russia"."""
    return f"the {name}" if _THE.search(name) else name


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def actor(code: str, text: str = "") -> str:
    """An event's actor in running text: a person's name with the country ("Vladimir Putin of Russia"),
    else the role as the text named it ("Ethiopia's foreign minister" -> "the foreign minister of
    Ethiopia"), else the role of the code ("the military of Russia"), else the country ("Russia")."""
    entity, _, role = code.partition(".")
    place = in_text(country(entity))
    if not role:
        return place
    if _looks_like_name(text, entity):
        return f"{text} of {place}"
    word = _role_words(text, entity) or _ROLES.get(role, role.lower())
    return f"the {word} of {place}"


def _role_words(text: str, entity: str) -> str | None:
    """The role phrase of ``text`` once its country words are gone ("Japan's prime minister" -> "prime
    minister", "the Philippine president" -> "president", "South Korea's foreign ministry" -> "foreign
    ministry"), when what is left is a known role phrase."""
    gazetteer = default_gazetteer()
    words = text.split()
    while words and words[0].lower() in ("the", "a", "an", "its", "their", "his", "her"):
        words = words[1:]
    for size in range(len(words) - 1, 0, -1):
        known = gazetteer.lookup(re.sub(r"['\u2019]s$", "", " ".join(words[:size])))
        if known is not None and known.kind != "person" and known.code.split(".")[0] == entity:
            words = words[size:]
            break
    phrase = " ".join(words).lower()
    if not phrase or gazetteer.role(phrase, whole=True) is None:
        return None
    return phrase


def _looks_like_name(text: str, entity: str) -> bool:
    """Whether ``text`` names a person: capitalised words that are not a pronoun, a country, a capital
    or an institution's metonym ("Washington", "the Kremlin")."""
    words = text.split()
    if not words or text.lower() in _PRONOUNS or text.lower().startswith("the "):
        return False
    if country(entity).lower() in text.lower():
        return False
    known = default_gazetteer().lookup(text)
    if known is not None and known.kind != "person":
        return False
    return all(word[:1].isupper() for word in words if word.lower() not in ("de", "al", "bin", "van", "von"))


def date_phrase(value: str | None, end_value: str | None = None) -> str:
    """A FORMAT.md date as an adverbial: "on 16 January 2025", "in November 2024", "in 2019", "by 2024",
    "since 2019", "from 15 to 17 January 2025"; empty when undated."""
    if not value:
        return ""
    if value.startswith(".."):
        return f"by {_point(value[2:])}"
    if value.endswith(".."):
        return f"since {_point(value[:-2])}"
    if "/" in value:
        value, end_value = value.split("/", 1)
    if end_value and end_value != value:
        start, end = _point(value), _point(end_value)
        same_month = re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) and value[:7] == end_value[:7]
        if same_month:
            return f"from {start.split()[0]} to {end}"
        return f"from {start} to {end}"
    preposition = "on" if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) else "in"
    if re.fullmatch(r"\d{4}-W\d{2}", value):
        return f"in week {int(value[6:])} of {value[:4]}"
    return f"{preposition} {_point(value)}"


def _point(value: str) -> str:
    parts = value.split("-")
    if len(parts) == 3 and all(p.isdigit() for p in parts):
        return f"{int(parts[2])} {_MONTHS[int(parts[1]) - 1]} {parts[0]}"
    if len(parts) == 2 and all(p.isdigit() for p in parts):
        return f"{_MONTHS[int(parts[1]) - 1]} {parts[0]}"
    return value


def amount(value: float, unit: str, scale_of: float | None = None) -> str:
    """A figure's value with its unit: "USD 6 million", "10,000 persons", "20%", "2 votes". With
    ``scale_of`` the scale word is the one of that value, so a series reads alike ("USD 0.9 million to
    USD 6 million")."""
    if unit == "percent":
        return f"{_number(value)}%"
    if unit == "percentage points":
        return f"{_number(value)} percentage points"
    scaled = _scaled(value, value if scale_of is None else scale_of)
    if re.fullmatch(r"[A-Z]{3}", unit):
        return f"{unit} {scaled}"
    return f"{scaled} {unit}".strip()


def _scaled(value: float, scale_of: float) -> str:
    for size, word in ((10**12, "trillion"), (10**9, "billion"), (10**6, "million")):
        if abs(scale_of) >= size:
            return f"{_number(round(value / size, 3))} {word}"
    return _number(value)


def _number(value: float) -> str:
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def listing(items: list[str]) -> str:
    """Items in a sentence: "a", "a and b", "a, b and c"; items that hold "and" themselves are set off by
    semicolons ("pigments and dyes; glass and glassware")."""
    if len(items) > 1 and any(" and " in item for item in items):
        return "; ".join(items)
    if len(items) <= 2:
        return " and ".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


@functools.cache
def _phrases() -> tuple[Mapping[str, tuple[str, str]], Mapping[str, tuple[str, str]]]:
    """The verb phrases by CAMEO code and by pattern id (``report/data/phrases.toml``)."""
    text = resources.files("bilat.report").joinpath("data", "phrases.toml").read_text(encoding="utf-8")
    tables = tomllib.loads(text)
    by_code, by_pattern = (
        {key: (str(forms[0]), str(forms[1])) for key, forms in tables.get(name, {}).items()}
        for name in ("phrases", "patterns")
    )
    return by_code, by_pattern


_PARTICIPLES = {"forgave": "forgiven", "fought": "fought", "showed": "shown"}


def verb_phrase(cameo_code: str, status: str, since: bool = False, pattern: str = "") -> str:
    """What an event of ``cameo_code`` (coded by ``pattern``) did, in the tense of its status ("provided
    military aid to", "planned to provide military aid to", "continues to ...", "might ..."); ``since``
    (the event is dated "since 2019") puts an occurred event in the perfect ("has provided military aid
    to"). A pattern with a phrase of its own says more than its code ("opened a school ... in")."""
    by_code, by_pattern = _phrases()
    past, base = by_pattern.get(pattern, ("", ""))
    for size in range(len(cameo_code), 1, -1):
        if past or cameo_code[:size] not in by_code:
            continue
        past, base = by_code[cameo_code[:size]]
    if not past:
        past, base = "interacted with", "interact with"
    if status == "planned" and not cameo_code.startswith("03"):  # an intent is already about the future
        return f"planned to {base}"
    if status == "ongoing":
        return f"continues to {base}"
    if status == "hypothetical":
        return f"might {base}"
    if since:
        verb, _, rest = past.partition(" ")
        return f"has {_PARTICIPLES.get(verb, verb)} {rest}".strip()
    return past
