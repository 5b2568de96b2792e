"""Public pages: the dashboard, one event, one campaign (HTML, and JSON with a suffix)."""

from __future__ import annotations

from django.conf import settings
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext

from protest_tracker import codebook
from protest_tracker.store.models import EventTombstone
from protest_tracker.web import aggregates, summary_queries, svg
from protest_tracker.web.access import public_view, published_events
from protest_tracker.web.cache import cached, data_version
from protest_tracker.web.display import for_display
from protest_tracker.web.filters import FACETS, Filters
from protest_tracker.web.formats import chosen_format, json_response
from protest_tracker.web.privacy import public_policy
from protest_tracker.web.records import event_record, with_sources
from protest_tracker.web.traction_view import campaign_traction, public_campaigns

LATEST = 15
#: How the page names the dataset an imported event came from.
DATASET_NAMES = {"acled": "ACLED", "mmp": "Mass Mobilization Project"}
CAMPAIGN_ROWS = 100


#: Free-text facets that get their choices from the published data (cities stay URL-only: too many).
DATA_FACETS = ("admin1", "campaign")


def data_choices() -> dict[str, list[tuple[str, str]]]:
    """Choices of the data-driven facets: regions and campaigns of published events (cached)."""

    policy = public_policy()

    def compute():
        return {"admin1": [(r, r) for r in summary_queries.public_regions()],
                "campaign": [(c.public_id, policy.text(c.name)) for c in public_campaigns().order_by("name")]}

    return cached("facet-choices", "", compute, version=data_version())


def facet_context(filters: Filters) -> list[dict]:
    """Facets with their choices and what is selected, for the filter form."""
    dynamic = data_choices()
    return [{"param": f.param, "label": f.label, "choices": dynamic.get(f.param) or f.choices(),
             "selected": filters.values.get(f.param, ())} for f in FACETS]


def timeline(queryset, stack: str, *, months=None) -> dict:
    """The stacked weekly timeline as SVG plus its legend."""
    data = aggregates.weekly_stacks(queryset, stack=stack, months=months)
    title = gettext("Events per week") if data["period"] == "week" else gettext("Events per month")
    chart = svg.bar_chart(labels=svg.week_labels(data["weeks"]), count=len(data["weeks"]), title=title,
                          x_label=gettext("week") if data["period"] == "week" else gettext("month"), width=900, height=260,
                          stacks=[svg.Series(item["label"], item["colour"], data["series"][item["code"]])
                                  for item in data["legend"]]) if data["weeks"] else None
    return {"svg": chart, "legend": data["legend"], "weeks": len(data["weeks"]), "title": title, "period": data["period"]}


def dashboard_campaigns(filters: Filters, counted):
    """The public campaigns of the events these filters keep: every public campaign without filters
    (read from the campaign stats, not from a scan of the summary)."""
    if filters.is_empty() and not getattr(settings, "PUBLIC_VERIFIED_ONLY", False):
        return public_campaigns()
    return public_campaigns().filter(pk__in=campaign_pks(counted))


def campaign_pks(counted):
    """The campaigns (primary keys) of these events or summary rows."""
    if counted.model is summary_queries.EventSummary:
        return summary_queries.campaign_ids(counted)
    return counted.values("campaign")


