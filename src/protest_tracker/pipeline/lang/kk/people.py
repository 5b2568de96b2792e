"""Kazakh (Cyrillic and Latin): the words around people's names and the shapes of names.

Title cues are Lexicon fragments for folded text (``~`` ends a stem); endings and namesake
words are lower-case. See :mod:`protest_tracker.pipeline.people` for how they are read.
"""

from __future__ import annotations

#: role -> titles and descriptions that stand before a name
PERSON_TITLES: dict[str, tuple[str, ...]] = {
    "organiser": ("ұйымдастырушы~", "ұйымдастырған~", "бастамашы~", "жетекші~", "көшбасшы~",
                  "uiymdastyrushy~", "uıymdastyrýshy~", "bastamashy~", "jetekshi~"),
    "participant": ("белсенді~", "қатысушы~", "тұрғын~", "зейнеткер~", "belsendi~", "qatysýshy~",
                    "qatysushy~", "turgyn~", "tūrgyn~"),
    "detainee": ("ұсталған~", "қамалған~", "ustalgan~", "ustalğan~"),
    "official": ("әкім~", "депутат~", "министр~", "президент~", "төраға~", "басшы~", "прокурор~",
                 "судья~", "полицей~", "äkim~", "akim~", "deputat~", "mınıstr~", "ministr~", "prezident~"),
    "honorific": ("журналист~", "блогер~", "құқық қорғаушы~", "адвокат~", "заңгер~", "jýrnalist~",
                  "jurnalist~", "bloger~", "advokat~"),
}

#: honorifics that follow a name ("Жақсылықов мырза")
TITLES_AFTER_NAME: tuple[str, ...] = ("мырза", "ханым", "апай", "ағай", "myrza", "mırza", "hanym", "hanym")

#: patronymic words and endings (Жақсылықұлы, Ерланқызы, Erlan uly)
PATRONYMIC_ENDINGS: tuple[str, ...] = ("ұлы", "қызы", "улы", "кызы", "uly", "ulı", "qyzy", "qızı", "kyzy")

#: endings of surnames in the nominative
SURNAME_ENDINGS: tuple[str, ...] = ("ов", "ова", "ев", "ева", "ин", "ина", "ov", "ova", "ev", "eva", "in",
                                    "ina")

#: case endings after a name (genitive, dative, accusative, ablative, instrumental, locative)
NAME_CASE_ENDINGS: tuple[str, ...] = (
    "тың", "тің", "дың", "дің", "ның", "нің", "қа", "ке", "ға", "ге", "ты", "ті", "ды", "ді", "ны", "ні",
    "тан", "тен", "дан", "ден", "нан", "нен", "пен", "бен", "мен", "та", "те", "да", "де",
    "tyń", "tiń", "dyń", "diń", "nyń", "niń", "tyn", "tin", "dyn", "din", "nyn", "nin", "qa", "ke", "ga",
    "ge", "ty", "ti", "dy", "di", "ny", "ni", "tan", "ten", "dan", "den", "nan", "nen", "pen", "ben", "men",
)

#: stems of words that make a neighbouring name a street, place or institution (Абай даңғылы,
#: Сәтбаев атындағы), and capitalised words that are never a person's name
NAMESAKE_WORDS: tuple[str, ...] = (
    "көше", "даңғыл", "алаң", "атындағы", "мектеп", "шағынаудан", "köshe", "dańǵyl", "daŋğyl",
    "alań", "atyndagy", "atyndağy",
)

#: stems of capitalised words that are never a person's name (institutions, countries)
NON_NAME_WORDS: tuple[str, ...] = (
    "ауыл", "аудан", "облыс", "қала", "aýyl", "auyl", "aýdan", "audan", "oblys", "qala", "мәжіліс",
    "сенат", "парламент", "қазақстан", "ақорда", "әкімдік", "mäjilis", "qazaqstan", "akimdik",
)
