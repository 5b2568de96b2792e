"""Dating articles without a publication date: address dates, outlet ids, era clues, anchored phrases."""

from __future__ import annotations

import datetime as dt

import pytest

from protest_tracker.pipeline.dates.anchored import anchored_dates
from protest_tracker.pipeline.dates.era import anniversary_year, era_window, latest_stated_year
from protest_tracker.pipeline.dates.recognise import find_dates
from protest_tracker.pipeline.dates.sources import date_from_url, estimate_from_story_id


class TestSourceDates:
    def test_date_in_the_path_is_exact(self):
        found = date_from_url("https://news.example.kg/2021/03/09/crowd-at-the-white-house")
        assert found is not None and found.exact
        assert found.day == dt.date(2021, 3, 9) and found.kind == "url_path"

    def test_compact_date_in_the_path(self):
        found = date_from_url("https://example.kg/amp/20190715/story-123.html")
        assert found is not None and found.day == dt.date(2019, 7, 15)

    def test_rferl_family_story_id_is_an_estimate(self):
        found = date_from_url("https://www.azattyk.org/a/31300000.html")
        assert found is not None and not found.exact and found.kind == "outlet_id"
        assert dt.date(2021, 2, 2) < found.day < dt.date(2021, 9, 18)

    def test_estimate_is_monotonic_and_bounded(self):
        days = [estimate_from_story_id(i) for i in (25_000_000, 29_000_000, 31_000_000, 32_500_000)]
        assert all(days) and days == sorted(days)
        assert estimate_from_story_id(1_000) is None
        assert estimate_from_story_id(99_999_999) is None

    @pytest.mark.parametrize(("story_id", "year"), [
        (24_200_000, 2011),  # before the first anchor: the first year's rate, a year at most
        (33_400_000, 2025),  # between the last two anchors
        (33_800_000, 2026),  # after the last anchor: the last year's rate
    ])
    def test_estimate_extrapolates_a_year_beyond_the_anchors(self, story_id, year):
        day = estimate_from_story_id(story_id)
        assert day is not None and day.year == year

    def test_no_estimate_more_than_a_year_beyond_the_anchors(self):
        assert estimate_from_story_id(23_000_000) is None
        assert estimate_from_story_id(34_500_000) is None

    @pytest.mark.parametrize("url", [
        None, "", "not a url", "https://unknown-outlet.example.com/a/31300000.html",
        "https://example.com/2099/01/01/future", "https://example.com/2021/13/45/bad-date",
    ])
    def test_no_estimate(self, url):
        assert date_from_url(url, latest=dt.date(2026, 1, 1)) is None


class TestEraClues:
    def test_numbered_anniversary_of_a_known_event(self):
        assert anniversary_year("activists marked the 10th anniversary of the zhanaozen shooting") == 2021

    def test_anniversary_with_the_year_stated(self):
        assert anniversary_year("в годовщину стачки шахтеров в 2019 году рабочие снова собрались") == 2020

    def test_anniversary_without_an_event_or_year(self):
        assert anniversary_year("the anniversary passed quietly") is None

    def test_latest_stated_year_skips_deadlines(self):
        assert latest_stated_year("зарплата за 2017 год, программа до 2030", latest_year=2026) == 2017

    @pytest.mark.parametrize("text", [
        # sentences written for this test: the year of a document, not of the story
        "пикетшілер 1993 жылғы конституцияны қайтаруды талап етті",
        "согласно конституции республики казахстан 1995 года митинги разрешены",
        "they want the 1993 constitution back",
        "по закону от 2004 года митинг нужно согласовать",
    ])
    def test_a_documents_year_is_no_era_clue(self, text):
        assert latest_stated_year(text, latest_year=2026) is None

    @pytest.mark.parametrize(("text", "year"), [
        ("по закону в 2019 году прошел митинг", 2019),
        ("the rally of 2021 broke the law", 2021),
        ("незаконный сход 2019 года разогнали", 2019),  # "незаконный" is no law
    ])
    def test_a_year_beside_a_law_word_still_counts(self, text, year):
        assert latest_stated_year(text, latest_year=2026) == year

    def test_stated_year_narrows_the_window(self):
        lo, hi, used = era_window("долги по зарплате за 2016 год", latest_year=2026)
        assert (lo, hi) == (2016, 2026) and used == ["stated:2016"]

    def test_first_name_is_no_city_clue(self):
        _, _, used = era_window("president nursultan nazarbayev spoke", latest_year=2026)
        assert not any("sultan" in clue for clue in used if "president" not in clue)

    def test_kempir_abad_and_csto_deployment(self):
        assert era_window("митинг против передачи кемпир-абада", latest_year=2026)[0] == 2022
        assert era_window("пикет против ввода войск одкб в казахстан", latest_year=2026)[:2] == (2022, 2022)


