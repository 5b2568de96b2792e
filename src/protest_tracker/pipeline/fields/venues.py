"""Find protest venues: consulates, akimats/hokimiyats, squares, courts, oil fields, highways.

>>> [(m.venue, m.venue_type) for m in find_venues("Пикет у консульства КНР в Алматы", language="ru")]
[('Chinese consulate', 'foreign_mission')]

Every label maps to a code of :data:`protest_tracker.codebook.VENUE_TYPES`. Generic words
(``ministry``, ``court``, ``street``, ``square``) get a lower ``confidence`` because news often
names them as institutions rather than as the place of a protest.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from protest_tracker.codebook import VENUE_TYPES
from protest_tracker.pipeline.fields.venue_words import VENUES

_LOW_CONFIDENCE = {
    "ministry": 0.4,
    "parliament": 0.5,
    "court": 0.5,
    "street": 0.5,
    "square": 0.6,
    "GKNB building": 0.5,
    "prosecutor's office": 0.4,
    "embassy": 0.6,
    "consulate": 0.6,
    "UN office": 0.5,
    "park": 0.6,
    "market": 0.5,
    "bridge": 0.5,
    "deposit": 0.6,
    "factory": 0.6,
    "mine": 0.6,
    "police station": 0.5,
    "railway": 0.6,
    "monument": 0.7,
    "airport": 0.5,
}


@dataclass(frozen=True)
class VenueMention:
    """A venue phrase: ``text[start:end] == surface``; ``venue`` is a short English label."""

    start: int
    end: int
    surface: str
    venue: str
    venue_type: str
    confidence: float = 0.8


_LITERAL = re.compile(r"[^\W\d_]{2,}")
_SYNTAX = re.compile(r"\\[a-zA-Z]|\(\?(?:P<\w+>|-i:|:|<!|!|=)|\[[^\]]*\]")
_NOT_TRIGGERS = frozenset({"the", "of", "and", "or", "in", "on", "at", "to", "for"})
_WORD = re.compile(r"[^\W\d_]{2,}")
_WINDOW = 80


class _Matcher:
    """Per-entry regular expressions plus a table of trigger words.

    One big alternation is slow in Python's ``re`` (every position tries every branch), so each
    entry is tried only near a word that starts with one of the literal words of its patterns.
    """

    def __init__(self) -> None:
        codes = set(VENUE_TYPES.codes)
        self.entries: list[tuple[str, str, re.Pattern[str]]] = []
        self.triggers: dict[str, list[tuple[str, int]]] = {}
        for index, (label, venue_type, patterns) in enumerate(VENUES):
            if venue_type not in codes:
                raise ValueError(f"unknown venue type {venue_type!r} for {label!r}")
            body = "|".join(f"(?:{p})" for p in patterns)
            self.entries.append(
                (label, venue_type, re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE))
            )
            for pattern in patterns:
                for literal in _LITERAL.findall(_SYNTAX.sub(" ", pattern)):
                    literal = literal.lower()
                    if literal in _NOT_TRIGGERS:
                        continue
                    self.triggers.setdefault(literal[:2], []).append((literal, index))

    def triggered(self, text: str) -> list[tuple[int, int]]:
        """(entry index, character position) pairs worth trying."""
        out = []
        for word in _WORD.finditer(text):
            lowered = word.group().lower()
            for literal, index in self.triggers.get(lowered[:2], ()):
                if lowered.startswith(literal):
                    out.append((index, word.start()))
        return out


@functools.lru_cache(maxsize=1)
def _matcher() -> _Matcher:
    """The compiled matcher, built on first use (not at import time)."""
    return _Matcher()


def find_venues(text: str, *, language: str | None = None) -> list[VenueMention]:
    """Venue mentions in ``text``, left to right (the first, most specific label wins)."""
    matcher = _matcher()
    found: set[tuple[int, int, int]] = set()
    tried: set[tuple[int, int]] = set()
    for index, position in matcher.triggered(text):
        window = (index, position // _WINDOW)
        if window in tried:
            continue
        tried.add(window)
        pattern = matcher.entries[index][2]
        low, high = max(0, position - _WINDOW), min(len(text), position + 2 * _WINDOW)
        for match in pattern.finditer(text, low, high):
            found.add((match.start(), index, match.end()))
    out: list[VenueMention] = []
    for start, index, end in sorted(found):
        if out and start < out[-1].end:
            continue
        label, venue_type, _ = matcher.entries[index]
        out.append(
            VenueMention(
                start=start,
                end=end,
                surface=text[start:end],
                venue=label,
                venue_type=venue_type,
                confidence=_LOW_CONFIDENCE.get(label, 0.8),
            )
        )
    return out
