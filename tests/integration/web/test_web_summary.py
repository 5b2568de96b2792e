"""The event summary equals a recount of events after every kind of change, and the dashboard's
numbers are the same whether they come from the summary or from the events."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from rollup_recounts import assert_rollups_recount
from typer.testing import CliRunner

from protest_tracker import model
from protest_tracker.cli.main import app
from protest_tracker.review.services.edits import edit_fields, move_to_campaign
from protest_tracker.review.services.merge import merge_events, split_event
from protest_tracker.review.services.status import change_status, publish_machine_coded
from protest_tracker.review.testing import make_article, make_user
from protest_tracker.store.campaign_sync import merge_campaigns
from protest_tracker.store.models import Event, EventReport
from protest_tracker.store.processing import process_pending
from protest_tracker.web import aggregates, summary, summary_queries
from protest_tracker.web.access import published_events
from protest_tracker.web.filters import Filters
from protest_tracker.web.palette import primary_code
from protest_tracker.web.privacy import public_policy
from protest_tracker.web.summary_models import EventSummary
from protest_tracker.web.views import dashboard_campaigns

pytestmark = [pytest.mark.django_db, pytest.mark.both_backends]


def recount() -> Counter:
    """The summary computed in Python from the events (independent of the SQL that keeps it)."""
    counts: Counter = Counter()
    for e in Event.objects.all():
        counts[(e.date, e.country, e.region, e.city, e.latitude, e.longitude, e.event_type,
                tuple(sorted(e.state_response)), tuple(sorted(e.grievance_categories)),
                tuple(sorted(e.target_categories)), tuple(sorted(e.participant_groups)),
                primary_code("state_responses", e.state_response),
                primary_code("grievance_categories", e.grievance_categories),
                e.verification, e.status == "published", e.campaign_id)] += 1
    return counts


def stored() -> Counter:
    counts: Counter = Counter()
    for s in EventSummary.objects.all():
        counts[(s.day, s.country, s.region, s.city, s.latitude, s.longitude, s.event_type,
                tuple(s.state_response), tuple(s.grievance_categories), tuple(s.target_categories),
                tuple(s.participant_groups), s.response, s.grievance,
                s.verification, s.published, s.campaign_id)] += s.events
    return counts


def assert_in_step() -> None:
    assert stored() == recount()
    assert summary.matches_events()
    assert_rollups_recount()  # the outlet rollup and the campaign stats too


@pytest.fixture
def people():
    return {"admin": make_user("sum-admin", role="admin"), "coder": make_user("sum-coder", role="coder")}


@pytest.fixture
def varied(make):
    """Events over three countries, two campaigns, every status that matters and an undated one."""
    first, second = make.make_campaign(), make.make_campaign(name="Wage strikes", public_id="CMP-KG-00001")
    events = [
        make.make_event(city="Almaty", campaign=first, state_response=["detention", "monitoring"]),
        make.make_event(city="Almaty", campaign=first, verification="verified", reports=2),
        make.make_event(city="Khorog", event_type="road_blockade", grievance_categories=["labour", "utilities"],
                        verification="machine-coded", date=dt.date(2023, 11, 30)),
        make.make_event(city="Bishkek", campaign=second, status="candidate", state_response=[]),
        make.make_event(city="Bishkek", campaign=second, date=dt.date(2022, 6, 1), grievance_categories=[]),
        make.make_event(city="Bishkek", date=dt.date(2016, 5, 5), verification="verified"),  # a monthly timeline
        make.make_event(city="Khorog", status="in_review", reports=2),
    ]
    undated = events[-1]
    Event.objects.filter(pk=undated.pk).update(date=None)  # a raw change moves the event to another bucket:
    summary.refresh_buckets({(undated.date, "TJ"), (None, "TJ")})  # its caller recounts both
    return events


def test_creating_events_keeps_the_summary(varied):
    assert_in_step()
    assert EventSummary.objects.filter(day__isnull=True).exists()


def test_edits_of_every_counted_field(varied, people):
    event = varied[0]
    edit_fields(event, {"date": "2024-05-01", "state_response": ["dispersal"], "grievance_categories": ["labour"],
                        "event_type": "strike", "city": "Khorog", "region": "Gorno-Badakhshan", "country": "TJ"},
                actor=people["coder"])
    assert_in_step()
    edit_fields(varied[1], {"target_categories": ["company"], "participant_groups": ["workers"]}, actor=people["coder"])
    assert_in_step()
    move_to_campaign(varied[2], None, actor=people["coder"])
    move_to_campaign(varied[3], varied[0].campaign, actor=people["coder"])
    assert_in_step()


def test_publish_unpublish_and_the_policy(varied, people):
    candidate, in_review = varied[3], varied[5]
    assert publish_machine_coded(candidate, min_confidence=0.0)
    assert_in_step()
    change_status(in_review, "verified", actor=people["admin"])
    change_status(in_review, "published", actor=people["admin"])
    assert_in_step()
    change_status(varied[0], "in_review", actor=people["admin"])
    assert_in_step()


def test_merge_split_and_delete(varied, people):
    survivor, absorbed = varied[1], varied[0]
    merge_events(survivor, absorbed, actor=people["admin"])
    assert_in_step()
    new = split_event(survivor, [survivor.reports.order_by("pk").last().pk], actor=people["coder"])
    assert new.pk and Event.objects.filter(pk=new.pk).exists()
    assert_in_step()
    varied[2].delete()
    Event.objects.filter(pk=varied[4].pk).delete()
    assert_in_step()


def test_campaign_merges_use_update_and_still_keep_the_summary(varied, people):
    merge_campaigns(varied[0].campaign, [varied[3].campaign], actor=people["admin"])
    assert_in_step()


def test_deferred_saves_recount_once_at_the_end(varied, people):
    event, stale = varied[0], stored()
    with summary.deferred():
        event.city, event.date = "Shymkent", dt.date(2025, 3, 8)
        event.save()
        varied[2].delete()
        assert stored() == stale  # nothing recounted inside the block
    assert_in_step()


def test_deferred_block_left_by_an_error_recounts_nothing(varied):
    stale = stored()
    with pytest.raises(RuntimeError), summary.deferred():
        varied[1].city = "Taraz"
        varied[1].save()
        raise RuntimeError("the caller's transaction rolls back")
    assert stored() == stale


def test_campaign_regrouping_keeps_the_summary(varied, make):
    from protest_tracker.store.campaign_sync import recompute_campaigns

    for day in (10, 11, 12):  # a wave of wage protests with no campaign yet: regrouping files them
        make.make_event(city="Zhanaozen", date=dt.date(2024, 4, day), event_type="strike", status="candidate",
                        grievance_categories=["labour"])
    result = recompute_campaigns()
    assert result.moved_events >= 1
    assert_in_step()


class OneEventPipeline:
    """A stand-in extractor: every article reports one event in Osh on the same day."""

    version_id = "summary-test/1"

    def run(self, article: model.Article) -> model.Article:
        return article.with_events((model.EventCandidate.from_exchange({
            "date": "2024-02-02", "country": "KG", "city": "Osh", "event_type": "demonstration",
            "state_response": ["detention"], "grievance_categories": ["labour"], "confidence": 0.9}),))


def test_processing_new_reports_keeps_the_summary(varied):
    for outlet in ("First Outlet", "Second Outlet"):
        make_article(text=f"Residents of Osh rallied; reported by {outlet}.", outlet=outlet,
                     published=dt.date(2024, 2, 3))
    process_pending(pipeline=OneEventPipeline(), campaigns=False)
    assert Event.objects.filter(city="Osh").exists()
    assert_in_step()


def test_rebuild_command_repairs_a_stale_summary(varied):
    Event.objects.filter(pk=varied[0].pk).update(country="UZ")  # a raw change: no signal
    assert not summary.matches_events()
    runner = CliRunner()
    assert runner.invoke(app, ["aggregates", "rebuild", "--check"]).exit_code == 1
    result = runner.invoke(app, ["aggregates", "rebuild"])
    assert result.exit_code == 0, result.output
    assert_in_step()
    assert runner.invoke(app, ["aggregates", "rebuild", "--check"]).exit_code == 0


FILTERS = [{}, {"country": ["KZ"]}, {"country": ["KG", "TJ"], "verification": ["verified"]}, {"response": ["detention"]}, {"grievance": ["labour", "utilities"]},
           {"campaign": ["CMP-KZ-00001"]}, {"verification": ["verified"]}, {"from": ["2023-01-01"], "to": ["2024-12-31"]},
           {"admin1": ["Almaty"], "type": ["picket"]}, {"city": ["Khorog"]}, {"target": ["foreign_state"]},
           {"country": ["KZ"], "participants": ["relatives_of_detainees", "residents"]}]


@pytest.mark.parametrize("query", FILTERS)
def test_dashboard_numbers_are_the_same_from_the_summary(varied, query, settings):
    filters = Filters.from_query(query)
    for verified_only in (False, True):
        settings.PUBLIC_VERIFIED_ONLY = verified_only
        events, rows = published_events().filter(filters.q()), summary_queries.public_rows(filters)
        assert aggregates.overview(rows) == aggregates.overview(events)
        for stack in aggregates.STACKINGS:
            assert aggregates.weekly_stacks(rows, stack=stack) == aggregates.weekly_stacks(events, stack=stack)
        for colour in ("type", "response"):
            assert (aggregates.map_points(rows, colour_by=colour, policy=public_policy())
                    == aggregates.map_points(events, colour_by=colour, policy=public_policy()))
        assert summary_queries.event_count(rows) == events.count()
        expected = set(events.filter(campaign__isnull=False).values_list("campaign", flat=True))
        assert set(summary_queries.campaign_ids(rows)) == expected
        assert set(dashboard_campaigns(filters, rows).values_list("pk", flat=True)) == expected
        months, places, points = summary_queries.public_rollups(filters)
        if months is not None:  # country and verification only: the rollups answer too
            assert aggregates.overview(rows, months=months, places=places) == aggregates.overview(events)
            for colour in ("type", "response"):
                assert (aggregates.map_points(points, colour_by=colour, policy=public_policy())
                        == aggregates.map_points(events, colour_by=colour, policy=public_policy()))
            for stack in aggregates.STACKINGS:
                monthly = aggregates.weekly_stacks(rows, stack=stack, months=months)
                assert monthly == aggregates.weekly_stacks(events, stack=stack)
                assert monthly["period"] == "month" or query  # 2016 to 2024: months (KZ alone: weeks)


def test_every_facet_is_answered_by_the_summary(varied, client):
    assert not summary_queries.LIVE_ONLY  # target and participants are summary columns: no scan of events
    assert summary_queries.public_rows(Filters.from_query({"target": ["foreign_state"]})) is not None
    page = client.get("/?target=foreign_state&participants=relatives_of_detainees")
    assert page.status_code == 200
    assert client.get("/map.geojson?target=foreign_state").json()["features"]


def test_campaign_list_counts_from_the_summary(varied, client):
    rows = {r["campaign_id"]: r for r in client.get("/campaigns.json").json()["campaigns"]}
    assert rows["CMP-KZ-00001"]["events"] == 2 and rows["CMP-KZ-00001"]["cities"] == 1
    assert rows["CMP-KG-00001"]["events"] == 1  # the candidate is not public
    assert rows["CMP-KG-00001"]["first_event"] == "2022-06-01"
    assert EventReport.objects.count() == 9
