"""The queue page and its bulk actions."""

from __future__ import annotations

from django.contrib import messages
from django.core.paginator import Paginator
from django.db import transaction
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET, require_POST

from protest_tracker.errors import ReviewError
from protest_tracker.review import permissions
from protest_tracker.review.queue import (
    filter_choices,
    filtered_events,
    parse_filters,
    with_report_counts,
)
from protest_tracker.review.services.edits import move_to_campaign
from protest_tracker.review.services.status import bulk_change_status
from protest_tracker.store import audit
from protest_tracker.store.models import Campaign, Event

PAGE_SIZE = 50
#: Bulk actions offered on the queue: value -> (target status or None, label).
BULK_ACTIONS = {
    "in_review": _("Mark in review"),
    "verified": _("Verify (approve)"),
    "rejected": _("Reject"),
    "candidate": _("Send back to the queue"),
    "published": _("Publish (admins)"),
    "campaign": _("Move to campaign…"),
}


@require_GET
@permissions.require("view_queue")
def queue(request):
    """Candidate events, filtered by the query string (so a filtered view can be shared)."""
    filters = parse_filters(request.GET)
    events = with_report_counts(filtered_events(filters))
    page = Paginator(events, PAGE_SIZE).get_page(request.GET.get("page"))
    context = {
        "filters": filters,
        "querystring": filters.querystring(),
        "page": page,
        "choices": filter_choices(),
        "campaigns": Campaign.objects.order_by("name")[:500],
        "bulk_actions": BULK_ACTIONS,
        "actions": permissions.allowed_actions(request.user),
    }
    if request.headers.get("HX-Request"):
        response = render(request, "review/_queue_table.html", context)
        response["HX-Push-Url"] = f"/review/?{context['querystring']}"  # the canonical, shareable URL
        return response
    return render(request, "review/queue.html", context)


@require_POST
@permissions.require("bulk_action")
def bulk(request):
    """Apply one action to the ticked events, as one audited batch (all or nothing)."""
    querystring = request.POST.get("querystring", "")
    back = redirect(f"/review/?{querystring}" if querystring else "/review/")
    ids = request.POST.getlist("events")
    action = request.POST.get("action", "")
    reason = request.POST.get("reason", "").strip()
    events = list(Event.objects.filter(public_id__in=ids).order_by("public_id"))
    if not events:
        messages.error(request, "Tick at least one event.")
        return back
    try:
        if action == "campaign":
            _bulk_campaign(request, events, reason)
        elif action in BULK_ACTIONS:
            _, changed = bulk_change_status(events, action, actor=request.user, reason=reason)
            messages.success(request, f"{len(changed)} event(s) now {action.replace('_', ' ')}.")
        else:
            messages.error(request, "Choose an action.")
    except ReviewError as exc:
        messages.error(request, f"Nothing changed: {exc}")
    return back


def _bulk_campaign(request, events: list[Event], reason: str) -> None:
    permissions.check(request.user, "move_campaign")
    target = request.POST.get("campaign", "")
    campaign = Campaign.objects.filter(public_id=target).first() if target and target != "none" else None
    if target and target != "none" and campaign is None:
        raise ReviewError(f"no campaign {target!r}")
    batch = audit.new_batch()
    with transaction.atomic():
        for event in events:
            move_to_campaign(event, campaign, actor=request.user, reason=reason, batch=batch)
    messages.success(request, f"{len(events)} event(s) moved to {campaign.name if campaign else 'no campaign'}.")
