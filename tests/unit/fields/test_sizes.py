"""Crowd sizes: digits, number words and vague quantities in six languages; not money or days."""

from __future__ import annotations

import pytest

from protest_tracker.pipeline.sizes.recognise import SizeMention, find_sizes


def sizes(text: str, language: str | None = None) -> list[tuple[int | None, int | None]]:
    return [(m.low, m.high) for m in find_sizes(text, language=language)]


def test_mention_covers_qualifier_number_and_noun():
    text = "У акимата стояли около 200 человек с плакатами."
    [mention] = find_sizes(text, language="ru")
    assert isinstance(mention, SizeMention)
    assert text[mention.start : mention.end] == mention.surface == "около 200 человек"
    assert (mention.low, mention.high, mention.noun) == (200, 200, "человек")


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Пришли более 300 жителей.", "ru", (300, None)),
        ("Собралось до 50 активистов.", "ru", (None, 50)),
        ("Было несколько десятков женщин.", "ru", (20, None)),
        ("Десятки людей ждали.", "ru", (20, None)),
        ("Сотни протестующих шли.", "ru", (200, None)),
        ("Несколько тысяч человек стояли.", "ru", (2000, None)),
        ("Десятки тысяч граждан вышли.", "ru", (20000, None)),
        ("Около 2 тыс. человек пришли.", "ru", (2000, 2000)),
        ("Пришли от 200 до 300 жителей.", "ru", (200, 300)),
        ("Пришли 200–300 человек.", "ru", (200, 300)),
        ("Примерно 1 000 человек пришли.", "ru", (1000, 1000)),
        ("Около двухсот человек собрались.", "ru", (200, 200)),
        ("Пятеро вышли с плакатами.", "ru", (5, 5)),
        ("About 20 people gathered.", "en", (20, 20)),
        ("Dozens of protesters marched.", "en", (20, None)),
        ("Hundreds of residents came.", "en", (200, None)),
        ("Several thousand workers struck.", "en", (2000, None)),
        ("Tens of thousands of people rallied.", "en", (20000, None)),
        ("More than 1,000 people signed up and came.", "en", (1000, None)),
        ("Up to 300 demonstrators blocked it.", "en", (None, 300)),
        ("A dozen women stood there.", "en", (12, 12)),
        ("Two dozen mothers waited.", "en", (24, 24)),
        ("Five women held a banner.", "en", (5, 5)),
        ("A handful of activists stayed.", "en", (3, 10)),
        ("200-ден астам адам жиналды.", "kk", (200, None)),
        ("Ондаған тұрғын шықты.", "kk", (20, None)),
        ("Жүздеген адам келді.", "kk", (200, None)),
        ("Мыңдаған жұмысшы ереуілге шықты.", "kk", (2000, None)),
        ("Шамамен 100 адам болды.", "kk", (100, 100)),
        ("Жүздөгөн адам чогулду.", "ky", (200, None)),
        ("100дөн ашык киши келди.", "ky", (100, None)),
        ("Yuzlab kishi to'plandi.", "uz", (200, None)),
        ("O'nlab odam keldi.", "uz", (20, None)),
        ("Minglab fuqaro chiqdi.", "uz", (2000, None)),
        ("100 dan ortiq kishi yig'ildi.", "uz", (100, None)),
        ("Беш аз 100 нафар ҷамъ омаданд.", "tg", (100, None)),
    ],
)
def test_sizes(text, language, expected):
    assert sizes(text, language) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Штраф составил 100 тысяч тенге.",
        "Им дали 15 суток ареста, срок 5 лет.",
        "Дорога длиной 20 км, цены выросли на 30%.",
        "Ответ дадут через 5 рабочих дней.",
        "In 2021 the price rose by 40 percent over 10 days.",
        "Он сказал, что люди недовольны.",
        "They protested on punishing citizens.",
        "Квартира площадью 50 квадратных метров.",
    ],
)
def test_numbers_that_are_not_crowds(text):
    assert find_sizes(text, language=None) == []


def test_several_mentions_in_order():
    text = "Сначала пришли 30 человек, к вечеру — уже сотни жителей."
    assert sizes(text, "ru") == [(30, 30), (200, None)]


def test_people_noun_must_belong_to_the_same_phrase():
    assert sizes("Of the 13 detained, 13 were activists.", "en") == []
    assert sizes("Пришли 40 и ещё люди подошли.", "ru") == []


def test_single_person_picket_is_a_crowd_of_one():
    text = "Активистка вышла на одиночный пикет; later a single-person picket followed."
    assert sizes(text, None) == [(1, 1), (1, 1)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a hundred and a thousand in the Turkic dative and ablative, before "nearly" / "over"
        ("Әкімдік алдына екі жүзге жуық адам жиналды.", "kk", (200, 200)),
        ("Алаңға мыңнан астам адам келді.", "kk", (1000, None)),
        ("Жиынға үш жүз адам қатысты.", "kk", (300, 300)),
        ("Жүздеген тұрғын жолды жапты.", "kk", (200, None)),
        ("Zauyt aumaghynda 200-den astam adam jinaldy.", "kk", (200, None)),
        ("Мэриянын алдына эки жүзгө жакын киши чогулду.", "ky", (200, 200)),
        ("Ҳокимият олдига икки юзга яқин одам йиғилди.", "uz", (200, 200)),
        ("Бинога 500 га яқин тарафдори келди.", "uz", (500, 500)),
        ("Bir necha yuzlab aholi yo'lni to'sdi.", "uz", (200, None)),
        # Russian "сотни / тысячи" after a qualifier: one hundred / thousand, not hundreds / thousands
        ("У мэрии собралось больше сотни людей.", "ru", (100, None)),
        ("На площадь пришли около тысячи человек.", "ru", (1000, 1000)),
        ("More than 50 protestors gathered outside.", "en", (50, None)),
    ],
)
def test_case_forms_and_genitive_units(text, language, expected):
    assert sizes(text, language) == [expected]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Видео 8NmNcZinE Жители города вышли на улицы.", "ru"),  # digits inside a video code
        ("Акция началась в 8 утра, жители пришли к мэрии.", "ru"),  # a time of day
        ("Мақсатты жүзеге асыру үшін адамдар жиналды.", "kk"),  # "жүзеге асыру": to carry out
    ],
)
def test_codes_hours_and_homonyms_are_no_crowd(text, language):
    assert sizes(text, language) == []
