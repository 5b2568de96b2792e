"""Counts computed in the database (GROUP BY), never by loading every event into Python.

An event's *primary* code (its most severe response, or its first grievance in codebook order) is
computed in SQL with a ``CASE`` over the ``|code|`` text, so a timeline or the map groups by a
handful of codes instead of by every combination of codes.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from typing import Any

from django.db.models import (
    Case,
    CharField,
    Count,
    DateField,
    F,
    Func,
    Max,
    Min,
    QuerySet,
    Value,
    When,
)

from protest_tracker import codebook
from protest_tracker.store.fields import has_code
from protest_tracker.web import palette
from protest_tracker.web.privacy import PublicPolicy

#: Which model field and vocabulary each timeline stacking uses.
STACKINGS = {
    "response": ("state_response", "state_responses"),
    "grievance": ("grievance_categories", "grievance_categories"),
    "type": ("event_type", "event_types"),
}
#: At most this many (place, code list) groups are read for the map, the largest first.
MAX_MAP_ROWS = 20000
#: Longer spans than this are drawn per month (a bar per week would be thinner than a pixel).
MAX_WEEKS = 160


def primary_expression(field: str, vocabulary: str):
    """SQL for the code an event is counted under (see :func:`palette.primary_code`)."""
    if field == "event_type":
        return F("event_type")
    order = palette.RESPONSE_SEVERITY if vocabulary == "state_responses" else codebook.vocabulary(vocabulary).codes
    whens = [When(has_code(field, code), then=Value(code)) for code in order]
    default = "none_reported" if vocabulary == "state_responses" else palette.NO_CODE
    return Case(*whens, default=Value(default), output_field=CharField())


class WeekStart(Func):
    """The Monday of a date's week, in native SQL (Django's TruncWeek calls Python per row on SQLite)."""

    output_field = DateField()

    def as_sql(self, compiler, connection, **extra):
        sql, params = compiler.compile(self.source_expressions[0])
        return f"CAST(DATE_TRUNC('week', {sql}) AS DATE)", params

    def as_sqlite(self, compiler, connection, **extra):
        sql, params = compiler.compile(self.source_expressions[0])
        return f"date({sql}, '-' || ((CAST(strftime('%%w', {sql}) AS INTEGER) + 6) %% 7) || ' days')", params * 2


class MonthStart(Func):
    """The first day of a date's month, in native SQL."""

    output_field = DateField()

    def as_sql(self, compiler, connection, **extra):
        sql, params = compiler.compile(self.source_expressions[0])
        return f"CAST(DATE_TRUNC('month', {sql}) AS DATE)", params

    def as_sqlite(self, compiler, connection, **extra):
        sql, params = compiler.compile(self.source_expressions[0])
        return f"strftime('%%Y-%%m-01', {sql})", params


def _as_date(value: Any) -> dt.date:
    if isinstance(value, str):
        return dt.date.fromisoformat(value[:10])
    return value.date() if isinstance(value, dt.datetime) else value


def _periods(first: dt.date, last: dt.date, period: str) -> list[dt.date]:
    if period == "week":
        return [first + dt.timedelta(days=7 * i) for i in range((last - first).days // 7 + 1)]
    months, current = [], first
    while current <= last:
        months.append(current)
        current = dt.date(current.year + current.month // 12, current.month % 12 + 1, 1)
    return months


def weekly_stacks(queryset: QuerySet, *, stack: str) -> dict[str, Any]:
    """Events per ISO week (per month beyond :data:`MAX_WEEKS`), stacked by primary code.

    Returns ``{"period": "week"|"month", "weeks": [date], "series": {code: [count]}, "legend": [...]}``.
    """
    field, vocabulary = STACKINGS[stack]
    dated = queryset.filter(date__isnull=False)
    span = dated.aggregate(first=Min("date"), last=Max("date"))
    if not span["first"]:
        return {"period": "week", "weeks": [], "series": {}, "legend": []}
    period = "week" if (span["last"] - span["first"]).days // 7 < MAX_WEEKS else "month"
    trunc = WeekStart("date") if period == "week" else MonthStart("date")
    rows = (dated.annotate(bucket=trunc, primary=primary_expression(field, vocabulary))
            .values("bucket", "primary").annotate(n=Count("id")).order_by())
    counts: dict[dt.date, Counter] = defaultdict(Counter)
    for row in rows:
        counts[_as_date(row["bucket"])][row["primary"]] += row["n"]
    buckets = _periods(min(counts), max(counts), period)
    legend = [item for item in palette.legend(vocabulary) if any(counts[b][item["code"]] for b in counts)]
    if any(counts[b][palette.NO_CODE] for b in counts):
        legend.append({"code": palette.NO_CODE, "label": "Not coded", "colour": palette.NO_CODE_COLOUR})
    series = {item["code"]: [counts[b][item["code"]] for b in buckets] for item in legend}
    return {"period": period, "weeks": buckets, "series": series, "legend": legend}


def map_points(queryset: QuerySet, *, colour_by: str, policy: PublicPolicy) -> dict[str, Any]:
    """Events grouped by place and colour code, as GeoJSON points with a ``count`` each."""
    field, vocabulary = ("state_response", "state_responses") if colour_by == "response" else ("event_type", "event_types")
    # Grouping by the raw code list (a bounded number of combinations per place) and picking the
    # primary code in Python is cheaper here than a CASE over every row.
    rows = (queryset.filter(latitude__isnull=False, longitude__isnull=False)
            .values("latitude", "longitude", "city", "country", field)
            .annotate(n=Count("id"), latest=Max("date")).order_by("-n")[:MAX_MAP_ROWS])
    merged: dict[tuple, dict[str, Any]] = {}
    for row in rows:
        value = row[field]
        code = palette.primary_code(vocabulary, value if isinstance(value, list) else [value])
        lat, lon = policy.coordinate(row["latitude"]), policy.coordinate(row["longitude"])
        point = merged.setdefault((lat, lon, row["city"], code), {
            "lat": lat, "lon": lon, "city": policy.text(row["city"]) or "", "country": row["country"],
            "code": code, "count": 0, "latest": None})
        point["count"] += row["n"]
        latest = row["latest"].isoformat() if row["latest"] else None
        point["latest"] = max(filter(None, (point["latest"], latest)), default=None)
    colours = palette.colours(vocabulary)
    vocab = codebook.vocabulary(vocabulary)
    features = [{
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [p["lon"], p["lat"]]},
        "properties": {"city": p["city"], "country": p["country"], "code": p["code"], "count": p["count"],
                       "label": vocab.label(p["code"]) if p["code"] in vocab else p["code"],
                       "colour": colours.get(p["code"], palette.NO_CODE_COLOUR), "latest": p["latest"]},
    } for p in merged.values()]
    legend = [item for item in palette.legend(vocabulary) if any(f["properties"]["code"] == item["code"] for f in features)]
    return {"type": "FeatureCollection", "features": features, "legend": legend, "colour_by": colour_by}


def overview(queryset: QuerySet) -> dict[str, Any]:
    """Headline numbers: events, places, countries and the date range."""
    span = queryset.aggregate(n=Count("id"), first=Min("date"), last=Max("date"))
    return {"events": span["n"], "first": span["first"], "last": span["last"],
            "countries": queryset.values("country").distinct().count(),
            "cities": queryset.exclude(city="").values("city").distinct().count()}
