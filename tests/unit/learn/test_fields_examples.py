"""Field examples on inference scopes, the keep/drop/add decision, and a stage that reuses the
rule labels instead of running the cue rules again. Made-up fixtures only (no corpus text)."""

from __future__ import annotations

import pytest
from test_fields_model import own_records

import protest_tracker.pipeline.learn.field_examples as field_examples
from protest_tracker.pipeline.config import build_pipeline
from protest_tracker.pipeline.framework import Pipeline
from protest_tracker.pipeline.learn.field_examples import examples_from_pipeline, rule_scopes
from protest_tracker.pipeline.learn.field_stage import LearnedFields
from protest_tracker.pipeline.learn.fields import (
    TrainOptions,
    choose,
    train_field_model,
    tune_cuts,
)
from protest_tracker.pipeline.runner import article_from_record

#: The rule event detector (independent of the assembler's artefact) up to the rule fields.
CONFIG = {"pipeline": {"name": "test"}, "stages": [
    {"use": key} for key in ("text.normalise@1", "language.detect@1", "text.sentences@1", "relevance.protest@1",
                             "events.detect@2", "events.fields@1")]}


def dated(record: dict) -> dict:
    """A record whose gold event carries the place and date the detector finds (for matching)."""
    gold = dict(record["gold"][0], country="KZ", city="Taraz", date="2021-05-03")
    return {**record, "published": "2021-05-04", "gold": [gold]}


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return build_pipeline(CONFIG)


@pytest.fixture(scope="module")
def examples(pipeline):
    return examples_from_pipeline([dated(r) for r in own_records()], pipeline=pipeline)


def test_examples_read_the_rule_scope_with_gold_labels(pipeline, examples):
    assert len(examples) >= 20  # matched events only
    record = dated(own_records(1)[0])
    article = pipeline.run(article_from_record(record))
    event = article.events[0]
    first = examples[0]
    assert first.rule_type == event.event_type
    assert first.rule_grievances == event.grievance_categories
    assert first.event_type == "demonstration" and first.grievance_categories == ("utilities",)
    sentences = article.annotations["sentences"]
    assert first.scope_text == "\n".join(sentences[i].text for i in rule_scopes(article)[0])


def test_choose_keeps_drops_and_adds():
    probs = {"detention": 0.9, "fine": 0.1, "dispersal": 0.6}

    def cut(label: str, ruled: bool) -> float:
        return 0.2 if ruled else 0.5

    assert choose(probs, ("detention", "fine"), cut=cut) == ("detention", "dispersal")
    assert choose(probs, ("monitoring",), cut=lambda label, ruled: 1.01 if not ruled else 0.0) == ("monitoring",)
    assert choose({"labour": 0.2, "other": 0.3}, (), cut=lambda label, ruled: 0.9, at_least_one=True) == ("other",)


def test_tuning_starts_from_the_rules():
    rows = [({"detention"}, ("detention",), {"detention": 0.3, "fine": 0.2})] * 5
    cuts = tune_cuts(rows, field_name="response", label_support=0)
    assert cuts == {"response_drop": 0.0, "response_add": 1.01}


def test_stage_reuses_rule_labels_without_running_the_rules(pipeline, examples, monkeypatch):
    model = train_field_model(examples, options=TrainOptions(c_type=1.0, c_labels=1.0))
    article = pipeline.run(article_from_record(dated(own_records(2)[1])))

    def boom(*args, **kwargs):
        raise AssertionError("the cue rules ran again")

    monkeypatch.setattr(field_examples, "classify", boom)
    out = LearnedFields(model=model)(article)
    assert len(out.events) == len(article.events)
    for event in out.events:
        fields = {e.field for e in event.evidence}
        assert all(f"grievance:{g}" in fields for g in event.grievance_categories)
        for evidence in event.evidence:
            if evidence.start is not None:
                assert article.text[evidence.start:evidence.end] == evidence.text
