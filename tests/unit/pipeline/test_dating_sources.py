"""Year inference without a publication date: archive-month addresses, mirror hosts, media paths
left in the text, former presidents, anniversaries and "N years ago" (texts written for these
tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from protest_tracker.pipeline.dates.era import (
    anniversary_year,
    era_first_day,
    era_month,
    era_window,
    years_later_year,
)
from protest_tracker.pipeline.dates.recognise import find_dates
from protest_tracker.pipeline.dates.reference import date_article
from protest_tracker.pipeline.dates.sources import date_from_text_paths, date_from_url
from protest_tracker.pipeline.text import fold


def dating(body: str, *, url: str | None = None, language: str = "ru", title: str = ""):
    return date_article(published=None, url=url, title=title, body=body, folded=fold(body),
                        language=language, find_dates=find_dates, latest_year=2026)


class TestAddresses:
    def test_archive_month_in_the_path(self):
        found = date_from_url("https://weekly.example.kg/2010/05")
        assert found is not None and not found.exact
        assert (found.kind, found.day) == ("url_month", dt.date(2010, 5, 31))

    def test_a_full_path_date_still_wins(self):
        found = date_from_url("https://weekly.example.kg/2010/05/17/drivers")
        assert found is not None and found.exact and found.day == dt.date(2010, 5, 17)

    def test_mirror_hosts_carry_story_ids(self):
        found = date_from_url("https://d1abcxyz0example.cloudfront.net/a/31300000.html")
        assert found is not None and found.kind == "outlet_id"

    def test_archive_month_fixes_the_year_of_a_weekday_date(self):
        result = dating("В понедельник, 31 мая, водители грузовиков встали у парламента.",
                        url="https://weekly.example.kg/2010/05")
        assert result.source == "url_month" and result.reference == dt.date(2010, 5, 31)
        assert [m.value for m in result.dates] == ["2010-05-31"]


class TestMediaPaths:
    def test_upload_folder_gives_a_month(self):
        found = date_from_text_paths("Фото: /wp-content/uploads/2022/12/square.jpg", latest=dt.date(2026, 1, 1))
        assert found is not None and not found.exact and found.day == dt.date(2022, 12, 31)

    def test_image_path_with_a_day(self):
        found = date_from_text_paths("text /image/2020/02/25/crop-1_2.jpg text", latest=dt.date(2026, 1, 1))
        assert found is not None and found.exact and found.day == dt.date(2020, 2, 25)

    def test_no_path_no_date(self):
        assert date_from_text_paths("Жиын 22 ақпанда өтті.", latest=dt.date(2026, 1, 1)) is None

    def test_a_path_dates_the_story(self):
        body = "Наразылар жиналды.\n/image/2020/02/25/crop.jpg\n22 ақпан күні алаңға жүзге жуық адам келді."
        result = dating(body, language="kk")
        assert result.source == "upload_path" and result.reference == dt.date(2020, 2, 25)
        assert "2020-02-22" in [m.value for m in result.dates]

    def test_an_old_picture_in_a_later_story_is_ignored(self):
        body = "/uploads/2015/03/archive.jpg Митинг прошёл 5 марта 2021 года, а 7 марта повторился."
        result = dating(body)
        assert result.source != "upload_path" and result.reference == dt.date(2021, 3, 5)


class TestEraClues:
    @pytest.mark.parametrize(("text", "window"), [
        ("the ousting of president askar akaev did not calm the protests", (2005, 2026)),
        ("сторонники бывшего президента бакиева вышли на площадь", (2010, 2026)),
        ("первый президент нурсултан назарбаев", (1991, 2026)),
        ("prezident sooronbay jeenbekov shyqty", (2017, 2020)),
        ("memleket basşısı toqaev saparǵa şyqty", (2019, 2026)),
    ])
    def test_presidents(self, text, window):
        assert era_window(text, latest_year=2026)[:2] == window

    def test_anniversaries_of_victory_and_independence(self):
        assert anniversary_year("парад по случаю 70-й годовщины победы, а участки дали в 2009 году") == 2015
        assert anniversary_year("mustaqilligining 25-yilligi munosabati bilan") == 2016
        # a year before independence says nothing about the text
        assert era_window("первая годовщина победы на выборах", latest_year=2026)[:2] == (1991, 2026)

    @pytest.mark.parametrize(("text", "year"), [
        ("five years ago, in 2014, the same workers struck", 2019),
        ("он жыл бұрынғы оқиға 2008 жылы болған", 2018),
        ("twelve years after the 1997 peace accord", None),
        ("10 years after the end of the 1992-97 war", 2007),
    ])
    def test_years_ago_and_after(self, text, year):
        assert years_later_year(text) == year

    @pytest.mark.parametrize("text", [
        "нукуста ўзбекистон конституциясига қорақалпоғистон ҳақидаги ўзгартишларга қарши чиқишди",
        "өзбекстан конституциясына қарақалпақстан туралы түзетулерге қарсы",
        "каракалпакстандын статусун өзгөртүүчү башмыйзамга каршы",
    ])
    def test_karakalpakstan_constitution_is_july_2022(self, text):
        assert era_window(text, latest_year=2026)[0] == 2022
        assert era_month(text, year=2022) == "2022-07"

    def test_zhanaozen_gas_price_is_january_2022(self):
        text = "жанаозендин тургундары газдын баасынын кымбатташына каршы чыгышты"
        assert era_window(text, latest_year=2026)[:2] == (2022, 2022)
        assert era_month(text, year=2022) == "2022-01"

    def test_crimea_points_to_march_2014_when_the_year_is_2014(self):
        text = "пикет против ввода российских войск на украину"
        assert era_month(text, year=2014) == "2014-03"
        assert era_month(text, year=2016) is None


class TestWeekdays:
    def test_a_weekday_inside_an_era_window_picks_its_year(self):
        # Sooronbay Jeenbekov's presidency (2017-2020): Friday 12 July falls in 2019 only
        result = dating("При президенте Сооронбае Жээнбекове, в пятницу, 12 июля, жители вышли на площадь.")
        assert result.source == "era_clues" and result.reference == dt.date(2019, 7, 12)

    def test_a_weekday_without_an_era_clue_is_a_flagged_guess(self):
        # Friday 12 July fits 2013, 2019 and 2024: the latest is taken and marked as a guess
        result = dating("В пятницу, 12 июля, у здания акимата собрались жители микрорайона.")
        assert result.source == "weekday" and result.guessed and result.reference == dt.date(2024, 7, 12)


class TestEraFirstDays:
    """A clue that begins inside its first year bounds the day, not only the year."""

    def test_a_day_before_the_rename_moves_to_the_next_year(self):
        # Nur-Sultan from 20 March 2019: a text naming it that says "1 March" cannot be of 2019
        result = dating("1 марта в Нур-Султане полиция задержала участников акции у памятника Абаю.")
        assert result.source == "era_guess" and result.reference == dt.date(2020, 3, 1)

    def test_a_day_after_the_rename_stays_in_the_first_year(self):
        result = dating("12 июня в Нур-Султане полиция задержала участников акции у памятника Абаю.")
        assert result.source == "era_guess" and result.reference == dt.date(2019, 6, 12)

    def test_a_clue_without_a_first_day_keeps_its_first_year(self):
        # the Nur Otan clue (1999-2022) has no first day: 1 March stays in 1999
        result = dating("1 марта активисты Нур Отан провели пикет у акимата.")
        assert result.source == "era_guess" and result.reference == dt.date(1999, 3, 1)

    def test_the_first_day_is_the_latest_of_the_clues_of_that_year(self):
        assert era_first_day("в нур-султане при президенте токаеве", year=2019) == dt.date(2019, 3, 20)
        assert era_first_day("в нур-султане", year=2020) is None
        assert era_first_day("митинг в алматы", year=2019) is None
