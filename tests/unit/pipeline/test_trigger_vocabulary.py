"""Protest wording the packs read (written for the test, no news text): blockades of trains and
railway crossings, clashes with the police, chanting, placards held up, and a clash in the Turkic
languages. A clash that names no police stays unread, and "opposed" ("каршы чыкты") is no action."""

from __future__ import annotations

import pytest

from protest_tracker.pipeline.events.cues import TRIGGERS
from protest_tracker.pipeline.text import fold


def _labels(text: str) -> set[str]:
    return {m.label for m in TRIGGERS.find(fold(text))}


@pytest.mark.parametrize("text", [
    "Residents blocked a busy thoroughfare for an hour.",
    "A crowd blocked the movement of a freight train near the station.",
    "Hundreds clashed with riot police outside the mayor's office.",
    "The crowd was chanting slogans against the governor.",
    "Farmers were gathering on the main square since morning.",
    "Сельчане заблокировали железнодорожный переезд.",
    "Вечером начались столкновения протестующих с полицией.",
    "Жастар плакат ұстап тұрды.",
    "Активисттер плакат кармап турушту.",
    "Yoshlar politsiya bilan to'qnashdi.",
    "Одамлар ҳоким биносини босиб олишди.",
])
def test_protest_actions_are_strong_cues(text):
    assert "strong" in _labels(text)


@pytest.mark.parametrize("text", [
    "Базарда тўқнашув бўлди.",
    "Базарда кагылыш болду.",
    "Базарда қақтығыс болды.",
])
def test_a_bare_clash_is_a_weak_cue(text):
    assert _labels(text) == {"weak"}


@pytest.mark.parametrize("text", [
    "Жургундар мыйзамга каршы чыгышты.",  # "opposed": said of people detained before any action
    "Тұрғындар шешімге қарсы шықты.",
    "Aholi qarorga qarshi chiqdi.",
])
def test_opposing_something_is_no_protest_wording(text):
    assert _labels(text) == set()


@pytest.mark.parametrize("text", [
    "Clashes between border guards were reported overnight.",
    "Столкновения на границе продолжались два дня.",
])
def test_clashes_without_police_or_protesters_are_not_protest_wording(text):
    assert _labels(text) == set()
