"""Cue lexicons: compiled, word-anchored regular expressions over folded text.

A cue list maps a label (a codebook code or an internal name) to regular
expression fragments written for the *folded* text (lower case, ё→е, ``'`` for
every apostrophe — see :func:`protest_tracker.pipeline.text.fold`). Each
fragment is anchored at a word start; a fragment ending in ``~`` may be
followed by any word characters (a stem), otherwise the word must end there.
Lexicons are built from linguistic knowledge of how protests are reported in
each language, not from any particular article.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property

_WORD_END = r"(?![\w'])"


def _fragment(raw: str) -> str:
    body = raw[:-1] + r"[\w'-]*" if raw.endswith("~") else raw + _WORD_END
    body = body.replace("~", r"[\w'-]*").replace(" ", r"[\s,]+")
    return body


_META = set("~\\([{?*+|.^$)]} ")
_OPTIONAL_AFTER = set("?*{")


def _top_level_alternative(raw: str) -> bool:
    """Whether the fragment has a ``|`` outside any group (its matches share no start)."""
    depth = 0
    for ch in raw:
        depth += (ch == "(") - (ch == ")")
        if ch == "|" and depth == 0:
            return True
    return False


def literal_prefix(raw: str) -> str | None:
    """The literal text every match of the fragment starts with (``None`` when there is none of
    at least two characters, or the fragment has a top-level alternative): a cheap substring test
    on it tells that the fragment cannot match a span."""
    if _top_level_alternative(raw):
        return None
    prefix: list[str] = []
    for i, ch in enumerate(raw):
        if ch in _META:
            if ch in _OPTIONAL_AFTER and prefix:
                prefix.pop()
            break
        if i + 1 < len(raw) and raw[i + 1] in _OPTIONAL_AFTER:
            break
        prefix.append(ch)
    return "".join(prefix) if len(prefix) >= 2 else None


def _starts_with_literal(raw: str) -> bool:
    """Whether every match of the fragment starts with its first character, taken literally."""
    if not raw or raw[0] in _META or (len(raw) > 1 and raw[1] in "?*{+"):
        return False
    return not _top_level_alternative(raw)


def factored(bodies: Sequence[tuple[bool, str]]) -> str:
    """One alternation of regex ``bodies`` (flag: it starts with a literal character), the
    literal-first ones grouped by that character (``м(?:итинг|арш)``), so the engine tries one
    character per group instead of every alternative at every position. Only bodies with
    different first characters change places, and those cannot match at the same position, so
    the first alternative that matches — and hence every match — is the same as before."""
    parts: list[str] = []
    run: dict[str, list[str]] = {}

    def flush() -> None:
        for first, rests in run.items():
            parts.append(re.escape(first) + (f"(?:{'|'.join(rests)})" if len(rests) > 1 else rests[0]))
        run.clear()

    for literal, body in bodies:
        if literal and body[0] != "\\":
            run.setdefault(body[0], []).append(body[1:] or "")
        else:
            flush()
            parts.append(f"(?:{body})")
    flush()
    return "|".join(parts)


@dataclass(frozen=True, slots=True)
class CueMatch:
    """A cue found in a text: its label and the span (offsets of the searched text)."""

    label: str
    start: int
    end: int
    surface: str


class Lexicon:
    """Labelled cue patterns compiled once; ``finditer`` over folded text."""

    def __init__(self, cues: Mapping[str, Sequence[str]]) -> None:
        self._cues = {label: tuple(frags) for label, frags in cues.items()}
        #: :meth:`find`'s results for the last text searched, by span (stages ask again for the
        #: same sentence: about a quarter of the calls); replaced whole when another text comes
        self._memo: tuple[str, dict[tuple[int, int], tuple[CueMatch, ...]]] = ("", {})

    @cached_property
    def _patterns(self) -> tuple[tuple[str, re.Pattern[str]], ...]:
        compiled = []
        for label, fragments in self._cues.items():
            alternation = factored([(_starts_with_literal(f), _fragment(f)) for f in fragments])
            compiled.append((label, re.compile(rf"(?<![\w'])(?:{alternation})")))
        return tuple(compiled)

    @cached_property
    def _prefixes(self) -> dict[str, re.Pattern[str] | None]:
        """Per label, one plain alternation of the literal starts of its fragments (``None``: some
        fragment has none, so the label is always searched)."""
        out: dict[str, re.Pattern[str] | None] = {}
        for label, fragments in self._cues.items():
            starts = [literal_prefix(f) for f in fragments]
            literal = sorted({p for p in starts if p is not None})
            out[label] = None if None in starts else re.compile(factored([(True, re.escape(p)) for p in literal]))
        return out

    def _active(self, folded: str, start: int, stop: int) -> Iterator[tuple[str, re.Pattern[str]]]:
        """The label patterns that can match in the span (a substring test skips the others)."""
        prefixes = self._prefixes
        for label, pattern in self._patterns:
            starts = prefixes[label]
            if starts is None or starts.search(folded, start, stop):
                yield label, pattern

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(self._cues)

    def finditer(self, folded: str, start: int = 0, end: int | None = None) -> Iterator[CueMatch]:
        """Every cue in ``folded[start:end]`` (offsets are into ``folded``), ordered by label."""
        stop = len(folded) if end is None else end
        for label, pattern in self._active(folded, start, stop):
            for m in pattern.finditer(folded, start, stop):
                yield CueMatch(label, m.start(), m.end(), m.group(0))

    def find(self, folded: str, start: int = 0, end: int | None = None) -> list[CueMatch]:
        """Every cue, sorted by position (remembered for the spans of the last text searched)."""
        stop = len(folded) if end is None else end
        memo = self._memo
        if memo[0] is not folded:  # identity: the memo holds the text, so its id is not reused
            memo = self._memo = (folded, {})
        found = memo[1].get((start, stop))
        if found is None:
            found = tuple(sorted(self.finditer(folded, start, stop), key=lambda c: (c.start, c.end)))
            memo[1][(start, stop)] = found
        return list(found)

    def labels_in(self, folded: str, start: int = 0, end: int | None = None) -> set[str]:
        """The labels with at least one cue in the span."""
        found = set()
        stop = len(folded) if end is None else end
        for label, pattern in self._active(folded, start, stop):
            if pattern.search(folded, start, stop):
                found.add(label)
        return found

    def first(self, folded: str, label: str, start: int = 0, end: int | None = None) -> CueMatch | None:
        for name, pattern in self._patterns:
            if name == label:
                m = pattern.search(folded, start, len(folded) if end is None else end)
                if m:
                    return CueMatch(label, m.start(), m.end(), m.group(0))
        return None
