"""Edits and status changes refuse clearly: sizes out of order, unpublishing without the role."""

from __future__ import annotations

import pytest

from protest_tracker.errors import ReviewError
from protest_tracker.review.services.edits import edit_fields
from protest_tracker.review.testing import make_event
from protest_tracker.store.models import AuditLog

pytestmark = pytest.mark.django_db


def test_low_size_above_high_size_is_refused_and_changes_nothing(users):
    event = make_event()  # size 40-40
    with pytest.raises(ReviewError, match=r"low size \(900\) is above the high size \(100\)"):
        edit_fields(event, {"size_min": "900", "size_max": "100"}, actor=users["coder"])
    event.refresh_from_db()
    assert (event.size_min, event.size_max) == (40, 40)
    assert not AuditLog.objects.filter(object_id=event.public_id, action="edit").exists()
    assert edit_fields(event, {"size_min": "30", "size_max": "60"}, actor=users["coder"]) == ["size_min", "size_max"]


def test_one_bound_crossing_the_other_replaces_the_estimate(users):
    event = make_event()  # size 40-40
    assert sorted(edit_fields(event, {"size_min": "300"}, actor=users["coder"])) == ["size_max", "size_min"]
    event.refresh_from_db()
    assert (event.size_min, event.size_max) == (300, 300)
    edit_fields(event, {"size_max": "120"}, actor=users["coder"])
    event.refresh_from_db()
    assert (event.size_min, event.size_max) == (120, 120)
    assert AuditLog.objects.filter(object_id=event.public_id, action="edit", field="size_max").count() == 2
    # the edit form always sends both bounds: only the one the analyst changed counts as given
    edit_fields(event, {"size_min": "150", "size_max": "120"}, actor=users["coder"])
    event.refresh_from_db()
    assert (event.size_min, event.size_max) == (150, 150)


def test_the_edit_page_shows_the_size_error(clients, users):
    event = make_event()
    page = clients["coder"].post(f"/review/event/{event.public_id}/edit/", {"size_min": "900", "size_max": "100",
                                                                          "present_size_min": "1", "present_size_max": "1"})
    assert page.status_code == 400
    assert "above the high size" in page.content.decode()


def test_refusing_to_unpublish_says_so(users):
    from protest_tracker.review.permissions import ActionDenied
    from protest_tracker.review.services.status import change_status

    event = make_event(status="published")
    with pytest.raises(ActionDenied, match=r"\(coder\) may not publish or unpublish events"):
        change_status(event, "verified", actor=users["coder"], reason="wrong date")