@public_view
def dashboard(request):
    """Map, timeline, facets, latest events and campaigns."""
    filters = Filters.from_query(request.GET)
    stack = request.GET.get("stack") if request.GET.get("stack") in aggregates.STACKINGS else "response"
    colour = "response" if request.GET.get("colour") == "response" else "type"
    events = published_events().filter(filters.q())
    # the summary's rows when it can answer these filters, else the events themselves (same numbers)
    counted = summary_queries.public_rows(filters)
    counted = events if counted is None else counted
    policy = public_policy()
    version = data_version()
    key = filters.querystring()
    months, places, _ = summary_queries.public_rollups(filters)
    overview = cached("overview", key, lambda: aggregates.overview(counted, months=months, places=places), version=version)
    chart = cached(f"timeline-{stack}", key, lambda: timeline(counted, stack, months=months), version=version)
    latest = [for_display(event_record(e, policy=policy)) for e in with_sources(events.order_by("-date", "-id"))[:LATEST]]
    # only the campaigns of the events these filters keep (all of them without filters)
    campaigns = cached("campaigns", key, lambda: [
        {"public_id": c.public_id, "name": policy.text(c.name), "status": c.get_status_display()}
        for c in dashboard_campaigns(filters, counted).order_by("name")], version=version)
    query = filters.querystring()
    return render(request, "web/dashboard.html", {
        "filters": filters, "facets": facet_context(filters), "query": query,
        "overview": overview, "timeline": chart, "stack": stack,
        "colour": colour, "latest": latest, "keep": [("stack", stack), ("colour", colour)], "campaigns": campaigns,
        "map_url": reverse("web:map") + "?" + filters.querystring(colour=colour),
    })


@public_view
def event_detail(request, public_id: str, suffix: str | None = None):
    """One published event with every source."""
    fmt = chosen_format(request, suffix)
    event = with_sources(published_events()).filter(public_id=public_id).first()
    if event is None:
        survivor = merged_survivor(public_id) if public_id == public_id.upper() else public_id.upper()
        if survivor is None:
            raise Http404("no published event with this id")
        # an old link to an event merged into another leads to that event; a lower-case id to its canonical form
        target = reverse("web:event", kwargs={"public_id": survivor}) + (f".{suffix}" if suffix else "")
        return redirect(target, permanent=True)
    record = event_record(event, policy=public_policy())
    if fmt == "json":
        return json_response(record)
    if fmt == "csv":
        raise Http404("CSV is offered for lists")
    provenance = {"dataset": DATASET_NAMES.get(event.source_dataset, event.source_dataset.upper()),
                  "original_id": event.original_id} if event.source_dataset else None
    return render(request, "web/event.html", {"event": for_display(record), "provenance": provenance})


def merged_survivor(public_id: str) -> str | None:
    """The published event that ``public_id`` was merged into (following merges), else ``None``."""
    seen = {public_id}
    current = public_id
    while True:
        tombstone = EventTombstone.objects.filter(public_id=current, reason="merged").exclude(merged_into="").first()
        if tombstone is None or tombstone.merged_into in seen:
            return None
        current = tombstone.merged_into
        seen.add(current)
        if published_events().filter(public_id=current).exists():
            return current


@public_view
def campaign_detail(request, public_id: str, suffix: str | None = None):
    """A campaign: has it gained traction? (charts over its published events)."""
    fmt = chosen_format(request, suffix)
    campaign = get_object_or_404(public_campaigns(), public_id=public_id)
    policy = public_policy()
    traction = campaign_traction(campaign, policy=policy)
    info = {"campaign_id": campaign.public_id, "name": policy.text(campaign.name),
            "description": policy.text(campaign.description),
            "status": campaign.status,
            "grievance_categories": campaign.grievance_categories, "participant_groups": campaign.participant_groups,
            "target_categories": campaign.target_categories}
    if fmt == "json":
        return json_response({**info, "traction": {k: traction[k] for k in ("version", "summary", "series")},
                              "verdict": traction["verdict"]})
    if fmt == "csv":
        raise Http404("CSV is offered for lists")
    events = published_events().filter(campaign=campaign).order_by("date", "id")
    counted = summary_queries.public_summary().filter(campaign_id=campaign.pk)
    verification = aggregates.overview(counted)
    return render(request, "web/campaign.html", {
        "campaign": info, "traction": traction, "summary": traction["summary"], "charts": traction["charts"],
        "events": [for_display(event_record(e, policy=policy)) for e in with_sources(events.reverse())[:CAMPAIGN_ROWS]],
        "more_events": max(verification["events"] - CAMPAIGN_ROWS, 0), "total_events": verification["events"],
        "verification": verification,
        "grievances": [codebook.GRIEVANCES.label(c) for c in campaign.grievance_categories if c in codebook.GRIEVANCES],
    })
