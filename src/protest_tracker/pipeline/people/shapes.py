"""The shapes of people's names in every language, merged from the language packs.

Slots (``lang/<code>/people.py``): ``PERSON_TITLES`` (role -> titles before a name),
``TITLES_AFTER_NAME`` (мырза, aka), ``PATRONYMIC_ENDINGS`` (-ович, ұлы, o'g'li),
``SURNAME_ENDINGS`` (-ов, -ova, -зода), ``NAME_CASE_ENDINGS`` (-тың, -ning, -ым) and
``NAMESAKE_WORDS`` (улица, ko'chasi, имени: a name next to one is a street or an institution).
They are merged across languages (a Kazakh article quotes Russian), like the other cue tables.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from protest_tracker.pipeline.lang import cue_map, words
from protest_tracker.pipeline.lexicon import Lexicon
from protest_tracker.pipeline.text import fold

#: role labels of PERSON_TITLES, in the order a tie is decided
TITLE_LABELS = ("organiser", "detainee", "participant", "official", "honorific")
#: a title label -> the Person role it gives
TITLE_ROLES = {"organiser": "organiser", "detainee": "detainee", "participant": "participant",
               "official": "other", "honorific": "other"}

TITLES = Lexicon(cue_map("PERSON_TITLES", TITLE_LABELS))
TITLES_AFTER = frozenset(fold(w) for w in words("TITLES_AFTER_NAME"))


def _endings(slot: str) -> tuple[str, ...]:
    """A slot's endings, folded, longest first (so the longest ending is tried first)."""
    return tuple(sorted({fold(w) for w in words(slot)}, key=len, reverse=True))


PATRONYMICS = _endings("PATRONYMIC_ENDINGS")
SURNAMES = _endings("SURNAME_ENDINGS")
CASE_ENDINGS = ("", *_endings("NAME_CASE_ENDINGS"))
NAMESAKES = tuple(sorted({fold(w) for w in words("NAMESAKE_WORDS")}, key=len, reverse=True))
NON_NAMES = tuple(sorted({fold(w) for w in words("NON_NAME_WORDS")}, key=len, reverse=True))
NAMESAKE_SET, NON_NAME_SET = frozenset(NAMESAKES), frozenset(NON_NAMES)
#: stems of month and weekday names (capitalised in English, at a sentence start elsewhere)
CALENDAR = tuple(sorted({fold(entry[0]) for entry in (*words("MONTHS"), *words("WEEKDAYS"))
                         if " " not in entry[0]}, key=len, reverse=True))

#: shortest stem a surname ending may follow (Ов, Ин are not surnames; Пак and Ким have no ending)
MIN_STEM = 3

#: namesake entries shorter than this match whole words only (ул, пр, им: not Улан, Прохоров, Имангали)
MIN_STEM_NAMESAKE = 4

#: a word: letters, inner apostrophes and hyphens (Касым-Жомарт, O'g'li); an initial (Е.) is a
#: single capital followed by a full stop
WORD = re.compile(r"[^\W\d_](?:[\w'ʻʼ’‘`-]*[^\W\d_])?|(?<![\w.])[^\W\d_]\.(?=\s*[^\W\d_])")


