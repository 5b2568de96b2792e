"""Our scorer follows the evaluation kit's definitions."""

from __future__ import annotations

from protest_tracker.pipeline.evaluate import evaluate
from protest_tracker.pipeline.scoring import (
    Score,
    city_key,
    date_agreement,
    score_article,
    size_agrees,
)


def test_city_names_fold_former_names_and_diacritics():
    assert city_key("Nur-Sultan") == city_key("Astana") == "astana"
    assert city_key("Alma-Ata") == "almaty" and city_key("Khorugh city") == "khorog"
    assert city_key("Ayní") == "ayni"


def test_date_agreement_day_month_and_lenient():
    assert date_agreement({"date": "2021-03-01"}, {"date": "2021-03-01"}) == 2
    assert date_agreement({"date": "2021-03-01"}, {"date": "2021-03-02"}) == 1
    assert date_agreement({"date": "2021-03-01"}, {"date": "2021-03-03"}) == 0
    assert date_agreement({"date": "2021-03", "date_precision": "month"}, {"date": "2021-03-17"}) == 2
    assert date_agreement({"date": "2021-03-01"}, {"date": None}) == 0


def test_optional_gold_neither_helps_nor_hurts():
    golds = [{"date": "2021-03-01", "country": "KZ", "city": "Almaty"},
             {"date": "2021-03-01", "country": "KZ", "city": "Oral", "optional": True}]
    preds = [{"date": "2021-03-02", "country": "KZ", "city": "Almaty", "state_response": ["detention"]},
             {"date": "2021-03-01", "country": "KZ", "city": "Uralsk"}]
    score = Score()
    score_article(score, golds, preds)
    report = score.report()
    assert report["event_lenient"]["tp"] == 1 and report["event_lenient"]["fp"] == 0
    assert report["event_strict"]["tp"] == 0 and report["event_strict"]["fn"] == 1
    assert report["document"]["tp"] == 1


def test_field_scores_ignore_none_reported_and_sizes_use_factor():
    golds = [{"date": "2021-03-01", "country": "KG", "city": "Osh", "state_response": ["none_reported"],
              "grievance_categories": ["labour"], "size_min": 100, "size_max": 100, "event_type": "strike"}]
    preds = [{"date": "2021-03-01", "country": "KG", "city": "Osh", "state_response": ["detention"],
              "grievance_categories": ["labour", "other"], "size_min": 140, "size_max": 140, "event_type": "strike"}]
    report = evaluate([({"id": "a", "language": "ky", "gold": golds}, preds)]).as_dict()
    fields = report["overall"]["matched_fields"]
    assert fields["state_response"]["fp"] == 1 and fields["state_response"]["tp"] == 0
    assert fields["grievance_categories"]["precision"] == 0.5
    assert fields["size_accuracy"] == 1.0 and fields["event_type_accuracy"] == 1.0
    assert size_agrees({"size_min": 20}, {"size_min": 200}) is False
    assert list(report["by_language"]) == ["ky"]


def test_evaluation_lists_errors_by_kind():
    items = [({"id": "neg", "language": "en", "gold": []}, [{"date": "2020-01-01", "country": "KZ", "city": "Almaty"}]),
             ({"id": "pos", "language": "en", "gold": [{"date": "2020-01-01", "country": "KZ", "city": "Almaty"}]}, [])]
    kinds = sorted(e.kind for e in evaluate(items).errors)
    assert kinds == ["false_article", "missed_article"]
