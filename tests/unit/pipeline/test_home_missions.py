"""A protest at a republic's own embassy or consulate is held abroad (sentences written for these tests)."""

from __future__ import annotations

import pytest

from protest_tracker.pipeline.events.segment import home_missions


@pytest.mark.parametrize(("sentence", "codes"), [
    ("Вчера у посольства Казахстана прошла акция солидарности.", {"KZ"}),
    ("Пикет прошёл у генконсульства Узбекистана в Стамбуле.", {"UZ"}),
    ("Dozens rallied outside the Tajik embassy on Friday.", {"TJ"}),
    ("A picket was held in front of the Embassy of Turkmenistan.", {"TM"}),
    ("Қазақстанның Мәскеудегі елшілігі алдында пикет өтті.", {"KZ"}),
    ("Кыргызстандын Москвадагы элчилигинин алдына мигранттар чогулушту.", {"KG"}),
    ("O‘zbekistonning Moskvadagi elchixonasi oldida namoyish bo‘ldi.", {"UZ"}),
    ("Дар назди сафорати Тоҷикистон дар Маскав эътироз шуд.", {"TJ"}),
    # the embassy of another state *in* a republic is not a republic's own mission
    ("Орусиянын Кыргызстандагы элчилигинин алдында митинг болду.", set()),
    ("Activists picketed the Chinese embassy in Almaty.", set()),
    ("Пикет у посольства России в Казахстане.", set()),
])
def test_missions_named(sentence: str, codes: set[str]) -> None:
    assert home_missions(sentence) == codes


def test_own_embassy_abroad_is_no_event(extract) -> None:
    article = extract("Вчера у посольства Казахстана прошла акция солидарности с бастующими нефтяниками "
                      "Жанаозена. Участники держали плакаты.", published="2021-12-17", language="ru")
    assert article.events == ()


def test_embassy_in_another_republic_is_an_event_there(extract) -> None:
    article = extract("Вчера около сорока жителей Бишкека провели пикет у посольства Казахстана в Бишкеке, "
                      "требуя открыть границу для грузовиков.", published="2020-02-12", language="ru")
    assert [(e.country, e.city, e.date) for e in article.events] == [("KG", "Bishkek", "2020-02-11")]


def test_mission_patterns_are_written_in_lower_case() -> None:
    from protest_tracker.pipeline import lang

    # home_missions() matches them against the lower-cased sentence
    patterns = [p for code in lang.LANGUAGES for ps in lang.slot(code, "HOME_MISSIONS").values() for p in ps]
    assert patterns and all(p == p.lower() for p in patterns)
