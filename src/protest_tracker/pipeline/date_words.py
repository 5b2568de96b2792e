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
    # Kazakh Latin: the 2017 (apostrophe), 2018 (acute) and 2021 (Turkic) alphabets and the
    # Turkish-style spellings some outlets use
    *((stem, 1, False) for stem in ("qańtar", "qantar", "qañtar", "qaŋtar", "qan'tar")),
    ("aqpan", 2, False),
    *((stem, 3, True) for stem in ("nauryz", "naýryz", "naurız", "nawrız")),
    *((stem, 4, False) for stem in ("sáýir", "säuir", "säuır", "sáuir", "sauir", "sa'uir", "säwir",
                                    "sәuir")),
    ("mamyr", 5, False), ("mamır", 5, False),
    *((stem, 6, False) for stem in ("maýsym", "mausym", "mausım", "mawsım")),
    *((stem, 7, False) for stem in ("shilde", "şilde", "şılde", "s'ilde")),
    ("tamyz", 8, False), ("tamız", 8, False),
    *((stem, 9, False) for stem in ("qyrkúiek", "qyrküiek", "qyrkýiek", "qyrkúıek", "qyrküıek",
                                    "qırküyek", "qyrkuiek", "qyrku'iek")),
    ("qazan", 10, True), ("qaraşa", 11, True), ("qarasha", 11, True), ("qaras'a", 11, True),
    ("jeltoqsan", 12, False),
    # Kazakh in the Arabic script (China, Mongolia, some outlets' "tote" editions)
    ("قاڭتار", 1, False), ("اقپان", 2, False), ("ناۋرىز", 3, True), ("ساۋىر", 4, False),
    ("مامىر", 5, False), ("ماۋسىم", 6, False), ("شىلدە", 7, False), ("تامىز", 8, False),
    ("قىركۇيەك", 9, False), ("قازان", 10, True), ("قاراشا", 11, True), ("جەلتوقسان", 12, False),
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
    # Turkmen Latin (mart, aprel, dekabr as in Uzbek)
    ("ýanwar", 1, False), ("fewral", 2, False), ("maý", 5, True), ("iýun", 6, False),
    ("iýul", 7, False), ("awgust", 8, False), ("sentýabr", 9, False), ("oktýabr", 10, False),
    ("noýabr", 11, False),
)

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
    # Kazakh Latin spellings
    ("dúisenbi", 0), ("düisenbi", 0), ("düysenbi", 0), ("duisenbi", 0), ("seisenbi", 1),
    ("seysenbi", 1), ("sársenbi", 2), ("särsenbi", 2), ("sarsenbi", 2), ("beisenbi", 3),
    ("beysenbi", 3), ("júma", 4), ("jūma", 4), ("juma küni", 4), ("senbi", 5), ("jeksenbi", 6),
    # Turkmen ("anna" is also a name: only with "güni")
    ("duşenbe", 0), ("sişenbe", 1), ("çarşenbe", 2), ("penşenbe", 3), ("anna güni", 4),
    ("şenbe", 5), ("ýekşenbe", 6),
)
# Tajik Monday is spelt like the capital; only "рӯзи душанбе" (lower case) counts.
TAJIK_MONDAY = "рӯзи душанбе"

# "last"/"past" qualifiers: the weekday strictly before the publication date
PAST_QUALIFIERS = ("прошл", "минувш", "last", "past", "өткен", "өткөн", "o'tgan", "o‘tgan",
                   "ўтган", "гузашта", "ötken", "geçen")

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
RELATIVE_DAYS: dict[str, int] = {
    "позавчера": 2, "вчера": 1, "сегодня": 0, "нынче": 0,
    "the day before yesterday": 2, "yesterday": 1, "today": 0, "tonight": 0, "this morning": 0,
    "алдыңғы күні": 2, "кеше": 1, "бүгін": 0,
    "мурдагы күнү": 2, "кечээ": 1, "бүгүн": 0,
    "kecha": 1, "bugun": 0, "кеча": 1, "бугун": 0,
    "дирӯз": 1, "имрӯз": 0, "дируз": 1, "имруз": 0, "парерӯз": 2,
    # Kazakh Latin, Turkmen
    "bügin": 0, "búgin": 0, "bugin": 0, "bügın": 0, "keşe": 1, "keshe": 1, "bu gün": 0, "düýn": 1,
    # Kazakh in the Arabic script
    "بۇگىن": 0, "كەشە": 1,
}

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
