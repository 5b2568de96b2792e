"""The traction verdict's criteria on hand-made records: each fires with its figures and dates."""

from __future__ import annotations

import datetime as dt

from protest_tracker.linking.traction import compute_traction
from protest_tracker.linking.traction_criteria import THRESHOLDS, runs


def ev(event_id, date, *, city="Almaty", region=None, groups=("borrowers_mortgage",), size=None,
       responses=("monitoring",), concessions=(), **extra):
    return {"event_id": event_id, "date": date, "date_precision": "day", "country": "KZ", "city": city,
            "region": region, "participant_groups": list(groups), "size_min": size, "size_max": size,
            "state_response": list(responses), "report_ids": [f"a-{event_id}"],
            "concessions": list(concessions), **extra}


def criteria(events):
    verdict = compute_traction(events).to_dict()["verdict"]
    return verdict, {c["code"]: c for c in verdict["criteria"]}


def test_two_dated_days_79_days_apart_are_not_persistence():
    verdict, c = criteria([ev("m1", "2021-04-05"), ev("m2", "2021-06-22")])
    assert not c["persistence"]["fired"]
    assert c["persistence"]["figures"] == {"days_of_action": 2, "weeks_with_action": 2, "span_days": 79,
                                           "longest_run_days": 1, "claimed_days": 0}
    assert "short of 3 days in a run" in c["persistence"]["text"]
    assert verdict["level"] == "not_yet" and verdict["answer"] == "Not yet"


def test_a_run_of_near_days_is_persistence_with_its_dates():
    _, c = criteria([ev(f"d{d}", f"2022-01-0{d}") for d in (2, 3, 5)])
    assert c["persistence"]["fired"] and c["persistence"]["dates"] == ["2022-01-02", "2022-01-03", "2022-01-05"]
    assert runs([dt.date(2022, 1, d) for d in (1, 2, 6, 7, 8)], gap=2) == [
        [dt.date(2022, 1, 1), dt.date(2022, 1, 2)], [dt.date(2022, 1, 6), dt.date(2022, 1, 7), dt.date(2022, 1, 8)]]


def test_spread_scale_diversity_and_backfire_fire_with_figures():
    events = [
        ev("z", "2022-01-02", city="Zhanaozen", region="Mangystau", groups=("residents",), size=300),
        ev("a", "2022-01-03", city="Aktau", region="Mangystau", groups=("residents",), size=2500,
           responses=("detention", "dispersal")),
        ev("k", "2022-01-06", city="Aktobe", region="Aktobe", groups=("residents", "workers"), size=400),
        ev("l", "2022-01-07", city="Almaty", groups=("activists",), size=3000),
    ]
    verdict, c = criteria(events)
    assert c["spread"]["fired"] and c["spread"]["figures"] == {"cities": 4, "regions": 3}
    assert c["spread"]["dates"] == ["2022-01-03", "2022-01-06", "2022-01-07"]
    assert c["scale"]["fired"] and c["scale"]["figures"]["largest"] == 3000 and c["scale"]["dates"] == ["2022-01-07"]
    assert c["diversity"]["fired"] and c["diversity"]["figures"]["groups"] == 3  # a coalition of three named groups
    assert c["backfire"]["fired"] and c["backfire"]["figures"]["repressed_on"] == "2022-01-03"
    assert c["backfire"]["figures"]["new_cities"] == ["Aktobe", "Almaty"]
    assert c["repression"]["fired"] and not c["repression"]["counted"]
    assert verdict["level"] == "gained" and verdict["fired"] == ["spread", "scale", "diversity", "backfire"]


def test_repression_alone_is_context_not_traction():
    verdict, c = criteria([ev("x", "2022-05-14", responses=("detention", "fatalities"), fatalities=3),
                           ev("y", "2022-05-16")])
    assert c["repression"]["fired"] and c["repression"]["figures"]["deaths_counted"] == 3
    assert not c["backfire"]["fired"] and verdict["level"] == "not_yet"


def test_a_concession_says_so_and_a_promise_does_not():
    won = {"kind": "price_rollback", "cue": "cut the price", "date": "2022-01-04", "report": "r9"}
    verdict, c = criteria([ev("p1", "2022-01-02", concessions=[{"kind": "promise", "cue": "promised"}]),
                           ev("p2", "2022-01-03", concessions=[won])])
    assert c["concession"]["fired"] and c["concession"]["dates"] == ["2022-01-04"]
    assert "price rollback (2022-01-04" in c["concession"]["text"]
    assert verdict["concession_won"] and verdict["answer"] == "Some traction · Concession won"
    verdict, c = criteria([ev("p1", "2022-01-02", concessions=[{"kind": "promise", "cue": "promised"}])])
    assert not c["concession"]["fired"] and not verdict["concession_won"] and "Only a promise" in c["concession"]["text"]


def test_thresholds_are_in_one_place_and_published_with_the_verdict():
    verdict, _ = criteria([ev("t", "2022-01-02")])
    assert verdict["thresholds"]["large_size"] == THRESHOLDS.large_size == 1000
    assert verdict["thresholds"]["gained_criteria"] == 3
    assert compute_traction([]).verdict["level"] == "no_events"
