"""List views (events, campaigns) in HTML, JSON and CSV, and the map's data."""

from __future__ import annotations

import datetime as dt
from functools import cache
from importlib import resources

from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse

from protest_tracker.export.tabular import csv_rows
from protest_tracker.web import aggregates, keyset, summary_queries
from protest_tracker.web.access import public_view, published_events
from protest_tracker.web.aggregates import as_date
from protest_tracker.web.cache import cached, data_version
from protest_tracker.web.display import for_display
from protest_tracker.web.filters import Filters, InvalidFilter
from protest_tracker.web.formats import chosen_format, csv_response, json_response
from protest_tracker.web.privacy import public_policy
from protest_tracker.web.records import event_record, iter_records, with_sources
from protest_tracker.web.traction_view import public_campaigns
from protest_tracker.web.views import facet_context

PAGE_SIZE = 50
MAX_PAGE_SIZE = 1000


def _page_size(request) -> int:
    try:
        return min(max(int(request.GET.get("size", PAGE_SIZE)), 1), MAX_PAGE_SIZE)
    except ValueError:
        raise InvalidFilter("size: not a number") from None


@public_view
def event_list(request, suffix: str | None = None):
    """Published events matching the facets: a page (HTML/JSON) or all of them (CSV, streamed)."""
    fmt = chosen_format(request, suffix)
    filters = Filters.from_query(request.GET)
    events = published_events().filter(filters.q())
    policy = public_policy()
    if fmt == "csv":
        return csv_response(csv_rows(iter_records(events.order_by("-date", "-id"), policy=policy)), filename="events.csv")
    size = _page_size(request) if fmt == "json" else PAGE_SIZE
    page = keyset.page(with_sources(events), after=request.GET.get("after"), before=request.GET.get("before"), size=size)
    records = [event_record(e, policy=policy) for e in page.rows]
    months = summary_queries.public_rollups(filters)[0]
    counted = summary_queries.public_rows(filters) if months is None else months.filter(stack="type")
    count = events.count() if counted is None else summary_queries.event_count(counted)
    if fmt == "html":
        records = [for_display(r) for r in records]
    base = reverse("web:events")
    if fmt == "json":
        links = {name: f"{base}.json?{filters.querystring(**{key: token}, size=str(size))}" if token else None
                 for name, key, token in (("next", "after", page.older), ("previous", "before", page.newer))}
        return json_response({"count": count, **links, "privacy": policy.metadata(), "events": records})
    return render(request, "web/events.html", {
        "events": records, "page": page, "filters": filters, "facets": facet_context(filters),
        "query": filters.querystring(), "count": count, "keep": [],
    })


def _campaign_rows() -> list:
    """Public campaigns with their published events, cities and span (counted by the summary), latest first."""
    campaigns = list(public_campaigns())
    stats = summary_queries.campaign_stats(c.pk for c in campaigns)
    for campaign in campaigns:
        for name, value in stats.get(campaign.pk, {}).items():
            setattr(campaign, name, as_date(value) if name in ("first", "last") and value else value)
    campaigns.sort(key=lambda c: c.name)
    campaigns.sort(key=lambda c: c.last or dt.date.min, reverse=True)
    return campaigns


@public_view
def campaign_list(request, suffix: str | None = None):
    """Campaigns with published events, with their size and span."""
    fmt = chosen_format(request, suffix)
    policy = public_policy()
    rows = [{"campaign_id": c.public_id, "name": policy.text(c.name), "status": c.status, "events": c.n_events,
             "cities": c.n_cities, "first_event": c.first.isoformat() if c.first else None,
             "latest_event": c.last.isoformat() if c.last else None,
             "grievance_categories": c.grievance_categories} for c in _campaign_rows()]
    if fmt == "json":
        return json_response({"count": len(rows), "campaigns": rows})
    if fmt == "csv":
        header = ["campaign_id", "name", "status", "events", "cities", "first_event", "latest_event", "grievance_categories"]
        body = ([r[k] if k != "grievance_categories" else ";".join(r[k]) for k in header] for r in rows)
        return csv_response([header, *body], filename="campaigns.csv", neutralise_cells=True)
    return render(request, "web/campaigns.html", {"campaigns": rows})


@public_view
def map_data(request):
    """Map points (grouped by place and colour code) for the current facets, as GeoJSON."""
    filters = Filters.from_query(request.GET)
    colour = "response" if request.GET.get("colour") == "response" else "type"
    events = published_events().filter(filters.q())
    counted = summary_queries.public_rollups(filters)[2]  # the map rollup, else the summary, else events
    counted = summary_queries.public_rows(filters) if counted is None else counted
    counted = events if counted is None else counted
    points = cached(f"map-{colour}", filters.querystring(),
                    lambda: aggregates.map_points(counted, colour_by=colour, policy=public_policy()), version=data_version())
    return json_response(points)


@cache
def _shipped(name: str) -> bytes:
    return resources.files("protest_tracker").joinpath("data", name).read_bytes()


def _geojson(name: str) -> HttpResponse:
    response = HttpResponse(_shipped(name), content_type="application/geo+json")
    response["Cache-Control"] = "public, max-age=86400"
    return response


def outlines(request):
    """Country and region outlines (shipped derived data; see the file's attribution member)."""
    return _geojson("boundaries_ca.geojson")


def basemap(request):
    """Context layers under the points: rivers, lakes, neighbouring land, region and place labels."""
    return _geojson("basemap_ca.geojson")
