"""Generated spellings for ``build_gazetteer.py``: a place's name in the other scripts of the region.

Uzbek writes foreign names in its own letters (Бишкек -> Bishkek, Хорог -> Xorog, Жанаозен ->
Janaozen), and Uzbek places are written in Latin and in Cyrillic (Urgut / Ургут). GeoNames lists
no Cyrillic name for some Kazakh towns (Beyneu, Shortandy), and Russian-language news writes Kazakh
names with Russian letters (Оскемен for Өскемен). The letter tables below turn one
script into the other; the build adds the results as ordinary (untrusted) name variants, so the
stop-list and the length and common-word filters apply to them too.
"""

from __future__ import annotations

_CYR_TO_UZ_LATIN = dict(zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһіў",
    ["a", "b", "v", "g", "d", "e", "yo", "j", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
     "t", "u", "f", "x", "s", "ch", "sh", "sh", "", "i", "", "e", "yu", "ya", "a", "g'", "q", "ng",
     "o'", "u", "u", "h", "i", "o'"], strict=True))
_UZ_LATIN_TO_CYR = (
    ("o'", "ў"), ("g'", "ғ"), ("sh", "ш"), ("ch", "ч"), ("ya", "я"), ("yu", "ю"), ("yo", "ё"), ("ye", "е"),
    ("a", "а"), ("b", "б"), ("d", "д"), ("e", "е"), ("f", "ф"), ("g", "г"), ("h", "ҳ"), ("i", "и"),
    ("j", "ж"), ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"), ("q", "қ"),
    ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"), ("v", "в"), ("x", "х"), ("y", "й"), ("z", "з"),
)
_EN_TO_RU = (
    ("shch", "щ"), ("zh", "ж"), ("kh", "х"), ("ts", "ц"), ("ch", "ч"), ("sh", "ш"), ("ya", "я"),
    ("yu", "ю"), ("yo", "ё"), ("ye", "е"), ("a", "а"), ("b", "б"), ("d", "д"), ("e", "е"), ("f", "ф"), ("g", "г"),
    ("h", "х"), ("i", "и"), ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"),
    ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"), ("v", "в"), ("z", "з"),
)
_UZ_APOSTROPHES = str.maketrans({c: "'" for c in "‘’ʻʼ`´"})
_VOWELS = set("aeiouy")


def _by_table(word: str, table: tuple[tuple[str, str], ...]) -> str | None:
    out, i = [], 0
    while i < len(word):
        for latin, cyrillic in table:
            if word.startswith(latin, i):
                out.append(cyrillic)
                i += len(latin)
                break
        else:
            if word[i] not in " -":
                return None
            out.append(word[i])
            i += 1
    return "".join(out)


def uzbek_latin(cyrillic: str) -> str | None:
    """``Бишкек`` -> ``Bishkek``, ``Жанаозен`` -> ``Janaozen`` (None when a letter is not Cyrillic)."""
    low = cyrillic.lower()
    if not all(ch in _CYR_TO_UZ_LATIN or ch in " -" for ch in low):
        return None
    return "".join(_CYR_TO_UZ_LATIN.get(ch, ch) for ch in low).title().replace("'S", "'s")


def uzbek_cyrillic(latin: str) -> str | None:
    """``Urgut`` -> ``Ургут``, ``Qo'ng'irot`` -> ``Қўнғирот`` (Uzbek Latin only; else None)."""
    low = latin.lower().translate(_UZ_APOSTROPHES)
    if not low.isascii() or any(pair in low.replace("ch", "") for pair in ("kh", "zh", "ts", "w", "c")):
        return None
    return _by_table(low, _UZ_LATIN_TO_CYR)


def russian_cyrillic(latin: str) -> str | None:
    """``Beyneu`` -> ``Бейнеу``, ``Shortandy`` -> ``Шортанды``: for places GeoNames gives no Cyrillic."""
    low = latin.lower()
    if not low.isascii() or any(ch in low for ch in "cqwx'"):
        return None
    out, i = [], 0
    while i < len(low):
        if low[i] == "y" and not low.startswith(("ya", "yu", "yo"), i):
            out.append("й" if i == 0 or low[i - 1] in _VOWELS else "ы")
            i += 1
            continue
        for latin_part, cyrillic in _EN_TO_RU:
            if low.startswith(latin_part, i):
                out.append(cyrillic)
                i += len(latin_part)
                break
        else:
            if low[i] not in " -":
                return None
            out.append(low[i])
            i += 1
    return "".join(out)


#: the letters of Kazakh, Kyrgyz, Tajik and Uzbek Cyrillic that Russian texts write with their
#: nearest Russian letter (Өскемен -> Оскемен, Талдықорған -> Талдыкорган, Ҳисор -> Хисор)
_TO_RUSSIAN_LETTERS = str.maketrans("әғқңөұүһіҳҷӯӣўӘҒҚҢӨҰҮҺІҲҶӮӢЎ", "агкноуухихчуиуАГКНОУУХИХЧУИУ")


def russian_letters(name: str) -> str | None:
    """``name`` with the Central Asian Cyrillic letters replaced by Russian ones (``None`` if it has none)."""
    if any("a" <= ch.lower() <= "z" for ch in name):
        return None  # a name mixing scripts is a typing error in the source, not a spelling
    out = name.translate(_TO_RUSSIAN_LETTERS)
    return out if out != name else None


def _has_cyrillic(name: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in name)


def generated_variants(*, names: set[str], country: str, english: str) -> set[str]:
    """Spellings of a place in the scripts GeoNames does not give (see the module doc)."""
    out: set[str] = set()
    cyrillic = [n for n in names if _has_cyrillic(n)]
    for name in cyrillic:
        out.add(uzbek_latin(name) or "")
    if country == "UZ":
        for name in names:
            if not _has_cyrillic(name):
                out.add(uzbek_cyrillic(name) or "")
    if not cyrillic:
        for name in names | {english}:
            out.add(russian_cyrillic(name) or "")
    return out - {""} - names
