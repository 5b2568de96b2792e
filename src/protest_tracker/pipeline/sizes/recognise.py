"""Find crowd sizes ("около 200 человек", "dozens of protesters", "жүздеген адам", "yuzlab kishi").

>>> [(m.low, m.high) for m in find_sizes("Более 300 жителей и несколько десятков активистов", language="ru")]
[(300, None), (20, None)]

Only quantities of *people* count: a number (digits, number words or a vague word such as
"десятки") must be followed, within two filler words, by a people noun (человек, жителей,
protesters, адам, kishi, нафар …), or be a collective numeral (пятеро). Numbers followed by
money, time or distance units are ignored. Conventions (``../shared/eval/README.md``):
"about N" -> N..N; "more than N" -> N..None; "up to N" -> None..N; "N-M" -> N..M;
"dozens" -> 20..None; "hundreds" -> 200..None; "several thousand" -> 2000..None;
"tens of thousands" -> 20000..None.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from protest_tracker.pipeline.places.names import fold
from protest_tracker.pipeline.sizes.tokens import (
    Tok,
    matches,
    number_value,
    split_patterns,
    tokens,
    word_table,
    word_value,
)
from protest_tracker.pipeline.sizes.words import (
    ABLATIVE_SUFFIXES,
    ABOUT_AFTER,
    ABOUT_BEFORE,
    AMBIGUOUS_NUMBER_WORDS,
    COLLECTIVE,
    MORE_AFTER,
    MORE_BEFORE,
    MULTIPLIERS,
    NOT_PEOPLE_NOUNS,
    NUMBER_WORDS,
    OF_WORDS,
    ONE_UNIT_AFTER_QUALIFIER,
    PEOPLE_NOUNS,
    SOLO_PICKET,
    STOP_FILLERS,
    UPTO_AFTER,
    UPTO_BEFORE,
    VAGUE,
)

_RANGE_WORDS = ("-", "–", "—", "to", "до", "or", "или", "and", "и")
_RANGE_START = ("from", "between", "от")
_GROUP_PREFIXES = ("crowd of", "group of", "толпа из", "группа из", "a crowd of", "a group of")
_MAX_FILLERS = 2


def _phrases(*groups: Iterable[str]) -> frozenset[str]:
    out: set[str] = set()
    for group in groups:
        out.update(fold(p) for p in group)
    return frozenset(out)


_GROUP = _phrases(_GROUP_PREFIXES)
_ABOUT = _phrases(ABOUT_BEFORE)
_MORE = _phrases(MORE_BEFORE)
_UPTO = _phrases(UPTO_BEFORE)
_RANGE = _phrases(_RANGE_START)
_VAGUE = {fold(k): v for k, v in VAGUE.items()}
_VAGUE_KEYS = frozenset(_VAGUE)
_STARTERS = frozenset(
    p.split(" ")[0] for p in _GROUP | _ABOUT | _MORE | _UPTO | _RANGE | set(_VAGUE)
)


@dataclass(frozen=True)
class SizeMention:
    """A crowd size: ``text[start:end] == surface`` (qualifier, number and people noun)."""

    start: int
    end: int
    surface: str
    low: int | None
    high: int | None
    noun: str | None = None


def _phrase(toks: list[Tok], i: int, phrases: frozenset[str]) -> int:
    """Number of tokens of the longest phrase of ``phrases`` that starts at token ``i``."""
    if toks[i].key not in _STARTERS:
        return 0
    for length in (3, 2, 1):
        if i + length <= len(toks) and " ".join(t.key for t in toks[i : i + length]) in phrases:
            return length
    return 0


_NUMBERS = word_table(NUMBER_WORDS)
_PEOPLE = split_patterns(PEOPLE_NOUNS)
_NOT_PEOPLE = split_patterns(NOT_PEOPLE_NOUNS)
_MULTIPLIERS = word_table(MULTIPLIERS)


def find_sizes(text: str, *, language: str | None = None) -> list[SizeMention]:
    """Crowd-size mentions in ``text``, left to right."""
    return list(_sizes_in(text, language))


@lru_cache(maxsize=2048)
def _sizes_in(text: str, language: str | None) -> tuple[SizeMention, ...]:
    """:func:`find_sizes` remembered for the sentences asked about again (an article's events
    share sentences, and each event's size is looked for in its scope, then in a fallback)."""
    toks = tokens(text)
    mentions: list[SizeMention] = []
    i = 0
    while i < len(toks):
        parsed = _parse_at(text, toks, i, language)
        if parsed is None:
            i += 1
            continue
        mention, next_index = parsed
        mentions.append(mention)
        i = next_index
    solo = [
        SizeMention(start=m.start(), end=m.end(), surface=m.group(), low=1, high=1)
        for m in SOLO_PICKET.finditer(text)
        if not any(m.start() < other.end and other.start < m.end() for other in mentions)
    ]
    return tuple(sorted(mentions + solo, key=lambda mention: mention.start))


def _quantity(toks: list[Tok], j: int, language: str | None) -> tuple[float, int, bool] | None:
    """(value, next index, is_collective) of the number at ``j`` (digits or number words)."""
    if (
        j + 1 < len(toks)
        and toks[j].key == "a"
        and toks[j + 1].key in ("hundred", "thousand", "dozen")
    ):
        j += 1
    if j >= len(toks):
        return None
    if toks[j].is_number:
        value, k = number_value(toks[j]), j + 1
    else:
        value, k = 0.0, j
        current = 0.0
        while k < len(toks) and not toks[k].is_number:
            number = word_value(toks[k].key, _NUMBERS)
            allowed = AMBIGUOUS_NUMBER_WORDS.get(toks[k].key)
            if number is None or (allowed is not None and language not in allowed):
                break
            current = current * number if number >= 100 and current else current + number
            k += 1
        if k == j:
            return None
        value = current
        if k == j + 1 and toks[j].key in COLLECTIVE:
            return value, k, True
    if k < len(toks) and not toks[k].is_number:
        multiplier = word_value(toks[k].key, _MULTIPLIERS)
        if multiplier and (toks[j].is_number or multiplier != 100):
            value, k = value * multiplier, k + 1
    return value, k, False


def _inside_code(text: str, toks: list[Tok], i: int) -> bool:
    """Whether the digits at ``i`` are part of a code or an address ("8NmNcZinE", "id5"): glued to
    a letter before, or to a word with a capital letter after (a case suffix is lower case)."""
    tok = toks[i]
    if tok.start > 0 and text[tok.start - 1].isalpha():
        return True
    after = toks[i + 1] if i + 1 < len(toks) else None
    return after is not None and after.start == tok.end and any(ch.isupper() for ch in after.text)


def _parse_at(
    text: str, toks: list[Tok], i: int, language: str | None
) -> tuple[SizeMention, int] | None:
    first = toks[i]
    if first.is_number and _inside_code(text, toks, i):
        return None
    if (
        not first.is_number
        and first.key not in _STARTERS
        and word_value(first.key, _NUMBERS) is None
    ):
        return None
    start = first.start
    qualifier, j = "exact", i
    for kind, phrases in (
        ("group", _GROUP),
        ("about", _ABOUT),
        ("more", _MORE),
        ("upto", _UPTO),
        ("range", _RANGE),
    ):
        length = _phrase(toks, j, phrases)
        if length:
            qualifier, j = kind, j + length
            break
    low: float | None
    high: float | None
    collective = False
    if j >= len(toks):
        return None
    vague_length = _phrase(toks, j, _VAGUE_KEYS)
    quantity = _quantity(toks, j, language)
    if qualifier in ("about", "more", "upto") and toks[j].key in ONE_UNIT_AFTER_QUALIFIER:
        quantity, vague_length = (ONE_UNIT_AFTER_QUALIFIER[toks[j].key], j + 1, False), 0
    if quantity is not None and not (
        vague_length and not toks[j].is_number and vague_length >= quantity[1] - j
    ):
        value, k, collective = quantity
        low = high = value
    elif vague_length:
        quantity = None
        low, high = _VAGUE[" ".join(t.key for t in toks[j : j + vague_length])]
        k = j + vague_length
    else:
        return None
    if quantity is not None and k < len(toks) and toks[k].key in _RANGE_WORDS:
        second = _quantity(toks, k + 1, language)
        if second is not None and second[0] > value:
            high, k, qualifier = second[0], second[1], "range"
    if (
        k + 1 < len(toks)
        and toks[k].key == "-"
        and toks[k + 1].key in ABLATIVE_SUFFIXES
        and toks[k + 1].start == toks[k].end == toks[k - 1].end + 1
    ):
        k += 2
    elif (
        k < len(toks) and toks[k].key in ABLATIVE_SUFFIXES and toks[k].start - toks[k - 1].end <= 1
    ):
        k += 1
    if k < len(toks) and not toks[k].is_number:
        for kind, words in (("more", MORE_AFTER), ("about", ABOUT_AFTER), ("upto", UPTO_AFTER)):
            if toks[k].key in words:
                qualifier, k = kind, k + 1
                break
    noun_index = _people_noun(text, toks, k)
    if noun_index is None and not collective and qualifier != "group":
        return None
    if quantity is not None:
        if qualifier == "more":
            high = None
        elif qualifier == "upto":
            low = None
    if qualifier == "range" and quantity is not None and high == low:
        qualifier = "exact"
    end = toks[noun_index].end if noun_index is not None else toks[k - 1].end
    noun = toks[noun_index].text if noun_index is not None else None
    mention = SizeMention(
        start=start,
        end=end,
        surface=text[start:end],
        low=None if low is None else int(low),
        high=None if high is None else int(high),
        noun=noun,
    )
    if (mention.low or 0) <= 0 and (mention.high or 0) <= 0:
        return None
    return mention, (noun_index + 1 if noun_index is not None else k)


def _joined(text: str, left: Tok, right: Tok) -> bool:
    """Only spaces (or the full stop of "тыс.") between two tokens of one size phrase."""
    gap = text[left.end : right.start].strip(" \u00a0")
    return gap == "" or (gap == "." and left.key in ("тыс", "чел"))


def _people_noun(text: str, toks: list[Tok], k: int) -> int | None:
    """Index of a people noun right after the number (allowing "of" and two fillers)."""
    fillers = 0
    while k < len(toks) and fillers <= _MAX_FILLERS:
        tok = toks[k]
        if tok.is_number or (k > 0 and not _joined(text, toks[k - 1], tok)):
            return None
        if matches(tok.key, _PEOPLE):
            after = toks[k + 1].key if k + 1 < len(toks) else ""
            return None if after and matches(after, _NOT_PEOPLE) and after not in OF_WORDS else k
        if fillers == 0 and matches(tok.key, _NOT_PEOPLE) and tok.key not in OF_WORDS:
            return None
        if tok.key in ("-", "–", "—") or tok.key in STOP_FILLERS:
            return None
        fillers += 1
        k += 1
    return None
