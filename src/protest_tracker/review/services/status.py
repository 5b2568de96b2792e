"""Status changes (candidate -> in_review -> verified -> published, and rejected), single and bulk.

The one place that sets ``Event.verification``: ``verified`` when a person publishes (after
verifying), ``machine-coded`` when the auto-publish policy publishes, cleared when an event leaves
``published``; :func:`confirm_verification` turns a machine-coded event into a verified one.
"""

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
VERIFIED, MACHINE_CODED = "verified", "machine-coded"
#: The audit actor of the auto-publish policy (no user: ``system:auto-publish`` in the log).
POLICY_ACTOR = "auto-publish"
#: Statuses the policy may publish from (an analyst's in_review / verified / rejected are theirs).
POLICY_SOURCES = frozenset({"candidate"})


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
        # a person publishing vouches for the event; leaving published clears who vouched
        _set_verification(event, VERIFIED if target == "published" else "", actor=actor, reason=reason, batch=batch)
        _keep_tombstone_in_step(event, current, target)
        if target in DECISIONS:
            _record_decision(event, target, actor=actor)
    return event


def publish_machine_coded(event: Event, *, min_confidence: float, batch: str = "") -> bool:
    """The auto-publish policy publishes ``event`` as ``machine-coded``; audited as the policy.

    Only an untouched candidate with a date and a confidence at or above ``min_confidence``
    moves (straight to ``published``: no analyst verified it); returns whether it moved. The
    audit rows name the policy and its threshold. No correction row: this is no analyst decision.
    """
    if event.status not in POLICY_SOURCES or event.date is None or event.confidence < min_confidence:
        return False
    reason = f"auto-publish policy: confidence {event.confidence:.2f} >= min_confidence {min_confidence:.2f}"
    with transaction.atomic():
        current = event.status
        event.status = "published"
        event.save(update_fields=["status", "updated_at"])
        audit.record(actor=POLICY_ACTOR, action="status", object_type="event", object_id=event.public_id,
                     field="status", old=current, new="published", reason=reason, batch=batch)
        _set_verification(event, MACHINE_CODED, actor=POLICY_ACTOR, reason=reason, batch=batch)
        _keep_tombstone_in_step(event, current, "published")
    return True


def confirm_verification(event: Event, *, actor, reason: str = "") -> Event:
    """An analyst checked a machine-coded published event: it becomes ``verified``; audited.

    Needs the ``change_status`` right (verifying is an analyst's decision, like approving). An
    event that is not published, or already verified, is refused / left as it is.
    """
    permissions.check(actor, "change_status")
    if event.status != "published":
        raise TransitionNotAllowed(f"{event.public_id}: only a published event can be confirmed as verified "
                                   f"(it is {event.status}); approve it instead")
    if event.verification == VERIFIED:
        return event
    with transaction.atomic():
        _set_verification(event, VERIFIED, actor=actor, reason=reason or "checked by an analyst")
        _record_decision(event, "verified", actor=actor)
    return event


def _set_verification(event: Event, value: str, *, actor, reason: str, batch: str = "") -> None:
    if event.verification == value:
        return
    old, event.verification = event.verification, value
    event.save(update_fields=["verification", "updated_at"])
    audit.record(actor=actor, action="verification", object_type="event", object_id=event.public_id,
                 field="verification", old=old, new=value, reason=reason, batch=batch)


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
