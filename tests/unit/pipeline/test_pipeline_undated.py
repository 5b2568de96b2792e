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
        "10 марта в Актау около двухсот человек вышли на митинг у здания акимата.",
        language="ru",
    )
    assert ("2020-03-10", "KZ", "Aktau") in _events(article)


def test_demand_words_after_the_protest_are_no_call(extract):
    article = extract(
        "Opposition supporters rallied in Bishkek on May 11, 2015. "
        "In Osh, about two hundred farmers rallied to call for cheaper diesel. "
        "In Naryn, activists picketed the regional administration and urged a halt to a mining licence.",
        language="en",
    )
    cities = {e.city for e in article.events}
    assert {"Bishkek", "Osh", "Naryn"} <= cities


def test_a_call_for_a_future_rally_is_still_rejected(extract):
    article = extract("Activists in Almaty called for a rally on Saturday, 12 March 2022.", language="en")
    assert article.events == ()


def test_district_named_after_its_town_is_not_the_town(extract_rules):
    extract = extract_rules
    article = extract(
        "12 қазанда 2021 жылы Түркістан облысының Сарыағаш ауданында жұмысшылар наразылық акциясын өткізді.",
        language="kk",
    )
    assert article.events and all(e.city != "Saryagach" for e in article.events)


def test_kyrgyz_village_named_before_the_settlement_word(extract):
    article = extract(
        "2023-жылы 4-мартта Ысык-Көл облусунун Жаңы-Талап айылында тургундар нааразылык акциясына чыгышты.",
        language="ky",
    )
    assert [e.city for e in article.events] == ["Zhany-Talap"]


def test_city_in_the_genitive_owns_its_residents_and_is_not_the_venue(extract):
    article = extract(
        "2021-жылы 3-апрелде Бишкек жана Ош шаарларында Каракол шаарынын тургундарын колдогон митингдер болду.",
        language="ky",
    )
    assert {e.city for e in article.events} == {"Bishkek", "Osh"}


def test_month_summary_joins_the_dated_event_of_that_month(extract):
    article = extract(
        "В начале марта 2021 года в Казахстане прошли акции протеста. "
        "5 марта 2021 года в Таразе около ста человек вышли на митинг у здания акимата.",
        language="ru",
    )
    assert _events(article) == [("2021-03-05", "KZ", "Taraz")]


def test_city_in_the_genitive_before_a_part_of_the_city_is_the_venue(extract):
    article = extract(
        "2021-жылы 3-апрелде Бишкек шаарынын борборунда Ош шаарынан келген тургундар митинг өткөрүштү.",
        language="ky",
    )
    assert [e.city for e in article.events] == ["Bishkek"]


def test_cities_listed_with_and_in(extract):
    article = extract(
        "On Independence Day, December 16, 2020, activists rallied in the capital, Astana, "
        "and in the southern city Shymkent.",
        language="en",
    )
    assert _events(article) == [("2020-12-16", "KZ", "Astana"), ("2020-12-16", "KZ", "Shymkent")]


def test_odd_addresses_and_dates_lose_nothing(extract_rules):
    extract = extract_rules
    odd = [None, "", "http://", "https://www.rferl.org/a/999999999999.html", "ftp://x/2019/02/30/y",
           "https://azattyq.org/a/12.html", "not a url at all"]
    for url in odd:
        # the text dates its event: an article that dates none reports none unless confident
        # (events.confidence@3's min_undated_article_confidence), which these odd addresses do not change
        article = extract("Workers rallied in Almaty on March 3, 2021 over unpaid wages. The next day they "
                          "wrote a letter. A blog marked the 99th anniversary of nothing in 2099, a day earlier.",
                          language="en", url=url)
        assert article.dropped is None
        assert [e.city for e in article.events] == ["Almaty"]
        for event in article.events:
            assert all(article.text[ev.start:ev.end] == ev.text for ev in event.evidence if ev.start is not None)


def test_workers_declining_to_turn_up_for_work_is_a_strike(extract):
    article = extract("On 9 February 2022, drivers at a bus depot in Karaganda declined to report for work "
                      "over unpaid wages.", language="en")
    assert _events(article) == [("2022-02-09", "KZ", "Karagandy")]


def test_presidents_residence_is_in_the_capital(extract):
    article = extract("3 марта 2021 года около сорока человек собрались на митинг у резиденции президента "
                      "Казахстана.", language="ru")
    assert _events(article) == [("2021-03-03", "KZ", "Astana")]


def test_counted_parallel_actions_at_different_venues_are_separate_events(extract_rules):
    extract = extract_rules
    article = extract(
        "В Бишкеке 2 марта 2021 года прошли сразу три митинга. "
        "Пенсионеры провели митинг у Дома правительства. "
        "Студенты вышли на пикет к зданию ГКНБ.",
        language="ru",
    )
    assert len(article.events) == 2
    assert {e.venue for e in article.events} == {"Government House", "GKNB building"}


def test_one_protest_at_two_venues_without_a_count_stays_one_event(extract):
    article = extract(
        "2 марта 2021 года в Бишкеке пенсионеры провели митинг у Дома правительства. "
        "Затем участники митинга прошли к зданию ГКНБ.",
        language="ru",
    )
    assert len(article.events) == 1


def test_a_following_sentence_that_dates_the_incident(extract):
    article = extract("В Хиве владельцы снесенных лавок перекрыли дорогу к хокимияту. Это случилось 3 августа.",
                      language="ru", published="2019-08-05")
    assert _events(article) == [("2019-08-03", "UZ", "Khiva")]


def test_kazakh_before_this_is_background(extract):
    article = extract("5 маусымда Алматыда жүзге жуық адам наразылық акциясына шықты. "
                      "Бұған дейін Қазақстанда белсенділер бірнеше рет наразылық акциясын өткізген.",
                      language="kk", published="2020-06-06")
    assert _events(article) == [("2020-06-05", "KZ", "Almaty")]


def test_residents_of_a_city_rallying_elsewhere(extract):
    article = extract("В Бишкеке у здания парламента 4 апреля 2021 года провели митинг жители Оша.",
                      language="ru")
    assert [e.city for e in article.events] == ["Bishkek"]


def test_story_of_a_month_fixing_event_without_a_day_gets_that_month(extract):
    article = extract("В Оше несколько человек вышли на пикет против ввода войск ОДКБ в Казахстан.", language="ru")
    assert [(e.date, e.date_precision, e.city) for e in article.events] == [("2022-01", "month", "Osh")]


def test_no_day_and_no_month_clue_stays_undated(extract_rules_ungated, extract_rules, rules_pipeline):
    """Neither day nor month in the text: the date stays empty, not guessed."""
    text = "In Nur-Sultan a few activists held a rally against rising prices."
    # the undated-article gate off: the event keeps no date rather than a guessed one
    article = extract_rules_ungated(text, language="en")
    assert [e.date for e in article.events] == [None]
    # with the default gate the same article, dating nothing, reports no event and says why
    before = rules_pipeline.counts["events.confidence@3"].notes["rejected:undated_article"]
    gated = extract_rules(text, language="en")
    assert gated.events == ()
    assert rules_pipeline.counts["events.confidence@3"].notes["rejected:undated_article"] == before + 1


def test_russian_until_now_they_were_held_elsewhere_is_background(extract):
    article = extract("Сегодня в Таразе у здания акимата собрались около тридцати водителей. "
                      "Это первая такая акция в области: до сих пор пикеты проходили только в Астане.",
                      language="ru", published="2022-03-14")
    assert _events(article) == [("2022-03-14", "KZ", "Taraz")]
