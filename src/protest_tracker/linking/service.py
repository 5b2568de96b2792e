"""Link extract output into events and campaigns (the no-database path of ``protest-tracker link``)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from protest_tracker.linking.campaigns import Campaign, cluster_campaigns
from protest_tracker.linking.coref import cluster_reports
from protest_tracker.linking.events import LinkedEvent, build_event, one_per_occasion
from protest_tracker.linking.reports import Report, reports_from_records
from protest_tracker.linking.similarity import MERGE_THRESHOLD


@dataclass(frozen=True, slots=True)
class LinkResult:
    """Linked events (sorted by date, then id) and the campaigns they form."""

    events: tuple[LinkedEvent, ...]
    campaigns: tuple[Campaign, ...] = ()
    reports: int = 0
    articles: int = 0
    stats: dict[str, int] = field(default_factory=dict)

    def records(self) -> list[dict[str, Any]]:
        """One output line per linked event."""
        return [event.to_record() for event in self.events]


def link_reports(
    reports: Iterable[Report], *, threshold: float = MERGE_THRESHOLD, campaigns: bool = True,
    fixed_campaigns: Mapping[str, str] | None = None,
) -> LinkResult:
    """Cluster reports into events, then events into campaigns."""
    reports = list(reports)
    # one event per date + place + participant group, even when one article split it in two
    events = one_per_occasion([build_event(cluster) for cluster in cluster_reports(reports, threshold=threshold)])
    found: list[Campaign] = []
    if campaigns:
        found, assignment = cluster_campaigns(events, fixed=fixed_campaigns)
        events = [e.with_campaign(assignment.get(e.event_id)) for e in events]
    events.sort(key=lambda e: (e.headline.date or "", e.event_id))
    stats = {
        "reports": len(reports),
        "events": len(events),
        "merged_events": sum(1 for e in events if len(e.report_ids) > 1),
        "aggregate_events": sum(1 for e in events if e.headline.aggregate),
        "events_with_conflicts": sum(1 for e in events if e.conflicts),
        "campaigns": len(found),
    }
    return LinkResult(events=tuple(events), campaigns=tuple(found), reports=len(reports),
                      articles=len({r.article_id for r in reports}), stats=stats)


def link_records(records: Iterable[Mapping[str, Any]], *, threshold: float = MERGE_THRESHOLD,
                 campaigns: bool = True) -> LinkResult:
    """Link extract-output records (one per article, exchange format)."""
    return link_reports(reports_from_records(records), threshold=threshold, campaigns=campaigns)
