"""Name normalisation, tokens and case-ending removal for the gazetteer.

Shared by the run-time matcher (:mod:`protest_tracker.pipeline.places.gazetteer`) and the build script
(``scripts/build_gazetteer.py``) so that both fold names the same way.

* :func:`fold` — lower case, ``ё`` -> ``е``, apostrophes (', ’, ‘, ʻ, ʼ, `) dropped, diacritics on
  *Latin* letters removed (``Qŭnghirot`` -> ``qunghirot``); Cyrillic letters are kept as they are
  (``й`` and Kazakh ``ң`` stay distinct).
* :func:`tokens` — word tokens with character offsets; a hyphen separates tokens
  (``Алма-Ата`` -> ``алма`` ``ата``), so ``Alma-Ata`` and ``Alma Ata`` are the same key.
* :func:`word_forms` — the token itself plus the stems it may be an inflected form of: Russian
  case endings (``Жанаозене`` -> ``жанаозен``, ``Алма-Ате`` -> ``ата``, ``Ошской`` -> ``ошская``),
  Kazakh/Kyrgyz case suffixes (``Алматыдағы``, ``Бишкекте``, ``Ошто``, ``облысында``), Uzbek Latin
  suffixes (``Toshkentda``, ``Nukusdan``) and English ``'s``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’‘`´][^\W\d_]+)*")
_APOSTROPHES = str.maketrans("", "", "'’‘`´ʻʼ")
_SPECIAL = str.maketrans({"ё": "е", "ı": "i", "ß": "ss"})

_RU_ENDINGS = (
    "ами",
    "ями",
    "ах",
    "ях",
    "ов",
    "ев",
    "ой",
    "ей",
    "ом",
    "ем",
    "ою",
    "ею",
    "ью",
    "ам",
    "ям",
    "а",
    "я",
    "у",
    "ю",
    "е",
    "ы",
    "и",
)
_RU_RESTORE = ("", "а", "я", "ь", "й", "ы", "и")
_RU_ADJ_ENDINGS = (
    "ого",
    "его",
    "ому",
    "ему",
    "ими",
    "ыми",
    "ая",
    "яя",
    "ой",
    "ей",
    "ую",
    "юю",
    "ий",
    "ый",
    "ым",
    "им",
    "ом",
    "ем",
    "ие",
    "ые",
    "их",
    "ых",
)
_TURKIC_SUFFIXES = (
    # Kazakh
    "ндағы",
    "ндегі",
    "дағы",
    "дегі",
    "тағы",
    "тегі",
    "нда",
    "нде",
    "да",
    "де",
    "та",
    "те",
    "нан",
    "нен",
    "дан",
    "ден",
    "тан",
    "тен",
    "ға",
    "ге",
    "қа",
    "ке",
    "на",
    "не",
    "ны",
    "ні",
    "ды",
    "ді",
    "ты",
    "ті",
    "ның",
    "нің",
    "дың",
    "дің",
    "тың",
    "тің",
    "мен",
    "бен",
    "пен",
    "лықтар",
    "ліктер",
    "лық",
    "лік",
    "дық",
    "дік",
    "тық",
    "тік",
    "ғы",
    "гі",
    "ы",
    "і",
    "а",
    "е",
    # Kyrgyz
    "ндагы",
    "ндеги",
    "ндогу",
    "ндөгү",
    "дагы",
    "деги",
    "догу",
    "дөгү",
    "тагы",
    "теги",
    "тогу",
    "төгү",
    "до",
    "дө",
    "то",
    "тө",
    "дон",
    "дөн",
    "тон",
    "төн",
    "нон",
    "нөн",
    "га",
    "го",
    "гө",
    "ка",
    "ко",
    "кө",
    "нын",
    "нин",
    "нун",
    "нүн",
    "дын",
    "дин",
    "дун",
    "дүн",
    "тын",
    "тин",
    "тун",
    "түн",
    "ни",
    "ну",
    "нү",
    "ди",
    "ду",
    "дү",
    "ти",
    "ту",
    "тү",
    "лыктар",
    "лык",
    "лик",
    "лук",
    "лүк",
    "нда",
    "ндо",
    "ндө",
    # Tajik / Uzbek Cyrillic
    "ро",
    "и",
    "да",
    "дан",
    "га",
    "нинг",
    "ни",
    "лик",
    "ликлар",
    "даги",
    "таги",
    "гача",
)
_LATIN_SUFFIXES = (
    # Uzbek
    "dagi",
    "ning",
    "dan",
    "liklar",
    "lik",
    "da",
    "ga",
    "ka",
    "qa",
    "ni",
    "gacha",
    # Kazakh / Kyrgyz / Turkmen in Latin letters (after folding: ı -> i, ğ -> g)
    "ndagi",
    "ndegi",
    "degi",
    "tagi",
    "tegi",
    "nda",
    "nde",
    "de",
    "den",
    "te",
    "ten",
    "ta",
    "tan",
    "nan",
    "nen",
    "ge",
    "ke",
    "nyn",
    "nin",
    "dyn",
    "din",
    "tyn",
    "tin",
    "dy",
    "di",
    "ny",
)
_MIN_STEM = 2
_LATIN_MARKED = re.compile("[\u00c0-\u024f\u1e00-\u1eff]")


def _fold_latin(ch: str) -> str:
    if "\u00c0" <= ch <= "\u024f" or "\u1e00" <= ch <= "\u1eff":
        base = unicodedata.normalize("NFKD", ch)
        return "".join(c for c in base if not unicodedata.combining(c))
    return ch


@lru_cache(maxsize=65536)  # a pure function of one word, asked for the same words over and over
def fold(text: str) -> str:
    """The matching form of a word or name: lower case, no apostrophes, Latin diacritics removed."""
    text = text.replace("İ", "i").lower().translate(_SPECIAL).translate(_APOSTROPHES)
    if not text.isascii() and _LATIN_MARKED.search(text):
        text = _LATIN_MARKED.sub(lambda m: _fold_latin(m.group()), text)
    return text


def tokens(text: str) -> Iterator[tuple[int, int, str]]:
    """``(start, end, surface)`` for each word of ``text``."""
    for match in TOKEN_RE.finditer(text):
        yield match.start(), match.end(), match.group()


def name_key(name: str) -> str:
    """The lookup key of a place name: its folded tokens joined by one space."""
    return " ".join(fold(surface) for _, _, surface in tokens(name))


def is_cyrillic(word: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in word)


def word_forms(word: str) -> tuple[str, ...]:
    """``word`` (already folded) and the stems it may inflect; the word itself comes first."""
    forms = [word]
    if is_cyrillic(word):
        for ending in _RU_ENDINGS:
            if word.endswith(ending) and len(word) - len(ending) >= _MIN_STEM:
                stem = word[: -len(ending)]
                forms.extend(stem + restore for restore in _RU_RESTORE)
        for ending in _RU_ADJ_ENDINGS:
            if word.endswith(ending) and len(word) - len(ending) >= 3:
                stem = word[: -len(ending)]
                forms.extend((stem + "ая", stem + "яя"))
        for suffix in _TURKIC_SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= _MIN_STEM:
                forms.append(word[: -len(suffix)])
    else:
        for suffix in _LATIN_SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                forms.append(word[: -len(suffix)])
        if word.endswith("s") and len(word) > 4:
            forms.append(word[:-1])
    return tuple(dict.fromkeys(forms))


_RU_CITY_ADJECTIVE = ("ского", "скому", "скими", "ским", "ском", "ская", "ской", "скою", "скую", "ские",
                      "ских", "ский")


def adjective_stems(word: str) -> tuple[str, ...]:
    """City names a Russian adjective may be made from: ``бишкекского`` -> ``бишкек``,
    ``карагандинской`` -> ``караганда``, ``алматинский`` -> ``алматы`` (``word`` already folded)."""
    for ending in _RU_CITY_ADJECTIVE:
        if word.endswith(ending) and len(word) - len(ending) >= 2:
            stem = word[: -len(ending)]
            if stem.endswith("ин") and len(stem) > 4:
                return stem, stem[:-2] + "а", stem[:-2] + "ы"
            return (stem,)
    return ()
