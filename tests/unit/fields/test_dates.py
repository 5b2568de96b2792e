"""Date recognition and resolution in six languages."""

from __future__ import annotations

import datetime as dt

import pytest

from protest_tracker.pipeline.dates.recognise import DateMention, find_dates

WEDNESDAY = dt.date(2022, 1, 12)


def values(text: str, *, language: str | None = None, published: dt.date | None = WEDNESDAY):
    return [
        (m.value, m.precision) for m in find_dates(text, language=language, published=published)
    ]


def test_mention_offsets_and_fields():
    text = "Пикет начался 4 января 2022 года у здания."
    [mention] = find_dates(text, language="ru", published=None)
    assert isinstance(mention, DateMention)
    assert text[mention.start : mention.end] == mention.surface == "4 января 2022 года"
    assert (mention.value, mention.precision, mention.relative, mention.year_inferred) == (
        "2022-01-04",
        "day",
        False,
        False,
    )


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Отчёт от 2021-03-29.", "en", ("2021-03-29", "day")),
        ("Заседание 12.03.2021 отложили.", "ru", ("2021-03-12", "day")),
        ("Женщины вышли 4-го января.", "ru", ("2022-01-04", "day")),
        ("It began on January 4, 2022, at noon.", "en", ("2022-01-04", "day")),
        ("It began on 4 January and went on.", "en", ("2022-01-04", "day")),
        ("Police came on Jan. 4 again.", "en", ("2022-01-04", "day")),
        ("Олар 4 қаңтарда жиналды.", "kk", ("2022-01-04", "day")),
        ("Қаңтардың 4-і күні жиын болды.", "kk", ("2022-01-04", "day")),
        ("2022 жылғы 4 қаңтарда ереуіл басталды.", "kk", ("2022-01-04", "day")),
        ("2021-жылдын 5-октябрында митинг болду.", "ky", ("2021-10-05", "day")),
        ("2021-yil 5-oktabrda yig'ilish bo'ldi.", "uz", ("2021-10-05", "day")),
        ("Ular 5-yanvar kuni chiqishdi.", "uz", ("2022-01-05", "day")),
        ("Эътироз 5 январи соли 2022 оғоз шуд.", "tg", ("2022-01-05", "day")),
        ("Акции шли в январе 2022 года.", "ru", ("2022-01", "month")),
        ("Trouble started in March 2019.", "en", ("2019-03", "month")),
        ("В 2011 году было иначе.", "ru", ("2011", "year")),
    ],
)
def test_absolute_dates(text, language, expected):
    assert values(text, language=language) == [expected]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Вчера люди вышли.", "ru", "2022-01-11"),
        ("Позавчера было тихо.", "ru", "2022-01-10"),
        ("Сегодня у акимата стоят люди.", "ru", "2022-01-12"),
        ("В понедельник собрались водители.", "ru", "2022-01-10"),
        ("В прошлую среду они вышли.", "ru", "2022-01-05"),
        ("В эту субботу был пикет.", "ru", "2022-01-08"),
        ("Yesterday, workers stopped.", "en", "2022-01-11"),
        ("They gathered on Tuesday.", "en", "2022-01-11"),
        ("They gathered last Wednesday.", "en", "2022-01-05"),
        ("Кеше тұрғындар жиналды.", "kk", "2022-01-11"),
        ("Бүгүн жарандар чогулушту.", "ky", "2022-01-12"),
        ("Kecha aholi yig'ildi.", "uz", "2022-01-11"),
        ("Дирӯз сокинон ҷамъ шуданд.", "tg", "2022-01-11"),
        ("Рӯзи душанбе ҷамъ шуданд.", "tg", "2022-01-10"),
    ],
)
def test_relative_dates_resolve_from_publication(text, language, expected):
    [mention] = find_dates(text, language=language, published=WEDNESDAY)
    assert mention.relative and mention.value == expected and mention.precision == "day"


def test_relative_dates_need_a_publication_date():
    assert find_dates("Вчера люди вышли в понедельник.", language="ru", published=None) == []


def test_year_is_taken_from_publication_without_going_after_it():
    assert values("Пикет 20 декабря.", language="ru") == [("2021-12-20", "day")]
    assert values("Пикет 10 января.", language="ru") == [("2022-01-10", "day")]


