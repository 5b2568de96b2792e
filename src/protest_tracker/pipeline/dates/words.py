"""Month and weekday words of English, Russian, Kazakh, Kyrgyz, Uzbek and Tajik (for ``dates``).

Month words are matched by *stem*: the stem plus any case suffix (``январ`` covers январь,
января, январе, январында, январда; ``қаңтар`` covers қаңтарда, қаңтардың). Stems that are also
ordinary words (Kazakh ``қазан`` "cauldron", ``наурыз`` the spring holiday, English ``may``) are
only trusted next to a day number or a year.

Month, weekday and relative-day words and the "last/past" cues come from the language packs
(:mod:`protest_tracker.pipeline.lang`, slots ``MONTHS``, ``WEEKDAYS``, ``RELATIVE_DAYS``,
``PAST_CUES``); the words around them (month nouns, ordinal endings, year words) stay here.
"""

from __future__ import annotations

from protest_tracker.pipeline.lang import table, words

#: merge order of the date slots (English first, see MONTH_STEMS)
_ORDER = ("en", "ru", "kk", "ky", "uz", "tg", "tk")

# (stem, month, needs a day or a year next to it), from the language packs; English first:
# ``MONTH_STEMS[:12]`` are the English month names (see date_patterns)
MONTH_STEMS: tuple[tuple[str, int, bool], ...] = words("MONTHS", _ORDER)

# English abbreviations (matched as whole words, optionally with a full stop)
MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}

# Russian "ма" must be a form of "май" (май, мая, мае, майда, майында), not any word in ма-.
# Kyrgyz, Uzbek and Tajik add case suffixes to the same word (майга, майдаги, майи).
MAY_RU_FORMS = ("май", "мая", "мае", "маю", "маем", "майда", "майдын", "майында", "майдан", "майдагы",
                "майындагы", "майга", "майгача", "майы", "майын", "майынан", "майына", "майдаги",
                "майнинг", "майи", "майидан")

# weekday words (stems, case-insensitive) -> 0 = Monday
WEEKDAY_STEMS: tuple[tuple[str, int], ...] = words("WEEKDAYS", _ORDER)
# Tajik Monday is spelt like the capital; only "рӯзи душанбе" (lower case) counts.
TAJIK_MONDAY = "рӯзи душанбе"

# "last"/"past" qualifiers: the weekday strictly before the publication date
PAST_QUALIFIERS = words("PAST_CUES", _ORDER)

#: words after a month that make it a month phrase ("мамыр айында", "may oyida", "июль айы")
MONTH_NOUNS_AFTER = ("айы", "айын", "айда", "айында", "айынан", "айының", "айдын", "айынын",
                     "айдан", "ойи", "ойида", "ойининг", "ойидан", "oyi", "oyida", "oyining",
                     "oyidan", "aýy", "aýynda", "aýyň", "aiynda", "aıynda", "ayında", "aiy")
#: the Tajik month noun stands before the month ("моҳи май", "дар моҳи июли соли 2022")
MONTH_NOUNS_BEFORE = ("моҳи",)
#: ordinal/case endings after a day number ("4-го", "5-уми", "5-nji", "21-inchi", "4th")
DAY_SUFFIXES = ("го", "ого", "е", "ое", "ші", "шы", "сі", "сы", "і", "ы", "inchi", "nchi", "chi",
                "st", "nd", "rd", "th", "ум", "уми", "юм", "юми", "nji", "njy", "inji", "ynjy",
                "unjy", "ünji", "нчи", "инчи")
#: Russian ordinal stems for days written as words ("пятое января", "двадцать первого мая")
RU_ORDINAL_STEMS: dict[str, int] = {
    "перв": 1, "втор": 2, "трет": 3, "четверт": 4, "четвёрт": 4, "пят": 5, "шест": 6, "седьм": 7,
    "восьм": 8, "девят": 9, "десят": 10, "одиннадцат": 11, "двенадцат": 12, "тринадцат": 13,
    "четырнадцат": 14, "пятнадцат": 15, "шестнадцат": 16, "семнадцат": 17, "восемнадцат": 18,
    "девятнадцат": 19, "двадцат": 20, "тридцат": 30,
}
#: words joining two days of one month ("10 и 11 января", "5 және 6 мамырда", "5 va 6 iyul")
DAY_JOINERS = ("и", "and", "&", "және", "жана", "ва", "va", "ve", "hem")

# relative day words -> days before publication
RELATIVE_DAYS: dict[str, int] = table("RELATIVE_DAYS", _ORDER)

# "today's" / "yesterday's" ("вчерашней акции", "bugungi namoyishlar") -> days before publication;
# not in idioms for "nowadays" ("на сегодняшний день", "бүгінгі таңда", "bugungi kunda")
RELATIVE_ADJECTIVES: dict[str, int] = {
    "сегодняшний": 0, "сегодняшнего": 0, "сегодняшней": 0, "сегодняшнюю": 0, "сегодняшнем": 0,
    "вчерашний": 1, "вчерашнего": 1, "вчерашней": 1, "вчерашнюю": 1, "вчерашнем": 1,
    "бүгінгі": 0, "кешегі": 1, "бүгүнкү": 0, "кечээки": 1, "bugungi": 0, "kechagi": 1,
    "бугунги": 0, "кечаги": 1,
}
ADJECTIVE_IDIOM_NOUNS = ("день", "дню", "дня", "таң", "күн", "kun", "holat", "ситуац", "положени",
                         "момент", "времен", "жағдай", "абал", "кез", "vaqt", "ҳолат", "вақт")

YEAR_WORDS = ("года", "году", "год", "г.", "г", "жылғы", "жылы", "жылдың", "жылдын", "жылдан",
              "жыл", "yilning", "yilda", "yili", "yil", "йилнинг", "йилда", "йили", "йил", "соли",
              "сол", "year")
