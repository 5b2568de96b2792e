"""The auto-publish policy: off unless configured, publishes as machine-coded, holds back the least confident."""

from __future__ import annotations

import datetime as dt

import pytest

from protest_tracker.store.models import AuditLog, Event
from protest_tracker.web.publishing import AutoPublishPolicy, auto_publish

pytestmark = [pytest.mark.django_db, pytest.mark.both_backends]
ON = AutoPublishPolicy(enabled=True, min_confidence=0.5)


def _events(make, confidences):
    return [make.make_event(status="candidate", date=dt.date(2024, 1, 1) + dt.timedelta(days=i), confidence=c)
            for i, c in enumerate(confidences)]


def test_the_policy_is_off_by_default(make, settings):
    _events(make, [0.95])
    assert AutoPublishPolicy.from_settings() == AutoPublishPolicy(enabled=False, min_confidence=0.7)
    assert auto_publish() == 0
    assert not Event.objects.filter(status="published").exists()


def test_the_configured_threshold_decides(make, settings):
    settings.AUTO_PUBLISH = {"enabled": True, "min_confidence": 0.8}
    low, high = _events(make, [0.75, 0.85])
    assert auto_publish() == 1
    assert Event.objects.get(pk=high.pk).verification == "machine-coded"
    assert Event.objects.get(pk=low.pk).status == "candidate"
    row = AuditLog.objects.get(object_id=high.public_id, field="status")
    assert row.actor_label == "system:auto-publish" and "min_confidence 0.80" in row.reason


def test_hold_back_keeps_the_least_confident_and_reruns_change_nothing(make):
    events = _events(make, [0.9, 0.8, 0.7, 0.6, 0.55])
    assert auto_publish(ON, hold_back=2) == 3
    stored = [Event.objects.get(pk=e.pk) for e in events]
    assert [e.status for e in stored] == ["published"] * 3 + ["candidate"] * 2
    assert {e.verification for e in stored[:3]} == {"machine-coded"}
    assert auto_publish(ON, hold_back=2) == 0


def test_undated_events_stay_in_the_queue(make):
    undated = make.make_event(status="candidate", confidence=0.99)
    Event.objects.filter(pk=undated.pk).update(date=None)
    assert auto_publish(ON) == 0
