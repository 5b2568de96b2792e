"""Month and weekday words of English, Russian, Kazakh, Kyrgyz, Uzbek and Tajik (for ``dates``).

Month words are matched by *stem*: the stem plus any case suffix (``январ`` covers январь,
января, январе, январында, январда; ``қаңтар`` covers қаңтарда, қаңтардың). Stems that are also
ordinary words (Kazakh ``қазан`` "cauldron", ``наурыз`` the spring holiday, English ``may``) are
only trusted next to a day number or a year.
"""

from __future__ import annotations

# (stem, month, needs a day or a year next to it)
MONTH_STEMS: tuple[tuple[str, int, bool], ...] = (
    # English (full names and abbreviations; the abbreviations are whole words)
    ("january", 1, False), ("february", 2, False), ("march", 3, False), ("april", 4, False),
    ("may", 5, True), ("june", 6, False), ("july", 7, False), ("august", 8, False),
    ("september", 9, False), ("october", 10, False), ("november", 11, False),
    ("december", 12, False),
    # Russian, Kyrgyz, Uzbek and Tajik Cyrillic share these stems
    ("январ", 1, False), ("феврал", 2, False), ("март", 3, False), ("апрел", 4, False),
    ("ма", 5, True), ("июн", 6, False), ("июл", 7, False), ("август", 8, False),
    ("сентябр", 9, False), ("сентабр", 9, False), ("октябр", 10, False), ("октабр", 10, False),
    ("ноябр", 11, False), ("декабр", 12, False),
    # Kazakh
    ("қаңтар", 1, False), ("ақпан", 2, False), ("наурыз", 3, True), ("сәуір", 4, False),
    ("мамыр", 5, False), ("маусым", 6, False), ("шілде", 7, False), ("тамыз", 8, False),
    ("қыркүйек", 9, False), ("қазан", 10, True), ("қараша", 11, True), ("желтоқсан", 12, False),
    # Kazakh Latin (2021 alphabet)
    ("qańtar", 1, False), ("qantar", 1, False), ("aqpan", 2, False), ("sáýir", 4, False),
    ("mamyr", 5, False), ("maýsym", 6, False), ("shilde", 7, False), ("tamyz", 8, False),
    ("qyrkúiek", 9, False), ("jeltoqsan", 12, False),
    # Kyrgyz traditional names (need a day)
    ("үчтүн айы", 1, True), ("бирдин айы", 2, True), ("жалган куран", 3, True),
    ("чын куран", 4, True), ("бугу", 5, True), ("кулжа", 6, True), ("теке", 7, True),
    ("баш оона", 8, True), ("аяк оона", 9, True), ("тогуздун айы", 10, True),
    ("жетинин айы", 11, True), ("бештин айы", 12, True),
    # Uzbek Latin
    ("yanvar", 1, False), ("fevral", 2, False), ("mart", 3, True), ("aprel", 4, False),
    ("iyun", 6, False), ("iyul", 7, False), ("avgust", 8, False), ("sentabr", 9, False),
    ("sentyabr", 9, False), ("oktabr", 10, False), ("oktyabr", 10, False), ("noyabr", 11, False),
    ("dekabr", 12, False),
)

# English abbreviations (matched as whole words, optionally with a full stop)
MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}

# Russian "ма" must be a form of "май" (май, мая, мае, майда, майында), not any word in ма-.
MAY_RU_FORMS = ("май", "мая", "мае", "маю", "маем", "майда", "майдын", "майында", "майдан", "майдагы",
                "майындагы")

# weekday words (stems, case-insensitive) -> 0 = Monday
WEEKDAY_STEMS: tuple[tuple[str, int], ...] = (
    ("monday", 0), ("tuesday", 1), ("wednesday", 2), ("thursday", 3), ("friday", 4),
    ("saturday", 5), ("sunday", 6),
    ("понедельник", 0), ("вторник", 1), ("среду", 2), ("среда", 2), ("четверг", 3),
    ("пятниц", 4), ("суббот", 5), ("воскресень", 6),
    ("дүйсенбі", 0), ("сейсенбі", 1), ("сәрсенбі", 2), ("бейсенбі", 3), ("жұма күні", 4),
    ("сенбі", 5), ("жексенбі", 6), ("жұма", 4),
    ("дүйшөмбү", 0), ("шейшемби", 1), ("шаршемби", 2), ("бейшемби", 3), ("жума күнү", 4),
    ("ишемби", 5), ("жекшемби", 6),
    ("dushanba", 0), ("seshanba", 1), ("chorshanba", 2), ("payshanba", 3), ("juma kuni", 4),
    ("shanba", 5), ("yakshanba", 6),
    ("душанба", 0), ("сешанба", 1), ("чоршанба", 2), ("пайшанба", 3), ("жума куни", 4),
    ("шанба", 5), ("якшанба", 6),
    ("сешанбе", 1), ("чоршанбе", 2), ("панҷшанбе", 3), ("ҷумъа", 4), ("шанбе", 5),
    ("якшанбе", 6),
)
# Tajik Monday is spelt like the capital; only "рӯзи душанбе" (lower case) counts.
TAJIK_MONDAY = "рӯзи душанбе"

# "last"/"past" qualifiers: the weekday strictly before the publication date
PAST_QUALIFIERS = ("прошл", "минувш", "last", "past", "өткен", "өткөн", "o'tgan", "ўтган",
                   "гузашта")

# relative day words -> days before publication
RELATIVE_DAYS: dict[str, int] = {
    "позавчера": 2, "вчера": 1, "сегодня": 0, "нынче": 0,
    "the day before yesterday": 2, "yesterday": 1, "today": 0, "tonight": 0, "this morning": 0,
    "алдыңғы күні": 2, "кеше": 1, "бүгін": 0,
    "мурдагы күнү": 2, "кечээ": 1, "бүгүн": 0,
    "kecha": 1, "bugun": 0, "кеча": 1, "бугун": 0,
    "дирӯз": 1, "имрӯз": 0, "дируз": 1, "имруз": 0,
}

YEAR_WORDS = ("года", "году", "год", "г.", "г", "жылғы", "жылы", "жылдың", "жылдын", "жылдан",
              "жыл", "yilning", "yilda", "yili", "yil", "йилнинг", "йилда", "йили", "йил", "соли",
              "сол", "year")
