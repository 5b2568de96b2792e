"""POST actions on one event: status (approve/reject-and-next), verify, edit, comment, campaign, merge, split."""

from __future__ import annotations

from django.contrib import messages
from django.http import QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext, ngettext
from django.views.decorators.http import require_http_methods, require_POST

from protest_tracker.codebook import REVIEW_STATUSES
from protest_tracker.codebook_i18n import label
from protest_tracker.errors import ReviewError
from protest_tracker.review import permissions
from protest_tracker.review.editable import EDITABLE_FIELDS
from protest_tracker.review.queue import neighbours, parse_filters
from protest_tracker.review.services.edits import add_comment, edit_fields, move_to_campaign
from protest_tracker.review.services.merge import merge_events, split_event
from protest_tracker.review.services.status import change_status, confirm_verification
from protest_tracker.store.models import Campaign, Event


def _event(public_id: str) -> Event:
    return get_object_or_404(Event.objects.select_related("campaign"), public_id=public_id)


def _event_url(public_id: str, querystring: str) -> str:
    return f"/review/event/{public_id}/" + (f"?{querystring}" if querystring else "")


def _querystring(request) -> str:
    """The queue filters the page was opened with (posted back by the forms), normalised."""
    raw = request.POST.get("querystring", "") or request.META.get("QUERY_STRING", "")
    return parse_filters(QueryDict(raw)).querystring() if raw else ""


@require_POST
@permissions.require("change_status")
def set_status(request, public_id: str):
    """Change the status; with ``then=next`` go on to the next event of the same (filtered) queue."""
    event = _event(public_id)
    querystring = _querystring(request)
    filters = parse_filters(QueryDict(querystring))
    _, following = neighbours(filters, event.public_id)
    target = request.POST.get("status", "")
    try:
        change_status(event, target, actor=request.user, reason=request.POST.get("reason", "").strip())
        messages.success(request, gettext("%(id)s is now %(status)s.") % {"id": event.public_id,
                                                                  "status": label(REVIEW_STATUSES, event.status).lower()})
    except ReviewError as exc:
        messages.error(request, str(exc))
        return redirect(_event_url(event.public_id, querystring))
    if request.POST.get("then") == "next":
        if following:
            return redirect(_event_url(following, querystring))
        messages.info(request, gettext("That was the last event of this queue."))
        return redirect(f"/review/?{querystring}" if querystring else "/review/")
    return redirect(_event_url(event.public_id, querystring))


@require_POST
@permissions.require("change_status")
def verify(request, public_id: str):
    """An analyst vouches for a machine-coded published event (it becomes ``verified``; audited)."""
    event = _event(public_id)
    try:
        confirm_verification(event, actor=request.user, reason=request.POST.get("reason", "").strip())
        messages.success(request, gettext("%(id)s is now verified by an analyst.") % {"id": event.public_id})
    except ReviewError as exc:
        messages.error(request, str(exc))
    return redirect(_event_url(event.public_id, _querystring(request)))


@require_http_methods(["GET", "POST"])
@permissions.require("edit_event")
def edit(request, public_id: str):
    """The edit form: every editable field with codebook choices; a reason is recorded with the change."""
    event = _event(public_id)
    querystring = _querystring(request)
    error = ""
    if request.method == "POST":
        changes = {}
        for spec in EDITABLE_FIELDS:
            if f"present_{spec.name}" not in request.POST:
                continue
            changes[spec.name] = request.POST.getlist(spec.name) if spec.kind == "multi" else request.POST.get(spec.name, "")
        try:
            changed = edit_fields(event, changes, actor=request.user, reason=request.POST.get("reason", "").strip())
        except ReviewError as exc:
            error = str(exc)
        else:
            saved = ngettext("Saved %(n)s change.", "Saved %(n)s changes.", len(changed)) % {"n": len(changed)}
            messages.success(request, saved if changed else gettext("Nothing changed."))
            return redirect(_event_url(event.public_id, querystring))
    return render(request, "review/edit.html", {
        "event": event, "widgets": field_widgets(event, request.POST if error else None),
        "error": error, "querystring": querystring,
    }, status=400 if error else 200)


def field_widgets(event: Event, posted) -> list[dict]:
    widgets = []
    for spec in EDITABLE_FIELDS:
        value = getattr(event, spec.name)
        if posted is not None and f"present_{spec.name}" in posted:
            value = posted.getlist(spec.name) if spec.kind == "multi" else posted.get(spec.name, "")
        if spec.kind == "lines" and isinstance(value, list):
            value = "\n".join(value)
        selected = {str(v) for v in value} if isinstance(value, list | tuple) else {str(value)}
        widgets.append({
            "spec": spec, "value": "" if value is None else value,
            "choices": [(code, label, code in selected) for code, label in spec.choices()],
        })
    return widgets


@require_POST
@permissions.require("comment")
def comment(request, public_id: str):
    event = _event(public_id)
    try:
        add_comment(event, request.POST.get("text", ""), actor=request.user)
        messages.success(request, gettext("Comment added."))
    except ReviewError as exc:
        messages.error(request, str(exc))
    return redirect(_event_url(event.public_id, _querystring(request)) + "#comments")


@require_POST
@permissions.require("move_campaign")
def campaign(request, public_id: str):
    event = _event(public_id)
    target = request.POST.get("campaign", "")
    chosen = Campaign.objects.filter(public_id=target).first() if target and target != "none" else None
    if target and target != "none" and chosen is None:
        messages.error(request, gettext("No campaign %(id)r.") % {"id": target})
    else:
        move_to_campaign(event, chosen, actor=request.user, reason=request.POST.get("reason", "").strip())
        moved = gettext("Moved to %(name)s.") % {"name": chosen.name} if chosen else gettext("Moved to no campaign.")
        messages.success(request, moved)
    return redirect(_event_url(event.public_id, _querystring(request)))


@require_POST
@permissions.require("merge")
def merge(request, public_id: str):
    """Merge another event (by public id) into this one; this event's id survives."""
    survivor = _event(public_id)
    other_id = request.POST.get("other", "").strip().upper()
    other = Event.objects.filter(public_id=other_id).first()
    if other is None:
        messages.error(request, gettext("No event %(id)r to merge.") % {"id": other_id})
        return redirect(_event_url(survivor.public_id, _querystring(request)))
    if request.POST.get("keep") == "other":
        survivor, other = other, survivor
    try:
        merge_events(survivor, other, actor=request.user, reason=request.POST.get("reason", "").strip())
        absorbed = other_id if other.public_id == other_id else other.public_id
        messages.success(request, gettext("%(absorbed)s merged into %(survivor)s.") % {"absorbed": absorbed,
                                                                                "survivor": survivor.public_id})
    except ReviewError as exc:
        messages.error(request, str(exc))
    return redirect(_event_url(survivor.public_id, _querystring(request)))


@require_POST
@permissions.require("split")
def split(request, public_id: str):
    """Move the ticked reports to a new event."""
    event = _event(public_id)
    ids = [int(v) for v in request.POST.getlist("reports") if v.isdigit()]
    try:
        new_event = split_event(event, ids, actor=request.user, reason=request.POST.get("reason", "").strip())
    except ReviewError as exc:
        messages.error(request, str(exc))
        return redirect(_event_url(event.public_id, _querystring(request)))
    messages.success(request, gettext("Split off %(id)s.") % {"id": new_event.public_id})
    return redirect(_event_url(new_event.public_id, _querystring(request)))
