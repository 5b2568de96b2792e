"""Text normalisation and sentence splitting, keeping offsets into the original text.

``fold`` maps the text to a same-length lower-case form (ё→е, every Uzbek
apostrophe variant → ``'``) so that lexicon matches found in the folded text
are valid offsets into the original: evidence spans always point at the
article as published.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

_APOSTROPHES = "ʻʼ‘’`´ʹ′"
_EXTRA = {"ё": "е", "Ё": "е", "\u00a0": " ", "\u2009": " ", "\u202f": " ", "«": '"', "»": '"',
          "“": '"', "”": '"', "„": '"', "–": "-", "—": "-", "\u2011": "-"}
_PARAGRAPH = re.compile(r"\n\s*\n|\n(?=\s*[-•*]\s)|\n")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]")


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: ``text == article.text[start:end]``; ``paragraph`` counts from 0."""

    index: int
    start: int
    end: int
    text: str
    paragraph: int


def _fold_char(char: str) -> str:
    if char in _EXTRA:
        return _EXTRA[char]
    if char in _APOSTROPHES:
        return "'"
    lower = char.lower()
    return lower if len(lower) == 1 else char


class _FoldTable(dict):
    """``str.translate`` table filled on first sight of each character (one C-level pass per text)."""

    def __missing__(self, code: int) -> str:
        value = _fold_char(chr(code))
        self[code] = value
        return value


_FOLD_TABLE = _FoldTable()


def fold(text: str) -> str:
    """Same-length matching form of ``text``: lower case, ё→е, apostrophes and quotes unified."""
    return text.translate(_FOLD_TABLE)


def clean_text(text: str) -> str:
    """NFC text with control characters (except tab/newline) replaced by spaces."""
    return _CONTROL.sub(" ", unicodedata.normalize("NFC", text))


def junk_ratio(text: str) -> float:
    """Share of characters that are neither letters, digits, punctuation nor spaces."""
    if not text:
        return 0.0
    sample = text[:20000]
    counts = Counter(sample)  # each distinct character is looked up once
    bad = sum(n for c, n in counts.items() if unicodedata.category(c)[0] in "CS" and c not in "\n\t\r")
    bad += counts.get("\ufffd", 0)
    return bad / len(sample)


def letter_count(text: str) -> int:
    return sum(n for c, n in Counter(text[:20000]).items() if c.isalpha())


def split_sentences(text: str, *, limit: int | None = None) -> list[Sentence]:
    """Sentences of ``text`` (paragraph breaks first, then razdel), with offsets.

    ``limit`` stops after that many characters (huge inputs are processed in part).
    """
    from razdel import sentenize

    end_of_text = len(text) if limit is None else min(len(text), limit)
    sentences: list[Sentence] = []
    paragraph = 0
    position = 0
    for match in [*_PARAGRAPH.finditer(text, 0, end_of_text), None]:
        stop = match.start() if match else end_of_text
        chunk = text[position:stop]
        if chunk.strip():
            for piece in sentenize(chunk):
                body = piece.text
                if not body.strip():
                    continue
                start = position + piece.start
                sentences.append(Sentence(len(sentences), start, start + len(body), body, paragraph))
            paragraph += 1
        if match is None:
            break
        position = match.end()
    return sentences
