"""Tajik: month, weekday and relative-day words.

Lower-case words and stems as the recogniser named in each slot's comment reads them;
see :mod:`protest_tracker.pipeline.lang` for the slots and how they are merged.
"""

from __future__ import annotations

#: (stem, month, needs a day or a year next to it); a stem takes any case suffix
MONTHS: tuple[tuple[str, int, bool], ...] = ()

#: (stem, weekday with 0 = Monday)
WEEKDAYS: tuple[tuple[str, int], ...] = (
    ("сешанбе", 1), ("чоршанбе", 2), ("панҷшанбе", 3), ("ҷумъа", 4), ("шанбе", 5), ("якшанбе", 6),
)

#: relative day word -> days before publication
RELATIVE_DAYS: dict[str, int] = {
    "дирӯз": 1, "имрӯз": 0, "дируз": 1, "имруз": 0, "парерӯз": 2,
}

#: 'last'/'past' before a weekday: the weekday strictly before publication
PAST_CUES: tuple[str, ...] = (
    "гузашта",
)

#: a verb of saying right before a date: the date is when it was said, not when people gathered
#: ("the authorities said on Monday", "заявили в понедельник")
SPEECH_BEFORE_DATE: tuple[str, ...] = ()
