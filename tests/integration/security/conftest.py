"""A small database full of secrets and hostile text, and clients of every role, for the security tests."""

from __future__ import annotations

import pytest
from security_support import ANALYST_SECRETS, FORMULA, PERSON_NAMES, UNPUBLISHED_TEXT, XSS, World

from protest_tracker.review.models import Comment
from protest_tracker.review.testing import clients_by_role, make_article, make_event, users_by_role
from protest_tracker.store import audit
from protest_tracker.store.models import Campaign, Event, EventReport, Person


@pytest.fixture(autouse=True)
def _fast_hashing_and_fresh_cache(settings, request):
    """Argon2 is slow on purpose: tests other than the hashing tests use a fast hasher; empty cache per test."""
    from django.core.cache import cache

    if "argon2" not in request.node.name:
        settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def users(db):
    """One user per role (the admin with a confirmed TOTP device)."""
    return users_by_role(admin="sec-admin", coder="sec-coder", viewer="sec-viewer")


@pytest.fixture
def clients(users):
    """A logged-in, two-factor-verified client per role, plus an anonymous one."""
    return clients_by_role(users)


@pytest.fixture
def world(users) -> World:
    """A published event full of names, hostile text and formulas; an unpublished one; analyst traces."""
    campaign = Campaign.objects.create(public_id="CMP-KZ-00042", name=f"Campaign {XSS}", status="confirmed",
                                       description=f"For {PERSON_NAMES[0]} {FORMULA}",
                                       grievance_categories=["labour"], confirmed_by=users["admin"])
    article = make_article(text=f"{PERSON_NAMES[0]} and forty residents gathered in Almaty. {XSS}",
                           title=f"{FORMULA} {XSS}", outlet=f"Outlet {XSS}",
                           url="https://news.example.org/story-gathered")
    published = make_event(article=article, city="Almaty", country="KZ", latitude=43.256789, longitude=76.928612,
                           participants=f"{PERSON_NAMES[0]} and {PERSON_NAMES[1].split()[1]}a's friends {XSS}",
                           organisers=FORMULA, size_text="+40 people", demands=[f"free {PERSON_NAMES[1]}", XSS],
                           status="published")
    channel = make_article(text="Pickets went on in Almaty today, about forty people came.", outlet=f"{PERSON_NAMES[1]} channel",
                           url="https://t.me/some_channel/12")
    EventReport.objects.create(event=published, article=channel, extracted={}, evidence=[])
    Event.objects.filter(pk=published.pk).update(notes=ANALYST_SECRETS[0], campaign=campaign)
    published.refresh_from_db()
    unpublished = make_event(text=UNPUBLISHED_TEXT, city="Tekeli", latitude=44.83, longitude=78.82,
                             status="verified", participants="miners of the Tekeli office")
    for event in (published, unpublished):
        Comment.objects.create(event=event, author=users["coder"], author_label=users["coder"].username,
                               text=ANALYST_SECRETS[1])
    audit.record(actor=users["admin"], action="edit", object_type="event", object_id=published.public_id,
                 field="size_min", old=1, new=40, reason=ANALYST_SECRETS[2])
    for name in PERSON_NAMES:
        person = Person.objects.create(name=name, role="detainee", notes=ANALYST_SECRETS[0])
        person.events.add(published, unpublished)
    return World(published=published, unpublished=unpublished, campaign=campaign, users=users)
