"""Merge the reports of one event: headline values, conflicts side by side, flags.

Rules (documented in ``docs/linking.md``):

* single-valued categorical fields (country, region, city, venue, venue type, event
  type): the value most reports give; ties go to the more confident report, then
  to the alphabetically first value; the GeoNames id is the one most reports of the
  headline city carry;
* date: day-precise dates win over coarse ones; among them the most reported,
  ties to the earliest; ``end_date`` is the latest reported;
* size: ``size_min`` is the smallest reported lower bound and ``size_max`` the
  largest reported upper bound, so the range covers every report ("5-15");
* lists (participant groups, grievances, demands, targets, responses) are unions;
  ``none_reported`` is dropped when another response is reported; counts take the
  maximum; fatalities and injuries the maximum; flags are OR-ed.

Every field whose reports disagree is listed in ``conflicts`` (field -> value by
report id) and flagged ``conflict:<field>`` for analysts. Cities disagree when their
GeoNames ids differ (all reports carry one) or, failing that, their folded names.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from operator import attrgetter
from typing import Any

from protest_tracker.linking.places import city_key
from protest_tracker.linking.reports import Report
from protest_tracker.model import EventCandidate

SINGLE_FIELDS = ("country", "region", "city", "venue", "venue_type", "event_type")
CONFLICT_FIELDS = ("date", "end_date", "country", "region", "city", "venue_type", "event_type",
                   "size_min", "size_max", "fatalities", "injuries", "protester_violence",
                   "pro_government")
LIST_FIELDS = ("participant_groups", "grievance_categories", "demands", "targets",
               "target_categories", "state_response")
#: Size values further apart than this factor are flagged even though they were merged.
SIZE_CONFLICT_RATIO = 1.5


def _pick(values: list[tuple[Any, float]]) -> Any:
    """Most frequent value; ties to the highest confidence, then the smallest value."""
    if not values:
        return None
    counts = Counter(v for v, _ in values)
    best_conf: dict[Any, float] = {}
    for value, confidence in values:
        best_conf[value] = max(best_conf.get(value, 0.0), confidence)
    return min(counts, key=lambda v: (-counts[v], -best_conf[v], str(v)))


def _union(candidates: Sequence[EventCandidate], get: Callable[[EventCandidate], Sequence[str]]) -> list[str]:
    seen: set[str] = set()
    for c in candidates:
        seen.update(v for v in get(c) if v)
    return sorted(seen)


def _headline_date(reports: Sequence[Report]) -> tuple[str | None, str]:
    precise = [(r.candidate.date, r.candidate.confidence) for r in reports
               if r.candidate.date and (r.candidate.date_precision or "day") == "day"]
    if precise:
        counts = Counter(d for d, _ in precise)
        return min(counts, key=lambda d: (-counts[d], d)), "day"
    order = {"week": 0, "month": 1, "year": 2}
    coarse = sorted((order.get(r.candidate.date_precision, 3), r.candidate.date)
                     for r in reports if r.candidate.date)
    if not coarse:
        return None, "day"
    best = coarse[0]
    precision = {0: "week", 1: "month", 2: "year"}.get(best[0], "month")
    return best[1], precision


def _cities_differ(reports: Sequence[Report]) -> bool:
    """The reports name different settlements: by GeoNames id when every report with a city has
    one (spelling variants agree, namesakes differ), else by folded name."""
    first: dict[str, EventCandidate] = {}
    for r in reports:
        if r.candidate.city:
            first.setdefault(r.article_id, r.candidate)
    ids = {c.geonames_id for c in first.values()}
    if None not in ids:
        return len(ids) > 1
    return len({city_key(c.city) for c in first.values()}) > 1


def conflicts_of(reports: Sequence[Report]) -> dict[str, dict[str, Any]]:
    """Fields on which the reports disagree: field -> {article id: value} (non-null values only)."""
    conflicts: dict[str, dict[str, Any]] = {}
    for name in CONFLICT_FIELDS:
        by_report: dict[str, Any] = {}
        for r in reports:
            value = getattr(r.candidate, name)
            if value is None:
                continue
            by_report.setdefault(r.article_id, value)
        differ = _cities_differ(reports) if name == "city" else len({str(v) for v in by_report.values()}) > 1
        if differ:
            conflicts[name] = dict(sorted(by_report.items()))
    return conflicts


def _headline_geonames_id(cands: Sequence[EventCandidate], city: str | None) -> int | None:
    """The GeoNames id most reports of the headline city carry (``None`` when none does)."""
    key = city_key(city)
    return _pick([(c.geonames_id, c.confidence) for c in cands
                  if key and c.geonames_id and city_key(c.city) == key])


def merge_reports(reports: Sequence[Report]) -> tuple[EventCandidate, dict[str, dict[str, Any]], tuple[str, ...]]:
    """The headline candidate, the conflicts and the analyst flags of one cluster of reports."""
    if not reports:
        raise ValueError("an event needs at least one report")
    cands = [r.candidate for r in reports]
    single = {name: _pick([(getattr(c, name), c.confidence) for c in cands if getattr(c, name)])
              for name in SINGLE_FIELDS}
    date, precision = _headline_date(reports)
    ends = [c.end_date for c in cands if c.end_date]
    mins = [c.size_min for c in cands if c.size_min is not None]
    maxs = [size for c in cands if (size := c.size_max if c.size_max is not None else c.size_min) is not None]
    located = sorted((c for c in cands if c.latitude is not None and c.city == single["city"]),
                     key=lambda c: (c.geo_precision or 9, -c.confidence))
    lists = {name: _union(cands, attrgetter(name)) for name in LIST_FIELDS}
    if len(lists["state_response"]) > 1 and "none_reported" in lists["state_response"]:
        lists["state_response"].remove("none_reported")
    counts: dict[str, int] = {}
    for c in cands:
        for key, value in c.response_counts:
            counts[key] = max(counts.get(key, 0), value)
    best = max(cands, key=lambda c: (c.confidence, -cands.index(c)))
    conflicts = conflicts_of(reports)
    flags = {f for c in cands for f in c.flags}
    flags.update(f"conflict:{name}" for name in conflicts)
    if mins and maxs and max(maxs) > SIZE_CONFLICT_RATIO * max(1, min(mins)) and len(reports) > 1:
        flags.add("size_range_wide")
    confidence = min(0.99, max(c.confidence for c in cands) + 0.05 * (len({r.article_id for r in reports}) - 1))

    def most(name: str) -> int | None:
        values = [getattr(c, name) for c in cands if getattr(c, name) is not None]
        return max(values) if values else None

    headline = EventCandidate(
        date=date, date_precision=precision, end_date=max(ends) if ends else None,
        **single,
        latitude=located[0].latitude if located else None,
        longitude=located[0].longitude if located else None,
        geo_precision=located[0].geo_precision if located else None,
        geonames_id=_headline_geonames_id(cands, single["city"]),
        participants=best.participants or next((c.participants for c in cands if c.participants), None),
        participant_groups=tuple(lists["participant_groups"]),
        organisers=best.organisers or next((c.organisers for c in cands if c.organisers), None),
        size_min=min(mins) if mins else None, size_max=max(maxs) if maxs else None,
        size_text="; ".join(sorted({c.size_text for c in cands if c.size_text})) or None,
        grievance_categories=tuple(lists["grievance_categories"]), demands=tuple(lists["demands"]),
        targets=tuple(lists["targets"]), target_categories=tuple(lists["target_categories"]),
        state_response=tuple(lists["state_response"]), response_counts=tuple(sorted(counts.items())),
        protester_violence=any(c.protester_violence for c in cands),
        pro_government=any(c.pro_government for c in cands),
        aggregate=all(c.aggregate for c in cands),
        fatalities=most("fatalities"), injuries=most("injuries"),
        evidence=tuple(e for c in cands for e in c.evidence), confidence=confidence,
        flags=tuple(sorted(flags)),
    )
    return headline, conflicts, tuple(sorted(flags))
