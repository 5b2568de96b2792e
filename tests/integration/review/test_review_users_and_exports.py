"""User management by admins, the corrections export and sending an event back to the queue."""

from __future__ import annotations

import json

import pytest
from django.contrib.auth import get_user_model
from django_otp.plugins.otp_totp.models import TOTPDevice

from protest_tracker.errors import ReviewError
from protest_tracker.review.services import users as user_services
from protest_tracker.review.services.edits import edit_fields
from protest_tracker.review.services.status import change_status
from protest_tracker.review.testing import make_event
from protest_tracker.store.models import AuditLog
from protest_tracker.store.roles import role_of

pytestmark = [pytest.mark.django_db, pytest.mark.both_backends]


def test_admin_manages_users_over_http(clients, users):
    admin = clients["admin"]
    weak = admin.post("/review/users/", {"username": "newbie", "role": "coder", "password": "password12"})
    assert weak.status_code == 400 and not get_user_model().objects.filter(username="newbie").exists()
    admin.post("/review/users/", {"username": "newbie", "role": "coder", "password": "a-long-enough-secret-9"})
    newbie = get_user_model().objects.get(username="newbie")
    assert role_of(newbie) == "coder"
    admin.post("/review/users/newbie/", {"action": "role", "role": "viewer"})
    admin.post("/review/users/newbie/", {"action": "deactivate"})
    newbie.refresh_from_db()
    assert role_of(newbie) == "viewer" and not newbie.is_active
    rows = AuditLog.objects.filter(object_type="user", object_id="newbie").order_by("id")
    assert [(r.action, r.new_value) for r in rows] == [("create_user", "coder"), ("change_role", "viewer"),
                                                       ("set_active", False)]
    assert "change_role" in admin.get("/review/audit/user/ada/").content.decode()


def test_admins_cannot_lock_themselves_out(users):
    with pytest.raises(ReviewError):
        user_services.change_role(actor=users["admin"], user=users["admin"], role="viewer")
    with pytest.raises(ReviewError):
        user_services.set_active(actor=users["admin"], user=users["admin"], active=False)


def test_reset_two_factor_is_audited(users):
    TOTPDevice.objects.create(user=users["coder"], name="phone", confirmed=True)
    assert user_services.reset_two_factor(actor=users["admin"], user=users["coder"]) == 1
    assert not TOTPDevice.objects.filter(user=users["coder"]).exists()
    assert AuditLog.objects.get(action="reset_2fa").object_id == "cole"


def test_corrections_export_keeps_machine_and_analyst_values(clients, users):
    event = make_event()
    edit_fields(event, {"event_type": "picket"}, actor=users["coder"])
    edit_fields(event, {"event_type": "road_blockade"}, actor=users["coder"])
    change_status(event, "rejected", actor=users["coder"])
    response = clients["admin"].get("/review/corrections.jsonl")
    lines = [json.loads(line) for line in b"".join(response.streaming_content).decode().splitlines()]
    by_field = {line["field"]: line for line in lines}
    assert (by_field["event_type"]["machine"], by_field["event_type"]["analyst"]) == ("demonstration", "road_blockade")
    assert (by_field["status"]["machine"], by_field["status"]["analyst"]) == ("candidate", "rejected")
    assert by_field["event_type"]["articles"] == list(event.reports.values_list("article_id", flat=True))


def test_send_back_to_the_queue(users, clients):
    event = make_event(status="verified")
    response = clients["coder"].post(f"/review/event/{event.public_id}/status/",
                                     {"status": "candidate", "reason": "needs a second source"})
    assert response.status_code == 302
    event.refresh_from_db()
    assert event.status == "candidate"
    row = AuditLog.objects.get(object_id=event.public_id, action="status")
    assert (row.old_value, row.new_value, row.reason) == ("verified", "candidate", "needs a second source")
    bogus = clients["coder"].post(f"/review/event/{event.public_id}/status/", {"status": "published"})
    assert bogus.status_code == 302
    event.refresh_from_db()
    assert event.status == "candidate"  # candidate -> published is not a codebook transition
