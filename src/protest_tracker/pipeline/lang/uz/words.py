"""Uzbek: number and crowd-size words, settlement and venue words.

Lower-case words and stems as the recogniser named in each slot's comment reads them;
see :mod:`protest_tracker.pipeline.lang` for the slots and how they are merged.
"""

from __future__ import annotations

#: number word -> value ('*' ends a stem)
NUMBER_WORDS: dict[str, int] = {
    "ikki": 2, "uch": 3, "tort": 4, "besh": 5, "olti": 6, "yetti": 7, "sakkiz": 8, "toqqiz": 9,
    "on": 10, "yigirma": 20, "ottiz": 30, "qirq": 40, "ellik": 50, "oltmish": 60, "yetmish": 70,
    "sakson": 80, "toqson": 90, "yuz": 100, "ming": 1000,
    "икки": 2, "тўрт": 4, "беш": 5, "олти": 6, "етти": 7, "саккиз": 8, "тўққиз": 9, "ўн": 10,
    "йигирма": 20, "ўттиз": 30, "қирқ": 40, "эллик": 50, "олтмиш": 60, "етмиш": 70, "саксон": 80,
    "тўқсон": 90, "юз": 100, "минг": 1000,
    # a hundred and a thousand in the dative and ablative, before "yaqin" (nearly) and "ortiq" (over)
    "yuzga": 100, "yuzdan": 100, "mingdan": 1000, "юзга": 100, "юздан": 100, "мингга": 1000,
    "мингдан": 1000,
}

#: thousand/hundred words -> factor
MULTIPLIERS: dict[str, int] = {
    "ming": 1000, "mingga": 1000, "минг": 1000, "мингга": 1000,
}

#: vague quantity -> (low, high)
VAGUE_QUANTITIES: dict[str, tuple[int | None, int | None]] = {
    "on minglab": (20000, None), "minglab": (2000, None), "yuzlab": (200, None),
    "onlab": (20, None), "bir necha": (3, 9), "ўн минглаб": (20000, None), "минглаб": (2000, None),
    "юзлаб": (200, None), "ўнлаб": (20, None),
    "bir necha yuz": (200, None), "bir necha yuzlab": (200, None), "bir necha ming": (2000, None),
    "bir necha minglab": (2000, None), "бир неча юз": (200, None), "бир неча юзлаб": (200, None),
    "бир неча минг": (2000, None), "бир неча минглаб": (2000, None), "бир неча": (3, 9),
}

#: nouns that make a number a crowd
PEOPLE_NOUNS: tuple[str, ...] = (
    "kishi*", "odam*", "nafar", "aholi*", "fuqaro*", "ishchi*", "ayol*", "ona", "onalar*", "faol*",
    "namoyishchi*", "ishtirokchi*", "talaba*", "одам*", "нафар", "аҳоли*", "фуқаро*", "ишчи*",
    "аёл*", "tarafdor*", "тарафдор*", "намойишчи*", "иштирокчи*", "талаба*", "фаол*",
)

#: nouns that make a number no crowd
NOT_PEOPLE_NOUNS: tuple[str, ...] = (
    "yil*", "kun*", "soat*", "foiz*",
)

#: 'about' before a number
SIZE_ABOUT_BEFORE: tuple[str, ...] = (
    "taxminan", "qariyb", "тақрибан", "қариб", "тахминан",
)

#: 'more than' before a number
SIZE_MORE_BEFORE: tuple[str, ...] = (
    "kamida",
)

#: 'up to' before a number
SIZE_UPTO_BEFORE: tuple[str, ...] = ()

#: 'about' after a number
SIZE_ABOUT_AFTER: tuple[str, ...] = (
    "yaqin", "яқин",
)

#: 'more than' after a number
SIZE_MORE_AFTER: tuple[str, ...] = (
    "ortiq", "ortiq", "kop", "ортиқ", "кўпроқ", "koproq",
)

#: 'up to' after a number
SIZE_UPTO_AFTER: tuple[str, ...] = (
    "gacha", "гача",
)

#: words that introduce a village or district (folded prefixes)
SETTLEMENT_WORDS: tuple[str, ...] = (
    "qishlo", "қишлоқ", "кишлок", "tuman", "туман", "махал", "mahall",
)

