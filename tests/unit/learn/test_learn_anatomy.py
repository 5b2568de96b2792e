"""The error anatomy of a cross-validation: every missed or spurious event gets one cause."""

from __future__ import annotations

from protest_tracker.pipeline.learn.anatomy import (
    CAUSES,
    article_anatomy,
    error_anatomy,
    miss_cause,
)
from protest_tracker.pipeline.learn.assembler import Prepared
from protest_tracker.pipeline.learn.candidates import Candidate

GOLD = {"country": "KZ", "city": "Zhanaozen", "date": "2021-03-15", "date_precision": "day"}


def _prepared(*keys: tuple[str, str | None, str | None]) -> Prepared:
    candidates = [Candidate(country=country, city=city, date=date, precision="day", place_mention=None,
                            date_mention=None) for country, city, date in keys]
    return Prepared(article=None, ctx=None, rule_drafts=[], rejected=[], candidates=candidates)


def test_a_missed_event_is_put_down_to_the_furthest_step_its_article_reached():
    assert miss_cause(GOLD, None) == "dropped"
    assert miss_cause(GOLD, _prepared(("KZ", "Aktau", "2020-01-01"))) == "no_candidate"
    assert miss_cause(GOLD, _prepared(("KZ", "Zhanaozen", None), ("KZ", "Aktau", "2021-02-01"))) == "no_candidate_date"
    assert miss_cause(GOLD, _prepared(("KZ", "Aktau", "2021-03-16"))) == "no_candidate_place"
    # the place as well as the date, in one candidate (a day off is still the event): the assembler let it go
    assert miss_cause(GOLD, _prepared(("KZ", "Aktau", "2021-03-15"), ("KZ", "Janaozen", "2021-03-14"))) == "not_kept"


def test_spurious_events_are_told_apart_by_whether_the_article_reports_any():
    wrong = {"country": "KZ", "city": "Aktau", "date": "2021-03-15"}
    assert article_anatomy([], [wrong], None) == {"spurious_in_article_without_events": 1}
    found = article_anatomy([GOLD], [dict(GOLD), wrong], _prepared())
    assert found == {"spurious_beside_events": 1}


def test_optional_gold_events_are_neither_missed_nor_a_reason_to_score_the_article():
    optional = {**GOLD, "optional": True}
    assert article_anatomy([optional], [], None) == {}
    # an article whose only events are optional is left out whatever is predicted for it
    assert article_anatomy([optional], [{"country": "KZ", "city": "Aktau", "date": "2021-03-15"}], None) == {}
    assert article_anatomy([optional, GOLD], [], None) == {"dropped": 1}


def test_the_anatomy_counts_per_language_and_overall_with_every_cause_present():
    kk = {"id": "a", "language": "kk", "gold": [GOLD]}
    ru = {"id": "b", "language": "ru", "gold": []}
    records = [kk, ru]
    preps = [_prepared(("KZ", "Zhanaozen", None)), _prepared()]
    out = error_anatomy(records, preps, [(kk, []), (ru, [{"country": "KZ", "city": "Oral", "date": "2021-03-15"}])])
    assert list(out) == ["kk", "ru", "all"]
    assert all(tuple(counts) == CAUSES for counts in out.values())
    assert out["kk"]["no_candidate_date"] == 1 and out["ru"]["spurious_in_article_without_events"] == 1
    assert out["all"]["no_candidate_date"] == 1 and out["all"]["spurious_in_article_without_events"] == 1
    assert sum(out["all"].values()) == 2
