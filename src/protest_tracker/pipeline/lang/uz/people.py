"""Uzbek (Latin and Cyrillic): the words around people's names and the shapes of names.

Title cues are Lexicon fragments for folded text (``~`` ends a stem; every apostrophe folds to
``'``); endings and namesake words are lower-case. See :mod:`protest_tracker.pipeline.people`.
"""

from __future__ import annotations

#: role -> titles and descriptions that stand before a name
PERSON_TITLES: dict[str, tuple[str, ...]] = {
    "organiser": ("tashkilotchi~", "tashabbuskor~", "yetakchi~", "ташкилотчи~", "ташаббускор~", "етакчи~"),
    "participant": ("faol~", "ishtirokchi~", "yashovchi~", "фаол~", "иштирокчи~", "яшовчи~"),
    "detainee": ("hibsga olingan~", "ushlangan~", "ҳибсга олинган~", "ушланган~"),
    "official": ("hokim~", "xokim~", "deputat~", "vazir~", "prezident~", "rais~", "prokuror~", "ҳоким~",
                 "хоким~", "депутат~", "вазир~", "президент~", "раис~", "прокурор~"),
    "honorific": ("janob~", "jurnalist~", "bloger~", "huquq himoyachi~", "advokat~", "жаноб~",
                  "журналист~", "блогер~", "ҳуқуқ ҳимоячи~", "адвокат~"),
}

#: honorifics that follow a name ("Karimov aka")
TITLES_AFTER_NAME: tuple[str, ...] = ("aka", "opa", "xonim", "ака", "опа", "хоним")

#: patronymic words (Rustam o'g'li, Dilnoza qizi) and endings (Akramovich)
PATRONYMIC_ENDINGS: tuple[str, ...] = ("o'g'li", "og'li", "ogli", "qizi", "ўғли", "угли", "қизи", "ovich",
                                       "evich", "ovna", "evna")

#: endings of surnames in the nominative
SURNAME_ENDINGS: tuple[str, ...] = ("ov", "ova", "ev", "eva", "yev", "yeva", "ов", "ова", "ев", "ева",
                                    "ёв", "ёва")

#: case endings after a name
NAME_CASE_ENDINGS: tuple[str, ...] = ("ning", "ga", "ka", "qa", "ni", "dan", "da", "нинг", "га", "ка", "қа",
                                      "ни", "дан", "да")

#: stems of words that make a neighbouring name a street, place or institution (Navoiy ko'chasi,
#: Alisher Navoiy nomidagi), and capitalised words that are never a person's name
NAMESAKE_WORDS: tuple[str, ...] = (
    "ko'cha", "kocha", "mahalla", "maydon", "nomidagi", "shoh", "кўча", "маҳалла", "майдон",
    "номидаги",
)

#: stems of capitalised words that are never a person's name (institutions, countries)
NON_NAME_WORDS: tuple[str, ...] = (
    "tuman", "viloyat", "shahar", "туман", "вилоят", "шаҳар", "oliy", "majlis", "senat",
    "o'zbekiston", "ozbekiston", "олий", "мажлис", "ўзбекистон", "hokimiyat", "ҳокимият",
)
