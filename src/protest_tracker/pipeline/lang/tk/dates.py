"""Turkmen: month, weekday and relative-day words.

Lower-case words and stems as the recogniser named in each slot's comment reads them;
see :mod:`protest_tracker.pipeline.lang` for the slots and how they are merged.
"""

from __future__ import annotations

#: (stem, month, needs a day or a year next to it); a stem takes any case suffix
MONTHS: tuple[tuple[str, int, bool], ...] = (
    ("ýanwar", 1, False), ("fewral", 2, False), ("maý", 5, True), ("iýun", 6, False),
    ("iýul", 7, False), ("awgust", 8, False), ("sentýabr", 9, False), ("oktýabr", 10, False),
    ("noýabr", 11, False),
)

#: (stem, weekday with 0 = Monday)
WEEKDAYS: tuple[tuple[str, int], ...] = (
    ("duşenbe", 0), ("sişenbe", 1), ("çarşenbe", 2), ("penşenbe", 3), ("anna güni", 4),
    ("şenbe", 5), ("ýekşenbe", 6),
)

#: relative day word -> days before publication
RELATIVE_DAYS: dict[str, int] = {
    "bu gün": 0, "düýn": 1,
}

#: 'last'/'past' before a weekday: the weekday strictly before publication
PAST_CUES: tuple[str, ...] = (
    "geçen",
)

#: a verb of saying right before a date: the date is when it was said, not when people gathered
#: ("the authorities said on Monday", "заявили в понедельник")
SPEECH_BEFORE_DATE: tuple[str, ...] = ()
