"""Users of each role and logged-in clients for the review workspace tests."""

from __future__ import annotations

import pytest

from protest_tracker.review.testing import clients_by_role, users_by_role


@pytest.fixture(autouse=True)
def fast_password_hashing(settings, request):
    """Argon2 is deliberately slow; tests other than the hashing test use a fast hasher."""
    if "argon2" not in request.node.name:
        settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def users(db):
    """One user per role (the admin with a confirmed TOTP device)."""
    return users_by_role(admin="ada", coder="cole", viewer="vera")


@pytest.fixture
def clients(users):
    """A logged-in, two-factor-verified client per role, plus an anonymous one."""
    return clients_by_role(users)
