"""Linked events: the merged view of one protest with every report that describes it."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from protest_tracker.linking.merge import merge_reports
from protest_tracker.linking.reports import Report
from protest_tracker.model import EventCandidate


def content_id(prefix: str, keys: Iterable[str]) -> str:
    """A deterministic id: ``prefix`` + 16 hex digits of the SHA-256 of the sorted keys."""
    digest = hashlib.sha256("\n".join(sorted(keys)).encode("utf-8")).hexdigest()
    return f"{prefix}-{digest[:16]}"


@dataclass(frozen=True, slots=True)
class LinkedEvent:
    """One protest event merged from one or more reports.

    ``event_id`` is derived from the keys of its reports, so the same input gives
    the same id whatever the order of the lines. ``conflicts`` maps a field to the
    value each article gave when they disagree; ``flags`` tell analysts what to check.
    """

    event_id: str
    headline: EventCandidate
    reports: tuple[Report, ...]
    conflicts: dict[str, dict[str, Any]] = field(default_factory=dict)
    flags: tuple[str, ...] = ()
    campaign_id: str | None = None

    @property
    def report_ids(self) -> list[str]:
        """The distinct article ids that report this event, sorted."""
        return sorted({r.article_id for r in self.reports})

    @property
    def outlets(self) -> list[str]:
        return sorted({r.outlet for r in self.reports if r.outlet})

    @property
    def languages(self) -> list[str]:
        return sorted({r.language for r in self.reports if r.language})

    def with_campaign(self, campaign_id: str | None) -> LinkedEvent:
        return LinkedEvent(event_id=self.event_id, headline=self.headline, reports=self.reports,
                           conflicts=self.conflicts, flags=self.flags, campaign_id=campaign_id)

    def to_record(self) -> dict[str, Any]:
        """This event as one line of ``link`` output (exchange-format field names plus linking keys)."""
        record: dict[str, Any] = {"event_id": self.event_id, "report_ids": self.report_ids}
        record.update(self.headline.to_exchange())
        record.pop("evidence_spans", None)
        record["evidence_by_report"] = {r.article_id: _evidence(r) for r in self.reports if _evidence(r)}
        record["flags"] = list(self.flags)
        record["conflicts"] = self.conflicts
        record["outlets"] = self.outlets
        record["languages"] = self.languages
        record["n_reports"] = len(self.report_ids)
        record["published"] = max((r.published[:10] for r in self.reports if r.published), default=None)
        record["campaign_id"] = self.campaign_id
        return record


def _evidence(report: Report) -> str | None:
    main = report.candidate.evidence_for("event") or report.candidate.evidence
    return main[0].text if main else None


def build_event(reports: Sequence[Report]) -> LinkedEvent:
    """Merge one cluster of reports into a :class:`LinkedEvent`."""
    headline, conflicts, flags = merge_reports(reports)
    return LinkedEvent(event_id=content_id("ev", (r.key for r in reports)), headline=headline,
                       reports=tuple(sorted(reports, key=lambda r: r.key)), conflicts=conflicts,
                       flags=flags)
