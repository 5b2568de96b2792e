"""Uzbek: number and crowd-size words, settlement words.

Written for folded text (lower case, ё→е, ``'`` for every apostrophe). Cue fragments follow
:mod:`protest_tracker.pipeline.lexicon` (``~`` ends a stem, a space matches a run of spaces);
see :mod:`protest_tracker.pipeline.lang` for the slots and how they are merged.
"""

from __future__ import annotations

#: number word -> value ('*' ends a stem)
NUMBER_WORDS: dict[str, int] = {
    "ikki": 2, "uch": 3, "tort": 4, "besh": 5, "olti": 6, "yetti": 7, "sakkiz": 8, "toqqiz": 9,
    "on": 10, "yigirma": 20, "ottiz": 30, "qirq": 40, "ellik": 50, "oltmish": 60, "yetmish": 70,
    "sakson": 80, "toqson": 90, "yuz": 100, "ming": 1000,
}

#: thousand/hundred words -> factor
MULTIPLIERS: dict[str, int] = {
    "ming": 1000, "mingga": 1000,
}

#: vague quantity -> (low, high)
VAGUE_QUANTITIES: dict[str, tuple[int | None, int | None]] = {
    "on minglab": (20000, None), "minglab": (2000, None), "yuzlab": (200, None),
    "onlab": (20, None), "bir necha": (3, 9), "ўн минглаб": (20000, None), "минглаб": (2000, None),
    "юзлаб": (200, None), "ўнлаб": (20, None),
}

#: nouns that make a number a crowd
PEOPLE_NOUNS: tuple[str, ...] = (
    "kishi*", "odam*", "nafar", "aholi*", "fuqaro*", "ishchi*", "ayol*", "ona", "onalar*", "faol*",
    "namoyishchi*", "ishtirokchi*", "talaba*", "одам*", "нафар", "аҳоли*", "фуқаро*", "ишчи*",
    "аёл*",
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
