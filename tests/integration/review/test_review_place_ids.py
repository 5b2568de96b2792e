"""Editing an event's place recomputes or clears its GeoNames id, so linking never sees a stale one."""

from __future__ import annotations

import pytest

from protest_tracker.review.services.edits import edit_fields
from protest_tracker.review.services.merge import merge_events
from protest_tracker.review.services.place_ids import settlement_id
from protest_tracker.review.testing import make_event
from protest_tracker.store.models import AuditLog, Event

pytestmark = [pytest.mark.django_db, pytest.mark.both_backends]

ZHANAOZEN, AKTAU = 607610, 610612


def test_settlement_id_resolves_spellings_in_the_country_and_region_only():
    assert settlement_id("Жанаозен", country="KZ") == ZHANAOZEN
    assert settlement_id("Aktau", country="KZ", region="Mangystau Region") == AKTAU
    assert settlement_id("Aktau", country="KZ", region="Pavlodar") is None
    assert settlement_id("Aktau", country="KG") is None
    assert settlement_id("Mangystau", country="KZ") is None  # a region, not a settlement
    assert settlement_id("", country="KZ") is None and settlement_id("Aktau", country="") is None


def test_editing_the_city_recomputes_the_id_and_audits_it(users):
    event = make_event(geonames_id=ZHANAOZEN, region="Mangystau")
    assert event.geonames_id == ZHANAOZEN
    changed = edit_fields(event, {"city": "Aktau"}, actor=users["coder"], reason="wrong town")
    assert changed == ["city"]
    event = Event.objects.get(pk=event.pk)
    assert (event.city, event.geonames_id) == ("Aktau", AKTAU)
    row = AuditLog.objects.get(object_id=event.public_id, field="geonames_id")
    assert (row.old_value, row.new_value, row.actor_label) == (ZHANAOZEN, AKTAU, "cole")


def test_an_unknown_or_mismatched_place_clears_the_id(users):
    event = make_event(geonames_id=ZHANAOZEN)
    edit_fields(event, {"city": "Nowhereville"}, actor=users["coder"])
    assert Event.objects.get(pk=event.pk).geonames_id is None
    other = make_event(geonames_id=ZHANAOZEN, region="Mangystau")
    edit_fields(other, {"region": "Pavlodar"}, actor=users["coder"])  # the town is not in that region
    assert Event.objects.get(pk=other.pk).geonames_id is None


def test_edits_of_other_fields_leave_the_id_alone(users):
    event = make_event(geonames_id=ZHANAOZEN)
    edit_fields(event, {"size_min": "50", "size_max": "60"}, actor=users["coder"])
    assert Event.objects.get(pk=event.pk).geonames_id == ZHANAOZEN
    assert not AuditLog.objects.filter(object_id=event.public_id, field="geonames_id").exists()


def test_merge_that_fills_the_city_brings_its_id(users):
    survivor = make_event(city=None, geonames_id=None, latitude=None, longitude=None)
    absorbed = make_event(text="A second story about the same gathering.", geonames_id=ZHANAOZEN)
    merge_events(survivor, absorbed, actor=users["admin"])
    survivor = Event.objects.get(pk=survivor.pk)
    assert (survivor.city, survivor.geonames_id) == ("Zhanaozen", ZHANAOZEN)
