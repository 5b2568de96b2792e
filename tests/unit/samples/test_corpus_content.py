"""The sample corpus holds what linking and the traction view need: merges, a campaign, edge cases."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

CONSULATE = "almaty-consulate-xinjiang"


def test_reports_of_one_event_agree_on_place_and_date(events):
    by_key = defaultdict(list)
    for record, event in events:
        by_key[event["event_key"]].append((record, event))
    multi_report = {
        key: group for key, group in by_key.items() if len({r["url"] for r, _ in group}) > 1
    }
    assert len(multi_report) >= 12, "linking needs several events reported by more than one outlet"
    for key, group in by_key.items():
        assert len({(e["country"], e["city"]) for _, e in group}) == 1, key
        days = [dt.date.fromisoformat(e["date"]) for _, e in group if e["date_precision"] == "day"]
        if days:
            assert (max(days) - min(days)).days <= 1, key
        months = {e["date"][:7] for _, e in group}
        assert len(months) == 1, key


def test_one_consulate_day_is_reported_differently_in_two_languages(events):
    by_key = defaultdict(list)
    for record, event in events:
        if event["campaign"] == CONSULATE and event["date_precision"] == "day":
            by_key[event["event_key"]].append((record, event))
    divergent = [
        group
        for group in by_key.values()
        if len({r["language"] for r, _ in group}) > 1
        and len({e["date"] for _, e in group}) > 1
        and len({e["size_min"] for _, e in group}) > 1
    ]
    assert divergent, "one picket day needs two reports in two languages with other dates and sizes"


def test_the_consulate_campaign_can_show_traction(records, events):
    consulate = [(r, e) for r, e in events if e["campaign"] == CONSULATE]
    articles = {r["id"] for r, _ in consulate}
    assert 12 <= len(articles) <= 17
    days = {e["event_key"] for _, e in consulate if not e["aggregate"]}
    assert len(days) >= 10
    assert {e["city"] for _, e in consulate} >= {"Almaty", "Zhanaozen", "Astana"}
    assert any(e["city"] == "Zhanaozen" and e["date"] == "2021-07-09" for _, e in consulate)
    assert any("activists" in e["participant_groups"] for _, e in consulate)
    assert sum(e["aggregate"] for _, e in consulate) == 1
    responses = {code for _, e in consulate for code in e["state_response"]}
    assert {
        "monitoring",
        "detention",
        "fine",
        "administrative_arrest",
        "dialogue_meeting",
    } <= responses
    dates = sorted(e["date"] for _, e in consulate)
    assert dates[0] <= "2021-02-04" and dates[-1] >= "2022-06-01"


def test_other_campaigns_and_edge_cases_are_present(records, events):
    campaigns = {e["campaign"] for _, e in events}
    assert campaigns >= {
        "kz-january-2022",
        "bishkek-october-2020",
        "karakalpakstan-july-2022",
        "khorog-november-2021",
        "gbao-may-2022",
        "kz-large-families-2019",
        "kz-mortgage-holders",
        "mangystau-oil-wages-2021",
    }
    assert sum(e["event_type"] == "single_person_picket" for _, e in events) >= 2
    assert sum(e["pro_government"] for _, e in events) >= 1
    assert {"internet_shutdown", "fatalities", "concession"} <= {
        c for _, e in events for c in e["state_response"]
    }
    assert any(e["optional"] for _, e in events)
    same_day_groups = False
    for record in records:
        seen = defaultdict(set)
        for event in record["gold"]:
            seen[(event["city"], event["date"])].add(event["event_key"])
        same_day_groups |= any(len(keys) > 1 for keys in seen.values())
    assert same_day_groups, "one report needs two groups in one city on one day"
