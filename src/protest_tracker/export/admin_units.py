"""ACLED's ``admin1`` / ``admin2`` for an event, from the shipped gazetteer (stdlib only).

The gazetteer (``data/gazetteer_places.tsv``, see docs/gazetteer.md) knows each settlement's
first-level unit. Lookup order: the event's own ``region``; the settlement by GeoNames id; the
settlement by name in its country; the nearest gazetteer settlement to the coordinates (same
country). Cities of republican significance (Almaty, Astana, Shymkent, Bishkek, …) have no
region in the gazetteer: they are their own ``admin1``. ``admin2`` is the settlement (its gazetteer name) of a
settlement-level event (a town's own administration, as ACLED codes towns; the shipped gazetteer
has no district names), empty for region-level events and for cities that are ``admin1``.
"""

from __future__ import annotations

import csv
import math
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

PLACES_FILE = "gazetteer_places.tsv"


@dataclass(frozen=True, slots=True)
class _Settlement:
    country: str
    city: str
    region: str
    latitude: float
    longitude: float
    population: int


def _fold(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(c for c in decomposed if c.isalnum())


@dataclass(frozen=True, slots=True)
class AdminIndex:
    """Settlements of the gazetteer by GeoNames id and by (country, folded name)."""

    by_geonames: dict[int, _Settlement]
    by_name: dict[tuple[str, str], _Settlement]
    settlements: tuple[_Settlement, ...]

    def settlement(self, record: dict[str, Any]) -> _Settlement | None:
        """The gazetteer settlement of ``record``: by GeoNames id, by name, then nearest to its point."""
        country = record.get("country") or ""
        geonames_id = record.get("geonames_id")
        if geonames_id and int(geonames_id) in self.by_geonames:
            return self.by_geonames[int(geonames_id)]
        if record.get("city") and (country, _fold(record["city"])) in self.by_name:
            return self.by_name[(country, _fold(record["city"]))]
        lat, lon = record.get("latitude"), record.get("longitude")
        if lat is None or lon is None:
            return None
        candidates = [s for s in self.settlements if s.country == country] or list(self.settlements)
        return min(candidates, key=lambda s: _distance_km(lat, lon, s.latitude, s.longitude), default=None)

    def admin_units(self, record: dict[str, Any]) -> tuple[str, str]:
        """``(admin1, admin2)`` of an event record (empty strings where nothing is known)."""
        admin1 = record.get("region") or ""
        if not admin1:
            found = self.settlement(record)
            admin1 = (found.region or found.city) if found else ""
        city = self.settlement_name(record)
        admin2 = city if city and city != admin1 else ""
        return admin1, admin2

    def settlement_name(self, record: dict[str, Any]) -> str:
        """The settlement's gazetteer name (by GeoNames id or name), else the record's city when it is
        written in Latin letters, else empty: an edited city in another script never reaches ACLED's
        English columns."""
        city = record.get("city") or ""
        if not city:
            return ""
        geonames_id = record.get("geonames_id")
        found = (self.by_geonames.get(int(geonames_id)) if geonames_id else None) or self.by_name.get(
            (record.get("country") or "", _fold(city)))
        if found:
            return found.city
        return city if all(c.isascii() or not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in city) else ""


def _distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 12742 * math.asin(math.sqrt(a))


@cache
def admin_index() -> AdminIndex:
    """The index over the shipped gazetteer (read once)."""
    text = resources.files("protest_tracker").joinpath("data", PLACES_FILE).read_text(encoding="utf-8")
    rows = csv.reader((line for line in text.splitlines() if line and not line.startswith("#")), delimiter="\t")
    by_geonames: dict[int, _Settlement] = {}
    by_name: dict[tuple[str, str], _Settlement] = {}
    settlements = []
    for row in rows:
        _id, kind, country, city, region, _code, lat, lon, _precision, geonames_id, population = row[:11]
        if kind != "city" or not city:
            continue
        place = _Settlement(country, city, region, float(lat), float(lon), int(population or 0))
        settlements.append(place)
        if geonames_id:
            by_geonames[int(geonames_id)] = place
        key = (country, _fold(city))
        if key not in by_name or by_name[key].population < place.population:
            by_name[key] = place
    return AdminIndex(by_geonames, by_name, tuple(settlements))
