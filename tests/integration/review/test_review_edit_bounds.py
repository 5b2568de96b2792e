"""Issue 12, defect 2: huge numbers in the review edit form are a clear form error, never a 500
(on SQLite an OverflowError, on PostgreSQL an integer out of range), on both backends."""

from __future__ import annotations

import pytest

from protest_tracker.review.editable import InvalidValue
from protest_tracker.review.services.edits import edit_fields
from protest_tracker.review.testing import make_event
from protest_tracker.store.models import AuditLog

pytestmark = [pytest.mark.django_db, pytest.mark.both_backends]


@pytest.mark.parametrize("huge", [str(10**23), str(2**31), str(2**63), "10000001"])
def test_the_edit_form_refuses_huge_fatalities_with_a_message(clients, huge):
    event = make_event()
    page = clients["coder"].post(f"/review/event/{event.public_id}/edit/",
                                 {"fatalities": huge, "present_fatalities": "1", "reason": "second source"})
    assert page.status_code == 400
    assert "Fatalities: " in page.content.decode() and "is above the maximum 10,000,000" in page.content.decode()
    event.refresh_from_db()
    assert event.fatalities is None
    assert not AuditLog.objects.filter(object_id=event.public_id, action="edit").exists()


def test_the_largest_count_is_stored(users):
    event = make_event()
    assert edit_fields(event, {"fatalities": "10000000", "injuries": "0"}, actor=users["coder"]) == ["fatalities", "injuries"]
    event.refresh_from_db()
    assert (event.fatalities, event.injuries) == (10_000_000, 0)


def test_the_service_names_the_field_and_the_bound(users):
    event = make_event()
    with pytest.raises(InvalidValue) as caught:
        edit_fields(event, {"size_max": str(10**23)}, actor=users["coder"])
    assert (caught.value.field, caught.value.bound) == ("size_max", {"maximum": 10_000_000})


def test_control_characters_never_reach_the_database(users):
    """PostgreSQL refuses NUL in text; both backends store the same cleaned text."""
    event = make_event()
    edit_fields(event, {"city": "Ak\x00tau\x07"}, actor=users["coder"], reason="typo\x00")
    event.refresh_from_db()
    assert event.city == "Aktau"
    assert AuditLog.objects.get(object_id=event.public_id, field="city").reason == "typo"
