"""Creating, checking and revoking API tokens (audited)."""

from __future__ import annotations

import hashlib
import secrets

from django.contrib.auth import get_user_model
from django.utils import timezone

from protest_tracker.errors import ConfigurationError
from protest_tracker.store import audit
from protest_tracker.store.roles import role_of
from protest_tracker.web.models import ApiToken

TOKEN_PREFIX = "capt_"


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def create_token(username: str, *, name: str) -> str:
    """A new token for ``username`` (who must have a role); returns the clear token, shown only once."""
    user = get_user_model().objects.filter(username=username).first()
    if user is None:
        raise ConfigurationError(f"no user called {username!r}")
    if role_of(user) is None:
        raise ConfigurationError(f"user {username!r} has no role; assign one first")
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    row = ApiToken.objects.create(user=user, name=name or "api", prefix=token[:12], key_hash=_hash(token))
    audit.record(actor=user, action="create_token", object_type="user", object_id=username,
                 field="api_token", new={"id": row.pk, "prefix": row.prefix, "name": row.name})
    return token


def user_for_token(token: str):
    """The active user of a valid, unrevoked token, else None (last use is recorded)."""
    if not token or not token.startswith(TOKEN_PREFIX):
        return None
    row = ApiToken.objects.select_related("user").filter(key_hash=_hash(token), revoked=False).first()
    if row is None or not row.user.is_active:
        return None
    ApiToken.objects.filter(pk=row.pk).update(last_used_at=timezone.now())
    return row.user


def revoke_tokens(username: str) -> int:
    """Revoke every token of ``username``; returns how many were active."""
    count = ApiToken.objects.filter(user__username=username, revoked=False).update(revoked=True)
    if count:
        audit.record(actor=None, action="revoke_tokens", object_type="user", object_id=username,
                     field="api_token", new={"revoked": count})
    return count