#: venue label -> patterns over raw text, case-insensitive; {china}, {russia}, {usa} stand for FOREIGN_STATE_NAMES merged across languages (see fields.venue_words)
VENUE_WORDS: dict[str, tuple[str, ...]] = {
    "Chinese consulate": (
        r"{china} (?:bosh )?konsulxona\w*",
    ),
    "Chinese embassy": (
        r"{china} elchixona\w*",
    ),
    "Russian embassy": (
        r"{russia} elchixona\w*",
    ),
    "embassy": (
        r"elchixona\w*",
    ),
    "consulate": (
        r"konsulxona\w*",
    ),
    "parliament": (
        r"Олий Мажлис\w*",
    ),
    "ministry": (
        r"vazirlig\w*",
    ),
    "hokimiyat": (
        r"hokimiyat\w*", r"hokimlig\w*", r"ҳукумат\w*", r"hukumat\w*",
    ),
    "regional administration": (
        r"(?:regional|provincial|district|local) (?:administration|government building|governor'?s office)\w*",
    ),
    "Independence Square": (
        r"Mustaqillik maydon\w*",
    ),
    "Amir Temur Square": (
        "Amir Temur (?:Square|xiyoboni)",
    ),
    "central square": (
        r"markaziy maydon\w*",
    ),
    "square": (
        r"maydon\w*", "square(?! (?:met|kilomet|feet|foot|km|miles))", r"майдон\w*",
    ),
    "police station": (
        r"police (?:station|department|headquarters)\w*",
    ),
    "factory": (
        r"zavod\w*",
    ),
    "highway": (
        r"avtomagistral\w*",
    ),
    "street": (
        r"ko'cha\w*",
    ),
    "park": (
        "bog'i",
    ),
    "party headquarters": (
        "(?:party|campaign) (?:headquarters|office)",
    ),
}

#: names of foreign states whose missions are protest venues (regex alternatives)
FOREIGN_STATE_NAMES: dict[str, tuple[str, ...]] = {
    "china": (
        "Xitoy", "Хитой",
    ),
    "russia": (
        "Rossiya",
    ),
    "usa": (
        "AQSH",
    ),
}

#: country code -> patterns over lower-cased raw text naming that republic's embassy or
#: consulate ("O‘zbekistonning Moskvadagi elchixonasi"), Latin and Cyrillic: a protest there is held abroad
HOME_MISSIONS: dict[str, tuple[str, ...]] = {
    "KZ": (r"qozog[’'‘ʻ`]?iston(?:ning)? (?:[\w’'‘ʻ`-]+ )?(?:elchixona|konsulxona|konsullig)\w*",
           r"қозоғистон(?:нинг)? (?:[\w-]+ )?(?:элчихона|консулхона|консуллиг)\w*"),
    "KG": (r"qirg[’'‘ʻ`]?iziston(?:ning)? (?:[\w’'‘ʻ`-]+ )?(?:elchixona|konsulxona|konsullig)\w*",
           r"қирғизистон(?:нинг)? (?:[\w-]+ )?(?:элчихона|консулхона|консуллиг)\w*"),
    "TJ": (r"tojikiston(?:ning)? (?:[\w’'‘ʻ`-]+ )?(?:elchixona|konsulxona|konsullig)\w*",
           r"тожикистон(?:нинг)? (?:[\w-]+ )?(?:элчихона|консулхона|консуллиг)\w*"),
    "UZ": (r"o[’'‘ʻ`]?zbekiston(?:ning)? (?:[\w’'‘ʻ`-]+ )?(?:elchixona|konsulxona|konsullig)\w*",
           r"ўзбекистон(?:нинг)? (?:[\w-]+ )?(?:элчихона|консулхона|консуллиг)\w*"),
    "TM": (r"turkmaniston(?:ning)? (?:[\w’'‘ʻ`-]+ )?(?:elchixona|konsulxona|konsullig)\w*",
           r"туркманистон(?:нинг)? (?:[\w-]+ )?(?:элчихона|консулхона|консуллиг)\w*"),
}
