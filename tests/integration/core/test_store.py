"""Store models and services on a real database (SQLite file in WAL mode; PostgreSQL in the second run)."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import IntegrityError, connection, transaction

from protest_tracker import identity, model
from protest_tracker.store import articles, events
from protest_tracker.store.fields import has_code
from protest_tracker.store.models import (
    Article,
    ArticleRevision,
    AuditLog,
    Campaign,
    Event,
    EventReport,
    Person,
)
from protest_tracker.store.setup import pending_migrations

pytestmark = [pytest.mark.django_db, pytest.mark.both_backends]


def article(text: str, url: str = "https://vlast.kz/news/1") -> model.Article:
    return model.Article(id=identity.article_id(url=url), url=url, text=text, title="Пикет",
                         published=dt.date(2021, 2, 9), language="ru", outlet="Vlast.kz")


def candidate(**changes) -> model.EventCandidate:
    base = dict(date="2021-02-09", country="KZ", city="Almaty", event_type="picket",
                grievance_categories=("xinjiang_ethnic_kin", "detention_release"),
                state_response=("detention",), response_counts=(("detention", 1),),
                evidence=(model.Evidence("event", "пикет у консульства", 0, 19),), confidence=0.9)
    base.update(changes)
    return model.EventCandidate(**base)


def test_backend_settings(db_backend):
    assert connection.vendor == db_backend
    if db_backend == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA journal_mode")
            assert cursor.fetchone()[0] == "wal"
            cursor.execute("PRAGMA foreign_keys")
            assert cursor.fetchone()[0] == 1
    assert pending_migrations() == []


def test_save_article_is_idempotent_and_keeps_revisions():
    first = articles.save_article(article("Пикет у консульства."), origin="file", raw="<p>raw</p>")
    assert first.status == "new"
    assert articles.save_article(article("Пикет у консульства."), origin="file").status == "unchanged"
    revised = articles.save_article(article("Пикет у консульства. Задержан один человек."), origin="file")
    assert revised.status == "revised"
    row = Article.objects.get()
    assert row.revision == 2 and "Задержан" in row.text and row.processed_version == ""
    old = ArticleRevision.objects.get()
    assert old.revision == 1 and old.raw == "<p>raw</p>" and old.content_hash != row.content_hash
    assert row.canonical_url == "https://vlast.kz/news/1"
    assert articles.to_model_article(row).published == dt.date(2021, 2, 9)
    # A stale copy of the first version (e.g. from a cache) does not flip the article back.
    assert articles.save_article(article("Пикет у консульства."), origin="file").status == "unchanged"
    assert Article.objects.get().revision == 2 and ArticleRevision.objects.count() == 1


def test_article_text_is_stored_as_nfc():
    articles.save_article(article("и\u0306"), origin="file")
    assert Article.objects.get().text == "\u0439"


def test_public_ids_are_sequential_per_country_year_and_never_reused():
    first = events.create_event(candidate(), actor="pipeline")
    second = events.create_event(candidate(date="2021-03-01"), actor="pipeline")
    other = events.create_event(candidate(country="KG", city="Bishkek", date="2020-10-05"), actor="pipeline")
    assert (first.public_id, second.public_id, other.public_id) == ("KZ-2021-000001", "KZ-2021-000002", "KG-2020-000001")
    second.delete()
    assert events.create_event(candidate(), actor="pipeline").public_id == "KZ-2021-000003"


def test_event_fields_round_trip_and_code_filters():
    event = events.create_event(candidate(size_min=5, size_max=15, size_text="от 5 до 15 человек"),
                                actor="pipeline", pipeline_version="default@1")
    event.refresh_from_db()
    assert event.grievance_categories == ["detention_release", "xinjiang_ethnic_kin"]
    assert event.response_counts == {"detention": 1}
    assert Event.objects.filter(has_code("grievance_categories", "detention_release")).count() == 1
    assert Event.objects.filter(has_code("grievance_categories", "detention")).count() == 0
    exchange = events.event_to_exchange(event)
    assert exchange["date"] == "2021-02-09" and exchange["size_text"] == "от 5 до 15 человек"
    assert AuditLog.objects.filter(object_id=event.public_id, action="create").count() == 1


def test_counts_beyond_the_declared_bound_are_stored_as_unknown():
    # "99999999999 people" read from a page must not overflow PostgreSQL's integer column
    event = events.create_event(candidate(size_min=99_999_999_999, size_max=2**31, fatalities=-1, injuries=3,
                                          response_counts=(("detention", 10**12), ("fine", 4))),
                                actor="pipeline")
    event.refresh_from_db()
    assert (event.size_min, event.size_max, event.fatalities, event.injuries) == (None, None, None, 3)
    assert event.response_counts == {"fine": 4}


def test_month_precision_dates_are_written_as_months():
    event = events.create_event(candidate(date="2019-02", date_precision="month"), actor=None)
    assert events.event_to_exchange(event)["date"] == "2019-02"


def test_reports_are_unique_per_event_and_article():
    articles.save_article(article("Пикет у консульства."), origin="file")
    row = Article.objects.get()
    event = events.create_event(candidate(), actor="pipeline")
    events.attach_report(event, row, candidate(), actor="pipeline")
    events.attach_report(event, row, candidate(size_min=7), actor="pipeline")
    report = EventReport.objects.get()
    assert report.extracted["size_min"] == 7 and report.evidence[0]["text"] == "пикет у консульства"
    with pytest.raises(IntegrityError), transaction.atomic():
        EventReport.objects.create(event=event, article=row)


def test_foreign_keys_are_enforced():
    with pytest.raises(IntegrityError), transaction.atomic():
        EventReport.objects.create(event_id=999_999, article_id="missing")
        connection.check_constraints()  # Django's foreign keys are deferred to commit time


def test_imported_events_are_unique_per_dataset_id_but_ours_are_not():
    events.create_event(candidate(), actor="import:acled", source_dataset="acled", original_id="KAZ123")
    with pytest.raises(IntegrityError), transaction.atomic():
        events.create_event(candidate(), actor="import:acled", source_dataset="acled", original_id="KAZ123")
    events.create_event(candidate(), actor="pipeline")
    events.create_event(candidate(), actor="pipeline")
    assert Event.objects.count() == 3


def test_campaigns_and_people():
    campaign = Campaign.objects.create(public_id="C-000001", name="Consulate pickets",
                                       grievance_categories=["xinjiang_ethnic_kin"])
    event = events.create_event(candidate(), actor="pipeline")
    event.campaign = campaign
    event.save()
    person = Person.objects.create(name="A. Person", role="detainee")
    person.events.add(event)
    assert list(campaign.events.all()) == [event]
    assert event.people.get().name == "A. Person"
