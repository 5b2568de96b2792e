"""Login throttling: too many failed log-ins per user name or per address lock the door for a while.

Counters are rows of :class:`~protest_tracker.review.models.LoginFailure` (so they
hold across worker processes and restarts). Limits come from settings with
defaults: ``LOGIN_THROTTLE_USER_LIMIT`` (5), ``LOGIN_THROTTLE_ADDRESS_LIMIT`` (20)
and ``LOGIN_THROTTLE_WINDOW`` (seconds, 900).
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from django.conf import settings
from django.utils import timezone

from protest_tracker.errors import ReviewError
from protest_tracker.review.models import LoginFailure


class LoginThrottled(ReviewError):
    """Too many failed log-ins; carries the wait in seconds."""

    def __init__(self, message: str, *, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after


@dataclass(frozen=True)
class Limits:
    per_user: int
    per_address: int
    window: int


def limits() -> Limits:
    """The configured limits."""
    return Limits(
        per_user=int(getattr(settings, "LOGIN_THROTTLE_USER_LIMIT", 5)),
        per_address=int(getattr(settings, "LOGIN_THROTTLE_ADDRESS_LIMIT", 20)),
        window=int(getattr(settings, "LOGIN_THROTTLE_WINDOW", 900)),
    )


def client_address(request) -> str:
    """The peer address (we serve behind no proxy by default, so X-Forwarded-For is not trusted)."""
    return str(request.META.get("REMOTE_ADDR") or "unknown")[:64]


def _normalise(username: str) -> str:
    return (username or "").strip().lower()[:150]


def check(*, username: str, address: str) -> None:
    """Raise :class:`LoginThrottled` when the user name or the address is locked out."""
    current = limits()
    since = timezone.now() - dt.timedelta(seconds=current.window)
    recent = LoginFailure.objects.filter(created_at__gte=since)
    for rows, limit in (
        (recent.filter(username=_normalise(username)), current.per_user),
        (recent.filter(address=address), current.per_address),
    ):
        times = list(rows.order_by("-created_at").values_list("created_at", flat=True)[:limit])
        if len(times) >= limit:
            oldest = times[-1]
            wait = (oldest + dt.timedelta(seconds=current.window) - timezone.now()).total_seconds()
            minutes = max(1, math.ceil(wait / 60))
            raise LoginThrottled(
                f"Too many failed log-ins. Try again in {minutes} minute{'s' if minutes != 1 else ''}.",
                retry_after=max(1, int(wait)),
            )


def record_failure(*, username: str, address: str) -> None:
    """Count one failed log-in; old rows beyond the window are pruned on the way."""
    LoginFailure.objects.create(username=_normalise(username), address=address)
    cutoff = timezone.now() - dt.timedelta(seconds=limits().window * 4)
    LoginFailure.objects.filter(created_at__lt=cutoff).delete()


def record_success(*, username: str) -> None:
    """A successful log-in clears the user name's failures (not the address's)."""
    LoginFailure.objects.filter(username=_normalise(username)).delete()
