"""Re-running the demo's auto-publish never publishes a user's own data or overrules an analyst's review."""

from __future__ import annotations

import datetime as dt

import pytest

from protest_tracker.review.services.edits import add_comment
from protest_tracker.store.models import Article, Event
from protest_tracker.store.roles import create_user
from protest_tracker.web.publishing import AutoPublishPolicy, auto_publish

pytestmark = pytest.mark.django_db
DEMO = AutoPublishPolicy(enabled=True, min_confidence=0.5)


def _event(make, *, day: int, origins: tuple[str, ...]) -> Event:
    event = make.make_event(status="candidate", date=dt.date(2024, 1, 1) + dt.timedelta(days=day), reports=len(origins))
    for report, origin in zip(event.reports.order_by("id"), origins, strict=True):
        Article.objects.filter(pk=report.article_id).update(origin=origin)
    return event


def test_only_events_resting_on_the_sample_corpus_are_published(make):
    sample = _event(make, day=0, origins=("sample",))
    mine = _event(make, day=1, origins=("file",))
    mixed = _event(make, day=2, origins=("sample", "telegram"))
    imported = make.make_event(status="candidate", reports=0, source_dataset="acled")
    assert auto_publish(DEMO, origin="sample") == 1
    statuses = {e.pk: Event.objects.get(pk=e.pk).status for e in (sample, mine, mixed, imported)}
    assert statuses == {sample.pk: "published", mine.pk: "candidate", mixed.pk: "candidate", imported.pk: "candidate"}


def test_events_an_analyst_acted_on_are_left_to_the_analyst(make):
    admin = create_user("demo-admin", password="a-long-test-passphrase-91", role="admin")
    untouched = _event(make, day=0, origins=("sample",))
    discussed = _event(make, day=1, origins=("sample",))
    add_comment(discussed, "Check the size with the second outlet first.", actor=admin)
    assert auto_publish(DEMO, origin="sample") == 1
    assert Event.objects.get(pk=untouched.pk).status == "published"
    assert Event.objects.get(pk=discussed.pk).status == "candidate"
