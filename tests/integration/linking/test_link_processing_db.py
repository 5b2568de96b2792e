"""Processing and linking inside a real database (SQLite in WAL mode; PostgreSQL in the second run).

The extractor is stood in for by :class:`~linking_db_support.FixturePipeline`, which
returns the events our fixture files give for each article text, so these tests
exercise the real store, linking and audit code with known candidates.
"""

from __future__ import annotations

import datetime as dt

import pytest
from linking_db_support import FixturePipeline, event_with, save
from typer.testing import CliRunner

from linking_support import load
from protest_tracker.cli.main import app
from protest_tracker.store.campaign_sync import merge_campaigns, recompute_campaigns, split_campaign
from protest_tracker.store.models import Article, AuditLog, Campaign, Event, EventReport
from protest_tracker.store.processing import process_pending

pytestmark = [pytest.mark.django_db, pytest.mark.both_backends]


def test_reports_of_one_rally_become_one_event_with_conflicts_and_audit():
    records = load("same_rally", "two_rallies")
    save(records)
    summary = process_pending(pipeline=FixturePipeline(records))
    assert summary.articles == 9 and summary.failed == 0
    oral = event_with("fx-oral-azat")
    assert sorted(oral.reports.values_list("article_id", flat=True)) == [
        "fx-oral-azat", "fx-oral-eng", "fx-oral-kaz", "fx-oral-vlast", "fx-oral-wire"]
    assert (oral.size_min, oral.size_max) == (5, 15)
    assert {"value": 15, "report": "fx-oral-vlast"} in oral.conflicts["size_min"]
    assert oral.public_id.startswith("KZ-2022-")
    assert Event.objects.count() == 4  # Oral, Aktau, two Bishkek rallies
    assert event_with("fx-bish-24") != event_with("fx-bish-en")
    assert not Article.objects.exclude(processed_version="fixture/1").exists()
    assert AuditLog.objects.filter(action="attach_report", object_id=oral.public_id).count() == 5
    assert AuditLog.objects.filter(action="update", object_id=oral.public_id, field="size_max").exists()
    again = process_pending(pipeline=FixturePipeline(records))
    assert again.articles == 0 and Event.objects.count() == 4


def test_incremental_linking_attaches_new_reports_and_protects_verified_events():
    records = load("same_rally")
    first, later = records[:2], records[2:]
    save(first)
    process_pending(pipeline=FixturePipeline(records))
    oral = event_with("fx-oral-azat")
    oral.status = "verified"
    oral.save()
    before = {f: getattr(oral, f) for f in ("size_min", "size_max", "event_type", "date", "state_response")}
    save(later)
    summary = process_pending(pipeline=FixturePipeline(records))
    oral.refresh_from_db()
    assert oral.reports.count() == 5 and summary.flagged_for_review == 3
    assert oral.needs_review is True
    assert {f: getattr(oral, f) for f in before} == before
    assert AuditLog.objects.filter(action="flag", object_id=oral.public_id, field="needs_review").count() == 1
    assert Event.objects.count() == 2


def test_a_revised_article_stays_one_report_of_one_event():
    records = load("revision")
    first_revision, second_revision, other = records
    save([first_revision, other])
    process_pending(pipeline=FixturePipeline(records))
    save([second_revision])
    assert Article.objects.get(pk="fx-khorog-report").revision == 2
    summary = process_pending(pipeline=FixturePipeline(records))
    assert summary.articles == 1 and summary.new_events == 0
    [event] = Event.objects.all()
    report = EventReport.objects.get(event=event, article_id="fx-khorog-report")
    assert report.article_revision == 2 and report.extracted["size_min"] == 1000
    assert set(event.state_response) == {"detention", "force_violence"}


def test_a_stage_failure_drops_the_article_as_stage_error_until_the_version_changes():
    records = load("two_rallies")
    save(records)
    summary = process_pending(pipeline=FixturePipeline(records, fail={"fx-bish-24"}))
    assert (summary.articles, summary.stage_errors, summary.failed) == (3, 1, 0)
    assert Article.objects.get(pk="fx-bish-24").processed_version == "fixture/1"
    assert AuditLog.objects.filter(action="stage_error", object_id="fx-bish-24").exists()
    assert process_pending(pipeline=FixturePipeline(records)).articles == 0
    assert process_pending(pipeline=FixturePipeline(records, version="fixture/2")).articles == 3


def test_campaign_with_traction_and_analyst_split_and_merge():
    records = load("daily_picket")
    save(records)
    process_pending(pipeline=FixturePipeline(records))
    picket = Campaign.objects.get(events__city="Zhanaozen")
    assert picket.events.count() == 17 and "xinjiang_ethnic_kin" in picket.grievance_categories
    mortgage = Campaign.objects.exclude(pk=picket.pk).get()
    assert set(mortgage.events.values_list("city", flat=True)) == {"Almaty"}

    shown = CliRunner().invoke(app, ["campaign", "show", picket.public_id])
    assert shown.exit_code == 0, shown.output
    assert "Zhanaozen from 2021-07-09" in shown.output and "joined later" in shown.output
    as_json = CliRunner().invoke(app, ["campaign", "show", picket.public_id, "--json"])
    assert '"distinct_cities": 2' in as_json.output
    assert CliRunner().invoke(app, ["campaign", "show", "CMP-XX-99999"]).exit_code == 1

    late = list(picket.events.filter(date__gte=dt.date(2021, 6, 1)).values_list("public_id", flat=True))
    split_off = split_campaign(picket, late, actor="test", name="Summer pickets")
    recompute_campaigns()
    assert set(split_off.events.values_list("public_id", flat=True)) == set(late)
    picket.refresh_from_db()
    assert picket.status == "confirmed" and picket.events.count() == 17 - len(late)
    merge_campaigns(picket, [split_off], actor="test")
    recompute_campaigns()
    assert picket.events.count() == 17 and not Campaign.objects.filter(pk=split_off.pk).exists()
    assert AuditLog.objects.filter(object_type="campaign", action__in=["split", "merge", "confirm"]).count() >= 3


def test_stored_reports_of_two_days_attach_day_to_day():
    """An outlet that tells the 25th and the 26th apart: a later report of the 26th joins its 26th,
    not its 25th, even when it shares more details with the 25th (size, venue, people)."""
    def event(date, **fields):
        return {"date": date, "date_precision": "day", "country": "TJ", "region": "Gorno-Badakhshan",
                "city": "Khorog", "event_type": "demonstration", **fields}

    detail = {"size_min": 200, "size_max": 200, "venue": "regional administration",
              "participant_groups": ["residents"], "grievance_categories": ["repression_police"]}
    first = {"id": "fx-khorog-a", "published": "2021-11-26", "outlet": "Outlet A", "language": "en",
             "events": [event("2021-11-25", **detail), event("2021-11-26", venue="prosecutor's office")]}
    later = {"id": "fx-khorog-b", "published": "2021-11-27", "outlet": "Outlet B", "language": "en",
             "events": [event("2021-11-26", **detail)]}
    save([first])
    process_pending(pipeline=FixturePipeline([first, later]))
    save([later])
    process_pending(pipeline=FixturePipeline([first, later]))
    joined = event_with("fx-khorog-b")
    assert joined.date == dt.date(2021, 11, 26)
    assert sorted(joined.reports.values_list("article_id", flat=True)) == ["fx-khorog-a", "fx-khorog-b"]
    assert Event.objects.filter(city="Khorog").count() == 2
