"""What ingest readers yield, and the summary of a run (plain data, no I/O)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from protest_tracker import model


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
