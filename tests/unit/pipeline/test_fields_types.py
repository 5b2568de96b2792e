"""Event type: type cues that are denied, threatened, the police's doing or banners carried do not count."""

from __future__ import annotations

import pytest

from protest_tracker.pipeline.fields.types import event_type
from protest_tracker.pipeline.text import fold


def type_of(sentence: str) -> str:
    label, evidence = event_type(sentence, fold(sentence), [(0, len(sentence))])
    if evidence is not None:
        assert sentence[evidence.start:evidence.end] == evidence.text
    return label


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Около сотни жителей перекрыли трассу Бишкек — Ош.", "road_blockade"),
    ("Шахтеры объявили голодовку и отказались подниматься на поверхность.", "hunger_strike"),
    ("Workers at the plant went on strike on Monday.", "strike"),
    ("Жұмысшылар ереуілге шықты.", "strike"),
    ("Activists unfurled a banner on the bridge.", "other"),
])
def test_type_cues(sentence, expected):
    assert type_of(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("По словам участников, во время митинга погромов и поджогов не было.", "demonstration"),
    ("The mothers threatened to go on hunger strike if nobody listened to them.", "demonstration"),
    ("Аналар әкім шықпаса аштық жариялайтындарын айтты.", "demonstration"),
    ("Полиция перекрыла движение по улице, где собрались участники митинга.", "demonstration"),
    ("Hundreds rallied in the square, waving banners and flags.", "demonstration"),
])
def test_type_cues_that_do_not_count(sentence, expected):
    assert type_of(sentence) == expected
