"""Kyrgyz: number and crowd-size words, settlement words.

Written for folded text (lower case, ё→е, ``'`` for every apostrophe). Cue fragments follow
:mod:`protest_tracker.pipeline.lexicon` (``~`` ends a stem, a space matches a run of spaces);
see :mod:`protest_tracker.pipeline.lang` for the slots and how they are merged.
"""

from __future__ import annotations

#: number word -> value ('*' ends a stem)
NUMBER_WORDS: dict[str, int] = {
    "үш": 3, "төрт": 4, "жүз": 100, "бир": 1, "эки": 2, "үч": 3, "беш": 5, "жети": 7, "сегиз": 8,
    "тогуз": 9, "жыйырма": 20, "отуз": 30, "кырк": 40, "элүү": 50, "алтымыш": 60, "жетимиш": 70,
    "токсон": 90, "миң": 1000,
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
