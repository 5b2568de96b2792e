"""Counts computed in the database (GROUP BY), never by loading every event into Python.

Each function takes either events or rows of the event summary
(:class:`~protest_tracker.web.summary_models.EventSummary`, already counted per day and facet
value: the dashboard's path whenever its filters allow, see :mod:`web.summary_queries`) and
returns the same numbers for both. Over events, an event's *primary* code (its most severe
response, or its first grievance in codebook order) is computed in SQL with a ``CASE`` over the
``|code|`` text; the summary stores it.
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
    Q,
    QuerySet,
    Sum,
    Value,
    When,
)
from django.utils.translation import gettext

from protest_tracker import codebook, codebook_i18n
from protest_tracker.store.fields import has_code
from protest_tracker.web import palette
from protest_tracker.web.privacy import PublicPolicy
from protest_tracker.web.summary_models import UNDATED, EventSummary, SummaryMap

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
#: The summary's column of each stacking's primary code.
SUMMARY_PRIMARY = {"response": "response", "grievance": "grievance", "type": "event_type"}


def _is_summary(queryset: QuerySet) -> bool:
    return queryset.model is EventSummary


def _date(queryset: QuerySet) -> str:
    return "day" if _is_summary(queryset) else "date"


def _count(queryset: QuerySet, **extra):
    """How many events a group holds: a sum of the summary's counts, or a count of events."""
    return Sum("events", **extra) if _is_summary(queryset) else Count("id", **extra)


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


def as_date(value: Any) -> dt.date:
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


def span(queryset: QuerySet) -> tuple[dt.date | None, dt.date | None]:
    """The first and last date, each an ordered index walk (SQLite's MIN() scans when there is a WHERE)."""
    date = _date(queryset)
    dated = queryset.filter(**{f"{date}__isnull": False}).values_list(date, flat=True)
    first, last = dated.order_by(date).first(), dated.order_by(f"-{date}").first()
    return (as_date(first) if first else None), (as_date(last) if last else None)


def weekly_stacks(queryset: QuerySet, *, stack: str, months: QuerySet | None = None) -> dict[str, Any]:
    """Events per ISO week (per month beyond :data:`MAX_WEEKS`), stacked by primary code.

    ``months`` (rows of :class:`SummaryStack` for the same events) answers a monthly chart.
    Returns ``{"period": "week"|"month", "weeks": [date], "series": {code: [count]}, "legend": [...]}``.
    """
    field, vocabulary = STACKINGS[stack]
    date = _date(queryset)
    dated = queryset.filter(**{f"{date}__isnull": False})
    first, last = span(queryset)
    if not first or not last:
        return {"period": "week", "weeks": [], "series": {}, "legend": []}
    period = "week" if (last - first).days // 7 < MAX_WEEKS else "month"
    trunc = WeekStart(date) if period == "week" else MonthStart(date)
    primary = F(SUMMARY_PRIMARY[stack]) if _is_summary(queryset) else primary_expression(field, vocabulary)
    rows = (dated.annotate(bucket=trunc, primary=primary)
            .values("bucket", "primary").annotate(n=_count(queryset)).order_by())
    if period == "month" and months is not None:
        rows = (months.filter(stack=stack).exclude(month=UNDATED).annotate(bucket=F("month"), primary=F("code"))
                .values("bucket", "primary").annotate(n=Sum("events")).order_by())
    counts: dict[dt.date, Counter] = defaultdict(Counter)
    for row in rows:
        counts[as_date(row["bucket"])][row["primary"]] += row["n"]
    buckets = _periods(min(counts), max(counts), period)
    legend = [item for item in palette.legend(vocabulary) if any(counts[b][item["code"]] for b in counts)]
    if any(counts[b][palette.NO_CODE] for b in counts):
        legend.append({"code": palette.NO_CODE, "label": gettext("Not coded"), "colour": palette.NO_CODE_COLOUR,
                       "shape": "circle"})
    series = {item["code"]: [counts[b][item["code"]] for b in buckets] for item in legend}
    return {"period": period, "weeks": buckets, "series": series, "legend": legend}


