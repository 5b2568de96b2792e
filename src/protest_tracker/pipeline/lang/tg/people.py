"""Tajik: the words around people's names and the shapes of names.

Title cues are Lexicon fragments for folded text (``~`` ends a stem); endings and namesake
words are lower-case. See :mod:`protest_tracker.pipeline.people` for how they are read.
"""

from __future__ import annotations

#: role -> titles and descriptions that stand before a name (раиси ноҳия …, фаъол …)
PERSON_TITLES: dict[str, tuple[str, ...]] = {
    "organiser": ("ташкилотчӣ~", "ташкилотчи~", "ташаббускор~", "роҳбар~", "пешво~"),
    "participant": ("фаъол~", "иштирокчӣ~", "иштирокчи~", "сокин~", "эътирозгар~"),
    "detainee": ("боздошт~", "ҳабс~"),
    "official": ("раис~", "вакил~", "вазир~", "президент~", "прокурор~", "ҳоким~"),
    "honorific": ("ҷаноби", "хонум~", "хабарнигор~", "журналист~", "блогер~", "ҳуқуқдон~", "адвокат~"),
}

#: honorifics that follow a name ("Раҳимов ака")
TITLES_AFTER_NAME: tuple[str, ...] = ("ака", "хоним", "хонум", "муаллим")

#: patronymic endings (Tajik writes patronymics the Russian way)
PATRONYMIC_ENDINGS: tuple[str, ...] = ("ович", "евич", "овна", "евна")

#: endings of surnames in the nominative (Раҳмонзода, Шарифиён)
SURNAME_ENDINGS: tuple[str, ...] = ("зода", "заде", "иён", "пур", "ов", "ова", "ев", "ева", "zoda",
                                    "zade", "iyon")

#: endings after a name (object marker -ро, izofat -и)
NAME_CASE_ENDINGS: tuple[str, ...] = ("ро", "и")

#: stems of words that make a neighbouring name a street, place or institution (кӯчаи Рӯдакӣ,
#: ба номи …), and capitalised words that are never a person's name
NAMESAKE_WORDS: tuple[str, ...] = (
    "кӯча", "хиёбон", "майдон", "номи", "маҳалла",
)

#: stems of capitalised words that are never a person's name (institutions, countries)
NON_NAME_WORDS: tuple[str, ...] = (
    "ноҳия", "деҳа", "вилоят", "шаҳр", "шаҳрак", "маҷлис", "тоҷикистон", "ҳукумат",
)
