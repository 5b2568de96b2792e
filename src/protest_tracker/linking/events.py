"""Linked events: the merged view of one protest with every report that describes it."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from protest_tracker.linking.merge import merge_reports
from protest_tracker.linking.reports import Report
from protest_tracker.linking.similarity import features, place_score
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


def _place(c: EventCandidate) -> Report:
    return Report(article_id="headline", revision="h", index=0, candidate=c)


def same_occasion(a: EventCandidate, b: EventCandidate) -> bool:
    """One event per date + place + participant group (the codebook's unit, as annotators code it).

    Two headlines are one occasion when they share the country, the same day-precise date, the
    settlement (or one names no city and both name the same region), a participant group
    (``general_public`` included: "protesters" and "protesters" are one crowd) and the
    pro-government flag, and neither is an aggregate. The same article may report both (an
    extractor that split one protest over two candidates): the annotation unit decides.
    """
    if a.aggregate or b.aggregate or bool(a.pro_government) != bool(b.pro_government):
        return False
    if not a.country or (a.country or "").upper() != (b.country or "").upper():
        return False
    if (a.date_precision or "day") != "day" or (b.date_precision or "day") != "day":
        return False
    if not a.date or len(a.date) < 10 or a.date[:10] != (b.date or "")[:10]:
        return False
    fa, fb = features(_place(a)), features(_place(b))
    if not (fa.city and fb.city) and not (fa.region and fa.region == fb.region):
        return False
    if place_score(fa, fb) is None:
        return False
    return bool(set(a.participant_groups) & set(b.participant_groups))


def occasion_groups(headlines: Sequence[tuple[str, EventCandidate]]) -> list[list[str]]:
    """The keys of headlines that are one occasion (groups of two or more, sorted). Blocked by
    country and date, so the cost grows with the busiest day; a group never holds two different
    settlements (an event without a city joins at most one of them)."""
    blocks: dict[tuple[str, str], list[tuple[str, EventCandidate]]] = {}
    for key, c in headlines:
        if c.date and c.country:
            blocks.setdefault(((c.country or "").upper(), c.date[:10]), []).append((key, c))
    found: list[list[str]] = []
    for block in blocks.values():
        block.sort(key=lambda item: item[0])
        group_of: dict[str, list[tuple[str, EventCandidate]]] = {key: [(key, c)] for key, c in block}
        for i, (ka, a) in enumerate(block):
            for kb, b in block[i + 1:]:
                ga, gb = group_of[ka], group_of[kb]
                if ga is gb or not same_occasion(a, b):
                    continue
                if any(x.city and y.city and not same_occasion(x, y) for _, x in ga for _, y in gb):
                    continue
                ga.extend(gb)
                for key, _ in gb:
                    group_of[key] = ga
        found += [sorted(k for k, _ in g) for g in {id(g): g for g in group_of.values()}.values() if len(g) > 1]
    return sorted(found)


def one_per_occasion(events: Sequence[LinkedEvent]) -> list[LinkedEvent]:
    """``events`` with the events of one occasion merged into one (their reports together)."""
    by_id = {e.event_id: e for e in events}
    merged: list[LinkedEvent] = []
    taken: set[str] = set()
    for group in occasion_groups([(e.event_id, e.headline) for e in events]):
        merged.append(build_event([r for key in group for r in by_id[key].reports]))
        taken.update(group)
    return [e for e in events if e.event_id not in taken] + merged
