"""Decorators shared by the public views: the login setting and clear 400s for bad parameters."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.db.models import Q, QuerySet
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render

from protest_tracker.store.models import Event
from protest_tracker.web.filters import InvalidFilter
from protest_tracker.web.formats import UnknownFormat
from protest_tracker.web.privacy import may_see_public_site


def public_view(view: Callable) -> Callable:
    """Honour ``PUBLIC_REQUIRES_LOGIN``; turn bad filters or formats into a plain 400."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not may_see_public_site(request.user):
            return redirect_to_login(request.get_full_path())
        try:
            return view(request, *args, **kwargs)
        except (InvalidFilter, UnknownFormat) as exc:
            return bad_request(request, message=str(exc), suffix=kwargs.get("suffix"))

    return wrapper


def bad_request(request, *, message: str, suffix: str | None = None) -> HttpResponse:
    """A 400 in the form the client asked for: a page for browsers, JSON for JSON, else plain text."""
    wanted = suffix or request.GET.get("format") or ("json" if request.path.endswith(".geojson") else "html")
    if wanted == "html":
        return render(request, "web/bad_request.html", {"message": message, "path": request.path}, status=400)
    if wanted == "json":
        return JsonResponse({"detail": message}, status=400)
    return HttpResponse(f"Bad request: {message}\n", status=400, content_type="text/plain; charset=utf-8")


def public_event_q(prefix: str = "") -> Q:
    """The condition for an event the public may see: published, and verified by an analyst when
    ``PUBLIC_VERIFIED_ONLY`` is on. ``prefix`` (``"events__"``) applies it across a relation."""
    condition = Q(**{f"{prefix}status": "published"})
    if getattr(settings, "PUBLIC_VERIFIED_ONLY", False):
        condition &= Q(**{f"{prefix}verification": "verified"})
    return condition


def published_events() -> QuerySet:
    """The events the public may see (see :func:`public_event_q`)."""
    return Event.objects.filter(public_event_q())
