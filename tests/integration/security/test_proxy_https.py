"""HTTPS behind a reverse proxy: the proxy-SSL header from configuration, `serve --trusted-proxy`,
HSTS and Secure cookies on HTTPS requests only."""

from __future__ import annotations

import contextlib

import httpx
import pytest
from django.test import Client

from local_server import running_waitress
from protest_tracker import config
from protest_tracker.cli.core import make_server
from protest_tracker.errors import ConfigurationError
from protest_tracker.review.models import LoginFailure

HSTS = "Strict-Transport-Security"


@pytest.mark.parametrize(("given", "expected"), [
    ("", None),
    ("X-Forwarded-Proto", ("HTTP_X_FORWARDED_PROTO", "https")),
    ("X-Forwarded-Ssl: on", ("HTTP_X_FORWARDED_SSL", "on")),
    ("x-forwarded-proto=https", ("HTTP_X_FORWARDED_PROTO", "https")),
])
def test_proxy_ssl_header_from_the_environment(monkeypatch, given, expected):
    monkeypatch.setenv("PROTEST_TRACKER_PROXY_SSL_HEADER", given)
    assert config.proxy_ssl_header() == expected


@pytest.mark.parametrize("given", ["X Forwarded", "HTTP_X:https:x", "<script>"])
def test_a_malformed_proxy_ssl_header_is_one_clear_error(monkeypatch, given):
    monkeypatch.setenv("PROTEST_TRACKER_PROXY_SSL_HEADER", given)
    with pytest.raises(ConfigurationError, match="PROTEST_TRACKER_PROXY_SSL_HEADER"):
        config.proxy_ssl_header()


def test_hsts_seconds(monkeypatch):
    monkeypatch.delenv("PROTEST_TRACKER_HSTS_SECONDS", raising=False)
    assert config.hsts_seconds() == 365 * 24 * 3600
    monkeypatch.setenv("PROTEST_TRACKER_HSTS_SECONDS", "0")
    assert config.hsts_seconds() == 0
    monkeypatch.setenv("PROTEST_TRACKER_HSTS_SECONDS", "a year")
    with pytest.raises(ConfigurationError, match="whole number"):
        config.hsts_seconds()


def _cookie_flags(response) -> dict[str, bool]:
    return {name: bool(morsel["secure"]) for name, morsel in response.cookies.items()}


@pytest.mark.django_db
@pytest.mark.both_backends
def test_with_the_proxy_header_configured_https_requests_get_hsts_and_secure_cookies(settings):
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    secure = Client().get("/accounts/login/", HTTP_X_FORWARDED_PROTO="https")
    assert secure[HSTS] == "max-age=31536000"
    assert _cookie_flags(secure) == {"csrftoken": True}
    plain = Client().get("/accounts/login/")
    assert HSTS not in plain and _cookie_flags(plain) == {"csrftoken": False}
    spoofed = Client().get("/accounts/login/", HTTP_X_FORWARDED_PROTO="http")
    assert HSTS not in spoofed


@pytest.mark.django_db
@pytest.mark.both_backends
def test_without_the_setting_a_forwarded_proto_header_is_not_believed(settings):
    settings.SECURE_PROXY_SSL_HEADER = None
    response = Client().get("/accounts/login/", HTTP_X_FORWARDED_PROTO="https")
    assert HSTS not in response and _cookie_flags(response) == {"csrftoken": False}


@pytest.fixture
def serve():
    """Start ``serve``'s waitress server (``serve(trusted_proxy=…)`` → its base URL); stopped afterwards."""
    with contextlib.ExitStack() as running:

        def start(trusted_proxy: str | None) -> str:
            server = make_server(host="127.0.0.1", port=0, threads=4, trusted_proxy=trusted_proxy)
            return running.enter_context(running_waitress(server))

        yield start


def _wrong_login(base: str, headers: dict[str, str]) -> httpx.Response:
    page = httpx.get(f"{base}/accounts/login/", headers=headers)
    token = page.text.split('name="csrfmiddlewaretoken" value="', 1)[1].split('"', 1)[0]
    return httpx.post(f"{base}/accounts/login/", headers={**headers, "Referer": base.replace("http://", "https://") + "/accounts/login/"},
                      cookies={"csrftoken": page.cookies["csrftoken"]},
                      data={"username": "nobody", "password": "wrong-password", "csrfmiddlewaretoken": token})


FORWARDED = {"X-Forwarded-For": "203.0.113.7", "X-Forwarded-Proto": "https"}


@pytest.mark.django_db(transaction=True)
@pytest.mark.both_backends
def test_serve_behind_a_trusted_proxy_believes_its_scheme_and_client_address(serve, settings):
    settings.SECURE_PROXY_SSL_HEADER = None  # waitress alone decides, from the trusted peer only
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    base = serve("127.0.0.1")
    page = httpx.get(f"{base}/accounts/login/", headers=FORWARDED)
    assert page.headers[HSTS] == "max-age=31536000"
    assert "secure" in page.headers["set-cookie"].lower()
    _wrong_login(base, FORWARDED)
    assert list(LoginFailure.objects.values_list("address", flat=True)) == ["203.0.113.7"]


@pytest.mark.django_db(transaction=True)
@pytest.mark.both_backends
def test_serve_ignores_forwarded_headers_from_anyone_but_the_trusted_proxy(serve, settings):
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")  # even so: waitress drops it
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    base = serve("192.0.2.1")  # the proxy is elsewhere; we are an untrusted client
    page = httpx.get(f"{base}/accounts/login/", headers=FORWARDED)
    assert HSTS not in page.headers and "secure" not in page.headers["set-cookie"].lower()
    _wrong_login(base, FORWARDED)
    assert list(LoginFailure.objects.values_list("address", flat=True)) == ["127.0.0.1"]
