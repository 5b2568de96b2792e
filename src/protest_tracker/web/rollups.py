"""Rollups of the event summary: small tables the dashboard reads when it has no fine filters.

The day-level summary has about one row per event (days × places × codes rarely repeat), so
at a million events even it is a million rows. :class:`SummaryStack` (month × country ×
verification × published × stacking × primary code) and :class:`SummaryPlace` (place ×
verification × published) hold a few thousand rows at any size. They are kept by *deltas*:
when :mod:`web.summary` recounts a bucket, the counts its old rows contributed are subtracted
and the new rows' added (``INSERT ... ON CONFLICT DO UPDATE``, the same SQL on SQLite and
PostgreSQL), in the same transaction.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from django.db.models import Max, Sum, Value
from django.db.models.functions import Coalesce

from protest_tracker.web import sql
from protest_tracker.web.aggregates import MonthStart, as_date
from protest_tracker.web.summary_models import (
    UNDATED,
    EventSummary,
    SummaryMap,
    SummaryPlace,
    SummaryStack,
)

#: Summary columns a rollup delta needs.
COLUMNS = ("day", "country", "region", "city", "latitude", "longitude", "event_type", "response", "grievance",
           "verification", "published", "events")
STACK_KEY = ("month", "country", "verification", "published", "stack", "code")
PLACE_KEY = ("country", "region", "city", "verification", "published")
MAP_KEY = ("country", "city", "latitude", "longitude", "verification", "published", "colour", "code")
#: map colour -> the summary column of its code.
COLOURS = {"response": "response", "type": "event_type"}
#: stacking -> the summary column of its primary code.
STACKS = {"response": "response", "grievance": "grievance", "type": "event_type"}


def _month(day) -> Any:
    return day.replace(day=1) if day else UNDATED


def contributions(rows: Iterable[dict[str, Any]]) -> tuple[Counter, Counter, Counter]:
    """What summary rows add to each rollup key (stacks, places, map points)."""
    stacks: Counter = Counter()
    places: Counter = Counter()
    points: Counter = Counter()
    for row in rows:
        if row["latitude"] is not None and row["longitude"] is not None:
            for colour, column in COLOURS.items():
                points[(row["country"], row["city"], row["latitude"], row["longitude"], row["verification"],
                        row["published"], colour, row[column])] += row["events"]
        month = _month(row["day"])
        for stack, column in STACKS.items():
            stacks[(month, row["country"], row["verification"], row["published"], stack, row[column])] += row["events"]
        places[(row["country"], row["region"], row["city"], row["verification"], row["published"])] += row["events"]
    return stacks, places, points


def apply_delta(old: Iterable[dict[str, Any]], new: Iterable[dict[str, Any]], *, using: str) -> None:
    """Move the rollups from counting ``old`` summary rows to counting ``new`` ones."""
    before, after = contributions(old), contributions(new)
    for model, key, was, now in zip((SummaryStack, SummaryPlace, SummaryMap), (STACK_KEY, PLACE_KEY, MAP_KEY),
                                    before, after, strict=True):
        delta = {k: now.get(k, 0) - was.get(k, 0) for k in was.keys() | now.keys()}
        sql.add_counts(model, key, {k: (v,) for k, v in delta.items()}, ("events",), using=using)
    _latest(before[2].keys() | after[2].keys(), using=using)


def _latest(points: Iterable[tuple], *, using: str) -> None:
    """Set the latest date of these map points from the summary (a removed event may have been the latest)."""
    for point in points:
        values = dict(zip(MAP_KEY, point, strict=True))
        colour, code = values.pop("colour"), values.pop("code")
        latest = (EventSummary.objects.using(using).filter(**values, **{COLOURS[colour]: code}, day__isnull=False)
                  .order_by("-day").values_list("day", flat=True).first())
        SummaryMap.objects.using(using).filter(**values, colour=colour, code=code).update(latest=latest)


def latest_in_step(*, using: str = "default") -> bool:
    """Whether every map point's latest date is the latest of its summary rows."""
    for colour, column in COLOURS.items():
        latest = {tuple(r[k] for k in MAP_KEY[:6]) + (r[column],): r["last"] for r in (
            EventSummary.objects.using(using).filter(latitude__isnull=False, longitude__isnull=False)
            .values(*MAP_KEY[:6], column).annotate(last=Max("day")).order_by())}
        stored = {tuple(r[k] for k in MAP_KEY[:6]) + (r["code"],): r["latest"] for r in (
            SummaryMap.objects.using(using).filter(colour=colour).values(*MAP_KEY[:6], "code", "latest"))}
        if {k: v and as_date(v) for k, v in latest.items()} != stored:
            return False
    return True


def rebuild(*, using: str = "default", summary_model=EventSummary, stack_model=SummaryStack,
            place_model=SummaryPlace, map_model=SummaryMap) -> None:
    """Recount the rollups from the summary (after :func:`web.summary.rebuild`)."""
    for model in (stack_model, place_model, map_model):
        model.objects.using(using).all().delete()
    rows = summary_model.objects.using(using).all()
    stacks = []
    for stack, column in STACKS.items():
        grouped = (rows.annotate(s_month=Coalesce(MonthStart("day"), Value(UNDATED)))
                   .values("s_month", "country", "verification", "published", column)
                   .annotate(n=Sum("events")).order_by())
        stacks += [stack_model(month=as_date(r["s_month"]), country=r["country"], verification=r["verification"],
                               published=r["published"], stack=stack, code=r[column], events=r["n"]) for r in grouped]
    stack_model.objects.using(using).bulk_create(stacks, batch_size=2000)
    places = rows.values(*PLACE_KEY).annotate(events=Sum("events")).order_by()
    place_model.objects.using(using).bulk_create([place_model(**r) for r in places], batch_size=2000)
    located = rows.filter(latitude__isnull=False, longitude__isnull=False)
    for colour, column in COLOURS.items():
        points = (located.values("country", "city", "latitude", "longitude", "verification", "published", column)
                  .annotate(n=Sum("events"), last=Max("day")).order_by())
        map_model.objects.using(using).bulk_create([_point(map_model, r, colour=colour, column=column) for r in points],
                                                   batch_size=2000)


def _point(model, row: dict[str, Any], *, colour: str, column: str):
    last, code, events = row.pop("last"), row.pop(column), row.pop("n")
    return model(colour=colour, code=code, events=events, latest=as_date(last) if last else None, **row)
