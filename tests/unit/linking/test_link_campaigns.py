"""Campaigns: a daily-picket series with a spread, aggregates attached, analyst decisions kept."""

from __future__ import annotations

from linking_support import load
from protest_tracker.linking.campaigns import MIN_EVENTS, cluster_campaigns
from protest_tracker.linking.service import link_records


def picket_campaign(result):
    [campaign] = [c for c in result.campaigns if "Zhanaozen" in c.cities]
    return campaign


def test_daily_pickets_form_one_campaign_that_spreads_to_zhanaozen():
    result = link_records(load("daily_picket"))
    campaign = picket_campaign(result)
    members = [e for e in result.events if e.campaign_id == campaign.campaign_id]
    articles = {a for e in members for a in e.report_ids}
    assert {f"fx-picket-{n:02d}" for n in range(15)} <= articles
    assert {"fx-zhanaozen-solidarity", "fx-picket-aggregate", "fx-picket-24-dup"} <= articles
    assert campaign.cities == ("Almaty", "Zhanaozen")
    assert (campaign.first_date, campaign.last_date) == ("2021-02-08", "2021-07-09")
    assert campaign.title.startswith("Relatives of detainees")


def test_unrelated_series_in_the_same_city_is_a_separate_campaign():
    result = link_records(load("daily_picket"))
    picket = picket_campaign(result)
    mortgage = [e for e in result.events if "fx-almaty-mortgage-0" in e.report_ids][0]
    assert mortgage.campaign_id and mortgage.campaign_id != picket.campaign_id


def test_one_off_events_belong_to_no_campaign():
    result = link_records(load("same_rally", "two_rallies", "revision"))
    assert result.campaigns == ()
    assert all(e.campaign_id is None for e in result.events)
    assert MIN_EVENTS == 2


def test_analyst_fixed_campaigns_survive_reclustering():
    result = link_records(load("daily_picket"))
    picket = picket_campaign(result)
    members = sorted(e.event_id for e in result.events if e.campaign_id == picket.campaign_id)
    early, late = members[: len(members) // 2], members[len(members) // 2:]
    fixed = dict.fromkeys(early, "analyst-split-a") | dict.fromkeys(late, "analyst-split-b")
    campaigns, assignment = cluster_campaigns(result.events, fixed=fixed)
    assert {assignment[e] for e in early} == {"analyst-split-a"}
    assert {assignment[e] for e in late} == {"analyst-split-b"}
    assert {c.campaign_id for c in campaigns if c.fixed} == {"analyst-split-a", "analyst-split-b"}
    merged, assignment = cluster_campaigns(
        result.events, fixed=dict.fromkeys(members, "analyst-merged")
        | {e.event_id: "analyst-merged" for e in result.events if "fx-almaty-mortgage-0" in e.report_ids})
    mortgage = [e.event_id for e in result.events if "fx-almaty-mortgage-0" in e.report_ids][0]
    assert assignment[mortgage] == "analyst-merged"
    assert len([c for c in merged if c.campaign_id == "analyst-merged"]) == 1
