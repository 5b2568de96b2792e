"""Users of each role and logged-in clients for the review workspace tests."""

from __future__ import annotations

import pytest
from django.test import Client

from protest_tracker.review.testing import login_verified, make_user


@pytest.fixture(autouse=True)
def fast_password_hashing(settings, request):
    """Argon2 is deliberately slow; tests other than the hashing test use a fast hasher."""
    if "argon2" not in request.node.name:
        settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def users(db):
    """One user per role (the admin with a confirmed TOTP device)."""
    return {
        "admin": make_user("ada", role="admin", with_totp=True),
        "coder": make_user("cole", role="coder"),
        "viewer": make_user("vera", role="viewer"),
    }


@pytest.fixture
def clients(users):
    """A logged-in, two-factor-verified client per role, plus an anonymous one."""
    result = {"anonymous": Client()}
    for role, user in users.items():
        client = Client()
        login_verified(client, user)
        result[role] = client
    return result
