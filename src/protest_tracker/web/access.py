"""Decorators shared by the public views: the login setting and clear 400s for bad parameters."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.db.models import QuerySet
from django.http import HttpResponse

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
            return HttpResponse(f"Bad request: {exc}\n", status=400, content_type="text/plain; charset=utf-8")

    return wrapper


def published_events() -> QuerySet:
    """The events the public may see."""
    return Event.objects.filter(status="published")
