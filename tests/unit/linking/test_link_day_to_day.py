"""Two outlets that each report two days of one protest are matched day to day (own example)."""

from __future__ import annotations

from protest_tracker.linking.service import link_records


def _event(date: str, **fields):
    base = {"date": date, "date_precision": "day", "country": "TJ", "region": "Gorno-Badakhshan",
            "city": "Khorog", "event_type": "demonstration"}
    return {**base, **fields}


#: what the first day's reports say in both outlets (and the second outlet repeats on the 26th)
_DETAIL = {"size_min": 200, "size_max": 200, "venue": "regional administration",
           "participant_groups": ["residents"], "grievance_categories": ["repression_police"]}


def test_reports_of_two_days_pair_by_day_not_across():
    # the second outlet's 26th looks more like the first outlet's 25th (same size, venue, people and
    # grievance) than like its 26th; both outlets tell the two days apart, so each day is matched
    # with its own day
    first = {"id": "asia-plus", "published": "2021-11-26",
             "events": [_event("2021-11-25", **_DETAIL), _event("2021-11-26", venue="prosecutor's office")]}
    second = {"id": "rferl", "published": "2021-11-27",
              "events": [_event("2021-11-26", **_DETAIL), _event("2021-11-25")]}
    result = link_records([first, second], campaigns=False)
    days = sorted((e.headline.date, sorted(r.article_id for r in e.reports)) for e in result.events)
    assert days == [("2021-11-25", ["asia-plus", "rferl"]), ("2021-11-26", ["asia-plus", "rferl"])]