@dataclass(frozen=True, slots=True)
class Token:
    """One word of a text: offsets, surface and folded form."""

    start: int
    end: int
    surface: str
    folded: str

    @property
    def capital(self) -> bool:
        """Starts with a capital and is not all capitals (acronyms: МВД, KNB)."""
        if self.surface[:1].isalpha() and not self.surface[0].isupper():
            return False  # most words: the first letter is lower case
        letters = [c for c in self.surface if c.isalpha()]
        return bool(letters) and letters[0].isupper() and (len(letters) == 1 or not all(c.isupper() for c in letters))

    @property
    def initial(self) -> bool:
        return self.surface.endswith(".") and len(self.surface) == 2


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The words of ``text[start:end]`` with offsets into ``text``."""
    stop = len(text) if end is None else end
    return [Token(m.start(), m.end(), m.group(0), fold(m.group(0))) for m in WORD.finditer(text, start, stop)]


def _alternation(words_: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words_), key=len, reverse=True) if w)


def _shape(endings: tuple[str, ...], *, stem: int) -> re.Pattern[str]:
    """``stem`` letters or more, one of ``endings``, then an optional case ending; group 1 is the
    word without its case ending (the longest such reading first: Жаксылыкова stays whole)."""
    return re.compile(rf"(.{{{stem},}}(?:{_alternation(endings)}))(?:{_alternation(CASE_ENDINGS)})?", re.S)


def _prefixes(stems: tuple[str, ...]) -> re.Pattern[str]:
    """Any of ``stems`` of :data:`MIN_STEM_NAMESAKE` letters or more at the start of a word."""
    long = tuple(s for s in stems if len(s) >= MIN_STEM_NAMESAKE)
    return re.compile(f"(?:{_alternation(long)})" if long else r"(?!)")


#: place names made from a surname (Нурлановка, Михайловке, Petrovka): never a person
_SETTLEMENT_SHAPE = re.compile(r"(?:ов|ев|ин|ov|ev|in)к(?:а|и|е|у|ой|ою|a|i|e|u)$")


_SURNAME = _shape(SURNAMES, stem=MIN_STEM)
_PATRONYMIC = _shape(PATRONYMICS, stem=2)
_CASE_TAIL = re.compile(rf".{{3,}}(?:{_alternation(tuple(e for e in CASE_ENDINGS if len(e) >= 2))})")
_NAMESAKE_START = _prefixes(NAMESAKES)
_NON_NAME_START = _prefixes(NON_NAMES)
_CALENDAR = re.compile(rf"(?:{_alternation(tuple(c for c in CALENDAR if len(c) >= MIN_STEM_NAMESAKE))})\w{{0,3}}"
                       rf"|(?:{_alternation(tuple(c for c in CALENDAR if len(c) < MIN_STEM_NAMESAKE))})\w?")


def _base(pattern: re.Pattern[str], folded: str) -> str | None:
    match = pattern.fullmatch(folded)
    return match.group(1) if match else None


def surname_base(token: Token) -> str | None:
    """The token without its case ending when it has a surname's shape (Жаксылыковтың -> жаксылыков)."""
    if _SETTLEMENT_SHAPE.search(token.folded):
        return None
    return _base(_SURNAME, token.folded)


def has_case_ending(token: Token) -> bool:
    """Ends with a case ending of two letters or more (Наразылыққа, Митингге): a word opening a
    sentence with one is taken for a common noun, not a given name."""
    return _CASE_TAIL.fullmatch(token.folded) is not None


def is_patronymic(token: Token) -> bool:
    """A patronymic word or a word with a patronymic ending (Ерланович, ұлы, o'g'li, Жақсылықұлы)."""
    return token.folded in PATRONYMICS or _PATRONYMIC.fullmatch(token.folded) is not None


def is_namesake_word(token: Token) -> bool:
    """A street or place word that makes its neighbour a namesake (улица, ko'chasi, имени)."""
    folded = token.folded.rstrip(".")
    return folded in NAMESAKE_SET or (_NAMESAKE_START.match(folded) is not None and surname_base(token) is None)


def is_non_name(token: Token) -> bool:
    """A word that is never part of a person's name: a namesake or institution word (Мажилис,
    района), or a month or weekday name (a stem with at most three more letters: Марта, not Мартынов)."""
    folded = token.folded.rstrip(".")
    if folded in NAMESAKE_SET or folded in NON_NAME_SET:
        return True
    if not (_NAMESAKE_START.match(folded) or _NON_NAME_START.match(folded) or _CALENDAR.fullmatch(folded)):
        return False
    # Селезнев, Советов: a surname that starts like one of those words
    return surname_base(token) is None and not is_patronymic(token)


def plain_name(surface: str) -> str:
    """A name without the case ending of its last word where that word has a surname's shape
    (Сапаровтың -> Сапаров, Karimovning -> Karimov); other words stay as written."""
    parts = surface.split()
    if not parts:
        return surface
    parts[-1] = re.sub(r"['’]s$", "", parts[-1])  # Ablyazov's -> Ablyazov
    last = parts[-1]
    base = _base(_SURNAME, fold(last))
    if base is not None and len(base) < len(last):
        parts[-1] = last[: len(base)]
    return " ".join(parts)
