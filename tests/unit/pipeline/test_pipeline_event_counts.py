"""Crowd size versus counts of detainees, and response counts on the event (our own sentences)."""

from __future__ import annotations

import datetime as dt

import pytest

from protest_tracker.model import Article
from protest_tracker.pipeline.config import default_pipeline


@pytest.fixture(scope="module")
def pipeline():
    return default_pipeline()


def only_event(pipeline, text: str, *, language: str):
    article = pipeline.run(Article(id="t", text=text, language=language, published=dt.date(2021, 3, 10)))
    assert len(article.events) == 1, article.dropped
    return article.events[0]


@pytest.mark.parametrize(("text", "language", "size", "detained"), [
    ("About 40 relatives of detainees in Xinjiang picketed the Chinese consulate in Almaty on Wednesday. "
     "Police detained 12 people and took them to a police station.", "en", 40, 12),
    ("Около 40 родственников задержанных в Синьцзяне вышли на пикет у консульства Китая в Алматы в среду. "
     "Полиция задержала 12 человек.", "ru", 40, 12),
])
def test_relatives_of_detainees_are_the_crowd_and_detainees_are_counted(pipeline, text, language, size, detained):
    event = only_event(pipeline, text, language=language)
    assert event.size_min == size
    assert "detention" in event.state_response
    assert dict(event.response_counts).get("detention") == detained
