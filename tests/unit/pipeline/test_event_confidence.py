"""An event's confidence: the additive support score, averaged with the assembler's probability."""

from __future__ import annotations

from dataclasses import replace

from protest_tracker.model import Article, EventCandidate
from protest_tracker.pipeline.events.confidence import event_confidence
from protest_tracker.pipeline.events.stages import EventConfidence
from protest_tracker.pipeline.framework import annotate

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


def _article(*events: tuple[EventCandidate, dict]) -> Article:
    article = Article(id="a1", text="text")
    article = annotate(article, event_support=tuple(support for _, support in events))
    return article.with_events(tuple(event for event, _ in events))


REFERENCE_DATED = replace(EVENT, flags=("date_from_reference",))
WEAK = {"date_source": "reference", "assembler_score": 0.2}
STRONG = {**DIRECT, "assembler_score": 0.9}


def test_an_article_that_dates_none_of_its_events_needs_one_confident_event():
    stage = EventConfidence(min_undated_article_confidence=0.5)
    dropped = stage(_article((REFERENCE_DATED, WEAK)))
    assert dropped.events == ()
    assert dropped.annotations["_notes"] == ("rejected:undated_article",)
    kept = stage(_article((REFERENCE_DATED, STRONG)))
    assert [e.city for e in kept.events] == ["Zhanaozen"]


def test_an_event_without_any_date_counts_as_undated_too():
    stage = EventConfidence(min_undated_article_confidence=0.5)
    dateless = replace(EVENT, date=None, flags=("date_from_none", "date_unknown"))
    assert stage(_article((dateless, WEAK), (REFERENCE_DATED, WEAK))).events == ()


def test_a_dated_event_keeps_an_article_and_its_undated_companions():
    stage = EventConfidence(min_undated_article_confidence=0.5)
    dated = replace(EVENT, city="Aktau", flags=("date_from_sentence",))
    article = stage(_article((REFERENCE_DATED, WEAK), (dated, DIRECT)))
    assert sorted(e.city for e in article.events) == ["Aktau", "Zhanaozen"]


def test_the_gate_is_off_by_default():
    assert [e.city for e in EventConfidence()(_article((REFERENCE_DATED, WEAK))).events] == ["Zhanaozen"]
