"""A dateline names where a report was filed; the lead may name where people gathered
(texts written for these tests)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from protest_tracker.pipeline.places.datelines import dateline_span, without_dateline_places


@pytest.mark.parametrize(("text", "dateline"), [
    ("TASHKENT, Uzbekistan -- Farmers in Jizzakh blocked a road on Monday.", "TASHKENT, Uzbekistan -- "),
    ("OSH, APRIL 2 2019 (Example Wire) — Traders closed their stalls.", "OSH, APRIL 2 2019 (Example Wire) — "),
    ("Заголовок заметки\n\nБИШКЕК, 3 мар — Sputnik. Жители Таласа вышли к акимиату.", "БИШКЕК, 3 мар — "),
    ("09:15, 12 марта 2020, Бишкек - 24.kg , Автор\nВ Караколе прошел митинг.", "09:15, 12 марта 2020, Бишкек - "),
    ("date 2021-05-02 ALMATY. Example Agency - Residents of Kaskelen gathered.", "date 2021-05-02 ALMATY. Example Agency - "),
    # an agency credit ends the dateline where no dash follows
    ("OSH, Kyrgyzstan (AP) Traders in Uzgen closed the market road.", "OSH, Kyrgyzstan (AP) "),
    ("by Staff Writers Tashkent, Uzbekistan (AFP) May 3, 2019 Farmers in Jizzakh blocked a road.",
     "by Staff Writers Tashkent, Uzbekistan (AFP) "),
])
def test_datelines_are_found(text: str, dateline: str) -> None:
    span = dateline_span(text)
    assert span is not None
    assert text[span[0]:span[1]] == dateline


@pytest.mark.parametrize("text", [
    "Residents of Jizzakh blocked a road on Monday - the third time this year.",
    "В Караколе — митинг у здания акимиата.",
    "Osh - the second city - saw a rally on Monday.",  # a capitalised word, not capitals
    "A long opening paragraph about the economy of the region and its farms " * 8 + "\nTASHKENT - text.",
])
def test_ordinary_openings_are_no_datelines(text: str) -> None:
    assert dateline_span(text) is None


def _mention(text: str, surface: str, *, city: str, kind: str = "city", country: str = "UZ") -> SimpleNamespace:
    start = text.index(surface)
    return SimpleNamespace(start=start, end=start + len(surface), kind=kind,
                           place=SimpleNamespace(country=country, city=city))


def test_the_dateline_city_gives_way_to_a_place_the_lead_names() -> None:
    text = "TASHKENT, Uzbekistan -- Farmers in Jizzakh blocked a road on Monday."
    places = [_mention(text, "TASHKENT", city="Tashkent"), _mention(text, "Jizzakh", city="Jizzakh")]
    assert [m.place.city for m in without_dateline_places(places, text=text)] == ["Jizzakh"]


def test_the_dateline_city_stays_when_the_lead_names_no_place() -> None:
    text = "TASHKENT, Uzbekistan -- Hundreds of traders gathered outside the city market on Monday."
    places = [_mention(text, "TASHKENT", city="Tashkent")]
    assert without_dateline_places(places, text=text) == places


def test_a_foreign_place_in_the_lead_does_not_displace_the_dateline() -> None:
    text = "TASHKENT, Uzbekistan -- Relatives of migrants in Moscow gathered outside the ministry."
    places = [_mention(text, "TASHKENT", city="Tashkent"),
              _mention(text, "Moscow", city="Moscow", country="RU")]
    assert [m.place.city for m in without_dateline_places(places, text=text)] == ["Tashkent", "Moscow"]


@pytest.mark.parametrize(("text", "language", "city"), [
    ("DUSHANBE, Tajikistan -- Several hundred students gathered on Tuesday in Khujand.\n\nThe protesters "
     "demanded lower tuition fees and chanted slogans outside the university. Police dispersed the rally.",
     "en", "Khujand"),
    ("АЛМАТЫ, 9 сәуір – Sputnik. Атырауда жүзге жуық адам жиналды.\n\nОлар бағаның өсуіне қарсы митингке "
     "шықты. Полиция ешкімді ұстамады.", "kk", "Atyrau"),
])
def test_an_agency_report_is_placed_where_the_lead_says(extract, text: str, language: str, city: str) -> None:
    article = extract(text, published="2016-05-03", language=language)
    assert [e.city for e in article.events] == [city]
