"""The demo's bulk publishing goes through the review rules and holds back the least confident events."""

from __future__ import annotations

import datetime as dt

import pytest

from protest_tracker.store.models import AuditLog, Event
from protest_tracker.store.roles import create_user
from protest_tracker.web.publishing import publish_all

pytestmark = [pytest.mark.django_db, pytest.mark.both_backends]


def test_publish_all_holds_back_the_least_confident_and_is_idempotent(make):
    create_user("demo-admin", password="a-long-test-passphrase-91", role="admin")
    events = [make.make_event(status="candidate", date=dt.date(2024, 1, 1) + dt.timedelta(days=i),
                              confidence=0.9 - i / 10) for i in range(5)]
    assert publish_all("demo-admin", hold_back=2) == 3
    statuses = {e.public_id: Event.objects.get(pk=e.pk).status for e in events}
    assert [statuses[e.public_id] for e in events] == ["published"] * 3 + ["candidate"] * 2
    assert AuditLog.objects.filter(action="status", new_value="published").count() == 3
    assert publish_all("demo-admin", hold_back=2) == 0


def test_publish_all_needs_an_admin(make):
    from protest_tracker.errors import ReviewError

    create_user("demo-coder", password="a-long-test-passphrase-91", role="coder")
    make.make_event(status="verified")
    with pytest.raises(ReviewError):
        publish_all("demo-coder")
