"""Creating, checking and revoking API tokens (audited).

A token is only as strong as its owner's log-in: it works while the owner is active and
has a role, and an admin's token works only while the admin has a confirmed TOTP device
(an admin who never enrolled, or whose two-factor was reset, cannot use or get a token).
Only a SHA-256 hash is stored: the token is 256 random bits, so a fast hash is enough.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets

from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils import timezone

from protest_tracker.errors import ConfigurationError
from protest_tracker.store import audit
from protest_tracker.store.roles import role_of
from protest_tracker.web.models import ApiToken

TOKEN_PREFIX = "capt_"
#: ``last_used_at`` is written at most once per this many seconds per token, so that API reads
#: do not queue for the database's write lock behind an ingest run on every request.
USE_RECORD_INTERVAL = 60


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def create_token(username: str, *, name: str) -> str:
    """A new token for ``username`` (who must have a role); returns the clear token, shown only once."""
    user = get_user_model().objects.filter(username=username).first()
    if user is None:
        raise ConfigurationError(f"no user called {username!r}")
    if role_of(user) is None:
        raise ConfigurationError(f"user {username!r} has no role; assign one first")
    if not _second_factor_ok(user):
        raise ConfigurationError(f"{username!r} is an admin without two-factor; log in once and enrol TOTP first")
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    row = ApiToken.objects.create(user=user, name=name or "api", prefix=token[:12], key_hash=_hash(token))
    audit.record(actor=user, action="create_token", object_type="user", object_id=username,
                 field="api_token", new={"id": row.pk, "prefix": row.prefix, "name": row.name})
    return token


def user_for_token(token: str):
    """The active user of a valid, unrevoked token, else None (last use recorded, see :func:`record_use`)."""
    if not token or not token.startswith(TOKEN_PREFIX):
        return None
    row = ApiToken.objects.select_related("user").filter(key_hash=_hash(token), revoked=False).first()
    if row is None or not row.user.is_active or role_of(row.user) is None or not _second_factor_ok(row.user):
        return None
    record_use(row)
    return row.user


def record_use(row: ApiToken) -> bool:
    """Set the token's ``last_used_at`` to now unless it was set in the last :data:`USE_RECORD_INTERVAL`
    seconds; True when written. The read decides first (no write at all in the common case), and the
    update is conditional, so simultaneous requests write once."""
    now = timezone.now()
    cutoff = now - dt.timedelta(seconds=USE_RECORD_INTERVAL)
    if row.last_used_at is not None and row.last_used_at >= cutoff:
        return False
    stale = Q(last_used_at__isnull=True) | Q(last_used_at__lt=cutoff)
    return ApiToken.objects.filter(stale, pk=row.pk).update(last_used_at=now) == 1


def _second_factor_ok(user) -> bool:
    """False for an admin without a confirmed TOTP device (tokens must not bypass two-factor)."""
    from django_otp import user_has_device

    return role_of(user) != "admin" or user_has_device(user, confirmed=True)


def revoke_tokens(username: str) -> int:
    """Revoke every token of ``username``; returns how many were active."""
    count = ApiToken.objects.filter(user__username=username, revoked=False).update(revoked=True)
    if count:
        audit.record(actor=None, action="revoke_tokens", object_type="user", object_id=username,
                     field="api_token", new={"revoked": count})
    return count
