"""Tokens and word tables behind :func:`protest_tracker.pipeline.sizes.recognise.find_sizes`."""

from __future__ import annotations

import re
from typing import NamedTuple

_APOSTROPHES = str.maketrans("", "", "'’‘`´ʻʼ")
_TOKEN = re.compile(
    r"[0-9]{1,3}(?:[\u00a0\u202f ][0-9]{3})+(?![0-9,.][0-9])|[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])|[0-9]+(?:[.,][0-9]+)?"
    r"|[^\W\d_]+(?:['’ʻʼ‘`-][^\W\d_]+)*|%|[-–—]"
)


class Tok(NamedTuple):
    """A token: offsets, surface, lower-case key (apostrophes unified), whether it is a number.
    A named tuple, not a dataclass: sentences are tokenised often and it is cheaper to build."""

    start: int
    end: int
    text: str
    key: str
    is_number: bool


def word_key(raw: str) -> str:
    """The key a word is looked up by in the word tables (lower case, apostrophes removed)."""
    return raw.lower().translate(_APOSTROPHES)


def tokens(text: str) -> list[Tok]:
    """Numbers (``1 000``, ``1,000``, ``1,5``), words, ``%`` and dashes with their offsets."""
    out = []
    for match in _TOKEN.finditer(text):
        raw = match.group()
        out.append(
            Tok(
                match.start(),
                match.end(),
                raw,
                word_key(raw),
                "0" <= raw[0] <= "9",
            )
        )
    return out


def number_value(tok: Tok) -> float:
    """The value of a digit token (thousands separators removed, decimal comma allowed)."""
    raw = re.sub(r"[\u00a0\u202f ]", "", tok.text)
    if re.fullmatch(r"[0-9]{1,3}(?:,[0-9]{3})+", raw):
        return float(raw.replace(",", ""))
    return float(raw.replace(",", "."))


Table = tuple[dict[str, int], re.Pattern[str], dict[str, int]]


def word_table(table: dict[str, int]) -> Table:
    """A word -> value table split into exact words and a stem pattern."""
    prefixes = {k[:-1]: v for k, v in table.items() if k.endswith("*")}
    pattern = re.compile("|".join(sorted(map(re.escape, prefixes), key=len, reverse=True)))
    return {k: v for k, v in table.items() if not k.endswith("*")}, pattern, prefixes


def word_value(key: str, table: Table) -> int | None:
    """The number a word stands for (exact words first, then ``stem*`` entries)."""
    value = table[0].get(key)
    if value is not None:
        return value
    match = table[1].match(key)
    return table[2][match.group()] if match else None


def split_patterns(patterns: tuple[str, ...]) -> tuple[frozenset[str], tuple[str, ...]]:
    """(whole words, stems) of a word list where ``stem*`` means any ending."""
    return (
        frozenset(p for p in patterns if not p.endswith("*")),
        tuple(p[:-1] for p in patterns if p.endswith("*")),
    )


def matches(key: str, patterns: tuple[frozenset[str], tuple[str, ...]]) -> bool:
    """Whether ``key`` is one of the words or starts with one of the stems."""
    return key in patterns[0] or key.startswith(patterns[1])
