"""The event page: every field with its evidence, the reports side by side, map position, campaign, audit."""

from __future__ import annotations

from typing import Any

from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET

from protest_tracker.codebook import REVIEW_STATUSES, STATUS_TRANSITIONS, VERIFICATION
from protest_tracker.codebook_i18n import field_label, label
from protest_tracker.review import permissions
from protest_tracker.review.editable import EDITABLE_FIELDS, display_value
from protest_tracker.review.evidence import highlight, sanitise_html
from protest_tracker.review.minimap import minimap_svg
from protest_tracker.review.queue import neighbours, parse_filters
from protest_tracker.review.services.status import VERIFIED, required_action
from protest_tracker.store.models import AuditLog, Campaign, Event, EventTombstone

COMPARED = [spec for spec in EDITABLE_FIELDS if spec.name != "notes"]


def _report_value(extracted: dict[str, Any], name: str) -> Any:
    return extracted.get(name)


def _normal(value: Any) -> Any:
    if isinstance(value, list | tuple):
        return tuple(sorted(str(v) for v in value))
    if value in (None, ""):
        return None
    return str(value)


def comparison_rows(event: Event, reports: list) -> list[dict[str, Any]]:
    """One row per field: the event's value and each report's value; ``conflict`` when reports disagree."""
    rows = []
    for spec in COMPARED:
        event_value = getattr(event, spec.name)
        per_report = [_report_value(r.extracted or {}, spec.name) for r in reports]
        distinct = {_normal(v) for v in per_report if _normal(v) is not None}
        stored_conflict = spec.name in (event.conflicts or {})
        rows.append({
            "name": spec.name,
            "label": field_label(spec.name, spec.label),
            "event": display_value(spec, event_value),
            "reports": [display_value(spec, v) if spec.kind != "date" else (v or "—") for v in per_report],
            "conflict": len(distinct) > 1 or stored_conflict,
        })
    return rows


def status_buttons(user, event: Event) -> list[tuple[str, str]]:
    """``(status, label)`` for each status this user may move the event to."""
    return [(target, label(REVIEW_STATUSES, target)) for target in sorted(STATUS_TRANSITIONS.get(event.status, ()))
            if permissions.can(user, required_action(event.status, target))]



def verification_state(user, event: Event) -> dict[str, Any]:
    """Who vouches for a published event, the audit row that said so, and whether ``user`` may verify it."""
    last = (AuditLog.objects.filter(object_type="event", object_id=event.public_id, field="verification")
            .order_by("-created_at", "-id").first()) if event.verification else None
    return {
        "code": event.verification,
        "label": label(VERIFICATION, event.verification) if event.verification else "",
        "by": last.actor_label if last else "",
        "at": last.created_at if last else None,
        "can_verify": (event.status == "published" and event.verification != VERIFIED
                       and permissions.can(user, "change_status")),
    }

#: Decisions with one key each: set the status, then open the next event of the queue.
QUICK_DECISIONS = (
    {"status": "verified", "label": _("Approve and next"), "key": "a", "css": "approve", "id": "approve-next"},
    {"status": "rejected", "label": _("Reject and next"), "key": "r", "css": "reject", "id": "reject-next"},
    {"status": "published", "label": _("Publish and next"), "key": "p", "css": "approve", "id": "publish-next"},
)


@require_GET
@permissions.require("view_event")
def event_page(request, public_id: str):
    event = Event.objects.select_related("campaign").filter(public_id=public_id).first()
    if event is None:
        tombstone = get_object_or_404(EventTombstone, public_id=public_id)
        if tombstone.merged_into:
            query = request.META.get("QUERY_STRING", "")
            return redirect(f"/review/event/{tombstone.merged_into}/" + (f"?{query}" if query else ""))
        return render(request, "review/gone.html", {"tombstone": tombstone}, status=410)
    filters = parse_filters(request.GET)
    previous, following = neighbours(filters, event.public_id)
    reports = list(event.reports.select_related("article").order_by("created_at", "pk"))
    for report in reports:
        report.highlighted = highlight(report.article.text, report.evidence or [])
        report.show_raw = report.article.raw.lstrip().startswith("<")
        report.raw_html = sanitise_html(report.article.raw) if report.show_raw else ""
    fields = [{"name": spec.name, "label": field_label(spec.name, spec.label), "value": display_value(spec, getattr(event, spec.name))}
              for spec in EDITABLE_FIELDS]
    targets = status_buttons(request.user, event)
    context = {
        "event": event,
        "fields": fields,
        "reports": reports,
        "rows": comparison_rows(event, reports),
        "minimap": minimap_svg(latitude=event.latitude, longitude=event.longitude, country=event.country),
        "campaigns": Campaign.objects.order_by("name")[:500],
        "comments": event.comments.all(),
        "audit_rows": AuditLog.objects.filter(object_type="event", object_id=event.public_id)[:200],
        "querystring": filters.querystring(),
        "previous": previous,
        "next": following,
        "status_targets": targets,
        "quick_decisions": [d for d in QUICK_DECISIONS if d["status"] in {code for code, _ in targets}],
        "actions": permissions.allowed_actions(request.user),
        "can_publish": permissions.can(request.user, "publish"),
        "verification": verification_state(request.user, event),
    }
    return render(request, "review/event.html", context)
