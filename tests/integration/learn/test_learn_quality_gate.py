"""Quality gate of the learned extractor: grouped hold-out on a FIXED split of dev + corpus.

The learned components are trained on four fifths of the shared gold articles (dev set and
training corpus, grouped by article, seed 0) and the whole pipeline is scored on the fifth
it never saw. The floors sit slightly below the figures measured when they were last raised
(docs/evaluation.md); a change that lowers any of them fails CI.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from protest_tracker.pipeline.learn.corpus import read_corpus
from protest_tracker.pipeline.learn.crossval import Workbench, cross_validate, fold_field_stages

SHARED = Path(__file__).resolve().parents[4] / "shared"
FILES = [SHARED / "eval" / "dev.jsonl", *sorted((SHARED / "corpus").glob("*.jsonl"))]

#: floors on the held-out fold 0 of 5 (seed 0, 95 articles): measured 0.837 / 0.650 / 0.813 / 0.667
#: (6 December, evening; 0.848 / 0.610 / 0.795 / 0.697 that morning, 0.825 / 0.574 / 0.778 / 0.627 when
#: first set). Field scores are over the events matched, so one fold's grievance figure moves with the
#: event set (38 matched events now, 33 before): over all folds of three splits it rose 0.693 → 0.710.
FLOORS = {"document": 0.82, "event_lenient": 0.62, "state_response": 0.79, "grievance_categories": 0.65}
#: the learned pipeline must not be worse than the rule pipeline on the same articles, by more than this
MARGIN = 0.0


@pytest.fixture(scope="module")
def holdout():
    if not all(path.exists() for path in FILES[:2]):
        pytest.skip("the shared gold files are not present")
    records = read_corpus(FILES)
    return cross_validate(records, bench=Workbench.load(), folds=5, seed=0, only=[0],
                          field_stages=fold_field_stages(seed=0))


@pytest.mark.slow
def test_learned_pipeline_floors_on_the_fixed_holdout(holdout):
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
