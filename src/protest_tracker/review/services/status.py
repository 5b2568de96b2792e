"""Status changes (candidate -> in_review -> verified -> published, and rejected), single and bulk."""

from __future__ import annotations

from collections.abc import Iterable

from django.db import transaction

from protest_tracker.codebook import REVIEW_STATUSES, STATUS_TRANSITIONS
from protest_tracker.errors import ReviewError
from protest_tracker.review import permissions
from protest_tracker.review.models import Correction
from protest_tracker.store import audit
from protest_tracker.store.models import Event, EventTombstone

#: Decisions kept as training data (what the machine proposed vs what the analyst decided).
DECISIONS = frozenset({"verified", "rejected", "published"})


class TransitionNotAllowed(ReviewError):
    """The codebook does not allow this status change."""


def required_action(current: str, target: str) -> str:
    """``publish`` for anything that enters or leaves ``published``, else ``change_status``."""
    return "publish" if "published" in (current, target) else "change_status"


def change_status(event: Event, target: str, *, actor, reason: str = "", batch: str = "") -> Event:
    """Move ``event`` to ``target`` if the codebook and the actor's role allow it; audited."""
    if target not in REVIEW_STATUSES:
        raise TransitionNotAllowed(f"{target!r} is not a review status")
    current = event.status
    if current == target:
        return event
    if target not in STATUS_TRANSITIONS.get(current, frozenset()):
        raise TransitionNotAllowed(f"{event.public_id}: cannot go from {current} to {target}")
    permissions.check(actor, required_action(current, target))
    with transaction.atomic():
        event.status = target
        event.needs_review = False if target in DECISIONS else event.needs_review
        event.save(update_fields=["status", "needs_review", "updated_at"])
        audit.record(actor=actor, action="status", object_type="event", object_id=event.public_id,
                     field="status", old=current, new=target, reason=reason, batch=batch)
        _keep_tombstone_in_step(event, current, target)
        if target in DECISIONS:
            _record_decision(event, target, actor=actor)
    return event


def _keep_tombstone_in_step(event: Event, current: str, target: str) -> None:
    """Leaving ``published`` tells public consumers the id is gone; publishing again lifts that."""
    if current == "published":
        EventTombstone.objects.update_or_create(public_id=event.public_id,
                                                defaults={"reason": "unpublished", "merged_into": ""})
    elif target == "published":
        EventTombstone.objects.filter(public_id=event.public_id, reason="unpublished").delete()


def _record_decision(event: Event, target: str, *, actor) -> None:
    correction, created = Correction.objects.get_or_create(
        event=event, field="status",
        defaults={"machine_value": "candidate", "pipeline_version": event.pipeline_version},
    )
    correction.analyst_value = target
    correction.analyst = actor
    correction.save()


def bulk_change_status(events: Iterable[Event], target: str, *, actor, reason: str = "") -> tuple[str, list[str]]:
    """Change many events in one batch; returns (batch id, public ids changed).

    All or nothing: when one event cannot make the move, nothing changes and the
    error names it.
    """
    permissions.check(actor, "bulk_action")
    batch = audit.new_batch()
    changed: list[str] = []
    with transaction.atomic():
        for event in events:
            if event.status == target:
                continue
            change_status(event, target, actor=actor, reason=reason, batch=batch)
            changed.append(event.public_id)
    return batch, changed
