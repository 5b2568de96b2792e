"""The matcher behind the demo-wide gold check: place, date within precision, type."""

from __future__ import annotations

import pytest

from protest_tracker.samples.gold_check import (
    MATCH,
    MISCODED,
    NON_EVENT,
    check_events,
    judge,
    same_date,
)

GOLD = {"date": "2022-01-04", "date_precision": "day", "country": "KZ", "region": "Aktobe", "city": "Aktobe",
        "event_type": "demonstration"}


@pytest.mark.parametrize(("event", "verdict"), [
    ({"date": "2022-01-04", "country": "KZ", "city": "Aktobe", "event_type": "demonstration"}, MATCH),
    ({"date": "2022-01-05", "country": "KZ", "city": "aktobe", "event_type": "demonstration"}, MATCH),  # a day off
    ({"date": "2022-01-06", "country": "KZ", "city": "Aktobe", "event_type": "demonstration"}, NON_EVENT),
    ({"date": "2022-01-04", "country": "KZ", "city": "Aktau", "event_type": "demonstration"}, NON_EVENT),
    ({"date": "2022-01-04", "country": "KG", "city": "Aktobe", "event_type": "demonstration"}, NON_EVENT),
    ({"date": "2022-01-04", "country": "KZ", "city": "Aktobe", "event_type": "riot"}, MISCODED),
    ({"date": "2022-01-04", "country": "KZ", "city": None, "region": "Aktobe", "event_type": "demonstration"}, MATCH),
])
def test_judge(event, verdict):
    assert judge(event, [GOLD]) == verdict


def test_month_and_year_precision():
    month = {**GOLD, "date": "2021-02", "date_precision": "month"}
    assert same_date("2021-02-27", month) and not same_date("2021-03-01", month)
    assert same_date("2021-11-30", {**GOLD, "date": "2021", "date_precision": "year"})
    assert not same_date(None, GOLD)


def test_variants_of_a_city_name_and_several_articles():
    records = [{"id": "a", "gold": [{**GOLD, "city": "Astana", "region": None}]}, {"id": "b", "gold": []}]
    event = {"event_id": "KZ-2022-000001", "date": "2022-01-04", "country": "KZ", "city": "Nur-Sultan",
             "event_type": "demonstration", "sample_ids": ["b", "a"]}
    (finding,) = check_events([event], records)
    assert (finding.verdict, finding.sample_ids) == (MATCH, ("a", "b"))
    (lonely,) = check_events([{**event, "sample_ids": ["b"]}], records)
    assert lonely.verdict == NON_EVENT and "KZ-2022-000001 non-event" in lonely.line()
