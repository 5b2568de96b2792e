"""English: month, weekday and relative-day words.

Lower-case words and stems as the recogniser named in each slot's comment reads them;
see :mod:`protest_tracker.pipeline.lang` for the slots and how they are merged.
"""

from __future__ import annotations

#: (stem, month, needs a day or a year next to it); a stem takes any case suffix
MONTHS: tuple[tuple[str, int, bool], ...] = (
    ("january", 1, False), ("february", 2, False), ("march", 3, False), ("april", 4, False),
    ("may", 5, True), ("june", 6, False), ("july", 7, False), ("august", 8, False),
    ("september", 9, False), ("october", 10, False), ("november", 11, False),
    ("december", 12, False),
)

#: (stem, weekday with 0 = Monday)
WEEKDAYS: tuple[tuple[str, int], ...] = (
    ("monday", 0), ("tuesday", 1), ("wednesday", 2), ("thursday", 3), ("friday", 4),
    ("saturday", 5), ("sunday", 6),
)

#: relative day word -> days before publication
RELATIVE_DAYS: dict[str, int] = {
    "the day before yesterday": 2, "yesterday": 1, "today": 0, "tonight": 0, "this morning": 0,
}

#: 'last'/'past' before a weekday: the weekday strictly before publication
PAST_CUES: tuple[str, ...] = (
    "last", "past",
)

#: a verb of saying right before a date: the date is when it was said, not when people gathered
#: ("the authorities said on Monday", "заявили в понедельник")
SPEECH_BEFORE_DATE: tuple[str, ...] = (
    "said", "says", "told reporters", "told journalists", "reported", "announced", "stated", "confirmed",
    "added", "wrote",
)
