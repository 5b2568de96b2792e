"""Counts computed in the database (GROUP BY), never by loading every event into Python."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from typing import Any

from django.db.models import Count, Max, Min, QuerySet
from django.db.models.functions import TruncWeek

from protest_tracker import codebook
from protest_tracker.web import palette
from protest_tracker.web.privacy import PublicPolicy

#: Which model field and vocabulary each timeline stacking uses.
STACKINGS = {
    "response": ("state_response", "state_responses"),
    "grievance": ("grievance_categories", "grievance_categories"),
    "type": ("event_type", "event_types"),
}
MAX_MAP_POINTS = 5000


def weekly_stacks(queryset: QuerySet, *, stack: str) -> dict[str, Any]:
    """Events per ISO week, stacked by each event's primary code; empty weeks included.

    Returns ``{"weeks": [date], "series": {code: [count per week]}, "legend": [...]}``.
    """
    field, vocabulary = STACKINGS[stack]
    rows = (queryset.filter(date__isnull=False).annotate(week=TruncWeek("date"))
            .values("week", field).annotate(n=Count("id")).order_by())
    counts: dict[dt.date, Counter] = defaultdict(Counter)
    for row in rows:
        week = row["week"].date() if isinstance(row["week"], dt.datetime) else row["week"]
        value = row[field]
        code = palette.primary_code(vocabulary, value if isinstance(value, list) else [value])
        counts[week][code] += row["n"]
    if not counts:
        return {"weeks": [], "series": {}, "legend": []}
    first, last = min(counts), max(counts)
    weeks = [first + dt.timedelta(days=7 * i) for i in range((last - first).days // 7 + 1)]
    legend = [item for item in palette.legend(vocabulary) if any(counts[w][item["code"]] for w in counts)]
    if any(counts[w][palette.NO_CODE] for w in counts):
        legend.append({"code": palette.NO_CODE, "label": "Not coded", "colour": palette.NO_CODE_COLOUR})
    series = {item["code"]: [counts[w][item["code"]] for w in weeks] for item in legend}
    return {"weeks": weeks, "series": series, "legend": legend}


def map_points(queryset: QuerySet, *, colour_by: str, policy: PublicPolicy) -> dict[str, Any]:
    """Events grouped by place and colour code, as GeoJSON points with a ``count`` each."""
    field, vocabulary = ("state_response", "state_responses") if colour_by == "response" else ("event_type", "event_types")
    rows = (queryset.filter(latitude__isnull=False, longitude__isnull=False)
            .values("latitude", "longitude", "city", "country", field)
            .annotate(n=Count("id"), latest=Max("date")).order_by("-n")[:MAX_MAP_POINTS])
    merged: dict[tuple, dict[str, Any]] = {}
    for row in rows:
        value = row[field]
        code = palette.primary_code(vocabulary, value if isinstance(value, list) else [value])
        lat, lon = policy.coordinate(row["latitude"]), policy.coordinate(row["longitude"])
        key = (lat, lon, row["city"], code)
        point = merged.setdefault(key, {"lat": lat, "lon": lon, "city": policy.text(row["city"]) or "",
                                        "country": row["country"], "code": code, "count": 0, "latest": None})
        point["count"] += row["n"]
        latest = row["latest"].isoformat() if row["latest"] else None
        point["latest"] = max(filter(None, (point["latest"], latest)), default=None)
    colours = palette.colours(vocabulary)
    features = [{
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [p["lon"], p["lat"]]},
        "properties": {"city": p["city"], "country": p["country"], "code": p["code"], "count": p["count"],
                       "label": codebook.vocabulary(vocabulary).label(p["code"]) if p["code"] in codebook.vocabulary(vocabulary) else p["code"],
                       "colour": colours.get(p["code"], palette.NO_CODE_COLOUR), "latest": p["latest"]},
    } for p in merged.values()]
    legend = [item for item in palette.legend(vocabulary) if any(f["properties"]["code"] == item["code"] for f in features)]
    return {"type": "FeatureCollection", "features": features, "legend": legend, "colour_by": colour_by}


def overview(queryset: QuerySet) -> dict[str, Any]:
    """Headline numbers: events, countries, date range, and counts per country and per type."""
    span = queryset.aggregate(n=Count("id"), first=Min("date"), last=Max("date"))
    by_country = {row["country"]: row["n"] for row in queryset.values("country").annotate(n=Count("id")).order_by()}
    by_type = {row["event_type"]: row["n"] for row in queryset.values("event_type").annotate(n=Count("id")).order_by()}
    return {"events": span["n"], "first": span["first"], "last": span["last"],
            "by_country": by_country, "by_type": by_type,
            "cities": queryset.exclude(city="").values("city").distinct().count()}
