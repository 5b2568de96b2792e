"""Our scorer follows the evaluation kit's definitions."""

from __future__ import annotations

import pytest

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
    assert city_key("Alma-Ata") == city_key("Almaty") and city_key("Khorugh city") == city_key("Khorog")
    assert city_key("Ayní") == city_key("Ayni")
    assert city_key("Almaty") != city_key("Astana")


def test_city_names_fold_romanisation_variants():
    assert city_key("Qarshi") == city_key("Karshi")
    assert city_key("Zhetybai") == city_key("Zhetybay") == city_key("Jetybai")
    assert city_key("Kyzyl-Kiya") == city_key("Kyzylkiya")
    assert city_key("Shymkent") == city_key("Shimkent") and city_key("Aksu") != city_key("Aksay")


def test_our_scores_equal_the_kits(dev_set_path):
    """The kit's scorer, where the shared folder is present, gives the same figures as ours."""
    import importlib.util

    kit_path = dev_set_path.parent / "score.py"
    if not kit_path.exists():
        pytest.skip(f"{kit_path} not present")
    spec = importlib.util.spec_from_file_location("kit_score", kit_path)
    kit = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(kit)
    gold = {
        "a": [{"date": "2021-03-01", "country": "KZ", "city": "Zhetybai", "state_response": ["detention"]},
              {"date": "2021-03", "date_precision": "month", "country": "KZ", "city": "Oral"}],
        "b": [{"date": "2022-01-05", "country": "UZ", "city": "Qarshi", "grievance_categories": ["labour"]}],
        "c": [],
        "d": [{"date": "2020-02-02", "country": "KG", "city": "Osh", "optional": True}],
    }
    pred = {
        "a": [{"date": "2021-03-02", "country": "KZ", "city": "Zhetybay", "state_response": ["detention", "fine"]},
              {"date": "2021-03-20", "country": "KZ", "city": "Uralsk"}],
        "b": [{"date": "2022-01-05", "country": "UZ", "city": "Karshi", "grievance_categories": ["labour"]}],
        "c": [{"date": "2022-01-05", "country": "UZ", "city": "Nukus"}],
        "d": [{"date": "2020-02-02", "country": "KG", "city": "Osh"}],
    }
    ours = evaluate(({"id": k, "gold": v, "language": "ru"}, pred[k]) for k, v in gold.items()).overall.report()
    theirs = kit.score(gold, pred)
    for name in ("document", "event_strict", "event_lenient"):
        assert {k: ours[name][k] for k in ("tp", "fp", "fn")} == {k: theirs[name][k] for k in ("tp", "fp", "fn")}, name
    for name in ("state_response", "grievance_categories"):
        assert ours["matched_fields"][name]["f1"] == theirs["matched_fields"][name]["f1"], name


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
