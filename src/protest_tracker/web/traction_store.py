"""A campaign's traction, stored once computed and dropped in the transaction that changes its inputs.

Traction reads every published event of a campaign and every report's text (the concession
cues), so it costs what the campaign's size costs. :func:`stored_traction` returns the stored
result (:class:`CampaignTraction`) or computes and stores it; the receivers below delete the
stored row of every campaign whose inputs change, in the same transaction as the change: any
ORM save or delete of one of its events (a move between campaigns drops both), of a report of
one of its events, any update of an article those reports cite, and every campaign whose summary
rows :mod:`web.campaign_stats` recounts (which covers ``QuerySet.update()`` callers that call
``refresh_summary_for``). The result is stored before the privacy cuts and the charts, which are
applied on every read. ``protest-tracker aggregates rebuild`` empties the table.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from django.core.serializers.json import DjangoJSONEncoder
from django.db import IntegrityError, transaction
from django.db.models.signals import post_delete, post_save, pre_save

from protest_tracker.linking.traction import TRACTION_VERSION, compute_traction
from protest_tracker.store.models import Article, Campaign, Event, EventReport
from protest_tracker.web import sql
from protest_tracker.web.summary_models import CampaignTraction


def stored_traction(campaign: Campaign, records) -> dict[str, Any]:
    """The campaign's traction (``compute_traction(...).to_dict()``): stored, or computed from
    ``records()`` (a callable returning its traction records) and stored."""
    row = CampaignTraction.objects.filter(campaign_id=campaign.pk, version=TRACTION_VERSION).first()
    if row is not None:
        return row.traction
    traction = json.loads(json.dumps(compute_traction(records()).to_dict(), cls=DjangoJSONEncoder))  # as stored
    try:
        with transaction.atomic():
            sql.derived_rows_commit()  # a cache row: a crash may lose it (it is computed again)
            CampaignTraction.objects.update_or_create(campaign_id=campaign.pk,
                                                      defaults={"version": TRACTION_VERSION, "traction": traction})
    except IntegrityError:  # a concurrent reader stored it first: the same result
        pass
    return traction


def invalidate(campaigns: Iterable[int | None], *, using: str = "default") -> None:
    """Drop the stored traction of these campaigns (primary keys)."""
    ids = {pk for pk in campaigns if pk is not None}
    if ids:
        CampaignTraction.objects.using(using).filter(campaign_id__in=ids).delete()


def _campaigns_of(events: Iterable[int | None], using: str) -> set[int]:
    ids = {pk for pk in events if pk is not None}
    return set(Event.objects.using(using).filter(pk__in=ids, campaign_id__isnull=False)
               .values_list("campaign_id", flat=True)) if ids else set()


def _event_before(sender, instance: Event, raw: bool = False, using: str = "default", **kwargs):
    old = getattr(instance, "_summary_old", None)  # read by web.summary's pre_save when the campaign may change
    instance._traction_old_campaign = old["campaign_id"] if old else None


def _event_after(sender, instance: Event, raw: bool = False, using: str = "default", **kwargs):
    invalidate({instance.campaign_id, getattr(instance, "_traction_old_campaign", None)}, using=using)


def _event_deleted(sender, instance: Event, using: str = "default", **kwargs):
    invalidate({instance.campaign_id}, using=using)


def _report_changed(sender, instance: EventReport, using: str = "default", **kwargs):
    events = {instance.event_id, getattr(instance, "_outlets_old_event", None)}  # the old event: web.sources
    invalidate(_campaigns_of(events, using), using=using)


def _article_after(sender, instance: Article, created: bool = False, raw: bool = False, using: str = "default",
                   **kwargs):
    if not created:
        invalidate(_campaigns_of(EventReport.objects.using(using).filter(article_id=instance.pk)
                                 .values_list("event_id", flat=True), using), using=using)


RECEIVERS = ((pre_save, _event_before, Event), (post_save, _event_after, Event), (post_delete, _event_deleted, Event),
             (post_save, _report_changed, EventReport), (post_delete, _report_changed, EventReport),
             (post_save, _article_after, Article))


def connect() -> None:
    """Connect the receivers (from the web app's ``ready()``, after :func:`web.summary.connect`)."""
    for signal, receiver, model in RECEIVERS:
        signal.connect(receiver, sender=model, dispatch_uid=f"traction-{receiver.__name__}-{signal is post_save}")
