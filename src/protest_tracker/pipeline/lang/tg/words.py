"""Tajik: number and crowd-size words, settlement and venue words.

Lower-case words and stems as the recogniser named in each slot's comment reads them;
see :mod:`protest_tracker.pipeline.lang` for the slots and how they are merged.
"""

from __future__ import annotations

#: number word -> value ('*' ends a stem)
NUMBER_WORDS: dict[str, int] = {
    "ду": 2, "се": 3, "чор": 4, "панҷ": 5, "шаш": 6, "ҳафт": 7, "ҳашт": 8, "нӯҳ": 9, "даҳ": 10,
    "бист": 20, "сӣ": 30, "чил": 40, "панҷоҳ": 50, "сад": 100, "ҳазор": 1000,
}

#: thousand/hundred words -> factor
MULTIPLIERS: dict[str, int] = {
    "ҳазор": 1000,
}

#: vague quantity -> (low, high)
VAGUE_QUANTITIES: dict[str, tuple[int | None, int | None]] = {
    "даҳҳо ҳазор": (20000, None), "ҳазорҳо": (2000, None), "садҳо": (200, None),
    "даҳҳо": (20, None), "якчанд": (3, 9),
}

#: nouns that make a number a crowd
PEOPLE_NOUNS: tuple[str, ...] = (
    "сокин*", "коргар*", "зан", "занон", "модар*", "фаъол*", "шаҳрванд*",
)

#: nouns that make a number no crowd
NOT_PEOPLE_NOUNS: tuple[str, ...] = (
    "сомони",
)

#: 'about' before a number
SIZE_ABOUT_BEFORE: tuple[str, ...] = (
    "тақрибан", "қариб", "наздики",
)

#: 'more than' before a number
SIZE_MORE_BEFORE: tuple[str, ...] = (
    "беш аз", "зиёда аз", "бештар аз",
)

#: 'up to' before a number
SIZE_UPTO_BEFORE: tuple[str, ...] = (
    "то",
)

#: 'about' after a number
SIZE_ABOUT_AFTER: tuple[str, ...] = ()

#: 'more than' after a number
SIZE_MORE_AFTER: tuple[str, ...] = (
    "зиёд",
)

#: 'up to' after a number
SIZE_UPTO_AFTER: tuple[str, ...] = ()

#: words that introduce a village or district (folded prefixes)
SETTLEMENT_WORDS: tuple[str, ...] = (
    "деҳа", "деха", "деҳаи", "ҷамоат", "жамоат",
)

#: venue label -> patterns over raw text, case-insensitive; {china}, {russia}, {usa} stand for FOREIGN_STATE_NAMES merged across languages (see fields.venue_words)
VENUE_WORDS: dict[str, tuple[str, ...]] = {
    "embassy": (
        r"сафорат\w*",
    ),
    "parliament": (
        "Маҷлиси Олӣ",
    ),
    "ministry": (
        r"вазорат\w*",
    ),
    "hokimiyat": (
        r"(?:хокимият|ҳокимият)\w*",
    ),
    "street": (
        r"кӯча\w*",
    ),
}

#: names of foreign states whose missions are protest venues (regex alternatives)
FOREIGN_STATE_NAMES: dict[str, tuple[str, ...]] = {}

#: country code -> patterns over lower-cased raw text naming that republic's embassy or
#: consulate (izofa: "сафорати Тоҷикистон дар Маскав"): a protest there is held abroad
HOME_MISSIONS: dict[str, tuple[str, ...]] = {
    "KZ": (r"(?:сафорат|консулгар)\w* (?:ҷумҳурии )?қазоқистон",),
    "KG": (r"(?:сафорат|консулгар)\w* (?:ҷумҳурии )?қирғизистон",),
    "TJ": (r"(?:сафорат|консулгар)\w* (?:ҷумҳурии )?тоҷикистон",),
    "UZ": (r"(?:сафорат|консулгар)\w* (?:ҷумҳурии )?(?:ӯзбекистон|узбекистон)",),
    "TM": (r"(?:сафорат|консулгар)\w* туркманистон",),
}
