"""Audit-log pages (per event, per user, everything) and the corrections export (training data)."""

from __future__ import annotations

import json

from django.contrib.auth import get_user_model
from django.core.paginator import Paginator
from django.http import StreamingHttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from protest_tracker.review import permissions
from protest_tracker.review.models import Correction
from protest_tracker.store.models import AuditLog

PAGE_SIZE = 100


def _page(request, rows):
    return Paginator(rows, PAGE_SIZE).get_page(request.GET.get("page"))


@require_GET
@permissions.require("view_event_audit")
def event_audit(request, public_id: str):
    """Every audit row of one event (also rows written under ids merged into it)."""
    rows = AuditLog.objects.filter(object_type="event", object_id=public_id)
    return render(request, "review/audit.html", {"page": _page(request, rows), "title": f"Audit log of {public_id}",
                                                 "subject": public_id})


@require_GET
@permissions.require("view_user_audit")
def user_audit(request, username: str):
    """Everything one user changed."""
    user = get_object_or_404(get_user_model(), username=username)
    rows = AuditLog.objects.filter(actor=user)
    return render(request, "review/audit.html", {"page": _page(request, rows), "title": f"Changes by {username}",
                                                 "subject": username})


@require_GET
@permissions.require("view_user_audit")
def all_audit(request):
    """The whole audit log, newest first; ``?action=`` and ``?batch=`` narrow it."""
    rows = AuditLog.objects.all()
    for key in ("action", "batch", "object_type"):
        if request.GET.get(key):
            rows = rows.filter(**{key: request.GET[key][:64]})
    return render(request, "review/audit.html", {"page": _page(request, rows), "title": "Audit log", "subject": ""})


@require_GET
@permissions.require("export_corrections")
def corrections_jsonl(request):
    """Corrections as JSON Lines: event, field, what the machine said, what the analyst decided, sources."""

    def lines():
        rows = Correction.objects.select_related("event", "analyst").order_by("event__public_id", "field")
        for row in rows.iterator():
            articles = list(row.event.reports.values_list("article_id", flat=True)) if row.event_id else []
            yield json.dumps({
                "event_id": row.event.public_id,
                "field": row.field,
                "machine": row.machine_value,
                "analyst": row.analyst_value,
                "analyst_user": row.analyst.get_username() if row.analyst else None,
                "pipeline_version": row.pipeline_version,
                "articles": articles,
                "updated_at": row.updated_at.isoformat(),
            }, ensure_ascii=False) + "\n"

    response = StreamingHttpResponse(lines(), content_type="application/x-ndjson; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="corrections.jsonl"'
    return response
