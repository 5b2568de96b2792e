"""Words for crowd sizes in English, Russian, Kazakh, Kyrgyz, Uzbek and Tajik (for ``sizes``).

All keys are lower case. Stems end with ``*`` (prefix match); other keys are whole words.
"""

from __future__ import annotations

import re

# number words -> value (stems allowed for inflected Russian forms)
NUMBER_WORDS: dict[str, int] = {
    # English
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "thousand": 1000, "a hundred": 100, "a thousand": 1000,
    # Russian (nominative and oblique forms)
    "два": 2, "две": 2, "двух": 2, "три": 3, "трех": 3, "трёх": 3, "четыре": 4, "четырех": 4,
    "четырёх": 4, "пять": 5, "пяти": 5, "шесть": 6, "шести": 6, "семь": 7, "семи": 7,
    "восемь": 8, "восьми": 8, "девять": 9, "девяти": 9, "десять": 10, "десяти": 10,
    "одиннадцат*": 11, "двенадцат*": 12, "тринадцат*": 13, "четырнадцат*": 14,
    "пятнадцат*": 15, "шестнадцат*": 16, "семнадцат*": 17, "восемнадцат*": 18,
    "девятнадцат*": 19, "двадцат*": 20, "тридцат*": 30, "сорок": 40, "сорока": 40,
    "пятьдесят": 50, "пятидесяти": 50, "шестьдесят": 60, "шестидесяти": 60, "семьдесят": 70,
    "семидесяти": 70, "восемьдесят": 80, "восьмидесяти": 80, "девяносто": 90, "девяноста": 90,
    "сто": 100, "ста": 100, "сотню": 100, "двести": 200, "двухсот": 200,
    "триста": 300, "трехсот": 300, "трёхсот": 300, "четыреста": 400, "четырехсот": 400,
    "пятьсот": 500, "пятисот": 500, "шестьсот": 600, "шестисот": 600, "семьсот": 700,
    "семисот": 700, "восемьсот": 800, "восьмисот": 800, "девятьсот": 900, "девятисот": 900,
    "тысяча": 1000, "тысячи": 1000, "тысячу": 1000, "полсотни": 50, "полтысячи": 500,
    # Russian collective numerals (imply people)
    "двое": 2, "трое": 3, "четверо": 4, "пятеро": 5, "шестеро": 6, "семеро": 7, "восьмеро": 8,
    "девятеро": 9, "десятеро": 10,
    # Kazakh
    "бір": 1, "екі": 2, "үш": 3, "төрт": 4, "бес": 5, "алты": 6, "жеті": 7, "сегіз": 8,
    "тоғыз": 9, "он": 10, "жиырма": 20, "отыз": 30, "қырық": 40, "елу": 50, "алпыс": 60,
    "жетпіс": 70, "сексен": 80, "тоқсан": 90, "жүз": 100, "мың": 1000,
    # Kyrgyz
    "бир": 1, "эки": 2, "үч": 3, "беш": 5, "жети": 7, "сегиз": 8, "тогуз": 9, "жыйырма": 20,
    "отуз": 30, "кырк": 40, "элүү": 50, "алтымыш": 60, "жетимиш": 70, "токсон": 90, "миң": 1000,
    # Uzbek (Latin; apostrophes are removed before lookup)
    "ikki": 2, "uch": 3, "tort": 4, "besh": 5, "olti": 6, "yetti": 7, "sakkiz": 8, "toqqiz": 9,
    "on": 10, "yigirma": 20, "ottiz": 30, "qirq": 40, "ellik": 50, "oltmish": 60, "yetmish": 70,
    "sakson": 80, "toqson": 90, "yuz": 100, "ming": 1000,
    # Tajik
    "ду": 2, "се": 3, "чор": 4, "панҷ": 5, "шаш": 6, "ҳафт": 7, "ҳашт": 8, "нӯҳ": 9, "даҳ": 10,
    "бист": 20, "сӣ": 30, "чил": 40, "панҷоҳ": 50, "сад": 100, "ҳазор": 1000,
}
COLLECTIVE = {"двое", "трое", "четверо", "пятеро", "шестеро", "семеро", "восьмеро", "девятеро",
              "десятеро"}
MULTIPLIERS = {"thousand": 1000, "тыс*": 1000, "мың*": 1000, "миң*": 1000,
               "ming": 1000, "mingga": 1000, "ҳазор": 1000, "hundred": 100, "сот*": 100,
               "dozen": 12}
