"""Quality gate of the learned extractor: grouped cross-validation on a FIXED split of dev + corpus.

The shared gold articles (dev set and training corpus) are split into five folds, grouped by
article, seed 0; for each fold the learned components are trained on the other four and the whole
pipeline is scored on the fold it never saw, so every article is scored once, out of fold. The
floors sit slightly below the figures measured when they were last raised (docs/evaluation.md);
a change that lowers any of them fails CI.

All five folds, not one: a single fold of 95 articles moved by 0.04 in event F1 when one
training article gained a place name, and a floor on it either misses real losses or fails on
noise. Over 472 articles the same change moved the figure by 0.007.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from protest_tracker.pipeline.learn.corpus import read_corpus
from protest_tracker.pipeline.learn.crossval import Workbench, cross_validate, fold_field_stages

SHARED = Path(__file__).resolve().parents[4] / "shared"
FILES = [SHARED / "eval" / "dev.jsonl", *sorted((SHARED / "corpus").glob("*.jsonl"))]

#: floors over all five folds (seed 0, 472 articles, each scored out of fold): measured 0.888 / 0.716 /
#: 0.723 / 0.710 on 8 December, later (era days, distance anchors, datelines ending at an agency
#: credit, towns of unknown size; twenty-four-split means 0.887 / 0.718; the document and event
#: floors raised from 0.87 / 0.68); 0.892 / 0.714 /
#: 0.720 / 0.709 on 8 December (a fixed document threshold, bylines, villages in articles naming no
#: known place; twelve-split means 0.889 / 0.715; the document and event floors raised from 0.85 /
#: 0.67); 0.878 / 0.694 /
#: 0.717 / 0.707 on 7 December, third evening (its event F1 the lowest of twelve splits, means 0.886 /
#: 0.709 / 0.712 / 0.708); 0.882 / 0.703 / 0.708 / 0.709 that second evening (0.886 / 0.705 / 0.709 / 0.706 and 0.884 / 0.703 / 0.715 /
#: 0.705 earlier that evening; 0.880 / 0.703 / 0.710 / 0.706 that night; 0.876 / 0.696 / 0.706 / 0.705 that evening, 0.874 / 0.694 / 0.710 /
#: 0.708 that day; 0.864 / 0.662 / 0.709 /
#: 0.719 on 6 December, night, when the event floor was 0.65); the state-response and grievance floors
#: are the targets of issue 10.
#: (Until then the gate scored fold 0 only: 0.837 / 0.650 / 0.813 / 0.667 with floors 0.82 / 0.62 /
#: 0.79 / 0.65.)
FLOORS = {"document": 0.88, "event_lenient": 0.69, "state_response": 0.70, "grievance_categories": 0.70}
#: the learned pipeline must not be worse than the rule pipeline on the same articles, by more than this
MARGIN = 0.0


@pytest.fixture(scope="module")
def holdout():
    if not all(path.exists() for path in FILES[:2]):
        pytest.skip("the shared gold files are not present")
    records = read_corpus(FILES)
    return cross_validate(records, bench=Workbench.load(), folds=5, seed=0,
                          field_stages=fold_field_stages(seed=0))


@pytest.mark.slow
def test_learned_pipeline_floors_on_the_fixed_split(holdout):
    report = holdout.learned.overall.report()
    print("learned", report)
    assert report["document"]["f1"] >= FLOORS["document"], report
    assert report["event_lenient"]["f1"] >= FLOORS["event_lenient"], report
    for name in ("state_response", "grievance_categories"):
        assert report["matched_fields"][name]["f1"] >= FLOORS[name], report


@pytest.mark.slow
def test_learned_pipeline_beats_the_rules_on_events(holdout):
    learned = holdout.learned.overall.report()["event_lenient"]["f1"]
    rules = holdout.rules.overall.report()["event_lenient"]["f1"]
    print("rules", holdout.rules.overall.report())
    assert learned >= rules - MARGIN, (learned, rules)
