"""The REST API (django-ninja), mounted at ``/api/v1/``: OpenAPI at ``openapi.json``, docs at ``docs``.

Read endpoints serve the public data (published events, privacy cuts applied). A bearer
token (``protest-tracker token create``) identifies an analyst: reads may then ask for any
status without cuts, and the write endpoints apply the review workspace's role rules.
"""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja import NinjaAPI, Query, Status

from protest_tracker.errors import ReviewError
from protest_tracker.export.citation import codebook_document
from protest_tracker.store.models import Event, EventTombstone
from protest_tracker.web import api_schemas as schemas
from protest_tracker.web import api_write
from protest_tracker.web.access import published_events
from protest_tracker.web.api_paging import DEFAULT_LIMIT, keyset_page, parse_since
from protest_tracker.web.filters import Filters, InvalidFilter
from protest_tracker.web.privacy import may_see_public_site, public_policy
from protest_tracker.web.records import event_record, with_sources
from protest_tracker.web.summary_queries import outlet_counts
from protest_tracker.web.tokens import user_for_token
from protest_tracker.web.traction_view import campaign_traction, public_campaigns

api = NinjaAPI(title="Central Asia Protest Tracker API", version="1", urls_namespace="api-v1",
               description="Protest events in Central Asia: events with delta sync, deletions, campaigns "
                           "with traction, sources and the codebook. See docs/api.md.")


def _analyst(request: HttpRequest):
    """The token's user when the request carries a valid token, else None (public)."""
    header = request.headers.get("Authorization", "")
    return user_for_token(header[7:].strip()) if header.lower().startswith("bearer ") else None


def _visible_events(request: HttpRequest, status: str | None):
    analyst = _analyst(request)
    if analyst is None and not may_see_public_site(request.user):
        raise PermissionError("this site requires a login or an API token")
    if analyst is not None:
        return (Event.objects.filter(status=status) if status else Event.objects.all()), None
    if status and status != "published":
        raise PermissionError("only analysts with an API token may read unpublished events")
    return published_events(), public_policy()


@api.exception_handler(InvalidFilter)
def _bad_request(request, exc):
    return api.create_response(request, {"detail": str(exc)}, status=400)


@api.exception_handler(PermissionError)
def _forbidden(request, exc):
    return api.create_response(request, {"detail": str(exc)}, status=403)


@api.exception_handler(ReviewError)
def _review_error(request, exc):
    status = 403 if type(exc).__name__ == "ActionDenied" else 400
    return api.create_response(request, {"detail": str(exc)}, status=status)


@api.get("/events", response=schemas.responses(schemas.EventPage), tags=["events"])
def list_events(request, params: Query[schemas.EventQuery]):
    """Events matching the facets, oldest change first; follow ``next_cursor`` to page, store
    ``latest_updated_at`` and pass it as ``updated_since`` next time (delta sync)."""
    events, policy = _visible_events(request, params.status)
    events = events.filter(Filters.from_query(request.GET).q())
    since = parse_since("updated_since", params.updated_since)
    if since:
        events = events.filter(updated_at__gte=since)
    rows, next_cursor = keyset_page(with_sources(events), time_field="updated_at", cursor=params.cursor,
                                    limit=params.limit or DEFAULT_LIMIT)
    records = [event_record(e, policy=policy) for e in rows]
    return {"events": records, "next_cursor": next_cursor,
            "latest_updated_at": records[-1]["updated_at"] if records else params.updated_since,
            "privacy": policy.metadata() if policy else None}


@api.get("/events/{public_id}", response=schemas.responses(schemas.EventOut), tags=["events"])
def get_event(request, public_id: schemas.PublicId):
    """One event (published, unless the request carries an analyst's token)."""
    events, policy = _visible_events(request, None)
    event = with_sources(events).filter(public_id=public_id).first()
    if event is None:
        return Status(404, {"detail": f"no event {public_id}"})
    return Status(200, event_record(event, policy=policy))


@api.get("/deletions", response=schemas.responses(schemas.DeletionPage), tags=["events"])
def list_deletions(request, params: Query[schemas.DeletionQuery]):
    """Public ids that were deleted, merged into another event or unpublished, since ``since``."""
    if _analyst(request) is None and not may_see_public_site(request.user):
        raise PermissionError("this site requires a login or an API token")
    rows = EventTombstone.objects.all()
    moment = parse_since("since", params.since)
    if moment:
        rows = rows.filter(deleted_at__gte=moment)
    page, next_cursor = keyset_page(rows, time_field="deleted_at", cursor=params.cursor, limit=params.limit)
    return {"deletions": [{"event_id": t.public_id, "deleted_at": t.deleted_at.isoformat(), "reason": t.reason,
                           "merged_into": t.merged_into or None} for t in page], "next_cursor": next_cursor}


@api.get("/campaigns", response=schemas.responses(list[schemas.CampaignOut]), tags=["campaigns"])
def list_campaigns(request):
    """Campaigns with at least one published event."""
    if not may_see_public_site(request.user) and _analyst(request) is None:
        raise PermissionError("this site requires a login or an API token")
    policy = public_policy()
    return [{"campaign_id": c.public_id, "name": policy.text(c.name), "status": c.status, "description": policy.text(c.description),
             "grievance_categories": c.grievance_categories} for c in public_campaigns().order_by("name")]


@api.get("/campaigns/{public_id}", response=schemas.responses(dict[str, Any]), tags=["campaigns"])
def get_campaign(request, public_id: schemas.PublicId):
    """A campaign with its traction (summary and weekly series) over its published events."""
    if not may_see_public_site(request.user) and _analyst(request) is None:
        raise PermissionError("this site requires a login or an API token")
    campaign = public_campaigns().filter(public_id=public_id).first()
    if campaign is None:
        return Status(404, {"detail": f"no campaign {public_id}"})
    traction = campaign_traction(campaign, policy=public_policy())
    return Status(200, {"campaign_id": campaign.public_id, "name": public_policy().text(campaign.name), "status": campaign.status,
                 "traction": {k: traction[k] for k in ("version", "summary", "series")}, "verdict": traction["verdict"]})


@api.get("/sources", response=schemas.responses(list[schemas.SourceOut]), tags=["reference"])
def list_sources(request):
    """Outlets that reported published events, with how many events and reports each."""
    if not may_see_public_site(request.user) and _analyst(request) is None:
        raise PermissionError("this site requires a login or an API token")
    rows = outlet_counts()
    policy = public_policy()
    return [{"outlet": policy.text(r["outlet"]), "source_type": r["source_type"] or None,
             "events": r["events"], "reports": r["reports"]} for r in rows]


@api.get("/codebook", response=schemas.responses(dict[str, Any]), tags=["reference"])
def get_codebook(request):
    """Every vocabulary with labels, definitions and ACLED / MMP / CAMEO crosswalks."""
    return codebook_document()


api_write.register(api)