def test_year_from_other_dates_in_text_when_unpublished():
    found = find_dates(
        "Суд 16 декабря 2011 года. А 17 декабря снова вышли.", language="ru", published=None
    )
    assert [(m.value, m.year_inferred) for m in found] == [
        ("2011-12-16", False),
        ("2011-12-17", True),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the lead's day comes before a later month of the stated year: it is the next year's news
        ("On 14 May hundreds rallied. The activist was killed in November 2021.",
         [("2022-05-14", True), ("2021-11", False)]),
        # across the turn of a year the nearer year wins, whichever comes first in the text
        ("The strike began on 17 December. Wages rise from January 2025.",
         [("2024-12-17", True), ("2025-01", False)]),
        ("In December 2021 prices doubled. On 5 January drivers blocked the road.",
         [("2021-12", False), ("2022-01-05", True)]),
        # a background date stated *before* the year-less day keeps its year
        ("In November 2021 the mine closed. On 14 May the workers rallied.",
         [("2021-11", False), ("2021-05-14", True)]),
        # a month or less apart: the same year
        ("On 14 May they rallied; by 20 June 2021 the demands were met.",
         [("2021-05-14", True), ("2021-06-20", False)]),
    ],
)
def test_year_less_day_beside_a_stated_month(text, expected):
    found = find_dates(text, language="en", published=None)
    assert [(m.value, m.year_inferred) for m in found] == expected


def test_no_year_invented():
    assert find_dates("Люди вышли 17 декабря.", language="ru", published=None) == []


def test_weekday_next_to_a_date_fixes_the_year():
    text = "Это было в 2019 году. В понедельник, 17 февраля, люди снова вышли."
    found = find_dates(text, language="ru", published=None)
    assert [(m.value, m.year_inferred) for m in found] == [("2019", False), ("2020-02-17", True)]


@pytest.mark.parametrize(
    "text",
    [
        "Около 200 человек, штраф 100 тысяч тенге, статья 174 часть 2.",
        "Звоните 8 701 123 45 67 или 87011234567.",
        "Protesters may march if they want; 5 mayors met.",
        "Рост на 12,5% за 2 дня.",
    ],
)
def test_numbers_that_are_not_dates(text):
    assert find_dates(text, language=None, published=WEDNESDAY) == []


def test_month_words_that_are_also_common_words_need_a_number():
    assert values("Қазан қайнап тұр, наурыз мерекесі.", language="kk") == []
    assert values("Ереуіл 5 қазанда басталды.", language="kk") == [("2021-10-05", "day")]


def test_reference_year_fills_in_when_the_text_states_none():
    text = "В понедельник, 17 февраля, люди вышли. Ещё раз 20 февраля."
    found = find_dates(text, language="ru", published=None, reference_year=2021)
    assert [(m.value, m.year_inferred) for m in found] == [
        ("2020-02-17", True),
        ("2021-02-20", True),
    ]
    assert find_dates(text, language="ru", published=None) == []


def test_publication_date_beats_reference_year():
    found = find_dates("Пикет 20 декабря.", language="ru", published=WEDNESDAY, reference_year=2030)
    assert [m.value for m in found] == ["2021-12-20"]


def test_deadlines_are_not_event_days():
    assert (
        find_dates(
            "Ответ обещали до пятницы, решение — к понедельнику, by Friday.",
            language=None,
            published=WEDNESDAY,
        )
        == []
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Забастовка шла 16–17 декабря 2011 года.", ("2011-12-16", "2011-12-16", "2011-12-17")),
        ("Акции прошли с 4 по 6 января 2022 года.", ("2022-01-04", "2022-01-04", "2022-01-06")),
        ("Rallies on December 16-17, 2011 were large.", ("2011-12-16", "2011-12-16", "2011-12-17")),
        ("It happened on the 16th of December 2011.", ("2011-12-16", "2011-12-16", None)),
        ("С 4 января 2022 года люди стояли.", ("2022-01-04", "2022-01-04", None)),
    ],
)
def test_day_ranges_give_first_and_last_day(text, expected):
    [mention] = find_dates(text, language=None, published=None)
    assert (mention.value, mention.value, mention.end_value) == expected
    assert mention.surface[0].isdigit() or mention.surface[0] in "сDI"
