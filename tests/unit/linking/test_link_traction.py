"""Traction metrics: values on a hand-made series, dict input, JSON output, edge cases."""

from __future__ import annotations

import json

from linking_support import load
from protest_tracker.linking.service import link_records
from protest_tracker.linking.traction import compute_traction


def ev(event_id, date, city="Almaty", groups=("relatives_of_detainees",), size=None, responses=("monitoring",),
       reports=("r1",), **extra):
    return {"event_id": event_id, "date": date, "date_precision": "day", "country": "KZ", "city": city,
            "participant_groups": list(groups), "size_min": size, "size_max": size,
            "state_response": list(responses), "report_ids": list(reports), **extra}


SERIES = [
    ev("e1", "2021-02-08", size=5, reports=("a1", "a2")),
    ev("e2", "2021-02-09", size=6, responses=("fine", "monitoring"), reports=("a3",)),
    ev("e3", "2021-02-22", size=8, responses=("dialogue_meeting",), reports=("a4",)),
    ev("e4", "2021-03-02", city="Zhanaozen", groups=("relatives_of_detainees", "activists"), size=12,
       responses=("detention",), reports=("a5", "a6")),
    ev("agg", "2021-02-08", aggregate=True, reports=("a7",)),
]
REPORTS = {"a1": {"outlet": "orda", "language": "ru"}, "a2": {"outlet": "rfe", "language": "en"},
           "a3": {"outlet": "orda", "language": "ru"}, "a5": {"outlet": "vlast", "language": "kk"}}


def test_summary_values():
    s = compute_traction(SERIES, reports=REPORTS).summary
    assert (s["events"], s["aggregate_reports"]) == (4, 1)
    assert (s["first_event"], s["latest_event"], s["duration_days"]) == ("2021-02-08", "2021-03-02", 23)
    assert s["active_days"] == 4 and s["weeks"] == 4 and s["events_per_week"] == 1.0
    assert s["peak_week"] == {"week": "2021-02-08", "events": 2}
    assert s["cities"] == [{"city": "Almaty", "country": "KZ", "first_date": "2021-02-08", "events": 3},
                           {"city": "Zhanaozen", "country": "KZ", "first_date": "2021-03-02", "events": 1}]
    joined = {g["group"]: g["joined_later"] for g in s["participant_groups"]}
    assert joined == {"relatives_of_detainees": False, "activists": True}
    assert s["size"]["direction"] == "growing" and s["size"]["first"] == 5 and s["size"]["latest"] == 12
    assert s["size"]["slope_per_30_days"] > 0
    assert s["responses"]["monitoring"] == {"events": 2, "share": 0.5, "first_date": "2021-02-08"}
    assert s["responses"]["detention"]["first_date"] == "2021-03-02"  # escalation: when each response first came
    assert s["responses"]["detention"]["share"] == 0.25
    assert s["repressive_share"] == 0.5
    assert s["reports"] == 7 and s["reports_per_event"] == 1.5
    assert s["outlets"] == ["orda", "rfe", "vlast"] and s["languages"] == ["en", "kk", "ru"]


def test_weekly_series_includes_empty_weeks_and_new_cities():
    series = compute_traction(SERIES).series
    assert [row["week"] for row in series] == ["2021-02-08", "2021-02-15", "2021-02-22", "2021-03-01"]
    assert [row["events"] for row in series] == [2, 0, 1, 1]
    assert series[0]["new_cities"] == ["Almaty"] and series[3]["new_cities"] == ["Zhanaozen"]
    assert [row["cumulative_cities"] for row in series] == [1, 1, 1, 2]
    assert series[3]["new_groups"] == ["activists"]
    assert series[0]["repressive_events"] == 1 and series[0]["median_size"] == 5.5


def test_linked_events_and_dicts_give_the_same_json_and_it_is_reproducible():
    result = link_records(load("daily_picket"))
    [campaign] = [c for c in result.campaigns if "Zhanaozen" in c.cities]
    members = [e for e in result.events if e.campaign_id == campaign.campaign_id]
    from_events = compute_traction(members).to_dict()
    from_dicts = compute_traction([e.to_record() for e in reversed(members)]).to_dict()
    assert json.dumps(from_events, sort_keys=True) == json.dumps(from_dicts, sort_keys=True)
    summary = from_events["summary"]
    assert summary["distinct_cities"] == 2 and summary["distinct_languages"] == 3
    assert summary["size"]["direction"] == "growing"


def test_empty_and_undated_input():
    t = compute_traction([])
    assert t.summary["events"] == 0 and t.series == [] and t.summary["size"]["direction"] == "unknown"
    t = compute_traction([ev("x", None)])
    assert t.summary["first_event"] is None and t.summary["events"] == 0


def test_aggregate_claims_a_period_and_responses_show_their_escalation():
    events = [*SERIES[:4], ev("agg", "2021-02", date_precision="month", aggregate=True, reports=("a7",))]
    meta = {**REPORTS, "a7": {"outlet": "eurasianet", "language": "en", "published": "2021-08-07"}}
    s = compute_traction(events, reports=meta).summary
    assert s["aggregates"] == [{"event_id": "agg", "start": "2021-02-01", "end": "2021-08-07", "reports": 1}]
    assert s["claimed_span"] == {"first": "2021-02-01", "latest": "2021-08-07", "days": 188}
    assert (s["first_event"], s["latest_event"]) == ("2021-02-08", "2021-03-02")  # dated events only
    order = sorted(s["responses"], key=lambda code: (s["responses"][code]["first_date"], code))
    assert order == ["monitoring", "fine", "dialogue_meeting", "detention"]
    assert compute_traction(SERIES).summary["aggregates"][0]["end"] is None  # no publication date known
