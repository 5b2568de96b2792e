"""Stage ``events.classify@1``: overrides the fields, keeps evidence that points into the text."""

from __future__ import annotations

import pytest
from test_fields_model import own_records

from protest_tracker.pipeline.config import build_pipeline, default_registry, load_config
from protest_tracker.pipeline.framework import BuiltStage, Pipeline
from protest_tracker.pipeline.learn.field_stage import LearnedFields, artefact_bytes
from protest_tracker.pipeline.learn.fields import (
    TrainOptions,
    examples_from_gold,
    train_field_model,
)
from protest_tracker.pipeline.runner import article_from_record

ARTICLE = {
    "id": "own-stage-1", "language": "en", "published": "2021-05-04",
    "title": "Residents of Taraz protest over gas cuts",
    "text": ("Taraz, 4 May.\n\nOn 3 May about forty residents of Taraz rallied in front of the town hall "
             "because gas and water were cut off for a week. Police detained six of them. The deputy mayor "
             "came out and talked to the crowd.\n\nThe town is quiet now."),
}


@pytest.fixture(scope="module")
def model():
    examples = [e for r in own_records() for e in examples_from_gold(r)]
    return train_field_model(examples, options=TrainOptions(c_type=1.0, c_labels=1.0))


#: The rule event detector (independent of the assembler's artefact) and the field stages.
CONFIG = {"pipeline": {"name": "test"}, "stages": [
    {"use": key} for key in ("text.normalise@1", "language.detect@1", "text.sentences@1", "relevance.protest@1",
                             "events.detect@2", "events.fields@1", "events.classify@1")]}


@pytest.fixture(scope="module")
def pipeline(model):
    base = build_pipeline(CONFIG)
    stages = [b if b.spec.name != "events.classify" else BuiltStage(b.spec, LearnedFields(model=model))
              for b in base.stages]
    assert any(b.spec.name == "events.classify" for b in stages)
    return Pipeline(stages, name="test")


def test_stage_is_registered_and_needs_the_rule_fields():
    assert "events.classify@1" in list(default_registry().keys())
    assert "events.fields" in default_registry().get("events.classify@1").requires
    assert all(entry["use"] != "events.classify@1" for entry in load_config()["stages"])  # off by default


def test_every_field_keeps_evidence_into_the_text(pipeline):
    article = pipeline.run(article_from_record(ARTICLE))
    assert article.events
    for event in article.events:
        for evidence in event.evidence:
            if evidence.start is not None:
                assert article.text[evidence.start:evidence.end] == evidence.text
        fields = {e.field for e in event.evidence}
        for label in event.state_response:
            assert label == "none_reported" or f"state_response:{label}" in fields
        for label in event.grievance_categories:
            assert f"grievance:{label}" in fields
        if event.event_type != "demonstration":
            assert "event_type" in fields
        assert "detention" in event.state_response and "utilities" in event.grievance_categories


def test_stage_fingerprint_hashes_the_artefact_bytes(model):
    import hashlib

    stage = LearnedFields(model=model)
    assert stage.fingerprint() == hashlib.sha256(artefact_bytes(model)).hexdigest()


def test_model_only_labels_point_at_a_scope_sentence(model):
    from protest_tracker.model import EventCandidate
    from protest_tracker.pipeline.learn.fields import FieldPrediction
    from protest_tracker.pipeline.text import split_sentences

    text = ARTICLE["text"]
    sentences = split_sentences(text)
    prediction = FieldPrediction(event_type="march", type_prob=0.9, responses={"fine": 0.8},
                                 grievances={"covid": 0.7}, chosen_responses=("fine",),
                                 chosen_grievances=("covid",))
    event = LearnedFields(model=model).apply(EventCandidate(), prediction, sentences[1:3])
    assert event.state_response == ("fine",) and event.grievance_categories == ("covid",)
    assert event.event_type == "march"
    by_field = {e.field: e for e in event.evidence}
    for name in ("state_response:fine", "grievance:covid", "event_type"):
        evidence = by_field[name]
        assert text[evidence.start:evidence.end] == evidence.text
