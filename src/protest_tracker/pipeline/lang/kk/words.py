"""Kazakh: number and crowd-size words, settlement words.

Written for folded text (lower case, ё→е, ``'`` for every apostrophe). Cue fragments follow
:mod:`protest_tracker.pipeline.lexicon` (``~`` ends a stem, a space matches a run of spaces);
see :mod:`protest_tracker.pipeline.lang` for the slots and how they are merged.
"""

from __future__ import annotations

#: number word -> value ('*' ends a stem)
NUMBER_WORDS: dict[str, int] = {
    "бір": 1, "екі": 2, "бес": 5, "алты": 6, "жеті": 7, "сегіз": 8, "тоғыз": 9, "он": 10,
    "жиырма": 20, "отыз": 30, "қырық": 40, "елу": 50, "алпыс": 60, "жетпіс": 70, "сексен": 80,
    "тоқсан": 90, "мың": 1000,
}

#: thousand/hundred words -> factor
MULTIPLIERS: dict[str, int] = {
    "мың*": 1000,
}

#: vague quantity -> (low, high)
VAGUE_QUANTITIES: dict[str, tuple[int | None, int | None]] = {
    "он мыңдаған": (20000, None), "мыңдаған": (2000, None), "бірнеше мың": (2000, None),
    "бірнеше жүз": (200, None), "ондаған": (20, None), "бірнеше ондаған": (20, None),
    "бірнеше": (3, 9),
}

#: nouns that make a number a crowd
PEOPLE_NOUNS: tuple[str, ...] = (
    "адам*", "кісі*", "тұрғын*", "жұмысшы*", "наразы*", "белсенді*", "әйел*", "ана", "аналар*",
    "қатысушы*", "мұнайшы*", "азамат*", "жұрт*", "туыс*", "кенші*",
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
    "жуық", "шамасында",
)

#: 'more than' after a number
SIZE_MORE_AFTER: tuple[str, ...] = (
    "астам", "артық",
)

#: 'up to' after a number
SIZE_UPTO_AFTER: tuple[str, ...] = (
    "дейін",
)

#: words that introduce a village or district (folded prefixes)
SETTLEMENT_WORDS: tuple[str, ...] = (
    "аудан",
)
