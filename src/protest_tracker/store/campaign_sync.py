"""Campaigns in the database: regrouping after linking, and the analyst's confirm / merge / split.

:func:`recompute_campaigns` runs the pure campaign clustering over every event
that is not rejected. Events of a *confirmed* campaign are fixed there (new
events may still join it). Machine-made (*candidate*) campaigns are matched to
the new groups by the largest overlap, created or deleted.

Analysts' decisions survive regrouping: a *pinned* event (see
:func:`~protest_tracker.store.linking_rows.pinned_event_ids` — its campaign set by
an analyst, its status ``in_review``/``verified``/``published``, or its campaign
confirmed) is never moved, not even into a campaign when it has none. When
regrouping would have moved it, it is flagged ``needs_review`` instead (once per
proposed move). Campaign names and profiles are recomputed from the events each
campaign really holds after the moves; a name set by an analyst (an audit row by
a person on field ``name``, or a confirmed campaign) is never overwritten. Every
change is audited.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.utils import timezone

from protest_tracker.errors import ReviewError
from protest_tracker.linking.campaign_names import campaign_grievances, campaign_title
from protest_tracker.linking.campaigns import Campaign as LinkedCampaign
from protest_tracker.linking.campaigns import cluster_campaigns
from protest_tracker.linking.events import LinkedEvent
from protest_tracker.linking.traction import compute_traction
from protest_tracker.store import audit
from protest_tracker.store.events import event_to_exchange
from protest_tracker.store.linking_rows import (
    linked_event_of,
    pinned_event_ids,
    report_metadata,
    set_by_analyst,
    with_reports,
)
from protest_tracker.store.models import AuditLog, Campaign, Event

REASON = "linking: campaigns regrouped"
#: What a pinned event is said to be proposed for when its group would need a campaign of its own.
NEW_CAMPAIGN = "a new campaign"


@dataclass
class CampaignSummary:
    campaigns: int = 0
    created: int = 0
    deleted: int = 0
    moved_events: int = 0
    #: Pinned events regrouping would have moved, flagged ``needs_review`` instead.
    flagged_events: int = 0


def _next_public_id(country: str) -> str:
    prefix = f"CMP-{(country or 'XX').upper()}-"
    taken = Campaign.objects.filter(public_id__startswith=prefix).values_list("public_id", flat=True)
    numbers = [int(p[len(prefix):]) for p in taken if p[len(prefix):].isdigit()]
    return f"{prefix}{max(numbers, default=0) + 1:05d}"


def _match_groups(found: list[LinkedCampaign], by_public: dict[str, Event], *,
                  pinned: set[str]) -> dict[str, Campaign]:
    """``group id -> existing campaign``: fixed groups keep theirs; the others get the candidate campaign
    they share most events with, matched greedily over all pairs (ties: more pinned events, then ids)."""
    existing = {c.public_id: c for c in Campaign.objects.all()}
    matched = {g.campaign_id: existing[g.campaign_id] for g in found if g.fixed}
    pairs: Counter[tuple[str, str]] = Counter()
    pinned_pairs: Counter[tuple[str, str]] = Counter()
    for group in found:
        if group.fixed:
            continue
        for event_id in group.event_ids:
            event = by_public[event_id]
            if event.campaign_id and event.campaign.status != "confirmed":
                pairs[(group.campaign_id, event.campaign.public_id)] += 1
                pinned_pairs[(group.campaign_id, event.campaign.public_id)] += event_id in pinned
    claimed = {c.public_id for c in matched.values()}
    for group_id, public_id in sorted(pairs, key=lambda k: (-pairs[k], -pinned_pairs[k], k[1], k[0])):
        if group_id not in matched and public_id not in claimed:
            matched[group_id] = existing[public_id]
            claimed.add(public_id)
    return matched


def _targets(found: list[LinkedCampaign], by_public: dict[str, Event], *, pinned: set[str],
             created: set[int]) -> tuple[dict[str, Campaign | None], dict[str, str]]:
    """``group id -> campaign`` and each group's label (a public id, or :data:`NEW_CAMPAIGN`).

    A group matching no campaign gets a new one when it holds an event that may move
    (its primary key is added to ``created``); a group of pinned events only gets none.
    """
    targets: dict[str, Campaign | None] = dict(_match_groups(found, by_public, pinned=pinned))
    labels = {group_id: campaign.public_id for group_id, campaign in targets.items() if campaign}
    for group in found:  # in date order, so new public ids are numbered deterministically
        if group.campaign_id in targets:
            continue
        if all(e in pinned for e in group.event_ids):
            targets[group.campaign_id], labels[group.campaign_id] = None, NEW_CAMPAIGN
            continue
        country = by_public[group.event_ids[0]].country
        campaign = Campaign.objects.create(public_id=_next_public_id(country), name=group.title[:200],
                                           key=group.campaign_id)
        created.add(campaign.pk)
        targets[group.campaign_id], labels[group.campaign_id] = campaign, campaign.public_id
    return targets, labels


def _flag_pinned(event: Event, *, proposed: str, actor: Any, batch: str) -> bool:
    """Flag a pinned event regrouping would have moved (once per proposed move); True when flagged."""
    current = event.campaign.public_id if event.campaign_id else "no campaign"
    reason = f"linking: regrouping would move it from {current} to {proposed}; kept as the analyst left it"
    if AuditLog.objects.filter(action="flag", object_type="event", object_id=event.public_id, reason=reason).exists():
        return False
    old = event.needs_review
    if not old:
        event.needs_review = True
        event.save(update_fields=["needs_review", "updated_at"])
    audit.record(actor=actor, action="flag", object_type="event", object_id=event.public_id,
                 field="needs_review", old=old, new=True, reason=reason, batch=batch)
    return True


def _refresh_profile(campaign: Campaign, members: list[Event], linked: list[LinkedEvent], *, key: str | None,
                     keep_name: bool, audited: bool, actor: Any, batch: str) -> None:
    """Name (unless kept), causes, groups and targets recomputed from the campaign's actual events."""
    values: dict[str, Any] = {
        "grievance_categories": list(campaign_grievances(linked)),  # a share of its events, not one aside
        "participant_groups": sorted({g for e in members for g in e.participant_groups}),
        "target_categories": sorted({t for e in members for t in e.target_categories}),
    }
    if key:
        values["key"] = key
    if not keep_name:
        values["name"] = campaign_title(linked)[:200]
    changed = False
    for name, new in values.items():
        old = getattr(campaign, name)
        if old != new:
            setattr(campaign, name, new)
            changed = True
            if audited:
                audit.record(actor=actor, action="update", object_type="campaign", object_id=campaign.public_id,
                             field=name, old=old, new=new, reason=REASON, batch=batch)
    if changed:
        campaign.save()


