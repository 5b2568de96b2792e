"""Who vouches for a published event: set in one place, the status service, and audited."""

from __future__ import annotations

import pytest

from protest_tracker.review.models import Correction
from protest_tracker.review.permissions import ActionDenied
from protest_tracker.review.services.status import (
    TransitionNotAllowed,
    change_status,
    confirm_verification,
    publish_machine_coded,
)
from protest_tracker.review.testing import make_event
from protest_tracker.store.models import AuditLog, Event

pytestmark = [pytest.mark.django_db, pytest.mark.both_backends]


def verification_rows(event: Event):
    return AuditLog.objects.filter(object_id=event.public_id, field="verification").order_by("id")


def test_an_admin_publishing_vouches_and_unpublishing_clears_it(users):
    event = make_event()
    change_status(event, "verified", actor=users["coder"])
    assert Event.objects.get(pk=event.pk).verification == ""  # approved, not yet public
    change_status(event, "published", actor=users["admin"], reason="two outlets agree")
    assert Event.objects.get(pk=event.pk).verification == "verified"
    change_status(event, "in_review", actor=users["admin"], reason="size disputed")
    assert Event.objects.get(pk=event.pk).verification == ""
    rows = [(r.old_value, r.new_value, r.actor_label) for r in verification_rows(event)]
    assert rows == [("", "verified", "ada"), ("verified", "", "ada")]


def test_the_policy_publishes_as_machine_coded_and_says_so_in_the_log():
    event = make_event(confidence=0.85)
    assert publish_machine_coded(event, min_confidence=0.8, batch="b-1") is True
    stored = Event.objects.get(pk=event.pk)
    assert (stored.status, stored.verification) == ("published", "machine-coded")
    status_row = AuditLog.objects.get(object_id=event.public_id, field="status")
    assert (status_row.actor_id, status_row.actor_label) == (None, "system:auto-publish")
    assert (status_row.old_value, status_row.new_value) == ("candidate", "published")
    assert "min_confidence 0.80" in status_row.reason and "confidence 0.85" in status_row.reason
    assert verification_rows(event).get().new_value == "machine-coded"
    assert not Correction.objects.filter(event=event).exists()  # machine output is no analyst decision


@pytest.mark.parametrize("fields", [
    {"confidence": 0.79},
    {"confidence": 0.95, "date": None},
    {"confidence": 0.95, "status": "in_review"},
    {"confidence": 0.95, "status": "verified"},
    {"confidence": 0.95, "status": "rejected"},
])
def test_the_policy_leaves_doubtful_undated_and_analysts_events_alone(fields):
    event = make_event(**fields)
    before = event.status
    assert publish_machine_coded(event, min_confidence=0.8) is False
    stored = Event.objects.get(pk=event.pk)
    assert (stored.status, stored.verification) == (before, "")
    assert not AuditLog.objects.filter(object_id=event.public_id, actor_label="system:auto-publish").exists()


def test_an_analyst_confirms_a_machine_coded_event(users):
    event = make_event(confidence=0.9)
    publish_machine_coded(event, min_confidence=0.7)
    with pytest.raises(ActionDenied):
        confirm_verification(event, actor=users["viewer"])
    confirm_verification(event, actor=users["coder"], reason="checked against both reports")
    stored = Event.objects.get(pk=event.pk)
    assert (stored.status, stored.verification) == ("published", "verified")
    last = verification_rows(event).last()
    assert (last.old_value, last.new_value, last.actor_label, last.reason) == (
        "machine-coded", "verified", "cole", "checked against both reports")
    assert Correction.objects.get(event=event, field="status").analyst_value == "verified"
    confirm_verification(stored, actor=users["coder"])  # already verified: nothing new
    assert verification_rows(event).count() == 2


def test_only_published_events_can_be_confirmed(users):
    with pytest.raises(TransitionNotAllowed, match="approve it instead"):
        confirm_verification(make_event(), actor=users["coder"])


def test_republishing_a_machine_coded_event_by_hand_makes_it_verified(users):
    event = make_event(confidence=0.9)
    publish_machine_coded(event, min_confidence=0.7)
    change_status(event, "verified", actor=users["admin"], reason="unpublish to check the date")
    assert Event.objects.get(pk=event.pk).verification == ""
    change_status(event, "published", actor=users["admin"])
    assert Event.objects.get(pk=event.pk).verification == "verified"


def _machine_coded_event() -> Event:
    event = make_event(confidence=0.9)
    publish_machine_coded(event, min_confidence=0.7)
    return Event.objects.get(pk=event.pk)


def test_the_event_page_lets_an_analyst_verify_a_machine_coded_event(clients):
    event = _machine_coded_event()
    url = f"/review/event/{event.public_id}/"
    page = clients["coder"].get(url).content.decode()
    assert 'id="verify-form"' in page and "Machine-coded" in page and "system:auto-publish" in page
    response = clients["coder"].post(f"{url}verify/", {"reason": "both outlets agree", "querystring": "status=published"})
    assert response.status_code == 302 and response.url == f"{url}?status=published"
    assert Event.objects.get(pk=event.pk).verification == "verified"
    row = verification_rows(event).last()
    assert (row.new_value, row.actor_label, row.reason) == ("verified", "cole", "both outlets agree")
    page = clients["coder"].get(url).content.decode()
    assert 'id="verify-form"' not in page
    assert '<span class="verification-verified" id="verification-state">Verified</span>' in page
    assert f"by cole, {row.created_at:%Y-%m-%d %H:%M} UTC" in page


def test_a_viewer_cannot_verify_and_sees_no_button(clients):
    event = _machine_coded_event()
    url = f"/review/event/{event.public_id}/"
    assert 'id="verify-form"' not in clients["viewer"].get(url).content.decode()
    assert clients["viewer"].post(f"{url}verify/").status_code == 403
    assert "/accounts/login/" in clients["anonymous"].post(f"{url}verify/").url
    assert clients["coder"].get(f"{url}verify/").status_code == 405  # POST only
    assert Event.objects.get(pk=event.pk).verification == "machine-coded"


def test_verifying_needs_the_csrf_token(users):
    from django.test import Client

    from protest_tracker.review.testing import login_verified

    event = _machine_coded_event()
    client = Client(enforce_csrf_checks=True)
    login_verified(client, users["coder"])
    assert client.post(f"/review/event/{event.public_id}/verify/").status_code == 403
    assert Event.objects.get(pk=event.pk).verification == "machine-coded"


def test_an_unpublished_event_is_not_verified_from_the_page(clients):
    event = make_event()
    url = f"/review/event/{event.public_id}/"
    assert 'id="verification"' not in clients["coder"].get(url).content.decode()
    response = clients["coder"].post(f"{url}verify/", follow=True)
    assert "approve it instead" in response.content.decode()
    assert Event.objects.get(pk=event.pk).verification == ""
