"""Recounts in Python, from events and reports, of the rollups the web keeps by SQL (the outlet
rollup behind ``/api/v1/sources`` and the per-campaign stats), independent of the code that keeps them."""

from __future__ import annotations

from collections import defaultdict

from protest_tracker.store.models import Event, EventReport
from protest_tracker.web import summary_queries
from protest_tracker.web.summary_models import CampaignStat


def outlets_recount(*, verified_only: bool = False) -> dict[tuple, tuple[int, int]]:
    """(outlet, source type) -> (public events, their reports)."""
    events: dict[tuple, set] = defaultdict(set)
    reports: dict[tuple, int] = defaultdict(int)
    for report in EventReport.objects.select_related("event", "article"):
        event, article = report.event, report.article
        if not article.outlet or event.status != "published" or (verified_only and event.verification != "verified"):
            continue
        key = (article.outlet, article.source_type)
        events[key].add(event.pk)
        reports[key] += 1
    return {key: (len(events[key]), reports[key]) for key in events}


def outlets_stored() -> dict[tuple, tuple[int, int]]:
    return {(r["outlet"], r["source_type"]): (r["events"], r["reports"]) for r in summary_queries.outlet_counts()}


def campaigns_recount() -> dict[int, tuple]:
    """Campaign pk -> (published events, distinct cities, first day, latest day)."""
    grouped: dict[int, list[Event]] = defaultdict(list)
    for event in Event.objects.filter(status="published", campaign__isnull=False):
        grouped[event.campaign_id].append(event)
    result = {}
    for pk, events in grouped.items():
        days = [e.date for e in events if e.date]
        result[pk] = (len(events), len({e.city for e in events}), min(days, default=None), max(days, default=None))
    return result


def campaigns_stored() -> dict[int, tuple]:
    return {s.campaign_id: (s.events, s.cities, s.first, s.last) for s in CampaignStat.objects.all()}


def assert_rollups_recount() -> None:
    assert outlets_stored() == outlets_recount()
    assert campaigns_stored() == campaigns_recount()
