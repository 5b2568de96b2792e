"""What confidence is worth: out-of-fold precision at each threshold, counted as the score counts."""

from __future__ import annotations

from protest_tracker.pipeline.learn.reliability import ranking_auc, reliability, scored_events

ZHANAOZEN = {"country": "KZ", "city": "Zhanaozen", "date": "2021-03-15", "date_precision": "day"}
AKTAU = {"country": "KZ", "city": "Aktau", "date": "2021-03-20", "date_precision": "day"}


def _event(gold: dict, confidence: float, **changes: str) -> dict:
    return {**gold, **changes, "confidence": confidence}


def test_each_event_is_right_or_wrong_and_known_to_come_from_an_article_with_or_without_events():
    report = {"id": "a", "gold": [ZHANAOZEN]}
    negative = {"id": "b", "gold": []}
    rows = scored_events([
        (report, [_event(ZHANAOZEN, 0.9, date="2021-03-16"), _event(ZHANAOZEN, 0.6, city="Oral")]),
        (negative, [_event(AKTAU, 0.8)]),
    ])
    # a day off is still the event (lenient matching); another city is not
    assert rows == [(0.9, True, True), (0.6, False, True), (0.8, False, False)]


def test_optional_gold_events_count_neither_way():
    optional = {**AKTAU, "optional": True}
    only_optional = {"id": "a", "gold": [optional]}
    mixed = {"id": "b", "gold": [ZHANAOZEN, optional]}
    rows = scored_events([(only_optional, [_event(AKTAU, 0.9)]),
                          (mixed, [_event(AKTAU, 0.7), _event(ZHANAOZEN, 0.5)])])
    assert rows == [(0.5, True, True)]


def test_the_table_counts_events_at_or_above_each_threshold():
    report = {"id": "a", "gold": [ZHANAOZEN, AKTAU]}
    negative = {"id": "b", "gold": []}
    found = reliability([
        (report, [_event(ZHANAOZEN, 0.9), _event(AKTAU, 0.7), _event(AKTAU, 0.5, city="Oral")]),
        (negative, [_event(AKTAU, 0.6)]),
    ], thresholds=(0.0, 0.6, 0.7, 0.95))
    assert found["events"] == 4
    by = {row["min_confidence"]: row for row in found["rows"]}
    assert (by[0.0]["events"], by[0.0]["matched"], by[0.0]["precision"]) == (4, 2, 0.5)
    assert (by[0.6]["events"], by[0.6]["in_articles_without_events"], by[0.6]["non_event_share"]) == (3, 1, 0.333)
    assert (by[0.7]["events"], by[0.7]["precision"], by[0.7]["non_event_share"]) == (2, 1.0, 0.0)
    assert by[0.95] == {"min_confidence": 0.95, "events": 0, "matched": 0, "precision": None,
                        "in_articles_without_events": 0, "non_event_share": None}
    # both right events are above both wrong ones
    assert found["ranking_auc"] == 1.0


def test_ranking_auc_counts_ties_as_half_and_needs_both_kinds():
    assert ranking_auc([(0.5, True, True), (0.5, False, True)]) == 0.5
    assert ranking_auc([(0.4, True, True), (0.6, False, True), (0.8, True, True)]) == 0.5
    assert ranking_auc([(0.4, True, True)]) is None


def test_the_table_is_also_given_per_language():
    kk = {"id": "a", "language": "kk", "gold": [ZHANAOZEN]}
    ru = {"id": "b", "language": "ru", "gold": []}
    found = reliability([(kk, [_event(ZHANAOZEN, 0.9)]), (ru, [_event(AKTAU, 0.8)])], thresholds=(0.0,))
    assert list(found["by_language"]) == ["kk", "ru"]
    assert found["by_language"]["kk"]["rows"][0]["precision"] == 1.0
    assert found["by_language"]["ru"]["rows"][0]["in_articles_without_events"] == 1
    assert found["rows"][0]["events"] == sum(t["rows"][0]["events"] for t in found["by_language"].values())


def test_ranking_auc_equals_counting_every_right_and_wrong_pair():
    import random

    draw = random.Random(7)
    rows = [(round(draw.random(), 1), draw.random() < 0.6, True) for _ in range(200)]
    right = [c for c, ok, _ in rows if ok]
    wrong = [c for c, ok, _ in rows if not ok]
    pairs = sum((r > w) + 0.5 * (r == w) for r in right for w in wrong) / (len(right) * len(wrong))
    assert ranking_auc(rows) == round(pairs, 3)
