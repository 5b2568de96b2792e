"""Kazakh: number and crowd-size words, settlement and venue words.

Lower-case words and stems as the recogniser named in each slot's comment reads them;
see :mod:`protest_tracker.pipeline.lang` for the slots and how they are merged.
"""

from __future__ import annotations

#: number word -> value ('*' ends a stem)
NUMBER_WORDS: dict[str, int] = {
    "бір": 1, "екі": 2, "үш": 3, "төрт": 4, "бес": 5, "алты": 6, "жеті": 7, "сегіз": 8, "тоғыз": 9,
    "он": 10, "жиырма": 20, "отыз": 30, "қырық": 40, "елу": 50, "алпыс": 60, "жетпіс": 70,
    "сексен": 80, "тоқсан": 90, "мың": 1000,
    # a hundred and a thousand in the dative and ablative, before "жуық" (nearly) and "астам" (over)
    "жүз": 100, "жүзге": 100, "жүзден": 100, "мыңға": 1000, "мыңнан": 1000,
}

#: thousand/hundred words -> factor
MULTIPLIERS: dict[str, int] = {
    "мың*": 1000,
}

#: vague quantity -> (low, high)
VAGUE_QUANTITIES: dict[str, tuple[int | None, int | None]] = {
    "он мыңдаған": (20000, None), "мыңдаған": (2000, None), "бірнеше мың": (2000, None),
    "жүздеген": (200, None), "бірнеше жүздеген": (200, None),
    "бірнеше жүз": (200, None), "ондаған": (20, None), "бірнеше ондаған": (20, None),
    "бірнеше": (3, 9),
}

#: nouns that make a number a crowd
PEOPLE_NOUNS: tuple[str, ...] = (
    "адам*", "кісі*", "тұрғын*", "жұмысшы*", "наразы*", "белсенді*", "әйел*", "ана", "аналар*",
    "қатысушы*", "мұнайшы*", "азамат*", "жұрт*", "туыс*", "кенші*",
    "adam*", "kisi*",
)

#: nouns that make a number no crowd
NOT_PEOPLE_NOUNS: tuple[str, ...] = (
    "жыл*", "теңге*", "сағат*", "пайыз*",
)

#: 'about' before a number
SIZE_ABOUT_BEFORE: tuple[str, ...] = (
    "шамамен", "шамасы",
)

#: 'more than' before a number
SIZE_MORE_BEFORE: tuple[str, ...] = (
    "кем дегенде", "кеминде",
)

#: 'up to' before a number
SIZE_UPTO_BEFORE: tuple[str, ...] = ()

#: 'about' after a number
SIZE_ABOUT_AFTER: tuple[str, ...] = (
    "жуық", "шамасында", "jýyq", "juyq",
)

#: 'more than' after a number
SIZE_MORE_AFTER: tuple[str, ...] = (
    "астам", "артық", "astam",
)

#: 'up to' after a number
SIZE_UPTO_AFTER: tuple[str, ...] = (
    "дейін",
)

#: words that introduce a village or district (folded prefixes)
SETTLEMENT_WORDS: tuple[str, ...] = (
    "аудан",
)

#: venue label -> patterns over raw text, case-insensitive; {china}, {russia}, {usa} stand for FOREIGN_STATE_NAMES merged across languages (see fields.venue_words)
VENUE_WORDS: dict[str, tuple[str, ...]] = {
    "Chinese consulate": (
        r"{china} (?:бас )?консулдығ\w*",
    ),
    "Chinese embassy": (
        r"{china} елшілі\w*",
    ),
    "Russian embassy": (
        r"{russia} елшілі\w*",
    ),
    "US embassy": (
        r"{usa} елшілі\w*",
    ),
    "embassy": (
        r"елшілі\w*",
    ),
    "consulate": (
        r"консулдығ\w*",
    ),
    "Ak Orda": (
        r"Ақорда\w*", r"Ақ Орда\w*",
    ),
    "Government House": (
        r"Үкімет үй\w*",
    ),
    "presidential administration": (
        r"Президент әкімшілі\w*",
    ),
    "GKNB building": (
        "(?-i:ГКНБ|КНБ|ҰҚК|УКМК|GKNB|KNB|ДХДА|СГБ)",
    ),
    "ministry": (
        r"министрлі\w*",
    ),
    "akimat": (
        r"әкімдік\w*", r"әкімдіг\w*", r"әкімшілі\w*", r"akimdik\w*", r"облыстық әкімдік\w*",
        r"аудандық әкімдік\w*",
    ),
    "Old Square": (
        r"Ескі алаң\w*",
    ),
    "Republic Square": (
        r"Республика алаң\w*",
    ),
    "Independence Square": (
        r"Тәуелсіздік алаң\w*",
    ),
    "central square": (
        r"орталық алаң\w*",
    ),
    "square": (
        r"алаң\w*",
    ),
    "court": (
        "сот|сотқа|сотта|соты|сотының|сотына|сотында|сотынан",
    ),
    "police station": (
        r"полиция бөлім\w*",
    ),
    "oil field": (
        r"мұнай кен орн\w*", r"мұнай-газ кен орн\w*",
    ),
    "deposit": (
        r"кен орн\w*",
    ),
    "mine": (
        r"кеніш\w*",
    ),
    "factory": (
        r"зауыт\w*",
    ),
    "highway": (
        r"тас жол\w*", r"автожол\w*",
    ),
    "railway": (
        r"темір жол\w*",
    ),
    "bridge": (
        r"көпір\w*",
    ),
    "street": (
        r"көше\w*", r"даңғыл\w*",
    ),
    "airport": (
        r"әуежай\w*",
    ),
    "park": (
        r"саябақ\w*",
    ),
    "monument": (
        r"ескерткіш\w*",
    ),
}

#: names of foreign states whose missions are protest venues (regex alternatives)
FOREIGN_STATE_NAMES: dict[str, tuple[str, ...]] = {
    "china": (
        "Қытай(?:дың)?", "ҚХР",
    ),
    "russia": (
        "Ресей(?:дің)?",
    ),
    "usa": (
        "АҚШ",
    ),
}

#: country code -> patterns over lower-cased raw text naming that republic's embassy or
#: consulate ("Қазақстанның Мәскеудегі елшілігі"): a protest there is held abroad
HOME_MISSIONS: dict[str, tuple[str, ...]] = {
    "KZ": (r"қазақстан(?:ның)? (?:[\w-]+ )?(?:елшілі|консулдығ|бас консулдығ)\w*",
           r"qazaqstan(?:nyñ|nyn|nıñ)? (?:[\w-]+ )?(?:elşilig|elshilig|elşılıg|konsuldyǵ|konsuldyg)\w*"),
    "KG": (r"қырғызстан(?:ның)? (?:[\w-]+ )?(?:елшілі|консулдығ)\w*",),
    "TJ": (r"тәжікстан(?:ның)? (?:[\w-]+ )?(?:елшілі|консулдығ)\w*",),
    "UZ": (r"өзбекстан(?:ның)? (?:[\w-]+ )?(?:елшілі|консулдығ)\w*",),
    "TM": (r"түрікменстан(?:ның)? (?:[\w-]+ )?(?:елшілі|консулдығ)\w*",),
}