class TestAnchoredPhrases:
    def _resolve(self, text, **kwargs):
        mentions = find_dates(text, language=kwargs.pop("language", "en"), published=dt.date(2023, 12, 31))
        return {m.surface: m.value for m in anchored_dates(text, mentions, **kwargs)}

    def test_next_day_after_a_dated_rally(self):
        found = self._resolve("Farmers rallied on March 3. The next day they blocked the highway.")
        assert found["The next day"] == "2023-03-04"

    def test_a_day_earlier(self):
        found = self._resolve("A court fined them on May 9 for a rally held a day earlier.")
        assert found["a day earlier"] == "2023-05-08"

    def test_russian_and_kyrgyz_phrases(self):
        ru = self._resolve("Жители собрались 12 июня, а на следующий день перекрыли дорогу.", language="ru")
        assert ru["на следующий день"] == "2023-06-13"
        ky = self._resolve("Алар 5-июнда чогулушту, эртеси күнү жолду тосушту.", language="ky")
        assert ky["эртеси күнү"] == "2023-06-06"

    def test_day_after_a_noun_is_not_a_date(self):
        found = self._resolve("On July 2 they met. Teachers marched the day after a court hearing.")
        assert "the day after" not in found

    def test_no_anchor_and_no_reference(self):
        assert anchored_dates("They came back the next day.", []) == []

    def test_falls_back_to_the_exact_reference(self):
        found = anchored_dates("They came back the next day.", [], exact_reference=dt.date(2020, 1, 1))
        assert [m.value for m in found] == ["2020-01-02"]


class TestMonthPhrases:
    def test_this_month_and_last_month(self):
        text = "Earlier this month workers struck; last month teachers picketed."
        found = {m.surface: (m.value, m.precision)
                 for m in anchored_dates(text, [], reference=dt.date(2020, 1, 20))}
        assert found["Earlier this month"] == ("2020-01", "month")
        assert found["last month"] == ("2019-12", "month")

    def test_kyrgyz_beginning_of_this_month(self):
        found = anchored_dates("Ушул айдын башында тургундар чогулушту.", [], reference=dt.date(2019, 9, 17))
        assert [(m.value, m.precision) for m in found] == [("2019-09", "month")]

    def test_no_reference_no_month(self):
        assert anchored_dates("Earlier this month workers struck.", []) == []


class TestBirthYears:
    @pytest.mark.parametrize("text", [
        "Айылдын 1990-жылы туулган тургуну кармалды.", "A man born in 1987 was detained.",
        "Задержан житель 1979 года рождения.",
    ])
    def test_birth_years_are_no_dates(self, text):
        assert [m for m in find_dates(text, language=None) if m.precision == "year"] == []

    def test_ordinary_year_is_kept(self):
        assert [m.value for m in find_dates("В 2019 году прошли митинги.", language="ru")] == ["2019"]


def test_liquefied_gas_and_january_point_to_qantar():
    lo, hi, _ = era_window("в начале января жители вышли против роста цен на сжиженный газ", latest_year=2026)
    assert (lo, hi) == (2022, 2022)


class TestHolidays:
    def test_independence_day_depends_on_the_country(self):
        from protest_tracker.pipeline.dates.holidays import holiday_dates
        text = "Pensioners rallied on Independence Day."
        kz = holiday_dates(text, [], reference=dt.date(2020, 12, 31), country="KZ")
        kg = holiday_dates(text, [], reference=dt.date(2020, 12, 31), country="KG")
        assert [m.value for m in kz] == ["2020-12-16"] and [m.value for m in kg] == ["2020-08-31"]

    def test_holiday_after_the_reference_goes_to_the_year_before(self):
        from protest_tracker.pipeline.dates.holidays import holiday_dates
        found = holiday_dates("В День Победы прошел пикет.", [], reference=dt.date(2021, 3, 1), country="KZ")
        assert [m.value for m in found] == ["2020-05-09"]

    def test_no_country_no_independence_day_and_no_reference_nothing(self):
        from protest_tracker.pipeline.dates.holidays import holiday_dates
        assert holiday_dates("on Independence Day", [], reference=dt.date(2020, 1, 1), country=None) == []
        assert holiday_dates("on Victory Day", [], reference=None, country="KZ") == []


def test_crimea_and_troops_in_ukraine_point_to_2014_or_later():
    assert era_window("пикет против ввода российских войск на украину", latest_year=2026)[0] == 2014
    assert era_window("a rally against the annexation of crimea", latest_year=2026)[0] == 2014


