"""The assembler's pieces: trees stored as JSON predict like scikit-learn; selection keeps one
event per place and day; the sentence model round-trips through JSON."""

from __future__ import annotations

import json
import random
from types import SimpleNamespace

import numpy as np
import pytest

from protest_tracker.pipeline.learn.assembler import select
from protest_tracker.pipeline.learn.candidates import Candidate
from protest_tracker.pipeline.learn.sentences import SentenceModel, fit_sentences
from protest_tracker.pipeline.learn.trees import TreeModel, fit_trees, trees_to_json


def _data(n=300, seed=3):
    rng = random.Random(seed)
    rows = [[rng.random() for _ in range(5)] for _ in range(n)]
    labels = [int(r[0] + 0.5 * r[3] > 0.8) for r in rows]
    return rows, labels


def test_trees_in_json_predict_as_scikit_learn():
    from sklearn.ensemble import GradientBoostingClassifier

    rows, labels = _data()
    model = GradientBoostingClassifier(n_estimators=40, max_depth=3, random_state=0).fit(rows, labels)
    loaded = TreeModel(json.loads(json.dumps(trees_to_json(model, features=list("abcde")))))
    expected = model.predict_proba(np.asarray(rows))[:, 1]
    assert np.allclose(loaded.predict_proba(rows), expected, atol=1e-4)


def test_fitting_trees_twice_gives_the_same_json():
    rows, labels = _data()
    first = json.dumps(fit_trees(rows, labels, features=list("abcde")), sort_keys=True)
    assert first == json.dumps(fit_trees(rows, labels, features=list("abcde")), sort_keys=True)


def test_a_tree_artefact_of_another_kind_is_refused():
    with pytest.raises(ValueError):
        TreeModel({"kind": "pickle"})


def _cand(city, date, *, precision="day", rule=False, country="KZ"):
    mention = SimpleNamespace(place=SimpleNamespace(country=country, city=city), kind="city", start=0, end=1)
    return Candidate(country, city, date, precision, place_mention=mention, date_mention=None, rule=rule)


def test_select_keeps_one_event_per_city_and_day():
    cands = [_cand("Almaty", "2022-01-04"), _cand("Almaty", "2022-01-05"), _cand("Aktau", "2022-01-04"),
             _cand("Almaty", "2022-01-20")]
    kept = select(cands, [0.9, 0.8, 0.7, 0.2], threshold=0.5, doc_threshold=0.3)
    assert [(c.city, c.date) for c, _ in kept] == [("Almaty", "2022-01-04"), ("Aktau", "2022-01-04")]


def test_select_month_precision_yields_to_a_day_in_that_month():
    cands = [_cand("Oral", "2021-05-03"), _cand("Oral", "2021-05", precision="month"),
             _cand("Oral", "2021-06", precision="month")]
    kept = select(cands, [0.9, 0.8, 0.7], threshold=0.5, doc_threshold=0.3)
    assert [c.date for c, _ in kept] == ["2021-05-03", "2021-06"]


def test_select_drops_the_article_below_the_document_threshold():
    cands = [_cand("Osh", "2020-10-06", rule=True)]
    assert select(cands, [0.2], threshold=0.5, doc_threshold=0.3, rule_threshold=0.0) == []
    assert len(select(cands, [0.35], threshold=0.5, doc_threshold=0.3, rule_threshold=0.0)) == 1


def test_rule_candidates_have_their_own_threshold():
    cands = [_cand("Osh", "2020-10-06"), _cand("Naryn", "2020-10-06", rule=True),
             _cand("Talas", "2020-10-06")]
    kept = select(cands, [0.9, 0.3, 0.4], threshold=0.5, doc_threshold=0.3, rule_threshold=0.2)
    assert [c.city for c, _ in kept] == ["Osh", "Naryn"]


def test_sentence_model_scores_through_json():
    texts = ["workers blocked the road to the mine", "the court sentenced the organisers",
             "hundreds rallied on the square", "the anniversary was marked quietly"] * 5
    labels = [1, 0, 1, 0] * 5
    model = SentenceModel(json.loads(json.dumps(fit_sentences(texts, labels))))
    scores = model.score(["residents rallied and blocked the road", "the court sentenced them"])
    assert scores[0] > 0.5 > scores[1]


def test_an_oil_field_named_in_a_protest_sentence_is_a_candidate_without_a_city():
    from protest_tracker.pipeline.learn.candidates import INDEX
    from protest_tracker.pipeline.learn.crossval import Workbench

    prepared = Workbench.load().prepare({
        "id": "site-1", "language": "ru", "published": "2023-05-10",
        "text": "Вчера около двухсот рабочих месторождения Каламкас объявили забастовку, требуя повысить зарплату."})
    sites = [c for c in prepared.candidates if c.place_mention.kind == "site"]
    assert sites, [c.key for c in prepared.candidates]
    assert {(c.country, c.city, c.date) for c in sites} == {("KZ", None, "2023-05-09")}
    assert all(c.features[INDEX["kind_site"]] == 1 for c in sites)
    assert sites[0].to_draft(facts=prepared.ctx.facts).place.region == "Mangystau"
