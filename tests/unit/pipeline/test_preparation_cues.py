"""Preparing an action is a plan, not an action: the charge that comes with pre-emptive detentions
("they were preparing to organise riots") reports no riot (sentences written for these tests)."""

from __future__ import annotations

import pytest

from protest_tracker.pipeline.events.cues import QUALIFIERS
from protest_tracker.pipeline.text import fold


@pytest.mark.parametrize("sentence", [
    "Кармалгандар массалык башаламандыктарды уюштурууга даярданган деп билдирди.",
    "Ұсталғандар жаппай тәртіпсіздіктерді ұйымдастыруға дайындалған.",
    "По версии следствия, задержанные готовили организацию массовых беспорядков.",
    "Их обвиняют в подготовке к организации массовых беспорядков.",
    "Officials said the detained activists had been preparing to organise mass riots.",
    "Hibsga olinganlar ommaviy tartibsizliklarni uyushtirishga tayyorlangan.",
])
def test_preparing_an_action_is_a_plan(sentence: str) -> None:
    folded = fold(sentence)
    assert "future_call" in QUALIFIERS.labels_in(folded, 0, len(folded))


@pytest.mark.parametrize("sentence", [
    "Митингующие перекрыли дорогу, а волонтеры готовили еду.",
    "Protesters were prepared for a long standoff outside the akimat.",
])
def test_other_preparations_are_no_plan(sentence: str) -> None:
    folded = fold(sentence)
    assert "future_call" not in QUALIFIERS.labels_in(folded, 0, len(folded))


@pytest.mark.parametrize(("text", "language"), [
    ("Бишкекте чек ара келишимине каршы чыккан ондогон активист кармалды. Улуттук коопсуздук комитети "
     "кармалгандар массалык башаламандыктарды уюштурууга даярданган деп билдирди.", "ky"),
    ("В Бишкеке задержаны более двадцати активистов, выступивших против соглашения о границе. По данным "
     "ГКНБ, задержанные готовили организацию массовых беспорядков.", "ru"),
    ("More than twenty activists opposed to the border deal were detained in Bishkek on Sunday. The "
     "security service said they had been preparing to organise mass riots.", "en"),
])
def test_a_detention_for_a_planned_riot_is_no_riot(extract, text: str, language: str) -> None:
    assert extract(text, published="2022-10-24", language=language).events == ()


@pytest.mark.parametrize("sentence", [
    "Ереуілдегі мұнайшылар талаптары орындалмаса Астанаға баратынын ескертті.",
    "Жұмысшылар ертең облыс әкімдігіне бармақ.",
    "Айдоочулар талаптары аткарылбаса Бишкекке барарын эскертишти.",
    "Fermerlar ertaga hokimlikka bormoqchi.",
])
def test_a_warning_to_go_somewhere_is_a_plan(sentence: str) -> None:
    # "they warned they would go to the capital": the trip (and any rally there) is still to come
    folded = fold(sentence)
    assert "future_call" in QUALIFIERS.labels_in(folded, 0, len(folded))


@pytest.mark.parametrize("sentence", [
    "Мұнайшылар кеше әкімдікке барып, талаптарын айтты.",
    "Айдоочулар мэрияга барышты.",
])
def test_going_that_happened_is_no_plan(sentence: str) -> None:
    folded = fold(sentence)
    assert "future_call" not in QUALIFIERS.labels_in(folded, 0, len(folded))
