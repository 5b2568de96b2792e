"""The login throttle under real concurrency: simultaneous wrong passwords against a live server.

The server is waitress, as ``protest-tracker serve`` runs it (16 worker threads, on the test
database). Thirty threads post a wrong password for one user name at the same moment (one shared CSRF
token). Checking and counting an attempt is one locked step, so exactly the limit get as far as
the password check; every other request is a 429 with ``Retry-After``. Runs on SQLite (WAL, the
write lock of ``BEGIN IMMEDIATE``) and on PostgreSQL (advisory locks).
"""

from __future__ import annotations

import re
import threading
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from django.core.wsgi import get_wsgi_application
from waitress import create_server

from local_server import running_waitress
from protest_tracker.review.models import LoginFailure
from protest_tracker.review.testing import PASSWORD, make_user

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.both_backends]

ATTEMPTS = 30


@pytest.fixture
def waitress_server():
    """The app served by waitress on a free port of 127.0.0.1 (``.url``), stopped afterwards."""
    server = create_server(get_wsgi_application(), host="127.0.0.1", port=0, threads=16)
    with running_waitress(server) as url:
        server.url = url
        yield server


def _csrf(base: str) -> tuple[str, str]:
    """A CSRF cookie and the matching form token from the log-in page."""
    page = httpx.get(f"{base}/accounts/login/")
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)
    return page.cookies["csrftoken"], token


def _storm(base: str, *, username: str, password: str, attempts: int = ATTEMPTS) -> list[httpx.Response]:
    """``attempts`` log-ins posted at once (a barrier releases them together)."""
    cookie, token = _csrf(base)
    start = threading.Barrier(attempts)

    def attempt(_: int) -> httpx.Response:
        with httpx.Client(base_url=base, cookies={"csrftoken": cookie}, timeout=60,
                          headers={"Referer": f"{base}/accounts/login/"}) as client:
            start.wait()
            return client.post("/accounts/login/", data={
                "username": username, "password": password, "csrfmiddlewaretoken": token})

    with ThreadPoolExecutor(max_workers=attempts) as pool:
        return list(pool.map(attempt, range(attempts)))


def test_simultaneous_wrong_passwords_pass_the_throttle_at_most_limit_times(waitress_server, settings):
    settings.LOGIN_THROTTLE_USER_LIMIT = 5
    make_user("cole", role="coder")
    responses = _storm(waitress_server.url, username="cole", password="wrong-password")
    statuses = sorted(r.status_code for r in responses)
    assert statuses == [200] * 5 + [429] * (ATTEMPTS - 5)
    assert LoginFailure.objects.filter(username="cole").count() == 5
    for refused in (r for r in responses if r.status_code == 429):
        assert 1 <= int(refused.headers["Retry-After"]) <= 900  # the default window
        assert "Too many failed log-ins" in refused.text
    # locked: even the right password is refused now, with the same header
    cookie, token = _csrf(waitress_server.url)
    right = httpx.post(f"{waitress_server.url}/accounts/login/", cookies={"csrftoken": cookie},
                       headers={"Referer": f"{waitress_server.url}/accounts/login/"},
                       data={"username": "cole", "password": PASSWORD, "csrfmiddlewaretoken": token})
    assert right.status_code == 429 and int(right.headers["Retry-After"]) > 0


def test_simultaneous_guesses_from_one_address_stop_at_the_address_limit(waitress_server, settings):
    settings.LOGIN_THROTTLE_ADDRESS_LIMIT = 7
    settings.LOGIN_THROTTLE_USER_LIMIT = 100
    make_user("cole", role="coder")
    responses = _storm(waitress_server.url, username="cole", password="wrong-password", attempts=20)
    assert sum(r.status_code == 200 for r in responses) == 7
    assert sum(r.status_code == 429 for r in responses) == 13
    assert LoginFailure.objects.count() == 7


def test_a_form_without_a_password_does_not_clear_the_count(client, settings):
    settings.LOGIN_THROTTLE_USER_LIMIT = 3
    make_user("cole", role="coder")
    for _ in range(2):
        client.post("/accounts/login/", {"username": "cole", "password": "wrong-password"})
    client.post("/accounts/login/", {"username": "cole", "password": ""})  # counted, clears nothing
    assert LoginFailure.objects.filter(username="cole").count() == 3
    assert client.post("/accounts/login/", {"username": "cole", "password": PASSWORD}).status_code == 429
