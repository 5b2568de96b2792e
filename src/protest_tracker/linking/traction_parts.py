"""Building blocks of :mod:`protest_tracker.linking.traction`: event views, first appearances,
size trend and the weekly series."""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from protest_tracker.codebook import REPRESSIVE_RESPONSES

#: A change of the median size between the first and second half larger than this is a trend.
SIZE_TREND_CHANGE = 0.25
#: Fewer sized events than this and the trend is "unknown".
SIZE_TREND_MIN_EVENTS = 3
#: Multi-day events count at most this many active days (longer spans are aggregates in disguise).
MAX_SPAN_DAYS = 31


@dataclass(frozen=True, slots=True)
class EventView:
    """The fields of one event that traction needs."""

    event_id: str
    day: dt.date | None
    start: dt.date | None
    end: dt.date | None
    country: str | None
    city: str | None
    groups: tuple[str, ...]
    size: int | None
    responses: frozenset[str]
    aggregate: bool
    report_ids: tuple[str, ...]
    outlets: frozenset[str]
    languages: frozenset[str]
    #: For an aggregate: the last day it claims ("for 180 days" published on that day), when known.
    claimed_end: dt.date | None = None
    region: str | None = None
    fatalities: int | None = None
    #: Concession cues its reports carry: ``{"kind", "cue", "sentence", "report"}`` (see traction_criteria).
    concessions: tuple[dict[str, str], ...] = ()

    @property
    def first_day(self) -> dt.date:
        """Its start, for an event known to have one (the campaign's dated events and claims)."""
        if self.start is None:
            raise ValueError(f"event {self.event_id} has no start date")
        return self.start

    @property
    def area(self) -> str | None:
        """Its first-level area: the region, else the city (Almaty, Astana and Bishkek are regions of their own)."""
        return self.region or self.city

    def days(self) -> list[dt.date]:
        """The days this event was active (day-precision events only)."""
        if self.day is None:
            return []
        end = self.end if self.end and self.end >= self.day else self.day
        span = min((end - self.day).days, MAX_SPAN_DAYS - 1)
        return [self.day + dt.timedelta(days=i) for i in range(span + 1)]


def week_start(day: dt.date) -> dt.date:
    """The Monday of ``day``'s ISO week."""
    return day - dt.timedelta(days=day.weekday())


def first_seen(
    events: Sequence[EventView], *, key: Callable[[EventView], Iterable[tuple[Any, Any]]],
) -> list[tuple[tuple[Any, Any], dt.date, int]]:
    """For each key value: the date it first appears and in how many events; sorted by that date."""
    first: dict[tuple[Any, Any], dt.date] = {}
    counts: dict[tuple[Any, Any], int] = {}
    for event in events:
        for value in set(key(event)):
            if event.start and (value not in first or event.start < first[value]):
                first[value] = event.start
            counts[value] = counts.get(value, 0) + 1
    return sorted(((v, first[v], counts[v]) for v in first), key=lambda t: (t[1], str(t[0])))


def size_trend(events: Sequence[EventView]) -> dict[str, Any]:
    """Sizes over time: first, latest, median, max, least-squares slope per 30 days, direction."""
    sized = [(e.start, e.size) for e in events if e.start and e.size]
    result: dict[str, Any] = {"events_with_size": len(sized), "first": None, "latest": None,
                              "median": None, "max": None, "slope_per_30_days": None,
                              "first_half_median": None, "second_half_median": None,
                              "direction": "unknown"}
    if not sized:
        return result
    sizes = [s for _, s in sized]
    result.update(first=sizes[0], latest=sizes[-1], median=statistics.median(sizes), max=max(sizes))
    if len(sized) < SIZE_TREND_MIN_EVENTS:
        return result
    origin = sized[0][0]
    xs = [(d - origin).days for d, _ in sized]
    mean_x, mean_y = statistics.fmean(xs), statistics.fmean(sizes)
    var = sum((x - mean_x) ** 2 for x in xs)
    slope = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, sizes, strict=True)) / var if var else 0.0
    half = len(sizes) // 2
    early, late = statistics.median(sizes[:half]), statistics.median(sizes[-half:])
    change = (late - early) / early if early else 0.0
    direction = "growing" if change > SIZE_TREND_CHANGE else "shrinking" if change < -SIZE_TREND_CHANGE else "flat"
    result.update(slope_per_30_days=round(slope * 30, 3), first_half_median=early,
                  second_half_median=late, direction=direction)
    return result


def weekly_series(events: Sequence[EventView], *, first: dt.date | None, latest: dt.date | None) -> list[dict[str, Any]]:
    """One row per ISO week from the first to the latest event, empty weeks included."""
    if not first or not latest:
        return []
    rows: dict[dt.date, dict[str, Any]] = {}
    week = week_start(first)
    index = 0
    while week <= latest:
        rows[week] = {"week": week.isoformat(), "index": index, "events": 0, "active_days": 0,
                      "reports": 0, "outlets": 0, "new_cities": [], "cumulative_cities": 0,
                      "new_groups": [], "median_size": None, "repressive_events": 0}
        week += dt.timedelta(days=7)
        index += 1
    seen_cities: set[str] = set()
    seen_groups: set[str] = set()
    by_week: dict[dt.date, list[EventView]] = {}
    for event in events:
        by_week.setdefault(week_start(event.first_day), []).append(event)
    for week, row in rows.items():
        members = by_week.get(week, [])
        row["events"] = len(members)
        row["active_days"] = len({d for e in members for d in e.days() if week_start(d) == week})
        row["reports"] = len({r for e in members for r in e.report_ids})
        row["outlets"] = len({o for e in members for o in e.outlets})
        cities = sorted({e.city for e in members if e.city} - seen_cities)
        groups = sorted({g for e in members for g in e.groups} - seen_groups)
        seen_cities.update(cities)
        seen_groups.update(groups)
        row["new_cities"], row["new_groups"] = cities, groups
        row["cumulative_cities"] = len(seen_cities)
        sizes = [e.size for e in members if e.size]
        row["median_size"] = statistics.median(sizes) if sizes else None
        row["repressive_events"] = sum(1 for e in members if e.responses & REPRESSIVE_RESPONSES)
    return list(rows.values())
