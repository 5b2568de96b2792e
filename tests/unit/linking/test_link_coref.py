"""Coreference on our fixtures: merges, hard negatives, revisions, blocking, order independence."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from linking_support import load, report_pairwise
from protest_tracker.linking.coref import candidate_pairs, cluster_reports
from protest_tracker.linking.reports import Report, reports_from_records
from protest_tracker.linking.service import link_records
from protest_tracker.linking.similarity import features
from protest_tracker.model import EventCandidate

ALL = ("same_rally", "two_rallies", "daily_picket", "revision")


def event_of(result, article_id):
    return [e for e in result.events if article_id in e.report_ids]


def test_one_rally_reported_by_five_outlets_in_three_languages_is_one_event():
    records = load("same_rally")
    result = link_records(records)
    [event] = event_of(result, "fx-oral-azat")
    assert event.report_ids == ["fx-oral-azat", "fx-oral-eng", "fx-oral-kaz", "fx-oral-vlast", "fx-oral-wire"]
    assert event.languages == ["en", "kk", "ru"]
    assert (event.headline.size_min, event.headline.size_max) == (5, 15)
    assert event.conflicts["size_min"]["fx-oral-azat"] == 5 and event.conflicts["size_min"]["fx-oral-vlast"] == 15
    [strike] = event_of(result, "fx-aktau-strike")
    assert strike.report_ids == ["fx-aktau-strike"]
    score = report_pairwise("same_rally", result, records)
    assert score.precision == 1.0 and score.recall == 1.0


def test_two_rallies_in_one_city_on_one_day_by_different_groups_stay_apart():
    records = load("two_rallies")
    result = link_records(records)
    assert len(result.events) == 2
    groups = {e.headline.participant_groups: e.report_ids for e in result.events}
    assert groups[("entrepreneurs",)] == ["fx-bish-24", "fx-bish-kloop"]
    assert groups[("pensioners",)] == ["fx-bish-en", "fx-bish-kloop"]
    score = report_pairwise("two_rallies", result, records)
    assert score.precision == 1.0 and score.recall == 1.0


def test_revisions_of_an_article_make_one_event_with_the_article_once():
    result = link_records(load("revision"))
    [event] = result.events
    assert event.report_ids == ["fx-khorog-report", "fx-khorog-ru"]
    assert len(event.reports) == 3
    assert set(event.headline.state_response) == {"force_violence", "detention"}
    assert event.headline.size_max == 1000


def test_aggregate_report_does_not_merge_with_a_daily_event():
    result = link_records(load("daily_picket"))
    [aggregate] = event_of(result, "fx-picket-aggregate")
    assert aggregate.report_ids == ["fx-picket-aggregate"] and aggregate.headline.aggregate


def test_all_fixtures_pairwise_precision_and_recall():
    records = load(*ALL)
    score = report_pairwise("all fixtures", link_records(records), records)
    assert score.precision >= 0.95 and score.recall >= 0.95


def test_blocking_never_pairs_other_countries_or_far_dates():
    reports = reports_from_records(load(*ALL))
    feats = [features(r) for r in reports]
    pairs = candidate_pairs(feats)
    assert pairs, "the fixtures hold reports of one event"
    for i, j in pairs:
        assert feats[i].country == feats[j].country
        assert abs(feats[i].days[0] - feats[j].days[0]) <= 31
    assert len(pairs) < len(reports) * (len(reports) - 1) / 2 / 4


def _signature(result):
    return sorted((e.event_id, tuple(e.report_ids), e.campaign_id, e.headline.size_min, e.headline.date)
                  for e in result.events)


@settings(max_examples=15, deadline=None)
@given(seed=st.integers(min_value=0, max_value=10**6))
def test_shuffled_fixture_lines_give_the_same_events_and_campaigns(seed):
    records = load(*ALL)
    expected = _signature(link_records(records))
    shuffled = records[:]
    random.Random(seed).shuffle(shuffled)
    assert _signature(link_records(shuffled)) == expected


candidates = st.builds(
    EventCandidate,
    date=st.sampled_from(["2022-01-04", "2022-01-05", "2022-01-06", "2022-01"]),
    date_precision=st.just("day"),
    country=st.sampled_from(["KZ", "KG"]),
    city=st.sampled_from(["Almaty", "Alma-Ata", "Bishkek", None]),
    event_type=st.sampled_from(["demonstration", "picket", "strike"]),
    participant_groups=st.sets(st.sampled_from(["workers", "residents", "activists"]), max_size=2).map(tuple),
    grievance_categories=st.sets(st.sampled_from(["labour", "utilities"]), max_size=2).map(tuple),
    size_min=st.one_of(st.none(), st.integers(min_value=1, max_value=500)),
)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.sampled_from("abcdef"), candidates), min_size=1, max_size=14), st.randoms())
def test_clustering_is_order_independent_on_random_candidates(items, rnd):
    reports = []
    for n, (article, cand) in enumerate(items):
        if cand.date == "2022-01":
            cand = EventCandidate(**{**{f: getattr(cand, f) for f in cand.__slots__}, "date_precision": "month"})
        reports.append(Report(article_id=article, revision="r", index=n, candidate=cand))
    expected = [[r.key for r in cluster] for cluster in cluster_reports(reports)]
    rnd.shuffle(reports)
    assert [[r.key for r in cluster] for cluster in cluster_reports(reports)] == expected
    for cluster in expected:  # one article revision never merges with itself
        sources = [key.rsplit(":", 1)[0] for key in cluster]
        assert len(sources) == len(set(sources))
