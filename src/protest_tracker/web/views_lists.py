"""List views (events, campaigns) in HTML, JSON and CSV, and the map's data."""

from __future__ import annotations

from functools import cache
from importlib import resources

from django.core.paginator import EmptyPage, Paginator
from django.db.models import Count, Max, Min, Q
from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse

from protest_tracker.export.tabular import csv_rows
from protest_tracker.web import aggregates
from protest_tracker.web.access import public_view, published_events
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


def _page_number(request) -> int:
    try:
        return max(int(request.GET.get("page", "1")), 1)
    except ValueError:
        raise InvalidFilter("page: not a number") from None


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
    events = published_events().filter(filters.q()).order_by("-date", "-id")
    policy = public_policy()
    if fmt == "csv":
        return csv_response(csv_rows(iter_records(events, policy=policy)), filename="events.csv")
    paginator = Paginator(with_sources(events), _page_size(request) if fmt == "json" else PAGE_SIZE)
    try:
        page = paginator.page(_page_number(request))
    except EmptyPage:
        page = paginator.page(paginator.num_pages)
    records = [event_record(e, policy=policy) for e in page.object_list]
    if fmt == "html":
        records = [for_display(r) for r in records]
    base = reverse("web:events")
    if fmt == "json":
        size = paginator.per_page
        next_url = f"{base}.json?{filters.querystring(page=str(page.number + 1), size=str(size))}" if page.has_next() else None
        return json_response({"count": paginator.count, "page": page.number, "pages": paginator.num_pages,
                              "next": next_url, "privacy": policy.metadata(), "events": records})
    return render(request, "web/events.html", {
        "events": records, "page": page, "filters": filters, "facets": facet_context(filters),
        "query": filters.querystring(), "count": paginator.count, "keep": [],
    })


def _campaign_rows():
    published = Q(events__status="published")
    return (public_campaigns().annotate(
        n_events=Count("events", filter=published), first=Min("events__date", filter=published),
        last=Max("events__date", filter=published),
        n_cities=Count("events__city", filter=published, distinct=True)).order_by("-last", "name"))


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
    points = cached(f"map-{colour}", filters.querystring(),
                    lambda: aggregates.map_points(events, colour_by=colour, policy=public_policy()), version=data_version())
    return json_response(points)


@cache
def _outlines() -> bytes:
    return resources.files("protest_tracker").joinpath("data", "boundaries_ca.geojson").read_bytes()


def outlines(request):
    """Country and region outlines (shipped derived data; see the file's attribution member)."""
    response = HttpResponse(_outlines(), content_type="application/geo+json")
    response["Cache-Control"] = "public, max-age=86400"
    return response
