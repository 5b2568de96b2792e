"""Date phrase classes of Kazakh (Cyrillic, Latin, Arabic script), Kyrgyz, Uzbek, Tajik and
Turkmen, and the Russian/English forms added with them (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from protest_tracker.pipeline.dates.recognise import find_dates

SATURDAY = dt.date(2022, 8, 20)


def found(text: str, language: str, published: dt.date | None = SATURDAY) -> list[tuple[str, str, str]]:
    mentions = find_dates(text, language=language, published=published)
    for m in mentions:
        assert text[m.start : m.end] == m.surface
    return [(m.surface, m.value, m.precision) for m in mentions]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # Kazakh Latin alphabets (2018 acute, 2021 Turkic, Turkish-style) and Arabic script;
    # September lies within a month after publication, so it stays in 2022
        ("Jurt 2 qyrkýiekten beri jinalyp júr.", "kk", ("2 qyrkýiekten", "2022-09-02", "day")),
        ("Aktsiya 11-12 qırküyek künderi ötti.", "kk", ("11-12 qırküyek", "2022-09-11", "day")),
        ("Jumysshylar 3 şilde küni jinaldy.", "kk", ("3 şilde", "2022-07-03", "day")),
        ("Tūrǵyndar 7 mausym küni köşege şyqty.", "kk", ("7 mausym", "2022-06-07", "day")),
        ("Olar 5 qazanda alańǵa keldi.", "kk", ("5 qazanda", "2021-10-05", "day")),
        ("Jiyn 2 jeltoqsanda boldy.", "kk", ("2 jeltoqsanda", "2021-12-02", "day")),
        ("ادامدار 6 شىلدە كۇنى جينالدى", "kk", ("6 شىلدە", "2022-07-06", "day")),
        # Kazakh possessive-locative day endings
        ("Желтоқсанның 16-сында жұмысшылар тоқтады.", "kk", ("Желтоқсанның 16-сында", "2021-12-16", "day")),
        # Turkmen
        ("Ýaşaýjylar 5-nji iýulda ýygnandy.", "tk", ("5-nji iýulda", "2022-07-05", "day")),
        ("Iýulyň 9-ynda bazar ýapyldy.", "tk", ("Iýulyň 9-ynda", "2022-07-09", "day")),
        ("Sürüjiler 14-nji awgustda durdular.", "tk", ("14-nji awgustda", "2022-08-14", "day")),
        # Tajik ordinal ending
        ("Рӯзи 5-уми июл сокинон ҷамъ шуданд.", "tg", ("5-уми июл", "2022-07-05", "day")),
        # Kyrgyz, Uzbek and Tajik forms of "May"
        ("Шофёрлор 3-майга чейин күтүштү.", "ky", ("3-майга", "2022-05-03", "day")),
        ("Ишчилар 12 майдаги йиғилишда гапиришди.", "uz", ("12 майдаги", "2022-05-12", "day")),
        ("Эътироз 8 майи соли 2021 баргузор шуд.", "tg", ("8 майи соли 2021", "2021-05-08", "day")),
    ],
)
def test_day_month_spellings(text, language, expected):
    assert found(text, language) == [expected]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Наразылық мамыр айында басталды.", "kk", ("мамыр айында", "2022-05", "month")),
        ("Шахтёрлар қазан айының басында жиналды.", "kk", ("қазан айының", "2021-10", "month")),
        ("Митинг июль айында өттү.", "ky", ("июль айында", "2022-07", "month")),
        ("Namoyish may oyida bo'ldi.", "uz", ("may oyida", "2022-05", "month")),
        ("Ish tashlash 2021 yil mart oyida boshlangan.", "uz", ("2021 yil mart oyida", "2021-03", "month")),
        ("Ҳайдовчилар июнь ойида норози бўлди.", "uz", ("июнь ойида", "2022-06", "month")),
        ("Сокинон дар моҳи май ҷамъ омаданд.", "tg", ("май", "2022-05", "month")),
        ("Пикеты шли в начале мая.", "ru", ("мая", "2022-05", "month")),
    ],
)
def test_month_phrases_with_a_month_noun(text, language, expected):
    assert found(text, language) == [expected]


def test_month_noun_with_a_day_gives_the_day():
    assert found("Yig'ilish 2020 yil iyul oyining 5-kuni o'tdi.", "uz") == [
        ("2020 yil iyul oyining 5-kuni", "2020-07-05", "day")
    ]
    assert found("Savdogarlar iyul oyining 9-kuni to'planishdi.", "uz") == [
        ("iyul oyining 9-kuni", "2022-07-09", "day")
    ]


@pytest.mark.parametrize(
    ("text", "language", "first", "last"),
    [
        ("Пикеты прошли 10 и 11 января.", "ru", "2022-01-10", "2022-01-11"),
        ("They rallied on 3 and 4 March.", "en", "2022-03-03", "2022-03-04"),
        ("They rallied on March 3 and 4.", "en", "2022-03-03", "2022-03-04"),
        ("Жиындар 5 және 6 мамырда өтті.", "kk", "2022-05-05", "2022-05-06"),
        ("Митингдер 7 жана 8-июнда болду.", "ky", "2022-06-07", "2022-06-08"),
        ("Yig'inlar 9 va 10-iyun kunlari bo'ldi.", "uz", "2022-06-09", "2022-06-10"),
    ],
)
def test_two_days_of_one_month(text, language, first, last):
    [mention] = find_dates(text, language=language, published=SATURDAY)
    assert (mention.value, mention.end_value) == (first, last)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Участницы вчерашней акции пришли снова.", "ru", "2022-08-19"),
        ("Bugungi namoyishda yuzlab odam bor edi.", "uz", "2022-08-20"),
        ("Кешегі жиынға жүзге жуық адам келді.", "kk", "2022-08-19"),
        ("Jumysshylar bügin jinaldy.", "kk", "2022-08-20"),
        ("Belsendiler keşe alańǵa şyqty.", "kk", "2022-08-19"),
        ("Olar dúisenbi küni jinaldy.", "kk", "2022-08-15"),
        ("Ýaşaýjylar duşenbe güni ýygnandy.", "tk", "2022-08-15"),
        ("Сокинон парерӯз ҷамъ шуданд.", "tg", "2022-08-18"),
        ("Люди вышли 5-го числа.", "ru", "2022-08-05"),
        ("Люди вышли 25 числа.", "ru", "2022-07-25"),
    ],
)
def test_relative_phrases(text, language, expected):
    [mention] = find_dates(text, language=language, published=SATURDAY)
    assert mention.relative and mention.value == expected


@pytest.mark.parametrize(
    "text",
    [
        "На сегодняшний день ответа нет.",
        "Бүгінгі таңда бұл мәселе шешілмеген.",
        "Bugungi kunda vaziyat tinch.",
        "Зарплату платят до 5 числа каждого месяца.",
        "Qazan qaınap tūr.",
    ],
)
def test_idioms_and_deadlines_are_not_dates(text):
    assert find_dates(text, language=None, published=SATURDAY) == []


def test_a_day_just_after_publication_is_a_coming_day_of_that_year():
    # a rally announced for the coming week stays in 2022, not a year before
    assert found("Митинг назначен на 28 августа.", "ru") == [("28 августа", "2022-08-28", "day")]
    # further ahead than a month: last year's day
    assert found("Митинг прошёл 28 октября.", "ru") == [("28 октября", "2021-10-28", "day")]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Обновлено 09:30 24/03/2021, пикет у акимата.", "ru", ("24/03/2021", "2021-03-24", "day")),
        ("Posted 11/23/2020 by the desk.", "en", ("11/23/2020", "2020-11-23", "day")),
        ("Утром третье марта встретили на площади.", "ru", ("третье марта", "2022-03-03", "day")),
        ("С двадцать второго июня 2020 года рабочие бастуют.", "ru",
         ("двадцать второго июня 2020 года", "2020-06-22", "day")),
    ],
)
def test_slashed_dates_and_russian_ordinal_days(text, language, expected):
    assert found(text, language) == [expected]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a year with its year word before a span of days dates the span (the reference year is 2022)
        ("Namoyishlar 2019-yil 3-4-mart kunlari bo'ldi.", "uz", [("2019-yil 3-4-mart", "2019-03-03", "day")]),
        ("Жиындар 2018 жылғы 5-6 наурызда өтті.", "kk", [("2018 жылғы 5-6 наурызда", "2018-03-05", "day")]),
        ("Митингдер 2020-жылдын 7-8-мартында болду.", "ky", [("2020-жылдын 7-8-мартында", "2020-03-07", "day")]),
        # a Kyrgyz ordinal joined to "жана" (and) before the second day
        ("Дыйкандар 2020-жылы 9-жана 10-июнда чогулушту.", "ky",
         [("2020-жылы 9-жана 10-июнда", "2020-06-09", "day")]),
        # a year alone before a day and month is part of that date
        ("В 2019 году 5 мая прошел пикет.", "ru", [("В 2019 году 5 мая", "2019-05-05", "day")]),
        # a bare year that closes one date is not taken into the next (which takes the publication year)
        ("Шымкент, 6 маусым 2019  7 маусымда жиын болды.", "kk",
         [("6 маусым 2019", "2019-06-06", "day"), ("7 маусымда", "2022-06-07", "day")]),
    ],
)
def test_years_before_days(text: str, language: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, language) == expected
