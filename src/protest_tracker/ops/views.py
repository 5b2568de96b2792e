"""``/healthz`` (JSON, for monitors; no login) and ``/ops/status/`` (analysts)."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from protest_tracker.ops.health import health, status
from protest_tracker.review.permissions import require


@never_cache
@require_safe
def healthz(request: HttpRequest) -> JsonResponse:
    """200 with ``ok: true`` when the database answers (and the last cycle is recent enough), else 503."""
    report = health()
    return JsonResponse(report, status=200 if report["ok"] else 503)


@never_cache
@require_safe
@require("view_queue")
def status_page(request: HttpRequest) -> HttpResponse:
    return render(request, "ops/status.html", {"title": "Operations", **status()})
