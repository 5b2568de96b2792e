"""Extraction from articles without a publication date, and the place/segmentation rules around them."""

from __future__ import annotations


def _events(article):
    return sorted((e.date, e.country, e.city) for e in article.events)


def test_outlet_id_gives_the_year(extract):
    article = extract(
        "Dozens of pensioners rallied in Bishkek on October 14, demanding higher pensions.",
        language="en", url="https://www.azattyk.org/a/kyrgyz-pensioners-rally/31500000.html",
    )
    assert _events(article) == [("2021-10-14", "KG", "Bishkek")]
    assert "reference_date_from_outlet_id" in article.flags
    assert article.events[0].confidence < 0.9


def test_date_in_the_address_acts_as_publication_date(extract):
    article = extract("Вчера в Оше около сорока торговцев вышли на митинг против закрытия рынка.",
                      language="ru", url="https://news.example.kg/2018/05/04/osh-market")
    assert _events(article) == [("2018-05-03", "KG", "Osh")]


def test_era_clue_gives_the_earliest_year(extract):
    article = extract(
        "Around thirty people held a rally in Nur-Sultan on June 3 against rising utility prices.",
        language="en",
    )
    assert _events(article) == [("2019-06-03", "KZ", "Astana")]
    assert "reference_date_from_era_guess" in article.flags


def test_anniversary_overrides_the_year_of_the_commemorated_event(extract):
    article = extract(
        "В годовщину забастовки нефтяников в 2019 году рабочие снова вышли на акцию протеста. "
        "10 марта в Актау у здания акимата собрались около двухсот человек.",
        language="ru",
    )
    assert ("2020-03-10", "KZ", "Aktau") in _events(article)


def test_demand_words_after_the_protest_are_no_call(extract):
    article = extract(
        "Opposition supporters rallied in Bishkek on May 11, 2015. "
        "In the southern city of Osh, about two hundred people rallied to call for the release of a jailed MP. "
        "In Naryn, activists urged a halt to a mining licence as they picketed the regional administration.",
        language="en",
    )
    cities = {e.city for e in article.events}
    assert {"Bishkek", "Osh", "Naryn"} <= cities


def test_a_call_for_a_future_rally_is_still_rejected(extract):
    article = extract("Activists in Almaty called for a rally on Saturday, 12 March 2022.", language="en")
    assert article.events == ()


def test_district_named_after_its_town_is_not_the_town(extract):
    article = extract(
        "12 қазанда 2021 жылы Қашқадария облысының Гузар ауданында жұмысшылар наразылық акциясын өткізді.",
        language="kk",
    )
    assert article.events and all(e.city != "Guzor" for e in article.events)


def test_kyrgyz_village_named_before_the_settlement_word(extract):
    article = extract(
        "2023-жылы 4-мартта Ысык-Көл облусунун Жаңы-Талап айылында тургундар нааразылык акциясына чыгышты.",
        language="ky",
    )
    assert [e.city for e in article.events] == ["Zhany-Talap"]