# number words that are also common words elsewhere: only trusted in these languages
AMBIGUOUS_NUMBER_WORDS: dict[str, frozenset[str]] = {
    "on": frozenset({"uz"}), "он": frozenset({"kk", "ky"}), "бес": frozenset({"kk"}),
    "ду": frozenset({"tg"}), "се": frozenset({"tg"}), "сад": frozenset({"tg"}),
    "чор": frozenset({"tg"}), "шаш": frozenset({"tg"}), "uch": frozenset({"uz"}),
    "bir": frozenset({"uz"}), "one": frozenset({"en"}), "man": frozenset({"en"}),
}

# vague quantities (whole phrases, lower case, apostrophes removed) -> (low, high)
VAGUE: dict[str, tuple[int | None, int | None]] = {
    "tens of thousands": (20000, None), "hundreds of thousands": (200000, None),
    "several thousand": (2000, None), "a few thousand": (2000, None), "thousands": (2000, None),
    "several hundred": (200, None), "a few hundred": (200, None), "hundreds": (200, None),
    "several dozen": (20, None), "a few dozen": (20, None), "dozens": (20, None),
    "two dozen": (24, 24), "a dozen": (12, 12), "a handful": (3, 10), "several": (3, 9),
    "a few": (3, 9), "a group of": (3, None), "a crowd of": (20, None), "scores": (20, None),
    "десятки тысяч": (20000, None), "сотни тысяч": (200000, None), "несколько тысяч": (2000, None),
    "тысячи": (2000, None), "тысячам": (2000, None), "несколько сотен": (200, None),
    "сотни": (200, None), "сотен": (200, None), "несколько десятков": (20, None),
    "десятки": (20, None), "десятков": (20, None), "дюжина": (12, 12), "несколько": (3, 9),
    "группа": (3, None), "толпа": (20, None), "около сотни": (100, 100),
    "он мыңдаған": (20000, None), "мыңдаған": (2000, None), "бірнеше мың": (2000, None),
    "жүздеген": (200, None), "бірнеше жүз": (200, None), "ондаған": (20, None),
    "бірнеше ондаған": (20, None), "бірнеше": (3, 9),
    "он миңдеген": (20000, None), "миңдеген": (2000, None), "бир нече миң": (2000, None),
    "жүздөгөн": (200, None), "бир нече жүз": (200, None), "ондогон": (20, None),
    "бир нече ондогон": (20, None), "бир нече": (3, 9),
    "on minglab": (20000, None), "minglab": (2000, None), "yuzlab": (200, None),
    "onlab": (20, None), "bir necha": (3, 9), "ўн минглаб": (20000, None), "минглаб": (2000, None),
    "юзлаб": (200, None), "ўнлаб": (20, None),
    "даҳҳо ҳазор": (20000, None), "ҳазорҳо": (2000, None), "садҳо": (200, None), "даҳҳо": (20, None),
    "якчанд": (3, 9),
}

# qualifiers before the number
ABOUT_BEFORE = ("about", "around", "approximately", "roughly", "some", "nearly", "almost",
                "close to", "an estimated", "estimated", "около", "порядка", "примерно", "почти",
                "приблизительно", "где-то", "чуть меньше", "шамамен", "шамасы", "болжол менен",
                "taxminan", "qariyb", "тақрибан", "қариб", "тахминан")
MORE_BEFORE = ("more than", "over", "at least", "upwards of", "in excess of", "более", "свыше",
               "больше", "не менее", "не меньше", "как минимум", "более чем", "кем дегенде",
               "кеминде", "kamida", "беш аз", "зиёда аз", "бештар аз")
UPTO_BEFORE = ("up to", "as many as", "вплоть до", "до", "то")

# qualifiers after the number (Turkic postpositions); the number may carry an ablative suffix
MORE_AFTER = ("астам", "артық", "ашык", "ашуун", "ortiq", "ortiq", "kop", "көп", "зиёд", "ортиқ",
              "кўпроқ", "koproq")
ABOUT_AFTER = ("жуық", "жакын", "чамалуу", "yaqin", "яқин", "шамасында", "чамасында")
UPTO_AFTER = ("дейін", "чейин", "дейре", "gacha", "гача")
ABLATIVE_SUFFIXES = ("ден", "дан", "тен", "тан", "нен", "нан", "дөн", "дон", "төн", "тон",
                     "dan", "дан", "ге", "га", "ке", "ка", "ға", "қа", "gа", "ga", "ka", "qa", "ге")

