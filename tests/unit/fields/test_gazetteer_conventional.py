"""Conventional English names: what the gazetteer outputs is the name readers (and scorers) expect."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "expected"), [
    ("Protesters gathered in Khorugh.", "Khorog"),
    ("Хорог шаарында митинг болду.", "Khorog"),
    ("Жаңы-Өзөн шаарында тургундар чогулушту.", "Zhanaozen"),
    ("В Чиланзаре прошел пикет.", "Tashkent"),
    ("Residents of Shahrisabz blocked a road.", "Shahrisabz"),
    ("В Вахдате жители вышли к хукумату.", "Vahdat"),
])
def test_conventional_names(gazetteer, text, expected):
    assert expected in [m.place.city for m in gazetteer.find(text)]


@pytest.mark.parametrize(("row", "expected"), [
    # GeoNames' Uzbek district-seat records: "<name> Shahri" (town of <name>), the Russian name
    # as "Gorod <name>" among the alternates; made-up rows in GeoNames' shape
    ({"name": "Tinchlik Shahri", "asciiname": "Tinchlik Shahri",
      "alternatenames": ["Tinchlik Shahri", "Gorod Tinchlik"]}, "Tinchlik"),
    ({"name": "Yangiyo‘l Shahri", "asciiname": "Yangiyo`l Shahri",
      "alternatenames": ["Gorod Yangiyul'", "Yangiyo`l Shahri"]}, "Yangiyul"),
    ({"name": "Xonqa Shaharchasi", "asciiname": "Xonqa Shaharchasi",
      "alternatenames": ["Khonqa", "Xonqa"]}, "Khonqa"),
    ({"name": "Olmazor Qishlog‘i", "asciiname": "Olmazor Qishlogi", "alternatenames": []}, "Olmazor"),
])
def test_uzbek_seat_records_lose_their_administrative_word(build_scripts, row, expected):
    from gazetteer_sources import english_city_name, uzbek_town_name

    assert uzbek_town_name(row) == expected
    assert english_city_name(row) == expected


def test_other_names_keep_the_russian_rule(build_scripts):
    from gazetteer_sources import english_city_name, uzbek_town_name

    row = {"name": "Qarshi", "asciiname": "Qarshi", "alternatenames": ["Karshi", "Карши"]}
    assert uzbek_town_name(row) is None
    assert english_city_name(row) == "Karshi"
    # a word that only looks like an administrative word inside a name is left alone
    assert uzbek_town_name({"name": "Shahrisabz", "asciiname": "Shahrisabz", "alternatenames": []}) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("Kungrad tumanida aholi yig'ildi.", "Kungrad"),
    ("Жители Пенджикента вышли к хукумату.", "Panjakent"),
    ("Residents of Panjakent gathered.", "Panjakent"),
])
def test_seat_towns_and_panjakent_are_named_conventionally(gazetteer, text, expected):
    assert expected in [m.place.city for m in gazetteer.find(text)]
