"""Kazakh: month, weekday and relative-day words.

Lower-case words and stems as the recogniser named in each slot's comment reads them;
see :mod:`protest_tracker.pipeline.lang` for the slots and how they are merged.
"""

from __future__ import annotations

#: (stem, month, needs a day or a year next to it); a stem takes any case suffix
MONTHS: tuple[tuple[str, int, bool], ...] = (
    ("қаңтар", 1, False), ("ақпан", 2, False), ("наурыз", 3, True), ("сәуір", 4, False),
    ("мамыр", 5, False), ("маусым", 6, False), ("шілде", 7, False), ("тамыз", 8, False),
    ("қыркүйек", 9, False), ("қазан", 10, True), ("қараша", 11, True), ("желтоқсан", 12, False),
    ("qańtar", 1, False), ("qantar", 1, False), ("qañtar", 1, False), ("qaŋtar", 1, False),
    ("qan'tar", 1, False), ("aqpan", 2, False), ("nauryz", 3, True), ("naýryz", 3, True),
    ("naurız", 3, True), ("nawrız", 3, True), ("sáýir", 4, False), ("säuir", 4, False),
    ("säuır", 4, False), ("sáuir", 4, False), ("sauir", 4, False), ("sa'uir", 4, False),
    ("säwir", 4, False), ("sәuir", 4, False), ("mamyr", 5, False), ("mamır", 5, False),
    ("maýsym", 6, False), ("mausym", 6, False), ("mausım", 6, False), ("mawsım", 6, False),
    ("shilde", 7, False), ("şilde", 7, False), ("şılde", 7, False), ("s'ilde", 7, False),
    ("tamyz", 8, False), ("tamız", 8, False), ("qyrkúiek", 9, False), ("qyrküiek", 9, False),
    ("qyrkýiek", 9, False), ("qyrkúıek", 9, False), ("qyrküıek", 9, False), ("qırküyek", 9, False),
    ("qyrkuiek", 9, False), ("qyrku'iek", 9, False), ("qazan", 10, True), ("qaraşa", 11, True),
    ("qarasha", 11, True), ("qaras'a", 11, True), ("jeltoqsan", 12, False), ("قاڭتار", 1, False),
    ("اقپان", 2, False), ("ناۋرىز", 3, True), ("ساۋىر", 4, False), ("مامىر", 5, False),
    ("ماۋسىم", 6, False), ("شىلدە", 7, False), ("تامىز", 8, False), ("قىركۇيەك", 9, False),
    ("قازان", 10, True), ("قاراشا", 11, True), ("جەلتوقسان", 12, False),
)

#: (stem, weekday with 0 = Monday)
WEEKDAYS: tuple[tuple[str, int], ...] = (
    ("дүйсенбі", 0), ("сейсенбі", 1), ("сәрсенбі", 2), ("бейсенбі", 3), ("жұма күні", 4),
    ("сенбі", 5), ("жексенбі", 6), ("жұма", 4), ("dúisenbi", 0), ("düisenbi", 0), ("düysenbi", 0),
    ("duisenbi", 0), ("seisenbi", 1), ("seysenbi", 1), ("sársenbi", 2), ("särsenbi", 2),
    ("sarsenbi", 2), ("beisenbi", 3), ("beysenbi", 3), ("júma", 4), ("jūma", 4), ("juma küni", 4),
    ("senbi", 5), ("jeksenbi", 6),
)

#: relative day word -> days before publication
RELATIVE_DAYS: dict[str, int] = {
    "алдыңғы күні": 2, "кеше": 1, "бүгін": 0, "bügin": 0, "búgin": 0, "bugin": 0, "bügın": 0,
    "keşe": 1, "keshe": 1, "بۇگىن": 0, "كەشە": 1,
}

#: 'last'/'past' before a weekday: the weekday strictly before publication
PAST_CUES: tuple[str, ...] = (
    "өткен", "ötken",
)

#: a verb of saying right before a date: the date is when it was said, not when people gathered
#: ("the authorities said on Monday", "заявили в понедельник")
SPEECH_BEFORE_DATE: tuple[str, ...] = ()
