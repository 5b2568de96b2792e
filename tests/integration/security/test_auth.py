"""Authentication: session fixation, log-out, CSRF on every form, API tokens (hashed, revocable, role-bound,
no way around an admin's two-factor)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.contrib.sessions.models import Session
from django.test import Client
from django_otp.plugins.otp_totp.models import TOTPDevice
from security_support import body_of

import protest_tracker
from protest_tracker.errors import ConfigurationError
from protest_tracker.review.testing import PASSWORD, make_user
from protest_tracker.store.roles import assign_role
from protest_tracker.web.models import ApiToken
from protest_tracker.web.tokens import create_token, revoke_tokens

pytestmark = [pytest.mark.django_db]
PACKAGE = Path(protest_tracker.__file__).parent


def test_session_key_rotates_at_login_and_dies_at_logout():
    make_user("sec-rotate", role="coder")
    client = Client()
    client.get("/accounts/login/")
    client.session.save()
    before = client.session.session_key
    assert client.post("/accounts/login/", {"username": "sec-rotate", "password": PASSWORD}).status_code == 302
    after = client.cookies["sessionid"].value
    assert after != before
    assert client.get("/review/").status_code == 200
    stolen = Client()
    stolen.cookies["sessionid"] = after
    assert stolen.get("/review/").status_code == 200
    assert client.get("/accounts/logout/").status_code == 405  # log-out is a POST (no log-out by image tag)
    client.post("/accounts/logout/")
    assert not Session.objects.filter(session_key=after).exists()
    assert stolen.get("/review/").status_code == 302  # the old cookie is worthless now


def test_every_post_form_carries_a_csrf_token():
    forms = 0
    for template in sorted(PACKAGE.rglob("templates/**/*.html")):
        text = template.read_text(encoding="utf-8")
        for match in re.finditer(r"<form\b[^>]*>(.*?)</form>", text, re.S | re.I):
            if re.search(r"method=\"post\"", match.group(0)[:200], re.I):
                forms += 1
                assert "{% csrf_token %}" in match.group(1), f"{template}: a POST form without {{% csrf_token %}}"
    assert forms >= 8


def test_csrf_is_checked_on_review_writes(users, world):
    from protest_tracker.review.testing import login_verified

    client = Client(enforce_csrf_checks=True)
    login_verified(client, users["admin"])
    url = f"/review/event/{world.unpublished.public_id}/status/"
    assert client.post(url, {"status": "published", "reason": "x"}).status_code == 403
    world.unpublished.refresh_from_db()
    assert world.unpublished.status == "verified"


def test_passwords_are_stored_with_argon2(db):
    user = make_user("sec-argon2-user", role="viewer")
    assert get_user_model().objects.get(pk=user.pk).password.startswith("argon2$")


def test_tokens_are_stored_hashed_and_can_be_revoked(client, users, world):
    token = create_token(users["coder"].username, name="sync")
    row = ApiToken.objects.get()
    assert token not in (row.key_hash, row.prefix) and token[len(row.prefix):] not in row.key_hash
    url = f"/api/v1/events/{world.unpublished.public_id}"
    auth = {"Authorization": f"Bearer {token}"}
    assert client.get(url, headers=auth).status_code == 200
    assert revoke_tokens(users["coder"].username) == 1
    assert client.get(url, headers=auth).status_code == 404  # back to the public view: unpublished is invisible
    assert client.patch(url, {"changes": {"size_min": 3}}, content_type="application/json", headers=auth).status_code == 401


def test_tokens_follow_the_owners_role_and_account(client, users, world):
    token = create_token(users["coder"].username, name="sync")
    auth = {"Authorization": f"Bearer {token}"}
    url = f"/api/v1/events/{world.unpublished.public_id}"
    assert client.get(url, headers=auth).status_code == 200
    assign_role(users["coder"], "viewer")  # a demoted coder's token cannot write any more
    denied = client.patch(url, {"changes": {"size_min": 3}, "reason": "x"}, content_type="application/json", headers=auth)
    assert denied.status_code == 403
    users["coder"].groups.clear()  # no role at all: the token is dead
    assert client.get(url, headers=auth).status_code == 404
    assign_role(users["coder"], "coder")
    users["coder"].is_active = False
    users["coder"].save()
    assert client.get(url, headers=auth).status_code == 404


def test_admin_tokens_cannot_bypass_two_factor(client, users, world):
    lazy_admin = make_user("sec-admin-no-2fa", role="admin")
    with pytest.raises(ConfigurationError, match="two-factor"):
        create_token(lazy_admin.username, name="sync")
    token = create_token(users["admin"].username, name="sync")
    auth = {"Authorization": f"Bearer {token}"}
    url = f"/api/v1/events/{world.unpublished.public_id}"
    assert client.get(url, headers=auth).status_code == 200
    TOTPDevice.objects.filter(user=users["admin"]).delete()  # an admin's two-factor reset suspends their tokens
    response = client.post(f"{url}/status", {"status": "published", "reason": "x"}, content_type="application/json",
                           headers=auth)
    assert response.status_code == 401, body_of(response)
    world.unpublished.refresh_from_db()
    assert world.unpublished.status == "verified"
