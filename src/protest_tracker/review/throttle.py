"""Login throttling: too many failed log-ins per user name or per address lock the door for a while.

Counters are rows of :class:`~protest_tracker.review.models.LoginFailure` (so they
hold across worker processes and restarts). Limits come from settings with
defaults: ``LOGIN_THROTTLE_USER_LIMIT`` (5), ``LOGIN_THROTTLE_ADDRESS_LIMIT`` (20)
and ``LOGIN_THROTTLE_WINDOW`` (seconds, 900).

Check and count are one step (:func:`begin_attempt`): in one transaction, with the user
name and the address locked, the recent failures are counted and, when the door is
open, this attempt is written down as a failure *before* the password is checked. A
right password then clears the user name's rows (:func:`record_success`). So thirty
simultaneous guesses cannot all pass a check that none of them has been counted in yet:
at most the limit get as far as the password. The lock is the write lock SQLite takes at
``BEGIN IMMEDIATE`` (settings.py), and per-key advisory locks on PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
from dataclasses import dataclass

from django.conf import settings
from django.db import connection, transaction
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


def _lock(*keys: str) -> None:
    """Serialise attempts on ``keys`` until the transaction ends (PostgreSQL advisory locks, taken
    in a fixed order; SQLite's ``BEGIN IMMEDIATE`` has already locked the whole database)."""
    if connection.vendor != "postgresql":
        return
    ids = sorted(int.from_bytes(hashlib.sha256(f"login-throttle:{key}".encode()).digest()[:8], "big", signed=True)
                 for key in set(keys))
    with connection.cursor() as cursor:
        for lock_id in ids:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [lock_id])


def _refusal(*, username: str, address: str, current: Limits) -> LoginThrottled | None:
    """The refusal for this user name or address when it is locked out, else ``None``."""
    since = timezone.now() - dt.timedelta(seconds=current.window)
    recent = LoginFailure.objects.filter(created_at__gte=since)
    for rows, limit in (
        (recent.filter(username=username), current.per_user),
        (recent.filter(address=address), current.per_address),
    ):
        times = list(rows.order_by("-created_at").values_list("created_at", flat=True)[:limit])
        if len(times) >= limit:
            oldest = times[-1]
            wait = (oldest + dt.timedelta(seconds=current.window) - timezone.now()).total_seconds()
            minutes = max(1, math.ceil(wait / 60))
            return LoginThrottled(
                f"Too many failed log-ins. Try again in {minutes} minute{'s' if minutes != 1 else ''}.",
                retry_after=max(1, math.ceil(wait)),
            )
    return None


def begin_attempt(*, username: str, address: str) -> None:
    """Check and count one log-in attempt atomically (see the module docstring).

    Raises :class:`LoginThrottled` when the user name or the address is locked out; otherwise
    the attempt is stored as a failure until :func:`record_success` clears it.
    """
    name, current = _normalise(username), limits()
    with transaction.atomic():
        _lock(f"user:{name}", f"address:{address}")
        refusal = _refusal(username=name, address=address, current=current)
        if refusal is not None:
            raise refusal
        LoginFailure.objects.create(username=name, address=address)
    cutoff = timezone.now() - dt.timedelta(seconds=current.window * 4)
    LoginFailure.objects.filter(created_at__lt=cutoff).delete()


def record_success(*, username: str) -> None:
    """A successful log-in clears the user name's failures (not the address's)."""
    LoginFailure.objects.filter(username=_normalise(username)).delete()
