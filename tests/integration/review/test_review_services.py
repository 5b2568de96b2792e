"""Domain operations: status rules, edits with corrections, merge/split with tombstones, bulk batches."""

from __future__ import annotations

import pytest

from protest_tracker.errors import ReviewError
from protest_tracker.review.editable import InvalidValue
from protest_tracker.review.models import Comment, Correction
from protest_tracker.review.permissions import ActionDenied
from protest_tracker.review.services.edits import add_comment, edit_fields, move_to_campaign
from protest_tracker.review.services.merge import merge_events, split_event
from protest_tracker.review.services.status import (
    TransitionNotAllowed,
    bulk_change_status,
    change_status,
)
from protest_tracker.review.testing import add_report, make_event
from protest_tracker.store.events import allocate_public_id
from protest_tracker.store.models import AuditLog, Campaign, Event, EventReport, EventTombstone

pytestmark = [pytest.mark.django_db, pytest.mark.both_backends]


def audit_rows(public_id, action=None):
    rows = AuditLog.objects.filter(object_type="event", object_id=public_id)
    return rows.filter(action=action) if action else rows


def test_status_follows_the_codebook(users):
    event = make_event()
    change_status(event, "verified", actor=users["coder"], reason="checked both sources")
    row = audit_rows(event.public_id, "status").get()
    assert (row.old_value, row.new_value, row.actor_label, row.reason) == ("candidate", "verified", "cole",
                                                                         "checked both sources")
    with pytest.raises(ActionDenied):
        change_status(event, "published", actor=users["coder"])
    change_status(event, "published", actor=users["admin"])
    with pytest.raises(TransitionNotAllowed):
        change_status(event, "rejected", actor=users["admin"])  # published -> rejected is not allowed
    with pytest.raises(ActionDenied):
        change_status(event, "in_review", actor=users["coder"])  # leaving published needs an admin
    with pytest.raises(ActionDenied):
        change_status(make_event(), "verified", actor=users["viewer"])


def test_unpublishing_leaves_a_tombstone_that_republishing_lifts(users):
    event = make_event(status="verified")
    change_status(event, "published", actor=users["admin"])
    change_status(event, "verified", actor=users["admin"], reason="date is wrong")
    assert EventTombstone.objects.get(public_id=event.public_id).reason == "unpublished"
    change_status(event, "published", actor=users["admin"])
    assert not EventTombstone.objects.filter(public_id=event.public_id).exists()


def test_edit_is_audited_kept_as_correction_and_opens_review(users):
    event = make_event()
    changed = edit_fields(event, {"event_type": "picket", "grievance_categories": ["utilities", "land_property"],
                                  "size_min": "35", "city": "Zhanaozen"}, actor=users["coder"], reason="per video")
    assert sorted(changed) == ["event_type", "grievance_categories", "size_min"]  # city did not change
    event.refresh_from_db()
    assert (event.event_type, event.grievance_categories, event.size_min, event.status) == (
        "picket", ["land_property", "utilities"], 35, "in_review")
    edit = audit_rows(event.public_id, "edit").get(field="event_type")
    assert (edit.old_value, edit.new_value, edit.reason) == ("demonstration", "picket", "per video")
    assert audit_rows(event.public_id, "edit").values("batch").distinct().count() == 1
    edit_fields(event, {"event_type": "march"}, actor=users["admin"])
    correction = Correction.objects.get(event=event, field="event_type")
    assert (correction.machine_value, correction.analyst_value) == ("demonstration", "march")


def test_invalid_values_change_nothing(users):
    event = make_event()
    for bad in ({"event_type": "party"}, {"grievance_categories": ["utilities", "nonsense"]},
                {"size_min": "-3"}, {"date": "yesterday"}, {"latitude": "95"}, {"country": "RU"}):
        with pytest.raises(InvalidValue):
            edit_fields(event, {"city": "Aktau", **bad}, actor=users["coder"])
    with pytest.raises(ReviewError):
        edit_fields(event, {"date": "2022-01-05", "end_date": "2022-01-01"}, actor=users["coder"])
    event.refresh_from_db()
    assert event.city == "Zhanaozen" and not audit_rows(event.public_id, "edit").exists()


