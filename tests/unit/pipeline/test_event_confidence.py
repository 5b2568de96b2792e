"""An event's confidence: the additive support score, averaged with the assembler's probability."""

from __future__ import annotations

from protest_tracker.model import EventCandidate
from protest_tracker.pipeline.events.confidence import event_confidence

EVENT = EventCandidate(date="2021-03-15", country="KZ", city="Zhanaozen")
DIRECT = {"date_source": "sentence", "place_in_sentence": True, "triggers": 2}


def test_the_additive_score_rewards_a_sentence_that_names_place_and_date():
    direct = event_confidence(EVENT, DIRECT, language="kk")
    inherited = event_confidence(EVENT, {"date_source": "reference", "date_guessed": True}, language="kk")
    assert direct == 0.8  # 0.4 + 0.15 (date in the sentence) + 0.15 (place) + 0.05 (a second trigger) + 0.05 (a city)
    assert inherited < direct


def test_the_assembler_probability_is_averaged_in_where_the_assembler_chose_the_event():
    assert event_confidence(EVENT, {**DIRECT, "assembler_score": 0.4}, language="kk") == 0.6
    assert event_confidence(EVENT, {**DIRECT, "assembler_score": 1.0}, language="kk") == 0.9
    # the additive score is clamped before the mean, and the mean stays in [0.05, 0.98]
    hedged = {"date_source": "unknown", "qualified": ("plan", "call", "court")}
    assert event_confidence(EVENT, {**hedged, "assembler_score": 0.0}, language=None) == 0.05
