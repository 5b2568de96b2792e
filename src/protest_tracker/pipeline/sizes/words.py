"""Words for crowd sizes in English, Russian, Kazakh, Kyrgyz, Uzbek and Tajik (for ``sizes``).

All keys are lower case. Stems end with ``*`` (prefix match); other keys are whole words.
Number words, multipliers, vague quantities, people nouns and the "about / more than / up to"
qualifiers live in the language packs (:mod:`protest_tracker.pipeline.lang`, slots
``NUMBER_WORDS`` … ``SIZE_UPTO_AFTER``) and are merged here across languages; the tables that
say how the words combine (which number words are ambiguous in which language, collective
numerals, suffixes, fillers) stay here.
"""

from __future__ import annotations

import re

from protest_tracker.pipeline.lang import table, words

# number words -> value (stems allowed for inflected Russian forms)
NUMBER_WORDS: dict[str, int] = table("NUMBER_WORDS")
COLLECTIVE = {"двое", "трое", "четверо", "пятеро", "шестеро", "семеро", "восьмеро", "девятеро",
              "десятеро"}
MULTIPLIERS: dict[str, int] = table("MULTIPLIERS")
# number words that are also common words elsewhere: only trusted in these languages
AMBIGUOUS_NUMBER_WORDS: dict[str, frozenset[str]] = {
    "on": frozenset({"uz"}), "он": frozenset({"kk", "ky"}), "бес": frozenset({"kk"}),
    "ду": frozenset({"tg"}), "се": frozenset({"tg"}), "сад": frozenset({"tg"}),
    "чор": frozenset({"tg"}), "шаш": frozenset({"tg"}), "uch": frozenset({"uz"}),
    "bir": frozenset({"uz"}), "one": frozenset({"en"}), "man": frozenset({"en"}),
}

# vague quantities (whole phrases, lower case, apostrophes removed) -> (low, high)
VAGUE: dict[str, tuple[int | None, int | None]] = table("VAGUE_QUANTITIES")

# qualifiers before the number
ABOUT_BEFORE = words("SIZE_ABOUT_BEFORE")
MORE_BEFORE = words("SIZE_MORE_BEFORE")
UPTO_BEFORE = words("SIZE_UPTO_BEFORE")

# qualifiers after the number (Turkic postpositions); the number may carry an ablative suffix
MORE_AFTER = words("SIZE_MORE_AFTER")
ABOUT_AFTER = words("SIZE_ABOUT_AFTER")
UPTO_AFTER = words("SIZE_UPTO_AFTER")
ABLATIVE_SUFFIXES = ("ден", "дан", "тен", "тан", "нен", "нан", "дөн", "дон", "төн", "тон",
                     "dan", "den", "tan", "ten", "nan", "nen", "ге", "га", "ке", "ка", "ға", "қа", "gа", "ga",
                     "ge", "ka", "ke", "qa")
# Russian "сотни / тысячи" after "около, более, до…" are one hundred / thousand in the genitive
# ("более сотни человек": over a hundred), not the plural "hundreds" they are elsewhere
ONE_UNIT_AFTER_QUALIFIER: dict[str, int] = {"сотни": 100, "тысячи": 1000}

# people nouns that make a number a crowd size ("*" = any ending)
PEOPLE_NOUNS = words("PEOPLE_NOUNS")
# nouns that show the number is not a crowd ("*" = any ending)
NOT_PEOPLE_NOUNS = words("NOT_PEOPLE_NOUNS")
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
