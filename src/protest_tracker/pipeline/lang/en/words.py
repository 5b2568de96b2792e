"""English: number and crowd-size words, settlement words.

Written for folded text (lower case, ё→е, ``'`` for every apostrophe). Cue fragments follow
:mod:`protest_tracker.pipeline.lexicon` (``~`` ends a stem, a space matches a run of spaces);
see :mod:`protest_tracker.pipeline.lang` for the slots and how they are merged.
"""

from __future__ import annotations

#: number word -> value ('*' ends a stem)
NUMBER_WORDS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "thousand": 1000, "a hundred": 100, "a thousand": 1000,
}

#: thousand/hundred words -> factor
MULTIPLIERS: dict[str, int] = {
    "thousand": 1000, "hundred": 100, "dozen": 12,
}

#: vague quantity -> (low, high)
VAGUE_QUANTITIES: dict[str, tuple[int | None, int | None]] = {
    "tens of thousands": (20000, None), "hundreds of thousands": (200000, None),
    "several thousand": (2000, None), "a few thousand": (2000, None), "thousands": (2000, None),
    "several hundred": (200, None), "a few hundred": (200, None), "hundreds": (200, None),
    "several dozen": (20, None), "a few dozen": (20, None), "dozens": (20, None),
    "two dozen": (24, 24), "a dozen": (12, 12), "a handful": (3, 10), "several": (3, 9),
    "a few": (3, 9), "a group of": (3, None), "a crowd of": (20, None), "scores": (20, None),
}

#: nouns that make a number a crowd
PEOPLE_NOUNS: tuple[str, ...] = (
    "people", "person", "persons", "protester*", "demonstrator*", "resident*", "worker*", "women",
    "woman", "men", "man", "mothers", "mother", "relative*", "activist*", "participant*",
    "supporter*", "student*", "villager*", "miner*", "employee*", "driver*", "trader*", "vendor*",
    "farmer*", "pensioner*", "citizen*", "locals", "parents", "youths", "individuals", "picketer*",
    "striker*", "members", "families", "ralliers", "marchers", "teachers", "doctors", "debtors",
    "veterans", "opponents", "shareholders", "investors",
)

#: nouns that make a number no crowd
NOT_PEOPLE_NOUNS: tuple[str, ...] = (
    "tenge", "som", "soms", "dollar*", "year*", "day*", "hour*", "minute*", "km", "kilomet*",
    "percent", "per", "somoni", "ton*", "hectare*", "article*", "times", "house*", "apartment*",
)

#: 'about' before a number
SIZE_ABOUT_BEFORE: tuple[str, ...] = (
    "about", "around", "approximately", "roughly", "some", "nearly", "almost", "close to",
    "an estimated", "estimated",
)

#: 'more than' before a number
SIZE_MORE_BEFORE: tuple[str, ...] = (
    "more than", "over", "at least", "upwards of", "in excess of",
)

#: 'up to' before a number
SIZE_UPTO_BEFORE: tuple[str, ...] = (
    "up to", "as many as",
)

#: 'about' after a number
SIZE_ABOUT_AFTER: tuple[str, ...] = ()

#: 'more than' after a number
SIZE_MORE_AFTER: tuple[str, ...] = ()

#: 'up to' after a number
SIZE_UPTO_AFTER: tuple[str, ...] = ()

#: words that introduce a village or district (folded prefixes)
SETTLEMENT_WORDS: tuple[str, ...] = (
    "village", "town", "settlement", "district",
)