def recompute_campaigns(*, actor: Any = "linking") -> CampaignSummary:
    """Regroup every non-rejected event into campaigns (see the module docstring)."""
    from protest_tracker.web import summary as web_summary  # the web's counts: recounted at the end

    summary = CampaignSummary()
    batch = audit.new_batch()
    with transaction.atomic(), web_summary.deferred():
        events = with_reports(Event.objects.exclude(status="rejected").select_related("campaign")
                              .order_by("public_id"))
        by_public = {e.public_id: e for e in events}
        linked = {e.public_id: linked_event_of(e) for e in events}
        pinned = pinned_event_ids(events)
        fixed = {e.public_id: e.campaign.public_id for e in events if e.campaign_id and e.campaign.status == "confirmed"}
        found, assignment = cluster_campaigns(list(linked.values()), fixed=fixed)
        created: set[int] = set()
        targets, labels = _targets(found, by_public, pinned=pinned, created=created)
        for event in events:
            group_id = assignment.get(event.public_id, "")
            target = targets.get(group_id)
            if (target.pk if target else None) == event.campaign_id and labels.get(group_id) != NEW_CAMPAIGN:
                continue
            if event.public_id in pinned:
                proposed = labels.get(group_id, "no campaign")
                summary.flagged_events += _flag_pinned(event, proposed=proposed, actor=actor, batch=batch)
                continue
            old = event.campaign.public_id if event.campaign_id else None
            event.campaign = target
            event.save(update_fields=["campaign", "updated_at"])
            summary.moved_events += 1
            audit.record(actor=actor, action="update", object_type="event", object_id=event.public_id,
                         field="campaign", old=old, new=target.public_id if target else None,
                         reason=REASON, batch=batch)
        keys = {c.pk: group_id for group_id, c in targets.items() if c}
        named = set_by_analyst(object_type="campaign", field="name")
        members_of: dict[int, list[Event]] = {}
        for event in events:
            if event.campaign_id:
                members_of.setdefault(event.campaign_id, []).append(event)
        for campaign in Campaign.objects.order_by("public_id"):
            members = members_of.get(campaign.pk)
            if not members:
                continue
            _refresh_profile(campaign, members, [linked[e.public_id] for e in members], key=keys.get(campaign.pk),
                             keep_name=campaign.status == "confirmed" or campaign.public_id in named,
                             audited=campaign.pk not in created, actor=actor, batch=batch)
            if campaign.pk in created:
                summary.created += 1
                audit.record(actor=actor, action="create", object_type="campaign", object_id=campaign.public_id,
                             new={"name": campaign.name, "events": len(members)}, reason=REASON, batch=batch)
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
            other_ids = list(other.events.values_list("pk", flat=True))
            other.events.update(campaign=target)
            from protest_tracker.web import summary

            summary.refresh_summary_for(other_ids)  # update() sends no signal: recount the web's summary
            audit.record(actor=actor, action="merge", object_type="campaign", object_id=target.public_id,
                         old={"from": other.public_id}, new={"events": moved})
            audit.record(actor=actor, action="delete", object_type="campaign", object_id=other.public_id,
                         reason=f"merged into {target.public_id}")
            other.delete()
        rename_from_events(target, reason=f"linking: renamed from its events after a merge by {audit.actor_label(actor)}")
        return confirm_campaign(target, actor=actor)


