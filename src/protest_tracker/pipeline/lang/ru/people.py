"""Russian: the words around people's names (titles, honorifics) and the shapes of names.

Title cues are Lexicon fragments for folded text (``~`` ends a stem); endings and namesake
words are lower-case. See :mod:`protest_tracker.pipeline.people` for how they are read.
"""

from __future__ import annotations

#: role -> titles and descriptions that stand before a name ("организатор акции Ерлан …")
PERSON_TITLES: dict[str, tuple[str, ...]] = {
    "organiser": ("организатор~", "организовавш~", "инициатор~", "лидер~", "координатор~",
                  "возглавля~", "возглавивш~", "зачинщик~"),
    "participant": ("активист~", "участни~", "протестующ~", "митингующ~", "пикетчи~", "демонстрант~",
                    "бастующ~", "голодающ~", "жител~", "пенсионер~", "студент~", "оппозиционер~",
                    "многодетн~ мат~", "рабоч~"),
    "detainee": ("задержанн~", "арестованн~", "осужденн~", "политзаключенн~", "обвиняем~",
                 "подозреваем~", "фигурант~"),
    "official": ("аким~", "хоким~", "депутат~", "министр~", "мэр~", "губернатор~", "президент~",
                 "премьер~", "замести~", "начальни~", "пресс-секретар~", "представител~", "спикер~",
                 "прокурор~", "судь~", "следовател~", "полицейск~", "глав~ (?:района|города|области)"),
    "honorific": ("господин~", "госпож~", "гражданин~", "гражданк~", "журналист~", "блогер~",
                  "правозащитни~", "адвокат~", "юрист~", "политик~", "бизнесмен~", "предпринимател~",
                  "мать", "матери", "отец", "отца", "брат~", "сестр~", "вдов~", "родственни~", "сын~"),
}

#: honorifics that follow a name: none in Russian (a known gap)
TITLES_AFTER_NAME: tuple[str, ...] = ()

#: endings of one-word patronymics
PATRONYMIC_ENDINGS: tuple[str, ...] = ("ович", "евич", "ьич", "овна", "евна", "ична", "инична")

#: endings of surnames in the nominative (a case ending may follow: NAME_CASE_ENDINGS)
#: (not -ский/-ская: in Central Asian news those are place adjectives — Алматинская область;
#: natasha finds the Russian surnames of that shape)
SURNAME_ENDINGS: tuple[str, ...] = ("ов", "ова", "ев", "ева", "ёв", "ёва", "ин", "ина", "ын", "ына")

#: case endings a declined surname takes after its nominative form
NAME_CASE_ENDINGS: tuple[str, ...] = ("а", "у", "ым", "ом", "е", "ой", "ою", "ы", "ых", "ыми", "им")

#: stems of words that make a neighbouring name a street or a place (улица Абая,
#: имени Сатпаева), and capitalised words that are never a person's name
NAMESAKE_WORDS: tuple[str, ...] = (
    "рынок", "рынк", "базар", "мечет", "стадион",
    "улиц", "ул", "проспект", "пр", "просп", "площад", "пл", "бульвар", "переул", "пер",
    "микрорайон", "мкр", "имени", "им", "университет", "фонд", "памятник", "монумент", "мавзоле",
    "аэропорт", "шоссе", "трасс", "парк", "сквер", "набережн",
)

#: stems of capitalised words that are never a person's name (institutions, countries, platforms)
NON_NAME_WORDS: tuple[str, ...] = (
    "полиц", "район", "поселок", "поселк", "село", "селе", "аул", "станци", "город", "област",
    "мажилис", "сенат", "парламент", "жогорку", "кенеш", "олий", "маджлис", "верховн", "совет",
    "республик", "казахстан", "кыргызстан", "киргиз", "узбекистан", "таджикистан", "туркменистан",
    "росси", "украин", "киев", "палестин", "аргентин", "берлин", "пекин", "кремл", "федерац",
    "кита", "америк", "европ", "министерств", "акимат", "хокимият", "генпрокуратур", "мвд", "кнб",
    "гкнб", "снб", "бог", "аллах", "коран", "интернет", "телеграм", "фейсбук", "инстаграм", "ютуб",
    "тикток", "ватсап",
)
