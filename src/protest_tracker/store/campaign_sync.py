"""Campaigns in the database: regrouping after linking, and the analyst's confirm / merge / split.

:func:`recompute_campaigns` runs the pure campaign clustering over every event
that is not rejected. Events of a *confirmed* campaign are fixed there (new
events may still join it); machine-made (*candidate*) campaigns are matched to
the new groups by the largest overlap, renamed, created or deleted. An event an
analyst has acted on is never moved out of a campaign, only added to one when
it has none. Every change is audited.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.utils import timezone

from protest_tracker.errors import ReviewError
from protest_tracker.linking.campaigns import Campaign as LinkedCampaign
from protest_tracker.linking.campaigns import cluster_campaigns
from protest_tracker.linking.traction import compute_traction
from protest_tracker.store import audit
from protest_tracker.store.events import event_to_exchange
from protest_tracker.store.linking_rows import PROTECTED_STATUSES, linked_event_of, report_metadata
from protest_tracker.store.models import Campaign, Event


@dataclass
class CampaignSummary:
    campaigns: int = 0
    created: int = 0
    deleted: int = 0
    moved_events: int = 0


def _next_public_id(country: str) -> str:
    prefix = f"CMP-{(country or 'XX').upper()}-"
    taken = Campaign.objects.filter(public_id__startswith=prefix).values_list("public_id", flat=True)
    numbers = [int(p[len(prefix):]) for p in taken if p[len(prefix):].isdigit()]
    return f"{prefix}{max(numbers, default=0) + 1:05d}"


def _apply_profile(campaign: Campaign, found: LinkedCampaign, events: list[Event], *, actor: Any, batch: str) -> None:
    groups = Counter(g for e in events for g in e.participant_groups)
    targets = Counter(t for e in events for t in e.target_categories)
    values: dict[str, Any] = {"key": found.campaign_id, "grievance_categories": list(found.grievances),
                              "participant_groups": sorted(groups), "target_categories": sorted(targets)}
    if campaign.status != "confirmed":
        values["name"] = found.title[:200]
    for name, new in values.items():
        old = getattr(campaign, name)
        if old != new:
            setattr(campaign, name, new)
            if campaign.pk:
                audit.record(actor=actor, action="update", object_type="campaign", object_id=campaign.public_id,
                             field=name, old=old, new=new, reason="linking: campaigns regrouped", batch=batch)
    campaign.save()


def recompute_campaigns(*, actor: Any = "linking") -> CampaignSummary:
    """Regroup every non-rejected event into campaigns (see the module docstring)."""
    summary = CampaignSummary()
    batch = audit.new_batch()
    with transaction.atomic():
        events = list(Event.objects.exclude(status="rejected").select_related("campaign")
                      .prefetch_related("reports__article").order_by("public_id"))
        by_public = {e.public_id: e for e in events}
        fixed = {e.public_id: e.campaign.public_id for e in events if e.campaign_id and e.campaign.status == "confirmed"}
        found, assignment = cluster_campaigns([linked_event_of(e) for e in events], fixed=fixed)
        existing = {c.public_id: c for c in Campaign.objects.all()}
        claimed: set[str] = set()
        target_of: dict[str, Campaign] = {}
        for group in found:
            if group.fixed:
                campaign = existing[group.campaign_id]
            else:
                overlap = Counter(by_public[e].campaign.public_id for e in group.event_ids
                                  if by_public[e].campaign_id and by_public[e].campaign.status != "confirmed"
                                  and by_public[e].campaign.public_id not in claimed)
                if overlap:
                    campaign = existing[min(overlap, key=lambda p: (-overlap[p], p))]
                else:
                    country = by_public[group.event_ids[0]].country
                    campaign = Campaign(public_id=_next_public_id(country), name=group.title[:200])
                    summary.created += 1
            claimed.add(campaign.public_id)
            members = [by_public[e] for e in group.event_ids]
            created = campaign.pk is None
            _apply_profile(campaign, group, members, actor=actor, batch=batch)
            if created:
                audit.record(actor=actor, action="create", object_type="campaign", object_id=campaign.public_id,
                             new={"name": campaign.name, "events": len(members)}, batch=batch)
            existing[campaign.public_id] = campaign
            target_of[group.campaign_id] = campaign
        for event in events:
            target = target_of.get(assignment.get(event.public_id, ""))
            if (target.pk if target else None) == event.campaign_id:
                continue
            if event.campaign_id and (event.status in PROTECTED_STATUSES or event.campaign.status == "confirmed"):
                continue
            old = event.campaign.public_id if event.campaign_id else None
            event.campaign = target
            event.save(update_fields=["campaign", "updated_at"])
            summary.moved_events += 1
            audit.record(actor=actor, action="update", object_type="event", object_id=event.public_id,
                         field="campaign", old=old, new=target.public_id if target else None,
                         reason="linking: campaigns regrouped", batch=batch)
        for campaign in Campaign.objects.filter(status="candidate", events__isnull=True):
            audit.record(actor=actor, action="delete", object_type="campaign", object_id=campaign.public_id,
                         old={"name": campaign.name}, reason="linking: no events left", batch=batch)
            campaign.delete()
            summary.deleted += 1
        summary.campaigns = Campaign.objects.count()
    return summary


def confirm_campaign(campaign: Campaign, *, actor: Any) -> Campaign:
    """Mark a campaign confirmed: its membership is then kept by every regrouping."""
    if campaign.status != "confirmed":
        audit.record(actor=actor, action="confirm", object_type="campaign", object_id=campaign.public_id,
                     field="status", old=campaign.status, new="confirmed")
        campaign.status = "confirmed"
        campaign.confirmed_by = actor if getattr(actor, "pk", None) else None
        campaign.confirmed_at = timezone.now()
        campaign.save()
    return campaign


def merge_campaigns(target: Campaign, others: list[Campaign], *, actor: Any) -> Campaign:
    """Move the events of ``others`` into ``target``, delete ``others`` and confirm ``target``."""
    with transaction.atomic():
        for other in others:
            if other.pk == target.pk:
                raise ReviewError(f"cannot merge campaign {target.public_id} into itself")
            moved = list(other.events.values_list("public_id", flat=True))
            other.events.update(campaign=target)
            audit.record(actor=actor, action="merge", object_type="campaign", object_id=target.public_id,
                         old={"from": other.public_id}, new={"events": moved})
            audit.record(actor=actor, action="delete", object_type="campaign", object_id=other.public_id,
                         reason=f"merged into {target.public_id}")
            other.delete()
        return confirm_campaign(target, actor=actor)


def split_campaign(campaign: Campaign, event_ids: list[str], *, actor: Any, name: str = "") -> Campaign:
    """Move the events with these public ids into a new campaign; both campaigns end up confirmed."""
    with transaction.atomic():
        events = list(campaign.events.filter(public_id__in=event_ids))
        if not events or len(events) != len(set(event_ids)):
            raise ReviewError(f"every event to split off must belong to campaign {campaign.public_id}")
        if len(events) == campaign.events.count():
            raise ReviewError("a split must leave at least one event in the original campaign")
        new = Campaign.objects.create(public_id=_next_public_id(events[0].country),
                                      name=(name or f"{campaign.name} (split)")[:200],
                                      grievance_categories=campaign.grievance_categories)
        Event.objects.filter(pk__in=[e.pk for e in events]).update(campaign=new)
        audit.record(actor=actor, action="split", object_type="campaign", object_id=campaign.public_id,
                     new={"into": new.public_id, "events": sorted(event_ids)})
        confirm_campaign(campaign, actor=actor)
        return confirm_campaign(new, actor=actor)


def campaign_traction(campaign: Campaign) -> dict[str, Any]:
    """A stored campaign's traction as JSON-ready data: ``campaign`` (id, name, status), ``version``,
    ``summary`` and ``series`` (definitions in ``docs/traction.md``); rejected events are left out."""
    events = list(campaign.events.exclude(status="rejected").select_related("campaign")
                  .prefetch_related("reports__article"))
    records = [{**event_to_exchange(e), "report_ids": [r.article_id for r in e.reports.all()]} for e in events]
    traction = compute_traction(records, reports=report_metadata(events)).to_dict()
    return {"campaign": {"id": campaign.public_id, "name": campaign.name, "status": campaign.status}, **traction}
