"""Turkmen: number and crowd-size words, settlement and venue words.

Lower-case words and stems as the recogniser named in each slot's comment reads them;
see :mod:`protest_tracker.pipeline.lang` for the slots and how they are merged.
"""

from __future__ import annotations

#: number word -> value ('*' ends a stem)
NUMBER_WORDS: dict[str, int] = {}

#: thousand/hundred words -> factor
MULTIPLIERS: dict[str, int] = {}

#: vague quantity -> (low, high)
VAGUE_QUANTITIES: dict[str, tuple[int | None, int | None]] = {}

#: nouns that make a number a crowd
PEOPLE_NOUNS: tuple[str, ...] = ()

#: nouns that make a number no crowd
NOT_PEOPLE_NOUNS: tuple[str, ...] = ()

#: 'about' before a number
SIZE_ABOUT_BEFORE: tuple[str, ...] = ()

#: 'more than' before a number
SIZE_MORE_BEFORE: tuple[str, ...] = ()

#: 'up to' before a number
SIZE_UPTO_BEFORE: tuple[str, ...] = ()

#: 'about' after a number
SIZE_ABOUT_AFTER: tuple[str, ...] = ()

#: 'more than' after a number
SIZE_MORE_AFTER: tuple[str, ...] = ()

#: 'up to' after a number
SIZE_UPTO_AFTER: tuple[str, ...] = ()

#: words that introduce a village or district (folded prefixes)
SETTLEMENT_WORDS: tuple[str, ...] = ()

#: venue label -> patterns over raw text, case-insensitive; {china}, {russia}, {usa} stand for FOREIGN_STATE_NAMES merged across languages (see fields.venue_words)
VENUE_WORDS: dict[str, tuple[str, ...]] = {}

#: names of foreign states whose missions are protest venues (regex alternatives)
FOREIGN_STATE_NAMES: dict[str, tuple[str, ...]] = {}

#: country code -> patterns naming that republic's embassy or consulate (not written: no tk articles yet)
HOME_MISSIONS: dict[str, tuple[str, ...]] = {}
