"""Day spans across months are one date mention (pipeline/dates/spans.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from protest_tracker.pipeline.dates.recognise import find_dates

PUBLISHED = dt.date(2022, 6, 1)


@pytest.mark.parametrize(
    ("text", "language", "value", "end_value"),
    [
        ("Митингдерге 11-марттан 11-апрелге чейин тыюу салынган.", "ky", "2022-03-11", "2022-04-11"),
        ("Жиындарға 11 наурыздан 11 сәуірге дейін тыйым салынды.", "kk", "2022-03-11", "2022-04-11"),
        ("Yig'inlar 11 martdan 11 aprelgacha taqiqlandi.", "uz", "2022-03-11", "2022-04-11"),
        ("Забастовка шла с 30 декабря по 2 января.", "ru", "2021-12-30", "2022-01-02"),
        ("The sit-in lasted from March 3 to April 5.", "en", "2022-03-03", "2022-04-05"),
        ("Пикеты шли 28 февраля – 2 марта 2022 года.", "ru", "2022-02-28", "2022-03-02"),
    ],
)
def test_a_span_across_months_is_one_mention(text, language, value, end_value):
    mentions = find_dates(text, language=language, published=PUBLISHED)
    assert [(m.value, m.end_value) for m in mentions] == [(value, end_value)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Митинг прошёл 5 мая, а 7 июня его участников оштрафовали.", "ru"),  # two dates, no joiner
        ("Two rallies: 3 March 2020 – 5 April 2022.", "en"),  # longer than a year: two dates
        ("Акция 21 мамырда, ал шеру 31 мамырда өтеді.", "kk"),  # one month, two days of their own
    ],
)
def test_two_dates_of_their_own_stay_two(text, language):
    mentions = find_dates(text, language=language, published=PUBLISHED)
    assert len(mentions) == 2
    assert all(m.end_value is None for m in mentions)


def test_the_end_of_a_ban_is_not_the_latest_day_of_an_undated_story():
    text = ("Укук коргоочулар 17-мартта кармалган. Борбордо 11-марттан 11-апрелге чейин "
            "митингдерге тыюу салынган.")
    days = [m.value for m in find_dates(text, language="ky", published=dt.date(2022, 5, 20))
            if m.precision == "day"]
    assert max(days) == "2022-03-17"
