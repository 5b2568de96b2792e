"""The permission matrix: each role (and an anonymous visitor) tries each action over HTTP.

The expected matrix is written out here on purpose: a change to
``review.permissions.PERMISSIONS`` must be made in both places (and in docs/review.md).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from django.contrib.auth import get_user_model

from protest_tracker.review.models import CodingSample, Comment
from protest_tracker.review.permissions import PERMISSIONS
from protest_tracker.review.services.coding import create_sample, submit_coding
from protest_tracker.review.testing import add_report, make_event, make_user
from protest_tracker.store.models import Campaign, Event, Person

pytestmark = [pytest.mark.django_db, pytest.mark.both_backends]

A, C, V = "admin", "coder", "viewer"
EXPECTED = {
    "view_queue": {A, C, V},
    "view_event": {A, C, V},
    "view_event_audit": {A, C, V},
    "edit_event": {A, C},
    "change_status": {A, C},
    "publish": {A},
    "merge": {A, C},
    "split": {A, C},
    "move_campaign": {A, C},
    "comment": {A, C},
    "bulk_action": {A, C},
    "code_sample": {A, C},
    "assign_sample": {A},
    "view_agreement": {A},
    "adjudicate": {A},
    "view_user_audit": {A},
    "manage_users": {A},
    "export_corrections": {A},
    "mark_public_figure": {A},
}


@dataclass
class World:
    event: Event
    other: Event
    campaign: Campaign
    sample: CodingSample
    users: dict


@pytest.fixture
def world(users):
    event = make_event()
    add_report(event, text="Another outlet wrote that sixty residents came to the akimat.", size_min=60)
    other = make_event(text="Residents of Zhanaozen protested over the gas price at the akimat.")
    campaign = Campaign.objects.create(public_id="CMP-1", name="Gas price protests")
    sample = create_sample(name="pilot", events=[event], coder_a=users["admin"], coder_b=users["coder"],
                           actor=users["admin"])
    for assignment, choice in zip(sample.assignments.order_by("coder_id"), ("strike", "picket"), strict=True):
        submit_coding(assignment, {"event_type": choice}, actor=assignment.coder)
    return World(event, other, campaign, sample, users)


def refreshed(event: Event) -> Event | None:
    return Event.objects.filter(pk=event.pk).first()


# action -> (perform(client, world) -> response, effect(world) -> bool)
def _get(url: str) -> Callable:
    return lambda client, w: client.get(url.format(e=w.event.public_id, s=w.sample.pk))


def _publish_setup(client, w):
    Event.objects.filter(pk=w.event.pk).update(status="verified")
    return client.post(f"/review/event/{w.event.public_id}/status/", {"status": "published"})


def _mark_public_figure(client, w):
    person = Person.objects.create(name="Serik Abdrakhmanov", role="other")
    person.events.add(w.event)
    return client.post(f"/review/person/{person.pk}/publishable/",
                       {"publishable": "1", "reason": "the district akim", "event": w.event.public_id})


ACTIONS: dict[str, tuple[Callable, Callable | None]] = {
    "view_queue": (_get("/review/"), None),
    "view_event": (_get("/review/event/{e}/"), None),
    "view_event_audit": (_get("/review/event/{e}/audit/"), None),
    "edit_event": (lambda c, w: c.post(f"/review/event/{w.event.public_id}/edit/",
                                       {"present_city": "1", "city": "Aktau", "reason": "typo"}),
                   lambda w: refreshed(w.event).city == "Aktau"),
    "change_status": (lambda c, w: c.post(f"/review/event/{w.event.public_id}/status/", {"status": "in_review"}),
                      lambda w: refreshed(w.event).status == "in_review"),
    "publish": (_publish_setup, lambda w: refreshed(w.event).status == "published"),
    "merge": (lambda c, w: c.post(f"/review/event/{w.event.public_id}/merge/", {"other": w.other.public_id}),
              lambda w: refreshed(w.other) is None),
    "split": (lambda c, w: c.post(f"/review/event/{w.event.public_id}/split/",
                                  {"reports": [w.event.reports.order_by("pk").last().pk]}),
              lambda w: w.event.reports.count() == 1),
    "move_campaign": (lambda c, w: c.post(f"/review/event/{w.event.public_id}/campaign/", {"campaign": "CMP-1"}),
                      lambda w: refreshed(w.event).campaign_id == w.campaign.pk),
    "comment": (lambda c, w: c.post(f"/review/event/{w.event.public_id}/comment/", {"text": "checked"}),
                lambda w: Comment.objects.filter(event=w.event).exists()),
    "bulk_action": (lambda c, w: c.post("/review/bulk/", {"events": [w.event.public_id], "action": "rejected"}),
                    lambda w: refreshed(w.event).status == "rejected"),
    "code_sample": (_get("/review/coding/"), None),
    "assign_sample": (lambda c, w: c.post("/review/coding/new/", {
        "name": "second", "coder_a": w.users["admin"].pk, "coder_b": w.users["coder"].pk, "size": 5,
        "events": w.other.public_id, "status": "all"}),
        lambda w: CodingSample.objects.filter(name="second").exists()),
    "view_agreement": (_get("/review/coding/{s}/"), None),
    "adjudicate": (lambda c, w: c.post(f"/review/coding/{w.sample.pk}/adjudicate/", {
        "event": w.event.public_id, "field": "event_type", "value": "picket"}),
        lambda w: refreshed(w.event).event_type == "picket"),
    "view_user_audit": (_get("/review/audit/user/cole/"), None),
    "manage_users": (lambda c, w: c.post("/review/users/", {"username": "newbie", "role": "viewer",
                                                            "password": "a-long-enough-secret-9"}),
                     lambda w: get_user_model().objects.filter(username="newbie").exists()),
    "export_corrections": (_get("/review/corrections.jsonl"), None),
    "mark_public_figure": (_mark_public_figure, lambda w: Person.objects.get(name="Serik Abdrakhmanov").publishable),
}


def test_matrix_covers_every_action():
    assert set(ACTIONS) == set(PERMISSIONS) == set(EXPECTED)
    assert {a: set(r) for a, r in PERMISSIONS.items()} == EXPECTED


@pytest.mark.parametrize("action", sorted(EXPECTED))
@pytest.mark.parametrize("role", ["admin", "coder", "viewer", "anonymous"])
def test_role_tries_action(action, role, world, clients):
    perform, effect = ACTIONS[action]
    response = perform(clients[role], world)
    allowed = role in EXPECTED[action]
    if role == "anonymous":
        assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")
    elif effect is None:
        assert response.status_code == (200 if allowed else 403)
    else:
        assert response.status_code in ((302,) if allowed else (302, 403))
    if effect is not None:
        assert effect(world) is allowed


def test_user_without_role_is_refused(db, client):
    user = make_user("norole", role="viewer")
    user.groups.clear()
    client.force_login(user)
    assert client.get("/review/").status_code == 403
