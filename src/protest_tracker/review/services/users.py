"""User management for admins: create users, change roles, deactivate, reset two-factor. Audited."""

from __future__ import annotations

from django.db import transaction
from django_otp.plugins.otp_totp.models import TOTPDevice

from protest_tracker.errors import ConfigurationError, ReviewError
from protest_tracker.review import permissions
from protest_tracker.store import audit
from protest_tracker.store.roles import ROLES, assign_role, create_user, role_of


def add_user(*, actor, username: str, password: str, role: str, email: str = ""):
    """Create a user with ``role`` (the password is validated); audited without the password."""
    permissions.check(actor, "manage_users")
    from django.contrib.auth import get_user_model

    if get_user_model().objects.filter(username=username).exists():
        raise ReviewError(f"a user called {username!r} already exists")
    try:
        with transaction.atomic():
            user = create_user(username, password=password, role=role, email=email)
            audit.record(actor=actor, action="create_user", object_type="user", object_id=username,
                         field="role", new=role)
    except ConfigurationError as exc:
        raise ReviewError(str(exc)) from None
    return user


def change_role(*, actor, user, role: str) -> None:
    """Give ``user`` another role. An admin cannot demote themself (someone must stay admin)."""
    permissions.check(actor, "manage_users")
    if role not in ROLES:
        raise ReviewError(f"unknown role {role!r}")
    old = role_of(user)
    if old == role:
        return
    if user.pk == actor.pk:
        raise ReviewError("you cannot change your own role")
    with transaction.atomic():
        assign_role(user, role)
        audit.record(actor=actor, action="change_role", object_type="user", object_id=user.get_username(),
                     field="role", old=old, new=role)


def set_active(*, actor, user, active: bool) -> None:
    """Deactivate (or reactivate) an account; its audit trail stays."""
    permissions.check(actor, "manage_users")
    if user.pk == actor.pk:
        raise ReviewError("you cannot deactivate yourself")
    if user.is_active == active:
        return
    with transaction.atomic():
        user.is_active = active
        user.save(update_fields=["is_active"])
        audit.record(actor=actor, action="set_active", object_type="user", object_id=user.get_username(),
                     field="is_active", old=not active, new=active)


def reset_two_factor(*, actor, user) -> int:
    """Remove the user's TOTP devices (they enrol again at next log-in); returns how many."""
    permissions.check(actor, "manage_users")
    with transaction.atomic():
        count, _ = TOTPDevice.objects.filter(user=user).delete()
        audit.record(actor=actor, action="reset_2fa", object_type="user", object_id=user.get_username(),
                     field="totp_devices", old=count, new=0)
    return count