def rename_from_events(campaign: Campaign, *, reason: str) -> None:
    """Name ``campaign`` after the events it holds (audited as ``system:linking``), unless an analyst named it."""
    if campaign.public_id in set_by_analyst(object_type="campaign", field="name"):
        return
    members = with_reports(campaign.events.exclude(status="rejected").select_related("campaign").order_by("public_id"))
    name = campaign_title([linked_event_of(e) for e in members])[:200]
    if members and name != campaign.name:
        audit.record(actor="linking", action="update", object_type="campaign", object_id=campaign.public_id,
                     field="name", old=campaign.name, new=name, reason=reason)
        campaign.name = name
        campaign.save(update_fields=["name", "updated_at"])


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
        from protest_tracker.web import summary

        summary.refresh_summary_for(events)  # update() sends no signal: recount the web's summary
        audit.record(actor=actor, action="split", object_type="campaign", object_id=campaign.public_id,
                     new={"into": new.public_id, "events": sorted(event_ids)})
        if name:  # the analyst's name for the new campaign: kept by every regrouping
            audit.record(actor=actor, action="update", object_type="campaign", object_id=new.public_id,
                         field="name", new=new.name, reason="named at the split")
        reason = f"linking: renamed from its events after a split by {audit.actor_label(actor)}"
        for part in (campaign, new) if not name else (campaign,):
            rename_from_events(part, reason=reason)
        confirm_campaign(campaign, actor=actor)
        return confirm_campaign(new, actor=actor)


def campaign_traction(campaign: Campaign) -> dict[str, Any]:
    """A stored campaign's traction as JSON-ready data: ``campaign`` (id, name, status), ``version``,
    ``summary`` and ``series`` (definitions in ``docs/traction.md``); rejected events are left out."""
    events = with_reports(campaign.events.exclude(status="rejected").select_related("campaign"))
    records = [{**event_to_exchange(e), "report_ids": [r.article_id for r in e.reports.all()]} for e in events]
    traction = compute_traction(records, reports=report_metadata(events)).to_dict()
    return {"campaign": {"id": campaign.public_id, "name": campaign.name, "status": campaign.status}, **traction}
