"""Place/date keys and the pairwise rules of coreference."""

from __future__ import annotations

import datetime as dt

from linking_support import candidate
from protest_tracker.linking.places import city_key, day_interval, distance_km, interval_gap
from protest_tracker.linking.reports import report_from_candidate
from protest_tracker.linking.similarity import MERGE_THRESHOLD, features, pair_score


def score(a, b, *, same_article: bool = False):
    ra = report_from_candidate(a, article_id="a1")
    rb = report_from_candidate(b, article_id="a1" if same_article else "b2")
    return pair_score(features(ra), features(rb))


def test_city_variants_fold_to_one_key():
    assert city_key("Alma-Ata") == city_key("Алматы") == city_key("almaty") == "almaty"
    assert city_key("Nur-Sultan") == city_key("Astana")
    assert city_key("Uralsk") == city_key("Oral")
    assert city_key("Khorugh") == city_key("Khorog")
    assert city_key(None) == ""
    assert city_key("Shymkent") != city_key("Taraz")


def test_day_intervals_for_each_precision():
    day = dt.date(2021, 2, 8).toordinal()
    assert day_interval("2021-02-08", "day") == (day, day)
    assert day_interval("2021-02-08", "day", "2021-02-10") == (day, day + 2)
    assert day_interval("2021-02", "month") == (dt.date(2021, 2, 1).toordinal(), dt.date(2021, 2, 28).toordinal())
    assert day_interval("2021-02-08", "week") == (day, day + 6)
    assert day_interval("2021", "year")[1] - day_interval("2021", "year")[0] == 364
    assert day_interval(None, "day") is None
    assert day_interval("2021-13-45", "day") is None
    assert interval_gap((1, 3), (5, 9)) == 2
    assert interval_gap((5, 9), (1, 5)) == 0


def test_distance_almaty_to_astana_is_about_970_km():
    assert 950 < distance_km(43.238, 76.946, 51.169, 71.449) < 1000


def test_same_rally_two_outlets_scores_above_threshold():
    a = candidate(participant_groups=["borrowers_mortgage"], grievance_categories=["housing_mortgage"], size_min=5)
    b = candidate(participant_groups=["borrowers_mortgage"], grievance_categories=["housing_mortgage"],
                  size_min=15, date="2022-03-15", city="Uralsk")
    assert score(a, b) >= MERGE_THRESHOLD


def test_hard_rules_keep_reports_apart():
    base = candidate(participant_groups=["pensioners"], size_min=30)
    assert score(base, candidate(participant_groups=["pensioners"], size_min=30), same_article=True) is None
    assert score(base, candidate(participant_groups=["entrepreneurs"], size_min=30)) is None
    assert score(base, candidate(participant_groups=["pensioners"], country="KG")) is None
    assert score(base, candidate(participant_groups=["pensioners"], city="Aktobe")) is None
    assert score(base, candidate(participant_groups=["pensioners"], date="2022-03-17")) is None
    assert score(base, candidate(participant_groups=["pensioners"], size_min=3000)) is None
    assert score(base, candidate(participant_groups=["pensioners"], pro_government=True)) is None
    assert score(base, candidate(participant_groups=["pensioners"], aggregate=True)) is None
    assert score(candidate(date=None), candidate(date=None)) is None


def test_nearby_coordinates_link_differently_named_places():
    a = candidate(city="Taboshar", latitude=40.57, longitude=69.64, country="TJ")
    b = candidate(city="Zarnisor", latitude=40.60, longitude=69.70, country="TJ")
    far = candidate(city="Khujand", latitude=40.28, longitude=69.62, country="TJ")
    assert score(a, b) is not None
    assert score(a, far) is None


def test_month_precision_links_to_a_day_inside_the_month_only():
    month = candidate(date="2022-03", date_precision="month")
    assert score(month, candidate(date="2022-03-05")) is not None
    assert score(month, candidate(date="2022-04-01")) is None


def test_city_less_report_links_within_its_region_only():
    vague = candidate(city=None, region="Mangystau")
    assert score(vague, candidate(city="Zhanaozen", region="Mangystau")) is not None
    assert score(vague, candidate(city="Shymkent", region="Turkistan")) is None


def test_related_groups_may_merge_but_unrelated_groups_never():
    karakalpaks = candidate(city="Nukus", country="UZ", participant_groups=["ethnic_community"], event_type="riot")
    residents = candidate(city="Nukus", country="UZ", participant_groups=["residents", "workers"], event_type="riot")
    traders = candidate(city="Nukus", country="UZ", participant_groups=["entrepreneurs"], event_type="riot")
    assert score(karakalpaks, residents) >= MERGE_THRESHOLD
    assert score(residents, traders) is None
    assert score(karakalpaks, traders) is None
