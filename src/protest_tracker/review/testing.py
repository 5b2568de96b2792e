"""Factories for tests and demos of the review workspace: users with roles, articles, events with reports.

Written for our tests (and usable by other areas' tests); everything goes through
the real store functions, so the audit log and public ids behave as in production.
"""

from __future__ import annotations

import datetime as dt
import itertools
import time
from typing import Any

from django.contrib.auth import get_user_model
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from protest_tracker import identity, model
from protest_tracker.review.twofactor import mark_session_verified
from protest_tracker.store.articles import save_article
from protest_tracker.store.events import attach_report, create_event
from protest_tracker.store.models import Article, Event
from protest_tracker.store.roles import create_user

PASSWORD = "correct-horse-battery-42"
_counter = itertools.count(1)


def make_user(username: str, *, role: str, password: str = PASSWORD, with_totp: bool = False):
    """A user with ``role``; ``with_totp`` also gives them a confirmed TOTP device."""
    user = create_user(username, password=password, role=role)
    if with_totp:
        TOTPDevice.objects.create(user=user, name="test", confirmed=True)
    return user


def totp_code(device: TOTPDevice, *, steps_ahead: int = 0) -> str:
    """The six-digit code of ``device`` now (or ``steps_ahead`` time steps later), via django-otp's TOTP.

    A used code cannot be replayed; a test that needs a second code within the same
    30 seconds asks for the next step's code (accepted within the device's tolerance).
    """
    generator = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    generator.time = time.time() + steps_ahead * device.step
    return f"{generator.token():0{device.digits}d}"


def login_verified(client, user) -> None:
    """Log ``client`` in as ``user`` past the second factor (a confirmed device is created when needed)."""
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="test", confirmed=True)
    client.force_login(user)
    mark_session_verified(client.session, device)


def make_article(*, text: str, title: str = "", outlet: str = "Test Outlet", published: dt.date | None = None,
                 raw: str = "", url: str | None = None) -> Article:
    """A stored article (saved through store.articles.save_article)."""
    number = next(_counter)
    url = url or f"https://news.example.org/story-{number}-{abs(hash(text)) % 10**8}"
    article = model.Article(id=identity.article_id(url=url, text=text), text=text, url=url, title=title or f"Story {number}",
                            published=published or dt.date(2022, 1, 5), language="en", outlet=outlet,
                            source_type="independent")
    save_article(article, origin="file", raw=raw or text)
    return Article.objects.get(pk=article.id)


def make_event(*, text: str = "About forty residents gathered outside the akimat in Zhanaozen on Monday.",
               evidence: list[dict[str, Any]] | None = None, article: Article | None = None,
               status: str = "candidate", **fields: Any) -> Event:
    """A stored event with one report. ``fields`` override the candidate's values (exchange names)."""
    values = {"date": "2022-01-03", "country": "KZ", "city": "Zhanaozen", "latitude": 43.34, "longitude": 52.86,
              "geo_precision": 1, "event_type": "demonstration", "grievance_categories": ["utilities"],
              "participant_groups": ["residents"], "size_min": 40, "size_max": 40, "confidence": 0.7, **fields}
    if evidence is None:
        start = text.find("forty residents")
        evidence = [{"field": "size", "text": "forty residents", "start": start, "end": start + 15}] if start >= 0 else []
    values["evidence_spans"] = evidence
    candidate = model.EventCandidate.from_exchange(values)
    event = create_event(candidate, actor="pipeline", pipeline_version="test-1", status=status)
    attach_report(event, article or make_article(text=text), candidate, actor="pipeline", pipeline_version="test-1")
    return Event.objects.get(pk=event.pk)


def add_report(event: Event, *, text: str, **fields: Any) -> None:
    """Attach another article to ``event`` with its own extracted values."""
    values = {"date": event.date.isoformat() if event.date else None, "country": event.country, **fields}
    attach_report(event, make_article(text=text), model.EventCandidate.from_exchange(values), actor="pipeline")


def user_model():
    return get_user_model()


def users_by_role(*, admin: str, coder: str, viewer: str) -> dict[str, Any]:
    """One user per role with these names (the admin with a confirmed TOTP device)."""
    return {
        "admin": make_user(admin, role="admin", with_totp=True),
        "coder": make_user(coder, role="coder"),
        "viewer": make_user(viewer, role="viewer"),
    }


def clients_by_role(users: dict[str, Any]) -> dict[str, Any]:
    """A logged-in, two-factor-verified test client per role, plus an anonymous one."""
    from django.test import Client

    result = {"anonymous": Client()}
    for role, user in users.items():
        client = Client()
        login_verified(client, user)
        result[role] = client
    return result