def test_deadly_unrest_in_almaty_points_to_2022():
    lo, _, _ = era_window("a month after the unrest in almaty, bus drivers struck", latest_year=2026)
    assert lo == 2022
    assert era_window("беспорядки в алматы в январе", latest_year=2026)[0] == 2022


@pytest.mark.parametrize(("text", "window"), [
    ("president islam karimov visited the region", (1991, 2016)),
    ("президент сердар бердымухамедов подписал указ", (2022, 2026)),
    ("президент курманбек бакиев выступил", (2005, 2010)),
])
def test_sitting_presidents_bound_the_era(text, window):
    assert era_window(text, latest_year=2026)[:2] == window


def test_a_former_president_puts_the_text_after_the_term():
    assert era_window("former president nursultan nazarbayev still chairs the council", latest_year=2026)[:2] == (2019, 2026)
    assert era_window("сторонники собиқ президент бакиев собрались", latest_year=2026)[:2] == (2010, 2026)
    assert era_window("the first president nazarbayev", latest_year=2026)[:2] == (1991, 2026)
    assert era_window("president nazarbayev met workers", latest_year=2026)[:2] == (1991, 2019)


def test_month_fixing_events():
    from protest_tracker.pipeline.dates.era import era_month
    assert era_month("пикет против ввода войск одкб в казахстан", year=2022) == "2022-01"
    assert era_month("пикет против ввода войск одкб в казахстан", year=2023) is None
    assert era_month("an ordinary rally", year=2022) is None


def test_a_bare_english_anniversary_does_not_say_which_one():
    assert anniversary_year("they marked the anniversary of the 2011 shooting") is None
    assert anniversary_year("the first anniversary of the 2021 strike") == 2022


class TestHeadDates:
    """A page's date stamp ("date 2022-07-04 …") or byline line at its head is when it was published."""

    def test_stamp_is_read_and_only_at_the_head(self):
        from protest_tracker.pipeline.dates.bylines import HeadDate, date_stamp

        assert date_stamp("date 2022-07-04 18 people died in Nukus.") == HeadDate(dt.date(2022, 7, 4), 0, 15)
        assert date_stamp("  date 2021-06-01 11:03\nRally in Bishkek") == HeadDate(dt.date(2021, 6, 1), 0, 17)
        assert date_stamp("Up to date 2022-07-04 figures") is None
        assert date_stamp("date 2022-13-40 broken") is None

    @pytest.mark.parametrize(("line", "language", "day"), [
        ("14 декабря 2022, 10:17", "ru", dt.date(2022, 12, 14)),
        ("Thursday, October 16, 2014", "en", dt.date(2014, 10, 16)),
        ("By Example News April 12, 2023", "en", dt.date(2023, 4, 12)),
        ("Jamiyat | 18:09 / 18.12.2021", "uz", dt.date(2021, 12, 18)),
        ("30 мамыр 2021 | 08:54", "kk", dt.date(2021, 5, 30)),
    ])
    def test_byline_lines(self, line, language, day):
        from protest_tracker.pipeline.dates.bylines import head_dates

        body = f"A headline about a rally\n\n{line}\n\nPeople gathered at the square on Friday and stayed there."
        [head] = head_dates(body, find_dates=find_dates, language=language)
        assert head.day == day and body[head.start:head.end] == line

    @pytest.mark.parametrize("body", [
        # a sentence that begins with a date is the story, not a byline
        "On 16 March 2023 residents of the second district came out to protest against the new building.",
        # a date line further down than the page's head
        "\n".join(["A line of the story."] * 9 + ["14 декабря 2022"]),
        # two dates on one line: a span of the story, not a byline
        "From 5 May 2021 to 7 May 2021\nWorkers stopped work.",
    ])
    def test_no_byline(self, body):
        from protest_tracker.pipeline.dates.bylines import head_dates

        assert head_dates(body, find_dates=find_dates, language="en") == []

    def test_the_head_date_is_the_reference_and_no_event_date(self):
        from protest_tracker.pipeline.config import default_pipeline
        from protest_tracker.pipeline.runner import article_from_record

        pipeline = default_pipeline()
        for text in ("date 2022-07-04 Thousands of people rallied in Nukus on Friday against "
                     "the amendments to the constitution.",
                     "Rally in Nukus\n\nJuly 4, 2022, 10:15\n\nThousands of people rallied in Nukus on Friday "
                     "against the amendments to the constitution."):
            record = {"id": "head-1", "language": "en", "title": "", "published": None, "url": None, "text": text}
            article = pipeline.run(article_from_record(record))
            # "on Friday" counts from the page's date (Monday 4 July): 1 July, not the page's own day
            assert [(e.date, e.city) for e in article.events] == [("2022-07-01", "Nukus")]
