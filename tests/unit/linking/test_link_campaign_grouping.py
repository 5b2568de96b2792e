"""Campaign grouping (issue 11): one wave across cities, groups joining a town's protest, a
campaign's grievances from a share of its events, names with the period, one event per occasion."""

from __future__ import annotations

from linking_support import single_event as event
from protest_tracker.linking.campaign_names import campaign_grievances, campaign_title, period
from protest_tracker.linking.campaigns import cluster_campaigns
from protest_tracker.linking.events import (
    build_event,
    occasion_groups,
    one_per_occasion,
    same_occasion,
)
from protest_tracker.linking.reports import report_from_candidate
from protest_tracker.linking.service import link_records
from protest_tracker.model import EventCandidate

PRICES = {"grievances": ("wages_prices_economy", "utilities"), "targets": ("national_government",),
          "venue": "square", "event_type": "demonstration"}


def test_one_wave_across_cities_and_days_is_one_campaign():
    wave = [event("j1", "2022-01-02", city="Zhanaozen", groups=("residents",), **PRICES),
            event("j2", "2022-01-03", city="Aktau", groups=("residents",), **PRICES),
            event("j3", "2022-01-04", city="Aktobe", groups=("residents",),
                  **{**PRICES, "grievances": ("wages_prices_economy", "utilities", "elections_political")}),
            # the big city joins the next day: another crowd (no named group), the same cause
            event("j4", "2022-01-05", city="Almaty", groups=("general_public",), venue="city administration",
                  grievances=("wages_prices_economy", "elections_political"), targets=("national_government",))]
    campaigns, assignment = cluster_campaigns(wave)
    assert len(campaigns) == 1 and len({assignment[e.event_id] for e in wave}) == 1
    assert campaigns[0].title.endswith("Zhanaozen and 3 other cities, January 2022")
    weeks_later = event("j9", "2022-01-20", city="Shymkent", groups=("general_public",),
                        grievances=("wages_prices_economy",), targets=("national_government",), venue="park")
    _, assignment = cluster_campaigns([*wave, weeks_later])
    assert assignment.get(weeks_later.event_id) != assignment[wave[0].event_id]  # the period no longer agrees


def test_another_group_joins_a_protest_in_its_town_within_days_but_a_counter_rally_does_not():
    common = {"city": "Khorog", "grievances": ("corruption_justice",), "targets": ("local_government",)}
    first = event("k1", "2021-11-25", groups=("residents",), venue="regional administration", **common)
    relatives = event("k2", "2021-11-26", groups=("relatives_of_detainees",), venue="prosecutor's office", **common)
    campaigns, assignment = cluster_campaigns([first, relatives])
    assert len(campaigns) == 1 and assignment[first.event_id] == assignment[relatives.event_id]
    counter = event("k3", "2021-11-26", groups=("residents",), venue="regional administration",
                    pro_government=True, **common)
    _, assignment = cluster_campaigns([first, counter])
    assert assignment.get(counter.event_id) is None
    later = event("k4", "2021-12-10", groups=("relatives_of_detainees",), venue="prosecutor's office", **common)
    _, assignment = cluster_campaigns([first, later])
    assert assignment.get(later.event_id) is None  # two weeks on, another group is another series


def test_a_campaigns_grievances_are_those_of_a_share_of_its_events_told_by_two_reports():
    mortgage = {"groups": ("borrowers_mortgage",), "targets": ("national_government",), "venue": "akimat",
                "event_type": "demonstration"}
    events = [event("m1", "2021-04-05", grievances=("housing_mortgage", "xinjiang_ethnic_kin"), **mortgage),
              event("m2", "2021-04-12", grievances=("housing_mortgage",), **mortgage),
              event("m3", "2021-04-19", grievances=("housing_mortgage", "wages_prices_economy"), **mortgage),
              event("m4", "2021-04-26", grievances=("housing_mortgage", "wages_prices_economy"), **mortgage)]
    kept = {"housing_mortgage", "wages_prices_economy"}  # one report's aside (Xinjiang) is out
    assert set(campaign_grievances(events)) == kept
    campaigns, _ = cluster_campaigns(events)
    assert set(campaigns[0].grievances) == kept
    assert campaigns[0].title.startswith("Borrowers and mortgage holders (Housing and mortgages)")


def test_a_name_takes_no_grievance_from_one_report_and_carries_the_period():
    khorog = [event("g1", "2022-05-14", city="Khorog", groups=("residents",), grievances=("labour",),
                    venue="regional administration", event_type="demonstration"),
              event("g2", "2022-05-16", city="Khorog", groups=("residents",), grievances=(),
                    venue="ministry", event_type="road_blockade")]
    assert campaign_title(khorog) == "Local residents — demonstrations, Khorog, May 2022"  # not "(Labour)"
    assert period([event("p1", "2021-02-04"), event("p2", "2022-06-15")]) == "February 2021 – June 2022"
    assert period([event("p1", "2021-02-04"), event("p2", "2021-03-15")]) == "February–March 2021"


def candidate(**fields) -> EventCandidate:
    base = {"date": "2022-07-01", "country": "UZ", "region": "Karakalpakstan", "city": "Nukus",
            "event_type": "demonstration", "participant_groups": ["ethnic_community"]}
    return EventCandidate.from_exchange({**base, **fields})


def test_one_event_per_date_place_and_group():
    assert same_occasion(candidate(), candidate(city=None))  # no city, the same region
    assert not same_occasion(candidate(), candidate(date="2022-07-02"))
    assert not same_occasion(candidate(), candidate(participant_groups=["students"]))
    assert not same_occasion(candidate(), candidate(city=None, region="Khorezm"))
    assert not same_occasion(candidate(), candidate(city="Kungrad"))
    assert not same_occasion(candidate(), candidate(aggregate=True))
    # a city-less report joins one settlement, never two
    groups = occasion_groups([("a", candidate()), ("b", candidate(city=None)), ("c", candidate(city="Kungrad"))])
    assert groups == [["a", "b"]]


def test_one_article_split_over_two_candidates_is_merged_into_one_event():
    nukus = report_from_candidate(candidate(participant_groups=["ethnic_community", "residents"]),
                                  article_id="art-1", published="2022-07-02")
    also = report_from_candidate(candidate(venue="Government House", date="2022-07-02"), article_id="art-2", index=0)
    same_article = report_from_candidate(candidate(city=None), article_id="art-2", index=1)
    events = [build_event([nukus, also]), build_event([same_article])]
    [merged] = one_per_occasion(events)
    assert sorted(merged.report_ids) == ["art-1", "art-2"] and len(merged.reports) == 3
    records = [{"id": "art-1", "published": "2022-07-02", "events": [nukus.candidate.to_exchange()]},
               {"id": "art-2", "published": "2022-07-03",
                "events": [also.candidate.to_exchange(), same_article.candidate.to_exchange()]}]
    result = link_records(records)
    assert [e.headline.date for e in result.events] == ["2022-07-01"]  # not the same protest twice
