"""How long a campaign stays open: continuity evidence, bursts, aggregates, unknown causes, multi-day events.

Every event here is linked alone (one report each) so the tests exercise campaign grouping only.
"""

from __future__ import annotations

import random

import pytest

from linking_support import single_event as event
from protest_tracker.linking.campaign_series import MAX_GAP_DAYS
from protest_tracker.linking.campaigns import cluster_campaigns

#: Consulate pickets from February to the end of November 2021: an established series.
PICKETS = [event(f"p{i}", day) for i, day in enumerate(
    ["2021-02-04", "2021-02-22", "2021-03-15", "2021-05-11", "2021-07-20", "2021-10-16", "2021-11-27"])]


def campaign_of(campaigns, assignment, event_id):
    return assignment.get(event_id), [c for c in campaigns if c.campaign_id == assignment.get(event_id)]


def test_an_established_series_survives_a_long_silence_at_its_venue():
    resumed = event("p500", "2022-06-15", venue="consulate")  # 200 days after the last picket
    assert MAX_GAP_DAYS < 200
    campaigns, assignment = cluster_campaigns([*PICKETS, resumed])
    assert len(campaigns) == 1 and assignment[resumed.event_id] == assignment[PICKETS[0].event_id]
    assert campaigns[0].last_date == "2022-06-15"
    shuffled = [*PICKETS, resumed]
    random.Random(7).shuffle(shuffled)
    assert cluster_campaigns(shuffled) == (campaigns, assignment)


@pytest.mark.parametrize("change", [
    {"venue": "city akimat"},                                   # another venue
    {"grievances": ("land_property",)},                         # another cause
    {"groups": ("activists",)},                                 # another participant group
    {"city": "Astana"},                                         # another city
    {"date": "2023-02-01"},                                     # longer than the series has run
])
def test_a_long_silence_is_bridged_only_by_venue_cause_group_and_city(change):
    fields = {"date": "2022-06-15", **change}
    resumed = event("p500", fields.pop("date"), **fields)
    _, assignment = cluster_campaigns([*PICKETS, resumed])
    assert assignment.get(resumed.event_id) != assignment[PICKETS[0].event_id]


def test_a_burst_does_not_absorb_a_later_wave_at_the_same_place():
    common = {"city": "Khorog", "venue": "regional administration", "groups": ("residents", "ethnic_community"),
              "grievances": ("corruption_justice",), "targets": ("local_government",), "event_type": "sit_in"}
    november = [event(f"n{d}", f"2021-11-{d}", **common) for d in (25, 26, 27)]
    may = [event(f"m{d}", f"2022-05-{d}", **common) for d in (14, 16)]
    campaigns, assignment = cluster_campaigns([*november, *may])
    assert len(campaigns) == 2
    assert len({assignment[e.event_id] for e in november}) == 1 and len({assignment[e.event_id] for e in may}) == 1
    assert assignment[november[0].event_id] != assignment[may[0].event_id]


def test_an_aggregate_report_spanning_the_gap_keeps_the_series_open():
    early = [event("a1", "2021-02-04"), event("a2", "2021-02-10")]
    later = event("a3", "2022-01-20")
    _, apart = cluster_campaigns([*early, later])
    assert apart.get(later.event_id) != apart[early[0].event_id]  # 344 silent days, only two days of action
    since = event("agg", "2021-02", date_precision="month", aggregate=True, published="2021-12-01")
    campaigns, assignment = cluster_campaigns([*early, since, later])
    assert len(campaigns) == 1 and assignment[later.event_id] == assignment[early[0].event_id]


def test_an_event_of_unknown_cause_continues_a_protest_in_its_town_the_next_day():
    first = event("k1", "2021-11-25", city="Khorog", venue="regional administration", groups=("residents",),
                  grievances=("corruption_justice",), targets=("local_government",), event_type="sit_in")
    next_day = event("k2", "2021-11-26", city="Khorog", venue="prosecutor's office", groups=("ethnic_community",),
                     grievances=(), targets=("law_enforcement",), event_type="demonstration")
    campaigns, assignment = cluster_campaigns([first, next_day])
    assert len(campaigns) == 1 and assignment[first.event_id] == assignment[next_day.event_id]
    ten_days_later = event("k3", "2021-12-06", city="Khorog", venue="regional administration",
                           groups=("residents",), grievances=(), targets=("local_government",))
    elsewhere = event("k4", "2021-11-26", city="Dushanbe", groups=("residents",), grievances=(), venue="square")
    nobody = event("k5", "2021-11-26", city="Khorog", groups=("general_public",), grievances=(), venue="square")
    _, assignment = cluster_campaigns([first, ten_days_later, elsewhere, nobody])
    assert all(assignment.get(e.event_id) is None for e in (first, ten_days_later, elsewhere, nobody))


def test_one_event_lasting_three_days_is_a_campaign_and_a_one_day_event_is_not():
    sit_in = event("s1", "2021-11-25", end_date="2021-11-27", city="Khorog", venue="square", event_type="sit_in")
    campaigns, assignment = cluster_campaigns([sit_in])
    assert [c.event_ids for c in campaigns] == [(sit_in.event_id,)]
    for one_off in (event("s2", "2021-11-25", city="Khorog"), event("s3", "2021-11-25", end_date="2021-11-26")):
        assert cluster_campaigns([one_off]) == ([], {})


def test_coarse_dates_do_not_make_a_series_established():
    run = [event("m1", "2021-01", date_precision="month"), event("m2", "2021-04-15")]  # two days of action
    resumed = event("m9", "2021-07-26")  # 102 days later: same venue, cause and group
    _, assignment = cluster_campaigns([*run, resumed])
    assert assignment[run[0].event_id] == assignment[run[1].event_id]
    assert assignment.get(resumed.event_id) != assignment[run[0].event_id]


def test_a_series_bridges_no_longer_silence_than_it_has_run():
    days = [event(f"d{i}", f"2021-03-{i:02d}") for i in (1, 15, 31)]  # established, but a 30-day run
    resumed = event("d9", "2021-08-20")  # 142 days later
    _, assignment = cluster_campaigns([*days, resumed])
    assert assignment.get(resumed.event_id) != assignment[days[0].event_id]
