"""Russian: month, weekday and relative-day words.

Lower-case words and stems as the recogniser named in each slot's comment reads them;
see :mod:`protest_tracker.pipeline.lang` for the slots and how they are merged.
"""

from __future__ import annotations

#: (stem, month, needs a day or a year next to it); a stem takes any case suffix
MONTHS: tuple[tuple[str, int, bool], ...] = (
    ("январ", 1, False), ("феврал", 2, False), ("март", 3, False), ("апрел", 4, False),
    ("ма", 5, True), ("июн", 6, False), ("июл", 7, False), ("август", 8, False),
    ("сентябр", 9, False), ("сентабр", 9, False), ("октябр", 10, False), ("октабр", 10, False),
    ("ноябр", 11, False), ("декабр", 12, False),
)

#: (stem, weekday with 0 = Monday)
WEEKDAYS: tuple[tuple[str, int], ...] = (
    ("понедельник", 0), ("вторник", 1), ("среду", 2), ("среда", 2), ("четверг", 3), ("пятниц", 4),
    ("суббот", 5), ("воскресень", 6),
)

#: relative day word -> days before publication
RELATIVE_DAYS: dict[str, int] = {
    "позавчера": 2, "вчера": 1, "сегодня": 0, "нынче": 0,
}

#: 'last'/'past' before a weekday: the weekday strictly before publication
PAST_CUES: tuple[str, ...] = (
    "прошл", "минувш",
)

#: a verb of saying right before a date: the date is when it was said, not when people gathered
#: ("the authorities said on Monday", "заявили в понедельник")
SPEECH_BEFORE_DATE: tuple[str, ...] = (
    "заявил", "заявила", "заявили", "сообщил", "сообщила", "сообщили", "рассказал", "рассказала",
    "рассказали", "отметил", "отметила", "отметили", "подтвердил", "подтвердила", "подтвердили",
)
