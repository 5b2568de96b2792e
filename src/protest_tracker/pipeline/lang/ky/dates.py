"""Kyrgyz: month, weekday and relative-day words.

Lower-case words and stems as the recogniser named in each slot's comment reads them;
see :mod:`protest_tracker.pipeline.lang` for the slots and how they are merged.
"""

from __future__ import annotations

#: (stem, month, needs a day or a year next to it); a stem takes any case suffix
MONTHS: tuple[tuple[str, int, bool], ...] = (
    ("үчтүн айы", 1, True), ("бирдин айы", 2, True), ("жалган куран", 3, True),
    ("чын куран", 4, True), ("бугу", 5, True), ("кулжа", 6, True), ("теке", 7, True),
    ("баш оона", 8, True), ("аяк оона", 9, True), ("тогуздун айы", 10, True),
    ("жетинин айы", 11, True), ("бештин айы", 12, True),
)

#: (stem, weekday with 0 = Monday)
WEEKDAYS: tuple[tuple[str, int], ...] = (
    ("дүйшөмбү", 0), ("шейшемби", 1), ("шаршемби", 2), ("бейшемби", 3), ("жума күнү", 4),
    ("ишемби", 5), ("жекшемби", 6),
)

#: relative day word -> days before publication
RELATIVE_DAYS: dict[str, int] = {
    "мурдагы күнү": 2, "кечээ": 1, "бүгүн": 0,
}

#: 'last'/'past' before a weekday: the weekday strictly before publication
PAST_CUES: tuple[str, ...] = (
    "өткөн",
)

#: a verb of saying right before a date: the date is when it was said, not when people gathered
#: ("the authorities said on Monday", "заявили в понедельник")
SPEECH_BEFORE_DATE: tuple[str, ...] = ()
