"""Per-campaign counts for the campaign list, recounted from the event summary when a campaign's rows change.

:class:`CampaignStat` holds, per campaign with published events, their number, the number of
distinct cities and the first and latest day. :mod:`web.summary` calls :func:`refresh` with the
campaigns of every summary row it deletes or writes, in the same transaction, so the campaign
list and :func:`web.traction_view.public_campaigns` read one small row per campaign instead of
grouping the summary. ``protest-tracker aggregates rebuild`` recounts it whole.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.db.models import Count, Max, Min, Sum

from protest_tracker.web import sql, traction_store
from protest_tracker.web.summary_models import CampaignStat, EventSummary, insert_batch

FIELDS = ("campaign_id", "events", "cities", "first", "last")


def _counts(rows) -> Any:
    """Published summary rows grouped per campaign, as :class:`CampaignStat` values."""
    return (rows.filter(published=True, campaign_id__isnull=False).values("campaign_id")
            .annotate(events=Sum("events"), cities=Count("city", distinct=True), first=Min("day"), last=Max("day"))
            .order_by())


def refresh(campaigns: Iterable[int | None], *, using: str = "default", summary_model=EventSummary,
            stat_model=CampaignStat) -> None:
    """Recount the stats of these campaigns (primary keys) from the summary."""
    ids = sorted({pk for pk in campaigns if pk is not None})
    traction_store.invalidate(ids, using=using)  # their events changed: so may their traction
    sql.advisory_locks((f"campaign-stats:{pk}" for pk in ids), using=using)  # one recount of a campaign at a time
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        rows = list(_counts(summary_model.objects.using(using).filter(campaign_id__in=chunk)))
        stat_model.objects.using(using).filter(campaign_id__in=chunk).delete()
        stat_model.objects.using(using).bulk_create([stat_model(**row) for row in rows], batch_size=insert_batch(stat_model))


def rebuild(*, using: str = "default", summary_model=EventSummary, stat_model=CampaignStat) -> None:
    """Recount every campaign's stats (the models are parameters so a migration can pass its own)."""
    ids = (summary_model.objects.using(using).filter(campaign_id__isnull=False)
           .values_list("campaign_id", flat=True).distinct().order_by())
    stat_model.objects.using(using).all().delete()
    refresh(set(ids), using=using, summary_model=summary_model, stat_model=stat_model)


def matches_summary(*, using: str = "default") -> bool:
    """Whether the stats equal a recount from the summary."""
    def as_set(rows: Iterable[dict[str, Any]]) -> set[tuple]:
        return {tuple(row[k] for k in FIELDS) for row in rows}

    live = _counts(EventSummary.objects.using(using).all())
    return as_set(live) == as_set(CampaignStat.objects.using(using).values(*FIELDS))
