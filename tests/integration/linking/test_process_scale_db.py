"""`process` at scale on a real database (SQLite in WAL mode; PostgreSQL in the second run).

Issue 12, defect 1: once about 1,350 linked articles existed, the campaign step's prefetch of
``reports__article`` became an ``OR`` chain SQLite refuses ("Expression tree is too large"), and
every later `process` failed. These tests watch every SQL statement: none may grow with the data
(parameters and ``OR`` terms stay bounded however many events exist).
"""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from typer.testing import CliRunner

from article_generator import generate_articles
from protest_tracker.cli.main import app
from protest_tracker.pipeline.runner import article_from_record
from protest_tracker.store.articles import save_article
from protest_tracker.store.campaign_sync import recompute_campaigns
from protest_tracker.store.linking_rows import CHUNK, with_reports
from protest_tracker.store.models import Article, Campaign, Event, EventReport

pytestmark = [pytest.mark.django_db, pytest.mark.both_backends]

#: Far more than the ~1,350 linked articles that broke SQLite, yet a CI-sized run.
ARTICLES = 2000


class SqlWatch:
    """The largest statement seen: parameters, ``OR`` terms and length (nothing stored per query)."""

    def __init__(self) -> None:
        self.params = self.ors = self.length = self.statements = 0

    def __call__(self, execute, sql, params, many, context):
        self.statements += 1
        self.params = max(self.params, 0 if many else len(params or ()))
        self.ors = max(self.ors, sql.count(" OR "))
        self.length = max(self.length, len(sql))
        return execute(sql, params, many, context)

    def assert_bounded(self) -> None:
        assert self.params <= CHUNK + 20, f"a statement with {self.params} parameters"
        assert self.ors <= 10, f"a statement with {self.ors} OR terms"
        assert self.length <= 60_000, f"a statement of {self.length} characters"


def _events_with_reports(count: int) -> None:
    """``count`` stored events in one city over ten months, one article and report each (bulk)."""
    fetched = dt.datetime(2022, 1, 1, tzinfo=dt.UTC)
    Article.objects.bulk_create([Article(id=f"bulk-{n:05d}", text=f"report {n}", content_hash=f"h{n}",
                                         fetched_at=fetched) for n in range(count)], batch_size=500)
    Event.objects.bulk_create([Event(public_id=f"KZ-2022-{n:06d}", country="KZ", city="Almaty",
                                     date=dt.date(2022, 1, 1) + dt.timedelta(days=n % 300),
                                     grievance_categories=["labour"]) for n in range(count)], batch_size=500)
    ids = dict(Event.objects.values_list("public_id", "pk"))
    EventReport.objects.bulk_create([EventReport(event_id=ids[f"KZ-2022-{n:06d}"], article_id=f"bulk-{n:05d}",
                                                 extracted={}) for n in range(count)], batch_size=500)


def test_campaign_regrouping_over_thousands_of_linked_articles():
    _events_with_reports(1200)
    watch = SqlWatch()
    with connection.execute_wrapper(watch):
        summary = recompute_campaigns()
        again = recompute_campaigns()  # the run after: the one that failed every time
    watch.assert_bounded()
    assert summary.moved_events == 1200 and summary.campaigns >= 1
    assert again.moved_events == 0 and again.campaigns == summary.campaigns
    assert not Event.objects.filter(campaign__isnull=True).exists()


def test_with_reports_loads_every_report_in_bounded_queries(django_assert_max_num_queries):
    _events_with_reports(1200)
    with django_assert_max_num_queries(1 + -(-1200 // CHUNK)):
        events = with_reports(Event.objects.order_by("public_id"))
        texts = {r.article.outlet for e in events for r in e.reports.all()}
    assert len(events) == 1200 and texts == {""}
    assert all(len(e.reports.all()) == 1 for e in events)


@pytest.mark.slow
def test_process_over_thousands_of_generated_articles():
    for record in generate_articles(ARTICLES, seed=11):
        save_article(article_from_record(record), origin="file")
    watch = SqlWatch()
    with connection.execute_wrapper(watch):
        first = CliRunner().invoke(app, ["process"])
        assert first.exit_code == 0, first.output
        save_article(article_from_record(generate_articles(ARTICLES + 1, seed=11)[-1]), origin="file")
        second = CliRunner().invoke(app, ["process"])  # regrouping again with everything linked
        assert second.exit_code == 0, second.output
    watch.assert_bounded()
    assert EventReport.objects.count() >= 1500
    assert Event.objects.count() >= 1000
    assert Campaign.objects.count() >= 20
    assert not Article.objects.filter(processed_version="").exists()
    assert "failed 0" in first.output