def map_points(queryset: QuerySet, *, colour_by: str, policy: PublicPolicy) -> dict[str, Any]:
    """Events grouped by place and colour code, as GeoJSON points with a ``count`` each."""
    field, vocabulary = ("state_response", "state_responses") if colour_by == "response" else ("event_type", "event_types")
    if field == "state_response" and _is_summary(queryset):
        field = "response"  # the summary stores the primary response: fewer groups, the same points
    if queryset.model is SummaryMap:  # the map rollup: a few rows per place, counted and dated already
        field, queryset = "code", queryset.filter(colour=colour_by)
        count, latest = Sum("events"), Max("latest")
    else:
        count, latest = _count(queryset), Max(_date(queryset))
    # Grouping by the raw code list (a bounded number of combinations per place) and picking the
    # primary code in Python is cheaper here than a CASE over every row.
    rows = (queryset.filter(latitude__isnull=False, longitude__isnull=False)
            .values("latitude", "longitude", "city", "country", field)
            .annotate(n=count, latest=latest).order_by("-n")[:MAX_MAP_ROWS])
    merged: dict[tuple, dict[str, Any]] = {}
    for row in rows:
        value = row[field]
        code = palette.primary_code(vocabulary, value if isinstance(value, list) else [value])
        lat, lon = policy.coordinate(row["latitude"]), policy.coordinate(row["longitude"])
        point = merged.setdefault((lat, lon, row["city"], code), {
            "lat": lat, "lon": lon, "city": policy.text(row["city"]) or "", "country": row["country"],
            "code": code, "count": 0, "latest": None})
        point["count"] += row["n"]
        latest = as_date(row["latest"]).isoformat() if row["latest"] else None
        point["latest"] = max(filter(None, (point["latest"], latest)), default=None)
    colours = palette.colours(vocabulary)
    vocab = codebook.vocabulary(vocabulary)
    features: list[dict[str, Any]] = [{
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [p["lon"], p["lat"]]},
        "properties": {"city": p["city"], "country": p["country"], "code": p["code"], "count": p["count"],
                       "label": codebook_i18n.label(vocab, p["code"]) if p["code"] in vocab else p["code"],
                       "colour": colours.get(p["code"], palette.NO_CODE_COLOUR), "latest": p["latest"]},
    } for p in sorted(merged.values(), key=lambda p: (-p["count"], p["country"], p["city"], p["lat"], p["lon"], p["code"]))]
    legend = [item for item in palette.legend(vocabulary) if any(f["properties"]["code"] == item["code"] for f in features)]
    return {"type": "FeatureCollection", "features": features, "legend": legend, "colour_by": colour_by}


def overview(queryset: QuerySet, *, months: QuerySet | None = None, places: QuerySet | None = None) -> dict[str, Any]:
    """Headline numbers: events (and how many an analyst verified / the policy machine-coded), places,
    countries and the date range. ``months`` and ``places`` (the rollups' rows for the same events)
    answer all but the date range."""
    first, last = span(queryset)
    if months is not None and places is not None:
        counts = months.filter(stack="type").aggregate(
            n=Sum("events"), verified=Sum("events", filter=Q(verification="verified")),
            machine_coded=Sum("events", filter=Q(verification="machine-coded")), countries=Count("country", distinct=True))
        counts["cities"] = places.exclude(city="").values("city").distinct().count()
    else:
        counts = queryset.aggregate(n=_count(queryset), verified=_count(queryset, filter=Q(verification="verified")),
                                    machine_coded=_count(queryset, filter=Q(verification="machine-coded")),
                                    countries=Count("country", distinct=True),
                                    cities=Count("city", distinct=True, filter=~Q(city="")))
    return {"events": counts["n"] or 0, "first": first, "last": last,
            "verified": counts["verified"] or 0, "machine_coded": counts["machine_coded"] or 0,
            "countries": counts["countries"], "cities": counts["cities"]}
