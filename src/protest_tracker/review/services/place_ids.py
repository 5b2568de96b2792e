"""The GeoNames id that follows an analyst's edit of an event's place.

Linking treats two events with the same GeoNames id as the same settlement, so an id
left over from the machine's reading after an analyst retyped the city would be stale.
After an edit of the city, region or country the id is recomputed from the shipped
gazetteer (:meth:`~protest_tracker.pipeline.places.gazetteer.Gazetteer.lookup`, any spelling or
inflected form the gazetteer knows): it is kept only when the name resolves to a
settlement of the event's country, and of its region when the event names one; in every
other case (a region name, an unknown village, a mismatch) it is cleared, so that linking
falls back to comparing names.
"""

from __future__ import annotations

from functools import lru_cache

from protest_tracker.linking.places import fold
from protest_tracker.pipeline.places.gazetteer import Gazetteer

#: Edits of these fields recompute the id.
PLACE_FIELDS = frozenset({"city", "region", "country"})


@lru_cache(maxsize=1)
def _gazetteer() -> Gazetteer:
    return Gazetteer.load()


def settlement_id(city: str | None, *, country: str | None, region: str | None = None) -> int | None:
    """The GeoNames id of the settlement ``city`` in ``country`` (and ``region``), or ``None``."""
    if not city or not city.strip() or not country:
        return None
    place = _gazetteer().lookup(city, country=country)
    if place is None or not place.city or place.geonameid is None:
        return None
    if region and place.region and not _same_region(fold(region), fold(place.region)):
        return None
    return place.geonameid


def _same_region(typed: str, known: str) -> bool:
    """``Mangystau`` and ``Mangystau Region`` name one region (folded, one a prefix of the other)."""
    return bool(typed) and (typed.startswith(known) or known.startswith(typed))
