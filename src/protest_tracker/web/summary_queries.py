"""Reading the event summary: which filters it answers, and the public rows for them.

The summary answers every facet (``country``, ``admin1``, ``city``, ``type``, ``grievance``,
``response``, ``target``, ``participants``, ``campaign``, ``verification``) and the date range.
A facet added later without a summary column would make :func:`public_rows` return ``None``, and
the caller would run its live query over events (see docs/performance.md).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.conf import settings
from django.db.models import F, Q, QuerySet, Sum

from protest_tracker.store.fields import has_any_code
from protest_tracker.store.models import Campaign
from protest_tracker.web.filters import FACETS, Filters
from protest_tracker.web.summary_models import (
    CampaignStat,
    EventSummary,
    SourceRollup,
    SummaryMap,
    SummaryPlace,
    SummaryStack,
)

#: URL parameter -> summary column, for the facets the summary answers.
COLUMNS = {"country": "country", "admin1": "region", "city": "city", "type": "event_type",
           "grievance": "grievance_categories", "response": "state_response", "target": "target_categories",
           "participants": "participant_groups", "verification": "verification"}
MULTI_VALUED = {f.param for f in FACETS if f.multi_valued}
#: Facets the rollups answer (with no date range).
ROLLUP_FACETS = frozenset({"country", "verification"})
#: Facets the summary cannot answer (the live query over events does).
LIVE_ONLY = frozenset(f.param for f in FACETS) - set(COLUMNS) - {"campaign"}


def answerable(filters: Filters) -> bool:
    """Whether the summary can answer these filters."""
    return not (LIVE_ONLY & set(filters.values))


def public_summary() -> QuerySet:
    """Summary rows of the events the public may see (mirrors :func:`web.access.public_event_q`)."""
    return _public(EventSummary.objects.all())


def summary_q(filters: Filters) -> Q:
    """The summary's condition for ``filters`` (which must be :func:`answerable`)."""
    condition = Q()
    for param, chosen in filters.values.items():
        if param == "campaign":
            condition &= Q(campaign_id__in=Campaign.objects.filter(public_id__in=list(chosen)).values("pk"))
        elif param in MULTI_VALUED:
            condition &= has_any_code(COLUMNS[param], chosen)  # GIN-indexed on PostgreSQL (migration web.0006)
        else:
            condition &= Q(**{f"{COLUMNS[param]}__in": list(chosen)})
    if filters.date_from:
        condition &= Q(day__gte=filters.date_from)
    if filters.date_to:
        condition &= Q(day__lte=filters.date_to)
    return condition


def _public(rows: QuerySet) -> QuerySet:
    rows = rows.filter(published=True)
    return rows.filter(verification="verified") if getattr(settings, "PUBLIC_VERIFIED_ONLY", False) else rows


def public_rollups(filters: Filters) -> tuple[QuerySet, QuerySet, QuerySet] | tuple[None, None, None]:
    """The rollups' public rows (:class:`SummaryStack`, :class:`SummaryPlace`, :class:`SummaryMap`)
    for ``filters``, or Nones when they cannot answer them (any facet but country and verification, or dates)."""
    if set(filters.values) - ROLLUP_FACETS or filters.date_from or filters.date_to:
        return None, None, None
    condition = Q(**{f"{COLUMNS[p]}__in": list(v) for p, v in filters.values.items()})
    return tuple(_public(model.objects.filter(condition)) for model in (SummaryStack, SummaryPlace, SummaryMap))


def public_rows(filters: Filters) -> QuerySet | None:
    """The public summary rows for ``filters``, or ``None`` when only the live query can answer them."""
    return public_summary().filter(summary_q(filters)) if answerable(filters) else None


def event_count(rows: QuerySet) -> int:
    """How many events these summary rows count."""
    return rows.aggregate(n=Sum("events"))["n"] or 0


#: Up to this many campaign ids are passed as a list; beyond it, as a subquery.
MAX_LISTED_CAMPAIGNS = 900


def campaign_ids(rows: QuerySet) -> list[int] | QuerySet:
    """The campaigns (primary keys) these summary rows count events of.

    Read first as a list of distinct ids: as an ``IN (subquery)`` PostgreSQL joined it by walking
    the campaign index over every summary row that has a campaign and filtering each (340 ms at 1M
    events for ``country=KG&target=…``, against 100 ms for the list; docs/performance.md). More ids
    than :data:`MAX_LISTED_CAMPAIGNS` stay a subquery (SQLite's bound on parameters)."""
    ids = [pk for pk in rows.order_by().values_list("campaign_id", flat=True).distinct()[:MAX_LISTED_CAMPAIGNS + 1]
           if pk is not None]
    if len(ids) > MAX_LISTED_CAMPAIGNS:
        return rows.filter(campaign_id__isnull=False).values("campaign_id")
    return ids


def public_regions() -> list[str]:
    """Regions of published events, sorted (the dashboard's region choices)."""
    return list(_public(SummaryPlace.objects.exclude(region="")).values_list("region", flat=True)
                .distinct().order_by("region"))


def campaign_stats(campaigns: Iterable[int]) -> dict[int, dict[str, Any]]:
    """Per campaign: published events, cities, first and latest event date (the campaign list), from
    :class:`CampaignStat`."""
    rows = (CampaignStat.objects.filter(campaign_id__in=list(campaigns))
            .values("campaign_id", "first", "last", n_events=F("events"), n_cities=F("cities")))
    return {row.pop("campaign_id"): row for row in rows}


def outlet_counts() -> list[dict[str, Any]]:
    """Per outlet and source type: public events and their reports, most events first (``/api/v1/sources``)."""
    return list(_public(SourceRollup.objects.all()).values("outlet", "source_type")
                .annotate(events=Sum("events"), reports=Sum("reports")).order_by("-events", "outlet", "source_type"))
