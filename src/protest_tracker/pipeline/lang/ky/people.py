"""Kyrgyz: the words around people's names and the shapes of names.

Title cues are Lexicon fragments for folded text (``~`` ends a stem); endings and namesake
words are lower-case. See :mod:`protest_tracker.pipeline.people` for how they are read.
"""

from __future__ import annotations

#: role -> titles and descriptions that stand before a name
PERSON_TITLES: dict[str, tuple[str, ...]] = {
    "organiser": ("уюштуруучу~", "демилгечи~", "лидер~", "жетекчи~"),
    "participant": ("активист~", "катышуучу~", "тургун~", "жашоочу~", "нааразы~"),
    "detainee": ("кармалган~", "камалган~", "камакка алынган~"),
    "official": ("аким~", "депутат~", "министр~", "президент~", "мэр~", "төрага~", "башчы~", "прокурор~"),
    "honorific": ("журналист~", "блогер~", "укук коргоочу~", "адвокат~"),
}

#: honorifics that follow a name ("Бекназаров мырза")
TITLES_AFTER_NAME: tuple[str, ...] = ("мырза", "айым", "эже", "байке", "агай")

#: patronymic words and endings (Азамат уулу, Айгүл кызы)
PATRONYMIC_ENDINGS: tuple[str, ...] = ("уулу", "кызы", "uulu", "kyzy")

#: endings of surnames in the nominative
SURNAME_ENDINGS: tuple[str, ...] = ("ов", "ова", "ев", "ева", "ин", "ина", "ov", "ova", "ev", "eva")

#: case endings after a name
NAME_CASE_ENDINGS: tuple[str, ...] = (
    "дын", "дин", "дун", "дүн", "тын", "тин", "тун", "түн", "нын", "нин", "нун", "нүн", "га", "ге", "го",
    "гө", "ка", "ке", "ко", "кө", "ны", "ни", "ну", "нү", "ды", "ди", "ду", "дү", "ты", "ти", "ту", "тү",
    "дан", "ден", "дон", "дөн", "тан", "тен", "тон", "төн", "нан", "нен", "менен",
)

#: stems of words that make a neighbouring name a street, place or institution (Чүй проспектиси),
#: and capitalised words that are never a person's name
NAMESAKE_WORDS: tuple[str, ...] = (
    "көчө", "проспект", "бульвар", "атындагы", "аянт", "мектеп",
)

#: stems of capitalised words that are never a person's name (institutions, countries)
NON_NAME_WORDS: tuple[str, ...] = (
    "айыл", "район", "облус", "шаар", "жогорку", "кеңеш", "кенеш", "кыргызстан", "мэрия",
    "акимчилик",
)