# people nouns that make a number a crowd size ("*" = any ending)
PEOPLE_NOUNS = (
    "people", "person", "persons", "protester*", "demonstrator*", "resident*", "worker*", "women",
    "woman", "men", "man", "mothers", "mother", "relative*", "activist*", "participant*",
    "supporter*", "student*", "villager*", "miner*", "employee*", "driver*", "trader*", "vendor*",
    "farmer*", "pensioner*", "citizen*", "locals", "parents", "youths", "individuals",
    "picketer*", "striker*", "members", "families", "ralliers", "marchers", "teachers", "doctors",
    "debtors", "veterans", "opponents", "shareholders", "investors",
    "человек*", "чел", "люд*", "жител*", "протестующ*", "митингующ*", "демонстрант*", "рабочие",
    "рабочих", "работник*", "нефтяник*", "шахтер*", "шахтёр*", "горняк*", "женщин*", "мужчин*",
    "матер*", "мам", "мамы", "мамочек", "многодетн*", "родственник*", "родител*", "активист*",
    "участник*", "сторонник*", "студент*", "пенсионер*", "граждан*", "сельчан*",
    "предпринимател*", "торговц*", "водител*", "фермер*", "дольщик*", "пикетчик*",
    "забастовщик*", "сотрудник*", "учител*", "врач*", "должник*", "семей", "семьи", "вкладчик*",
    "адам*", "кісі*", "тұрғын*", "жұмысшы*", "наразы*", "белсенді*", "әйел*", "ана", "аналар*",
    "қатысушы*", "мұнайшы*", "азамат*", "жұрт*", "туыс*", "кенші*",
    "киши*", "тургун*", "жумушчу*", "нааразы*", "аял", "аялдар*", "эне", "энелер*",
    "катышуучу*", "жаран*", "активист*",
    "kishi*", "odam*", "nafar", "aholi*", "fuqaro*", "ishchi*", "ayol*", "ona", "onalar*",
    "faol*", "namoyishchi*", "ishtirokchi*", "talaba*", "одам*", "нафар", "аҳоли*", "фуқаро*",
    "ишчи*", "аёл*", "сокин*", "коргар*", "зан", "занон", "модар*", "фаъол*", "шаҳрванд*",
)
# nouns that show the number is not a crowd ("*" = any ending)
NOT_PEOPLE_NOUNS = (
    "тенге", "тг", "сом*", "доллар*", "рубл*", "евро", "лет", "год*", "дн*", "день", "суток",
    "сутки", "час", "часа", "часов", "минут*", "км", "километр*", "метр*", "процент*", "%",
    "tenge", "som", "soms", "dollar*", "year*", "day*", "hour*", "minute*", "km", "kilomet*",
    "percent", "per", "жыл*", "күн*", "теңге*", "сағат*", "пайыз*", "yil*", "kun*", "soat*",
    "foiz*", "сомони", "somoni", "тонн*", "ton*", "га", "гектар*", "hectare*", "стат*",
    "article*", "раз", "times", "мест*", "дней", "квартир*", "дом*", "house*", "apartment*",
)
OF_WORDS = ("of", "из", "в", "с")
# words that end a size phrase: a people noun after them belongs to another clause
STOP_FILLERS = frozenset({
    "were", "was", "are", "is", "be", "been", "have", "has", "had", "will", "would", "and", "or",
    "to", "by", "from", "in", "at", "on", "with", "who", "that", "which", "than", "per",
    "и", "или", "а", "но", "были", "был", "была", "было", "будут", "это", "что", "которые",
    "на", "по", "за", "для", "от", "к", "у", "же", "не", "ни",
    "және", "мен", "бен", "пен", "жана", "va", "ва", "ham", "ҳам",
})

# a single-person picket is a crowd of one
SOLO_PICKET = re.compile(
    r"(?<!\w)(?:одиночн\w* пикет\w*|single[- ](?:person|man|woman) (?:picket|protest)\w*"
    r"|one-(?:man|woman|person) (?:picket|protest)\w*|solo (?:picket|protest)\w*"
    r"|жеке-дара пикет\w*|бір адамдық пикет\w*|жалгыз адамдык пикет\w*|yakka (?:tartibdagi )?piket\w*)",
    re.IGNORECASE,
)
