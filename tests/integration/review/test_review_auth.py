"""Log-in, throttling, two-factor enrolment and verification, CSRF, Argon2 and the security headers."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django_otp.plugins.otp_totp.models import TOTPDevice

from protest_tracker.review.security import CONTENT_SECURITY_POLICY
from protest_tracker.review.testing import PASSWORD, make_user, totp_code

pytestmark = [pytest.mark.django_db, pytest.mark.both_backends]


def login(client, username, password=PASSWORD, **extra):
    return client.post("/accounts/login/", {"username": username, "password": password}, **extra)


def test_anonymous_queue_redirects_to_login(client):
    response = client.get("/review/")
    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=/review/"


def test_coder_logs_in_and_reaches_the_queue(client):
    make_user("cole", role="coder")
    response = login(client, "cole")
    assert response.status_code == 302 and response["Location"] == "/review/"
    assert client.get("/review/").status_code == 200


def test_wrong_password_is_refused(client):
    make_user("cole", role="coder")
    response = login(client, "cole", "not-the-password")
    assert response.status_code == 200
    assert "did not match" in response.content.decode() or "correct username" in response.content.decode()
    assert client.get("/review/").status_code == 302


def test_throttling_after_repeated_failures(client, settings):
    settings.LOGIN_THROTTLE_USER_LIMIT = 3
    make_user("cole", role="coder")
    for _ in range(3):
        assert login(client, "cole", "wrong-password").status_code == 200
    locked = login(client, "cole")  # even the right password is refused while locked
    assert locked.status_code == 429
    assert "Too many failed log-ins" in locked.content.decode()
    assert client.get("/review/").status_code == 302
    make_user("vera", role="viewer")  # another user name from the same address still works
    assert login(Client(), "vera").status_code == 302


def test_throttling_per_address(settings):
    settings.LOGIN_THROTTLE_ADDRESS_LIMIT = 4
    make_user("cole", role="coder")
    client = Client(REMOTE_ADDR="10.0.0.9")
    for number in range(4):
        login(client, f"guess{number}", "wrong-password")
    assert login(client, "cole").status_code == 429
    assert login(Client(REMOTE_ADDR="10.0.0.10"), "cole").status_code == 302


def test_admin_must_enrol_totp_before_anything_else(client, settings):
    settings.OTP_TOTP_THROTTLE_FACTOR = 0  # django-otp's own delay after a wrong code is tested below
    make_user("ada", role="admin")
    assert login(client, "ada").status_code == 302
    response = client.get("/review/")
    assert response.status_code == 302 and response["Location"].startswith("/accounts/2fa/setup/")
    page = client.get(response["Location"])
    html = page.content.decode()
    assert "<svg" in html and 'class="segno"' in html  # QR code rendered on the server
    secret = re.search(r'<code id="totp-secret">([A-Z2-7]+)</code>', html).group(1)
    device = TOTPDevice.objects.get(user__username="ada", confirmed=False)
    assert len(secret) >= 16
    bad = client.post("/accounts/2fa/setup/", {"token": "000000", "next": "/review/"})
    assert bad.status_code == 200 and "not valid" in bad.content.decode()
    good = client.post("/accounts/2fa/setup/", {"token": totp_code(device), "next": "/review/"})
    assert good.status_code == 302 and good["Location"] == "/review/"
    assert client.get("/review/").status_code == 200
    assert TOTPDevice.objects.get(user__username="ada").confirmed


def test_enrolled_user_must_verify_after_password(client, settings):
    settings.OTP_TOTP_THROTTLE_FACTOR = 0
    user = make_user("ada", role="admin", with_totp=True)
    device = TOTPDevice.objects.get(user=user)
    login(client, "ada")
    response = client.get("/review/users/")
    assert response["Location"].startswith("/accounts/2fa/verify/")
    assert client.post("/accounts/2fa/verify/", {"token": "123456"}).status_code == 200
    assert client.get("/review/users/").status_code == 302
    ok = client.post("/accounts/2fa/verify/", {"token": totp_code(device), "next": "/review/users/"})
    assert ok.status_code == 302 and ok["Location"] == "/review/users/"
    assert client.get("/review/users/").status_code == 200


def test_wrong_codes_slow_down_verification(client):
    user = make_user("ada", role="admin", with_totp=True)
    device = TOTPDevice.objects.get(user=user)
    login(client, "ada")
    client.post("/accounts/2fa/verify/", {"token": "000000"})
    refused = client.post("/accounts/2fa/verify/", {"token": totp_code(device)})
    assert refused.status_code == 200 and "too many attempts" in refused.content.decode()
    assert client.get("/review/").status_code == 302


def test_two_factor_is_optional_for_coders(client):
    user = make_user("cole", role="coder")
    login(client, "cole")
    assert client.get("/review/").status_code == 200
    client.get("/accounts/2fa/setup/")
    device = TOTPDevice.objects.get(user=user, confirmed=False)
    assert client.post("/accounts/2fa/setup/", {"token": totp_code(device)}).status_code == 302
    second = Client()
    login(second, "cole")
    assert second.get("/review/")["Location"].startswith("/accounts/2fa/verify/")


def test_open_redirect_is_refused(client):
    user = make_user("ada", role="admin", with_totp=True)
    login(client, "ada")
    device = TOTPDevice.objects.get(user=user)
    response = client.post("/accounts/2fa/verify/", {"token": totp_code(device), "next": "https://evil.example/"})
    assert response["Location"] == "/review/"


def test_csrf_is_enforced():
    make_user("cole", role="coder")
    client = Client(enforce_csrf_checks=True)
    assert login(client, "cole").status_code == 403
    page = client.get("/accounts/login/")
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.content.decode()).group(1)
    response = client.post("/accounts/login/", {"username": "cole", "password": PASSWORD,
                                                "csrfmiddlewaretoken": token})
    assert response.status_code == 302
    assert client.post("/review/bulk/", {"events": [], "action": "rejected"}).status_code == 403


def test_passwords_are_hashed_with_argon2(settings):
    user = make_user("cole", role="coder")
    assert settings.PASSWORD_HASHERS[0].endswith("Argon2PasswordHasher")
    assert get_user_model().objects.get(pk=user.pk).password.startswith("argon2")


def test_security_headers_on_every_page(client):
    response = client.get("/accounts/login/")
    assert response["Content-Security-Policy"] == CONTENT_SECURITY_POLICY
    assert "script-src 'self'" in CONTENT_SECURITY_POLICY and "unsafe-inline" not in CONTENT_SECURITY_POLICY
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    html = response.content.decode()
    assert "<script>" not in html and " style=" not in html  # nothing inline that the CSP would block


def test_session_and_csrf_cookie_settings(settings):
    assert settings.SESSION_COOKIE_HTTPONLY and settings.SESSION_COOKIE_SAMESITE == "Lax"
    assert settings.CSRF_COOKIE_HTTPONLY and settings.CSRF_COOKIE_SAMESITE == "Strict"
