"""One event per date + place + participant group in the database (the linking policy).

Linking may leave two stored events for one occasion — an article whose extractor split one
protest over two candidates can never merge with itself. This policy finds such events with the
pure rule of :func:`protest_tracker.linking.events.same_occasion` and merges them through the merge
service (:func:`~protest_tracker.review.services.merge.fold_events`: reports kept, a tombstone for
the absorbed id, every step audited as ``linking``). It touches only ``candidate`` events: an
event an analyst is working on, verified or published is left alone and flagged ``needs_review``
instead. Campaigns are regrouped afterwards when anything merged.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db import transaction

from protest_tracker.linking.events import occasion_groups
from protest_tracker.review.services.merge import fold_events
from protest_tracker.store import audit
from protest_tracker.store.campaign_sync import recompute_campaigns
from protest_tracker.store.linking_rows import linked_event_of
from protest_tracker.store.models import Event

#: The audit actor of this policy (the same as linking's own).
ACTOR = "linking"
REASON = "linking: one event per date + place + participant group"


@dataclass
class DuplicateSummary:
    """What the policy did: ``merged`` (survivor, absorbed) public ids; ``flagged`` protected events."""

    merged: list[tuple[str, str]] = field(default_factory=list)
    flagged: list[str] = field(default_factory=list)


def _survivor_order(event: Event) -> tuple[int, float, str]:
    return (-event.reports.count(), -event.confidence, event.public_id)


def merge_same_occasion(*, regroup: bool = True) -> DuplicateSummary:
    """Merge the stored events that are one occasion; returns what was merged and flagged."""
    summary = DuplicateSummary()
    rows = {e.public_id: e for e in Event.objects.exclude(status="rejected").filter(
        date__isnull=False, date_precision="day", aggregate=False).order_by("public_id")}
    groups = occasion_groups([(pid, linked_event_of(e).headline) for pid, e in rows.items()])
    batch = audit.new_batch()
    for group in groups:
        members = sorted((rows[pid] for pid in group), key=_survivor_order)
        if any(e.status != "candidate" for e in members):
            for event in members:
                if event.status != "candidate" and not event.needs_review:
                    event.needs_review = True
                    event.save(update_fields=["needs_review", "updated_at"])
                    audit.record(actor=ACTOR, action="flag", object_type="event", object_id=event.public_id,
                                 field="needs_review", old=False, new=True, batch=batch,
                                 reason=f"{REASON}: same occasion as {', '.join(p for p in group if p != event.public_id)}")
                    summary.flagged.append(event.public_id)
            continue
        survivor, *absorbed = members
        with transaction.atomic():
            for other in absorbed:
                fold_events(survivor, other, actor=ACTOR, reason=REASON)
                summary.merged.append((survivor.public_id, other.public_id))
    if summary.merged and regroup:
        recompute_campaigns(actor=ACTOR)
    return summary
