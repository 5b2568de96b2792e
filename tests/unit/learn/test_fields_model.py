"""The learned field model: codebook-only labels, JSON round trip, byte-identical retraining.

Fixtures are short made-up reports written for these tests (no corpus text).
"""

from __future__ import annotations

import json

import pytest

from protest_tracker.codebook import EVENT_TYPES, GRIEVANCES, STATE_RESPONSES
from protest_tracker.pipeline.learn.field_stage import artefact_bytes
from protest_tracker.pipeline.learn.fields import (
    FieldModel,
    TrainOptions,
    examples_from_gold,
    scope_indices,
    train_field_model,
)

CAUSES = [("gas and water were cut off for a week", "utilities"),
          ("their wages had not been paid since spring", "labour"),
          ("the council planned to sell the park to a builder", "land_property"),
          ("the vote count had been rigged", "elections_political")]
ACTIONS = [("rallied in front of the town hall", "demonstration"),
           ("went on strike at the copper plant", "strike"),
           ("blocked the main highway for two hours", "road_blockade")]
REPLIES = [("Police detained six of them.", "detention"),
           ("The deputy mayor came out and talked to the crowd.", "dialogue_meeting"),
           ("Nobody from the authorities commented.", None)]


def own_records(count: int = 24) -> list[dict]:
    """Made-up gold records cycling through causes, actions and replies."""
    records = []
    for n in range(count):
        cause, grievance = CAUSES[n % len(CAUSES)]
        action, kind = ACTIONS[n % len(ACTIONS)]
        reply, response = REPLIES[n % len(REPLIES)]
        report = f"On 3 May about {20 + n} residents of Taraz {action} because {cause}."
        text = f"A short note from our desk.\n\n{report} {reply} The town is quiet now."
        records.append({"id": f"own-{n}", "language": "en", "title": f"Protest number {n} in Taraz",
                        "text": text, "gold": [{"event_type": kind, "evidence": report,
                                                "state_response": [response] if response else ["none_reported"],
                                                "grievance_categories": [grievance]}]})
    return records


@pytest.fixture(scope="module")
def examples():
    return [e for r in own_records() for e in examples_from_gold(r)]


@pytest.fixture(scope="module")
def model(examples):
    return train_field_model(examples, options=TrainOptions(c_type=1.0, c_labels=1.0))


def test_examples_carry_scope_rules_and_gold(examples):
    first = examples[0]
    assert len(examples) == 24
    assert first.scope_text.startswith("On 3 May about 20 residents")
    assert "Police detained" in first.scope_text
    assert first.event_type == "demonstration" and first.state_response == ("detention",)
    assert first.grievance_categories == ("utilities",)
    assert first.rule_type in EVENT_TYPES and all(r in STATE_RESPONSES for r in first.rule_responses)
    assert first.n_events == 1 and first.language == "en"


def test_missing_evidence_is_skipped_and_counted():
    record = dict(own_records(1)[0])
    record["gold"] = [dict(record["gold"][0], evidence="words that are not in the text")]
    missing: list[str] = []
    assert examples_from_gold(record, missing=missing) == []
    assert missing == ["own-0"]


def test_scope_indices_follow_anchors_within_the_article():
    assert scope_indices([0], count=5) == (0, 1, 2)
    assert scope_indices([3, 4], count=5) == (3, 4)


def test_labels_stay_in_the_codebook(model, examples):
    for example in examples:
        prediction = model.predict(example)
        assert prediction.event_type in EVENT_TYPES
        assert all(r in STATE_RESPONSES and r != "none_reported" for r in prediction.chosen_responses)
        assert all(g in GRIEVANCES for g in prediction.chosen_grievances)
        assert prediction.chosen_grievances  # at least the most likely one
        assert 0.0 <= prediction.type_prob <= 1.0


def test_model_learns_the_made_up_cues(model, examples):
    right = sum(model.predict(e).chosen_grievances == e.grievance_categories for e in examples)
    assert right >= 20


def test_json_round_trip_predicts_the_same(model, examples):
    loaded = FieldModel.from_json(json.loads(json.dumps(model.to_json())))
    for example in examples:
        assert loaded.predict(example) == model.predict(example)
    assert artefact_bytes(loaded) == artefact_bytes(model)


def test_training_twice_is_byte_identical(model, examples):
    again = train_field_model(examples, options=TrainOptions(c_type=1.0, c_labels=1.0))
    assert artefact_bytes(again) == artefact_bytes(model)


def test_artefact_is_plain_json_without_text(model):
    data = json.loads(artefact_bytes(model))
    assert data["format"] == "protest_tracker.fields/1"
    assert "Taraz" not in json.dumps(data)
    with pytest.raises(ValueError):
        FieldModel.from_json({**data, "format": "pickle"})
