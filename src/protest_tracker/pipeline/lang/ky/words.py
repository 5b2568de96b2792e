"""Kyrgyz: number and crowd-size words, settlement and venue words.

Lower-case words and stems as the recogniser named in each slot's comment reads them;
see :mod:`protest_tracker.pipeline.lang` for the slots and how they are merged.
"""

from __future__ import annotations

#: number word -> value ('*' ends a stem)
NUMBER_WORDS: dict[str, int] = {
    "үш": 3, "төрт": 4, "жүз": 100, "бир": 1, "эки": 2, "үч": 3, "беш": 5, "жети": 7, "сегиз": 8,
    "тогуз": 9, "жыйырма": 20, "отуз": 30, "кырк": 40, "элүү": 50, "алтымыш": 60, "жетимиш": 70,
    "токсон": 90, "миң": 1000,
    # a hundred and a thousand in the dative and ablative, before "жакын" (nearly) and "ашык" (over)
    "жүзгө": 100, "жүздөн": 100, "миңге": 1000, "миңден": 1000,
}

#: thousand/hundred words -> factor
MULTIPLIERS: dict[str, int] = {
    "миң*": 1000,
}

#: vague quantity -> (low, high)
VAGUE_QUANTITIES: dict[str, tuple[int | None, int | None]] = {
    "жүздеген": (200, None), "он миңдеген": (20000, None), "миңдеген": (2000, None),
    "бир нече миң": (2000, None), "жүздөгөн": (200, None), "бир нече жүз": (200, None),
    "ондогон": (20, None), "бир нече ондогон": (20, None), "бир нече": (3, 9),
}

#: nouns that make a number a crowd
PEOPLE_NOUNS: tuple[str, ...] = (
    "киши*", "тургун*", "жумушчу*", "нааразы*", "аял", "аялдар*", "эне", "энелер*", "катышуучу*",
    "жаран*",
)

#: nouns that make a number no crowd
NOT_PEOPLE_NOUNS: tuple[str, ...] = (
    "күн*",
)

#: 'about' before a number
SIZE_ABOUT_BEFORE: tuple[str, ...] = (
    "болжол менен",
)

#: 'more than' before a number
SIZE_MORE_BEFORE: tuple[str, ...] = ()

#: 'up to' before a number
SIZE_UPTO_BEFORE: tuple[str, ...] = ()

#: 'about' after a number
SIZE_ABOUT_AFTER: tuple[str, ...] = (
    "жакын", "чамалуу", "чамасында",
)

#: 'more than' after a number
SIZE_MORE_AFTER: tuple[str, ...] = (
    "ашык", "ашуун", "көп",
)

#: 'up to' after a number
SIZE_UPTO_AFTER: tuple[str, ...] = (
    "чейин", "дейре",
)

#: words that introduce a village or district (folded prefixes)
SETTLEMENT_WORDS: tuple[str, ...] = (
    "айыл", "кыштак",
)

#: venue label -> patterns over raw text, case-insensitive; {china}, {russia}, {usa} stand for FOREIGN_STATE_NAMES merged across languages (see fields.venue_words)
VENUE_WORDS: dict[str, tuple[str, ...]] = {
    "Chinese consulate": (
        r"{china} (?:башкы )?консулдуг\w*",
    ),
    "Chinese embassy": (
        r"{china} элчилиг\w*",
    ),
    "Russian embassy": (
        r"{russia} элчилиг\w*",
    ),
    "US embassy": (
        r"{usa} элчилиг\w*",
    ),
    "embassy": (
        r"элчилиг\w*",
    ),
    "consulate": (
        r"консулдуг\w*",
    ),
    "White House": (
        r"(?-i:Ак үй\w*)",
    ),
    "Jogorku Kenesh": (
        r"Жогорку Кеңеш\w*", r"Жогорку Кенеш\w*",
    ),
    "Government House": (
        r"Өкмөт үй\w*",
    ),
    "presidential administration": (
        r"Президенттин администрация\w*",
    ),
    "ministry": (
        r"министрлиг\w*",
    ),
    "akimat": (
        r"акимчилиг\w*", r"акимчилик\w*",
    ),
    "ayil okmotu": (
        r"айыл өкмөт\w*",
    ),
    "city administration": (
        r"шаардык мэрия\w*",
    ),
    "regional administration": (
        r"облусттук администрация\w*", r"райондук администрация\w*",
    ),
    "Ala-Too Square": (
        r"Ала-?Тоо аянт\w*",
    ),
    "central square": (
        r"борбордук аянт\w*",
    ),
    "square": (
        r"аянт\w*",
    ),
    "police station": (
        r"милиция бөлүм\w*", r"ички иштер бөлүм\w*",
    ),
    "oil field": (
        r"нефт[иь] кен\w*",
    ),
    "deposit": (
        r"кен орд\w*",
    ),
    "mine": (
        r"кенич\w*",
    ),
    "railway": (
        r"темир жол\w*",
    ),
    "bridge": (
        r"көпүр\w*",
    ),
    "street": (
        r"көчө\w*",
    ),
    "monument": (
        r"эстелик\w*",
    ),
}

#: names of foreign states whose missions are protest venues (regex alternatives)
FOREIGN_STATE_NAMES: dict[str, tuple[str, ...]] = {
    "china": (
        "Кытай(?:дын)?",
    ),
    "russia": (
        "Орусия(?:нын)?",
    ),
    "usa": (
        "АКШ",
    ),
}

#: country code -> patterns over lower-cased raw text naming that republic's embassy or
#: consulate ("Кыргызстандын Москвадагы элчилиги"; not "Кыргызстандагы элчилиги", an embassy in it)
HOME_MISSIONS: dict[str, tuple[str, ...]] = {
    "KZ": (r"казакстан(?:дын)? (?:[\w-]+ )?(?:элчилиг|консулдуг)\w*",),
    "KG": (r"кыргызстан(?:дын)? (?:[\w-]+ )?(?:элчилиг|консулдуг)\w*",),
    "TJ": (r"тажикстан(?:дын)? (?:[\w-]+ )?(?:элчилиг|консулдуг)\w*",),
    "UZ": (r"өзбекстан(?:дын)? (?:[\w-]+ )?(?:элчилиг|консулдуг)\w*",),
    "TM": (r"түркмөнстан(?:дын)? (?:[\w-]+ )?(?:элчилиг|консулдуг)\w*",),
}