def test_merge_keeps_both_reports_and_tombstones_the_absorbed_id(users):
    survivor = make_event(city="")
    absorbed = make_event(text="Thirty residents of Zhanaozen rallied again at the akimat.", city="Zhanaozen")
    add_comment(absorbed, "same rally as the other one", actor=users["coder"])
    absorbed_id = absorbed.public_id
    articles = {*survivor.reports.values_list("article_id", flat=True), *absorbed.reports.values_list("article_id", flat=True)}
    merge_events(survivor, absorbed, actor=users["coder"], reason="duplicate")
    survivor.refresh_from_db()
    assert set(survivor.reports.values_list("article_id", flat=True)) == articles
    assert survivor.city == "Zhanaozen"  # blank field filled from the absorbed event
    assert not Event.objects.filter(public_id=absorbed_id).exists()
    tombstone = EventTombstone.objects.get(public_id=absorbed_id)
    assert (tombstone.reason, tombstone.merged_into) == ("merged", survivor.public_id)
    assert Comment.objects.get().event_id == survivor.pk
    assert audit_rows(survivor.public_id, "merge").get().new_value["absorbed"] == absorbed_id
    assert audit_rows(absorbed_id, "merged_into").exists()
    country, year, _ = absorbed_id.split("-")
    assert allocate_public_id(country, int(year)) != absorbed_id  # ids are never reused
    with pytest.raises(ReviewError):
        merge_events(survivor, survivor, actor=users["coder"])


def test_split_creates_a_new_event_with_a_fresh_id(users):
    event = make_event()
    add_report(event, text="In Aktau, a separate group of workers held a strike.", city="Aktau",
               event_type="strike", grievance_categories=["labour"])
    moving = EventReport.objects.filter(event=event).order_by("pk").last()
    with pytest.raises(ReviewError):
        split_event(event, list(event.reports.values_list("pk", flat=True)), actor=users["coder"])
    new_event = split_event(event, [moving.pk], actor=users["coder"], reason="two different events")
    assert new_event.public_id != event.public_id
    assert (new_event.city, new_event.event_type, new_event.grievance_categories) == ("Aktau", "strike", ["labour"])
    assert list(new_event.reports.values_list("pk", flat=True)) == [moving.pk]
    assert event.reports.count() == 1
    assert audit_rows(event.public_id, "split").get().new_value == new_event.public_id
    assert audit_rows(new_event.public_id, "create").exists()


def test_bulk_change_is_one_batch_and_all_or_nothing(users):
    events = [make_event(), make_event(), make_event()]
    batch, changed = bulk_change_status(events, "verified", actor=users["coder"], reason="spot-checked")
    assert len(changed) == 3
    assert AuditLog.objects.filter(batch=batch, action="status").count() == 3
    published = make_event(status="verified")
    change_status(published, "published", actor=users["admin"])
    fresh = make_event()
    with pytest.raises(ReviewError):
        bulk_change_status([fresh, published], "rejected", actor=users["admin"])
    fresh.refresh_from_db()
    assert fresh.status == "candidate"  # the failing event rolled the whole batch back


def test_move_to_campaign_and_comment_are_audited(users):
    event = make_event()
    campaign = Campaign.objects.create(public_id="CMP-7", name="Consulate pickets")
    move_to_campaign(event, campaign, actor=users["coder"], reason="same cause")
    move_to_campaign(event, None, actor=users["coder"])
    rows = list(audit_rows(event.public_id, "move_campaign").order_by("id").values_list("old_value", "new_value"))
    assert rows == [(None, "CMP-7"), ("CMP-7", None)]
    with pytest.raises(ReviewError):
        add_comment(event, "   ", actor=users["coder"])
    add_comment(event, "called the outlet", actor=users["coder"])
    assert audit_rows(event.public_id, "comment").get().new_value == "called the outlet"
