"""Demo stories that report no protest stay without events (they were once published).

An anniversary story ("ten years since the day of …", "no public actions were held") and a rally
that was refused, called off and to which nobody came: the hard-negative cues veto every sentence,
so neither the rules nor the learned assembler can make an event of them.
"""

from __future__ import annotations

import json
from importlib import resources

import pytest


def _sample(ident: str) -> dict:
    text = resources.files("protest_tracker.samples").joinpath("articles.jsonl").read_text("utf-8")
    return next(r for r in map(json.loads, text.splitlines()) if r["id"] == ident)


@pytest.mark.parametrize("ident", ["sample-ru-023", "sample-en-018"])
def test_demo_non_event_stories_have_no_events(pipeline, ident):
    from protest_tracker.pipeline.runner import article_from_record

    article = pipeline.run(article_from_record(_sample(ident)))
    assert article.events == ()


def test_anniversary_and_not_held_phrases(extract):
    anniversary = extract("5 мая исполнилось пять лет со дня забастовки шахтеров в Караганде.",
                          published="2023-05-05", language="ru")
    old_events = extract("Бывшие участники забастовки в Жанаозене вспоминают события десятилетней давности.",
                         published="2023-05-05", language="ru")
    none_held = extract("В Актобе в этот день никаких протестных акций не проводилось.",
                        published="2023-05-05", language="ru")
    called_off = extract("Activists in Almaty were calling the rally off on Friday, and on Saturday nobody came "
                         "to protest.", published="2023-05-08", language="en")
    assert anniversary.events == () and old_events.events == ()
    assert none_held.events == () and called_off.events == ()
