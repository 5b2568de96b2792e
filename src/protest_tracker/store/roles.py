"""User roles (admin, coder, viewer) as Django groups. Permissions are deny-by-default: see review/."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from protest_tracker.errors import ConfigurationError

ROLES = ("admin", "coder", "viewer")


def role_of(user) -> str | None:
    """The user's role, or None (no role means no access beyond the public site)."""
    if not getattr(user, "is_authenticated", False):
        return None
    names = set(user.groups.values_list("name", flat=True))
    for role in ROLES:
        if role in names:
            return role
    return None


def assign_role(user, role: str) -> None:
    """Give ``user`` exactly one role. Admins are staff (Django admin) but not superusers."""
    if role not in ROLES:
        raise ConfigurationError(f"unknown role {role!r}; choose one of {', '.join(ROLES)}")
    groups = {name: Group.objects.get_or_create(name=name)[0] for name in ROLES}
    user.groups.remove(*[groups[r] for r in ROLES if r != role])
    user.groups.add(groups[role])
    user.is_staff = role == "admin"
    user.save(update_fields=["is_staff"])


def create_user(username: str, *, password: str, role: str, email: str = ""):
    """Create (or update the password and role of) a user; validates the password."""
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError

    if role not in ROLES:
        raise ConfigurationError(f"unknown role {role!r}; choose one of {', '.join(ROLES)}")
    User = get_user_model()
    user = User.objects.filter(username=username).first() or User(username=username, email=email)
    try:
        validate_password(password, user)
    except ValidationError as exc:
        raise ConfigurationError("password rejected: " + " ".join(exc.messages)) from None
    user.set_password(password)
    user.save()
    assign_role(user, role)
    return user
