"""What ingest readers yield, and the summary of a run (plain data, no I/O)."""

from __future__ import annotations

import dataclasses
import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from protest_tracker import model

#: C0 control characters but tab, line feed and carriage return, and DEL. PostgreSQL refuses NUL in
#: text and JSON, SQLite stores it: both backends must get the same text, so ingest removes them.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
#: Lone UTF-16 surrogates (JSON ``"\\ud800"``, undecodable bytes kept by ``surrogateescape``): no
#: database can store them as UTF-8, so they become U+FFFD.
_SURROGATES = re.compile("[\ud800-\udfff]")
#: Vertical tab and form feed separate words: they become a space rather than vanish.
_SPACES = str.maketrans({"\x0b": " ", "\x0c": " "})


def clean_text(value: str) -> str:
    """``value`` as every ingest path stores it: NFC, no control characters but ``\\t\\n\\r``, no
    lone surrogates. The same on SQLite and PostgreSQL (the latter refuses NUL)."""
    if value.isascii() and value.isprintable():
        return value
    value = _CONTROLS.sub("", value.translate(_SPACES))
    return unicodedata.normalize("NFC", _SURROGATES.sub("\ufffd", value))


def clean_value(value: Any) -> Any:
    """:func:`clean_text` through JSON-like data (dict keys too): metadata and payloads as stored."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, dict):
        return {clean_value(k): clean_value(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [clean_value(v) for v in value]
    if isinstance(value, float) and not math.isfinite(value):
        return None  # JSON has no NaN or Infinity (PostgreSQL and SQLite's json_valid refuse them)
    return value


_ARTICLE_TEXT_FIELDS = ("url", "title", "text", "language", "outlet", "source_type")


@dataclass(frozen=True, slots=True)
class Collected:
    """One article as collected: the :class:`model.Article`, the payload as received, and metadata."""

    article: model.Article
    origin: str
    raw: str = ""
    metadata: dict[str, Any] = field(default_factory=dict)
    source_slug: str | None = None
    #: set when the article had to be built from a fallback (e.g. the feed summary)
    note: str | None = None

    def cleaned(self) -> Collected:
        """This item with every text run through :func:`clean_text` (what the store saves)."""
        changes: dict[str, Any] = {name: clean_text(value) for name in _ARTICLE_TEXT_FIELDS
                   if isinstance(value := getattr(self.article, name), str) and clean_text(value) != value}
        article = dataclasses.replace(self.article, **changes) if changes else self.article
        return dataclasses.replace(self, article=article, raw=clean_text(self.raw),
                                   metadata=clean_value(self.metadata))


@dataclass(frozen=True, slots=True)
class Failure:
    """A location (URL, path, ``path#message=12``, ``file.csv:row 7``) that could not be ingested."""

    location: str
    reason: str
    detail: str = ""
    source_slug: str | None = None

    @classmethod
    def from_error(cls, error: Exception, *, location: str | None = None, source_slug: str | None = None) -> Failure:
        """A failure from an :class:`~protest_tracker.ingest.errors.IngestProblem` (or any exception)."""
        reason = getattr(error, "reason", None) or type(error).__name__
        where = location or getattr(error, "location", None) or "?"
        detail = getattr(error, "message", None) or str(error)
        return cls(location=where, reason=reason, detail=detail, source_slug=source_slug)

    def cleaned(self) -> Failure:
        """This failure with its texts run through :func:`clean_text` (what the store saves)."""
        return dataclasses.replace(self, location=clean_text(self.location), reason=clean_text(self.reason),
                                   detail=clean_text(self.detail))


@dataclass(frozen=True, slots=True)
class Skipped:
    """Something deliberately not ingested (not an error): an unchanged feed, an unsupported file in a folder."""

    location: str
    reason: str


Item = Collected | Failure | Skipped


@dataclass(slots=True)
class IngestSummary:
    """Counts of one run: fetched, new, unchanged, revised, fallbacks, skipped and failures by reason."""

    fetched: int = 0
    new: int = 0
    unchanged: int = 0
    revised: int = 0
    fallback: int = 0
    skipped: Counter = field(default_factory=Counter)
    failed: Counter = field(default_factory=Counter)
    failures: list[Failure] = field(default_factory=list)

    @property
    def stored(self) -> int:
        """Articles that are now in the database (new, unchanged or revised)."""
        return self.new + self.unchanged + self.revised

    @property
    def failed_total(self) -> int:
        return sum(self.failed.values())

    def add_failure(self, failure: Failure) -> None:
        self.failed[failure.reason] += 1
        self.failures.append(failure)

    def describe(self) -> str:
        """One line, e.g. ``fetched 5 · new 4 · unchanged 1 · revised 0 · failed 1 (timeout 1)``."""
        parts = [f"fetched {self.fetched}", f"new {self.new}", f"unchanged {self.unchanged}",
                 f"revised {self.revised}"]
        if self.fallback:
            parts.append(f"from feed summary {self.fallback}")
        if self.skipped:
            parts.append(f"skipped {sum(self.skipped.values())} ({_by_reason(self.skipped)})")
        failed = f"failed {self.failed_total}"
        if self.failed:
            failed += f" ({_by_reason(self.failed)})"
        parts.append(failed)
        return " · ".join(parts)


def _by_reason(counter: Counter) -> str:
    return ", ".join(f"{reason} {count}" for reason, count in sorted(counter.items()))
