"""Uzbek: month, weekday and relative-day words.

Lower-case words and stems as the recogniser named in each slot's comment reads them;
see :mod:`protest_tracker.pipeline.lang` for the slots and how they are merged.
"""

from __future__ import annotations

#: (stem, month, needs a day or a year next to it); a stem takes any case suffix
MONTHS: tuple[tuple[str, int, bool], ...] = (
    ("yanvar", 1, False), ("fevral", 2, False), ("mart", 3, True), ("aprel", 4, False),
    ("iyun", 6, False), ("iyul", 7, False), ("avgust", 8, False), ("sentabr", 9, False),
    ("sentyabr", 9, False), ("oktabr", 10, False), ("oktyabr", 10, False), ("noyabr", 11, False),
    ("dekabr", 12, False),
)

#: (stem, weekday with 0 = Monday)
WEEKDAYS: tuple[tuple[str, int], ...] = (
    ("dushanba", 0), ("seshanba", 1), ("chorshanba", 2), ("payshanba", 3), ("juma kuni", 4),
    ("shanba", 5), ("yakshanba", 6), ("душанба", 0), ("сешанба", 1), ("чоршанба", 2),
    ("пайшанба", 3), ("жума куни", 4), ("шанба", 5), ("якшанба", 6),
)

#: relative day word -> days before publication
RELATIVE_DAYS: dict[str, int] = {
    "kecha": 1, "bugun": 0, "кеча": 1, "бугун": 0,
}

#: 'last'/'past' before a weekday: the weekday strictly before publication
PAST_CUES: tuple[str, ...] = (
    "o'tgan", "o‘tgan", "ўтган",
)

#: a verb of saying right before a date: the date is when it was said, not when people gathered
#: ("the authorities said on Monday", "заявили в понедельник")
SPEECH_BEFORE_DATE: tuple[str, ...] = ()
