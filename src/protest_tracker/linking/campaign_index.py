"""Blocking for campaign grouping: which open series a new event is compared with (no all-pairs).

Three kinds of block, each dropping a series once no later event can continue it from there:

* ``(country, grievance)`` — series active within :data:`MAX_GAP_DAYS` (the ordinary case);
* ``(country, city, grievance)`` — series whose memory is longer than :data:`MAX_GAP_DAYS`,
  kept for that memory (an established series bridges a long silence only in a city it has
  been in, with one of its core causes);
* ``(country, city)`` — series active within :data:`NEAR_DAYS` (an event of unknown cause
  continuing a protest in its town).

Events arrive in date order, so a dropped series can come back only by gaining a member, and
then it is registered again.
"""

from __future__ import annotations

from collections import defaultdict

from protest_tracker.linking.campaign_series import MAX_GAP_DAYS, NEAR_DAYS, Profile, Series

Key = tuple[str, ...]


class SeriesIndex:
    """Open series by blocking key (see the module docstring)."""

    def __init__(self) -> None:
        self._blocks: dict[Key, dict[int, Series]] = defaultdict(dict)
        self._keys: dict[int, set[Key]] = defaultdict(set)

    def options(self, p: Profile) -> list[Series]:
        """The series ``p`` may continue, closed ones dropped on the way."""
        found: dict[int, Series] = {}
        keys: list[Key] = [("grievance", p.country, g) for g in sorted(p.grievances)]
        if p.city:
            keys += [("place", p.country, p.city, g) for g in sorted(p.grievances)]
            keys.append(("city", p.country, p.city))
        for key in keys:
            block = self._blocks.get(key)
            if not block:
                continue
            day = p.days[0]
            if key[0] == "place":
                closed = [i for i, s in block.items() if day - s.last_day > s.memory]
            else:
                oldest = day - (MAX_GAP_DAYS if key[0] == "grievance" else NEAR_DAYS)
                closed = [i for i, s in block.items() if s.last_day < oldest]
            for ident in closed:
                del block[ident]
                self._keys[ident].discard(key)
            found.update(block)
        return list(found.values())

    def register(self, series: Series, p: Profile) -> None:
        """Index ``series`` after ``p`` joined it: under ``p``'s city and the series' grievances and,
        once its memory is longer than :data:`MAX_GAP_DAYS`, under each of its cities with each
        core grievance (a long silence is bridged only there)."""
        keys: list[Key] = [("grievance", p.country, g) for g in sorted(series.grievances)]
        if p.city:
            keys.append(("city", p.country, p.city))
        if series.memory > MAX_GAP_DAYS:
            grievances = sorted(series.cores["grievances"])
            keys += [("place", p.country, city, g) for city in sorted(series.cities) if city for g in grievances]
        ident = id(series)
        for key in keys:
            if key not in self._keys[ident]:
                self._keys[ident].add(key)
                self._blocks[key][ident] = series
