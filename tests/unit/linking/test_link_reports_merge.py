"""Reading extract records and merging the reports of one event (headline values, conflicts)."""

from __future__ import annotations

import pytest

from linking_support import candidate
from protest_tracker.errors import LinkingError
from protest_tracker.linking.events import build_event
from protest_tracker.linking.reports import InvalidReportError, Report, reports_from_records


def test_records_become_reports_and_duplicate_lines_collapse():
    line = {"id": "art-1", "language": "ru", "url": "https://www.vlast.example/news/1",
            "events": [{"date": "2022-01-05", "country": "KZ", "city": "Almaty"}]}
    reports = reports_from_records([line, dict(line), {"id": "art-2", "events": []}])
    assert len(reports) == 1
    assert reports[0].outlet == "vlast.example" and reports[0].language == "ru"


def test_revisions_of_one_article_are_distinct_sources():
    first = {"id": "art-1", "content_hash": "aaa", "events": [{"date": "2022-01-05", "country": "KZ"}]}
    second = {"id": "art-1", "content_hash": "bbb", "events": [{"date": "2022-01-05", "country": "KZ"}]}
    reports = reports_from_records([second, first])
    assert [r.revision for r in reports] == ["aaa", "bbb"]
    assert reports[0].source != reports[1].source


@pytest.mark.parametrize("record, message", [
    ({"events": []}, "no string 'id'"),
    ({"id": "x", "events": {"date": "2022"}}, "is not a list"),
    ({"id": "x", "events": ["text"]}, "is not an object"),
    ({"id": "x", "events": [{"response_counts": {"detention": "many"}}]}, "event 0 of x"),
])
def test_malformed_records_raise_a_linking_error_naming_the_line(record, message):
    with pytest.raises(InvalidReportError, match=message) as info:
        reports_from_records([{"id": "ok", "events": []}, record])
    assert "line 2" in str(info.value)
    assert isinstance(info.value, LinkingError)


def _report(article: str, **fields) -> Report:
    return Report(article_id=article, revision="r", index=0, candidate=candidate(**fields))


def test_headline_rules_and_conflicts_side_by_side():
    event = build_event([
        _report("azattyq", size_min=5, size_max=5, state_response=["none_reported"], confidence=0.6),
        _report("vlast", size_min=15, size_max=15, state_response=["detention"],
                response_counts={"detention": 3}, confidence=0.9, event_type="picket"),
        _report("kaztag", size_min=12, date="2022-03-15", state_response=["detention"],
                response_counts={"detention": 4}, participants="mortgage holders"),
    ])
    h = event.headline
    assert (h.size_min, h.size_max) == (5, 15)
    assert h.date == "2022-03-14"  # two reports against one
    assert h.state_response == ("detention",)  # none_reported dropped when a response is reported
    assert dict(h.response_counts) == {"detention": 4}
    assert event.conflicts["size_min"] == {"azattyq": 5, "kaztag": 12, "vlast": 15}
    assert event.conflicts["date"] == {"azattyq": "2022-03-14", "kaztag": "2022-03-15", "vlast": "2022-03-14"}
    assert "conflict:size_min" in event.flags and "size_range_wide" in event.flags
    assert event.report_ids == ["azattyq", "kaztag", "vlast"]
    assert h.confidence > 0.9


def test_event_type_tie_goes_to_the_more_confident_report_and_variants_are_no_conflict():
    event = build_event([_report("a", event_type="picket", confidence=0.9, city="Uralsk"),
                         _report("b", event_type="march", confidence=0.5, city="Oral")])
    assert event.headline.event_type == "picket"
    assert "city" not in event.conflicts
    assert event.conflicts["event_type"] == {"a": "picket", "b": "march"}


def test_day_precise_date_wins_over_month():
    event = build_event([_report("a", date="2022-03", date_precision="month"), _report("b", date="2022-03-05")])
    assert (event.headline.date, event.headline.date_precision) == ("2022-03-05", "day")


def test_event_record_uses_exchange_names_and_deterministic_id():
    reports = [_report("b", size_min=3), _report("a", size_min=4)]
    record = build_event(reports).to_record()
    assert record["event_id"] == build_event(list(reversed(reports))).to_record()["event_id"]
    assert record["report_ids"] == ["a", "b"]
    for key in ("date", "country", "city", "event_type", "size_min", "state_response", "conflicts", "campaign_id"):
        assert key in record


def test_gold_pair_rule_matches_one_to_one_and_same_day_first():
    from protest_tracker.linking.evaluation import gold_clusters, pairwise_score

    def gold(date, city="Nukus", event_type="demonstration", **extra):
        return {"date": date, "date_precision": "day", "country": "UZ", "city": city,
                "event_type": event_type, **extra}

    articles = [
        {"id": "a", "gold": [gold("2022-07-01"), gold("2022-07-02", event_type="riot")]},
        {"id": "b", "gold": [gold("2022-07-02", event_type="riot")]},
        {"id": "c", "gold": [gold("2022-07-01"), gold("2022-07-01", city="Tashkent")]},
        {"id": "d", "gold": [gold("2022-07-01", aggregate=True), gold("2022-07-01", pro_government=True)]},
    ]
    clusters = gold_clusters(articles)
    assert clusters == [["a#0", "c#0"], ["a#1", "b#0"]]
    score = pairwise_score([["a#0", "c#0", "b#0"], ["a#1"]], clusters)
    assert (score.true_pairs, score.predicted_pairs, score.gold_pairs) == (1, 3, 2)
    assert round(score.precision, 3) == 0.333 and score.recall == 0.5
