"""The outlet rollup behind ``/api/v1/sources`` and the per-campaign stats equal a recount from
events and reports after every kind of change: new reports, edits, status changes, merges,
splits, moved reports, outlet changes of an article and deletions of events and articles."""

from __future__ import annotations

import pytest
from rollup_recounts import assert_rollups_recount, outlets_recount, outlets_stored
from typer.testing import CliRunner

from protest_tracker.cli.main import app
from protest_tracker.review.services.merge import merge_events, split_event
from protest_tracker.review.services.status import change_status
from protest_tracker.review.testing import make_user
from protest_tracker.store.models import Article, Event, EventReport
from protest_tracker.web import sources, summary
from protest_tracker.web.summary_models import OutletEvent, SourceRollup

pytestmark = [pytest.mark.django_db, pytest.mark.both_backends]


def assert_in_step() -> None:
    assert_rollups_recount()
    assert summary.matches_events()


@pytest.fixture
def admin():
    return make_user("outlets-admin", role="admin")


@pytest.fixture
def events(make):
    campaign = make.make_campaign()
    made = [make.make_event(outlet="Vlast", reports=2, campaign=campaign),
            make.make_event(outlet="Orda", city="Bishkek", verification="verified", campaign=campaign),
            make.make_event(outlet="Vlast", city="Khorog", status="in_review"),
            make.make_event(outlet="", reports=1)]  # an outlet-less report is not counted
    make.make_event(outlet="KazTAG", reports=3)
    for event in made[:2]:
        EventReport.objects.create(event=event, article=make.make_article(outlet="KazTAG", source_type="state"))
    return made


def test_reports_and_outlets_are_counted(events, client):
    assert_in_step()
    assert outlets_stored()[("KazTAG", "independent")] == (1, 1)  # further reports: "KazTAG 1", "KazTAG 2"
    assert outlets_stored()[("KazTAG", "state")] == (2, 2)
    assert outlets_stored()[("Vlast", "independent")] == (1, 1)  # the event in review is not counted
    assert "" not in {outlet for outlet, _ in outlets_stored()}
    rows = client.get("/api/v1/sources").json()
    assert {(r["outlet"], r["events"], r["reports"]) for r in rows} >= {("Orda", 1, 1), ("KazTAG", 2, 2)}
    assert [r["events"] for r in rows] == sorted((r["events"] for r in rows), reverse=True)


def test_status_and_the_verified_only_policy(events, admin, settings):
    change_status(events[2], "verified", actor=admin)
    change_status(events[2], "published", actor=admin)
    assert_in_step()
    assert outlets_stored()[("Vlast", "independent")] == (2, 2)
    change_status(events[0], "in_review", actor=admin)
    assert_in_step()
    settings.PUBLIC_VERIFIED_ONLY = True
    assert outlets_stored() == outlets_recount(verified_only=True)


def test_merge_split_and_moved_reports(events, admin):
    merge_events(events[1], events[0], actor=admin)
    assert_in_step()
    survivor = Event.objects.get(pk=events[1].pk)
    split_event(survivor, [survivor.reports.order_by("pk").last().pk], actor=admin)
    assert_in_step()
    report = EventReport.objects.filter(event=events[3]).first()
    report.event = survivor
    report.save()
    assert_in_step()


def test_article_changes_and_deletions(events):
    article = Article.objects.filter(outlet="Orda").get()
    article.outlet, article.source_type = "Orda.kz", "state"
    article.save()
    assert_in_step()
    assert ("Orda", "independent") not in outlets_stored()
    article.title = "a new title"
    article.save(update_fields=["title"])
    Article.objects.filter(outlet="KazTAG").first().delete()
    assert_in_step()
    events[0].delete()
    Event.objects.filter(pk=events[1].pk).delete()
    assert_in_step()
    assert not OutletEvent.objects.filter(event_id=events[0].pk).exists()


def test_rebuild_repairs_the_outlet_rollup(events):
    Article.objects.filter(outlet="Vlast").update(outlet="Vlast.kz")  # a raw change: no signal
    assert not sources.matches_reports()
    assert CliRunner().invoke(app, ["aggregates", "rebuild"]).exit_code == 0
    assert_in_step()
    assert SourceRollup.objects.filter(outlet="Vlast.kz").exists()
