"""Publishing in bulk for the demo: the sample events go through review as the demo admin would."""

from __future__ import annotations

from django.contrib.auth import get_user_model

from protest_tracker.review.services.status import change_status
from protest_tracker.store import audit
from protest_tracker.store.models import AuditLog, Event, EventReport

DEMO_REASON = "demo: sample corpus published by the demo script"


def publish_all(username: str, *, reason: str = DEMO_REASON, hold_back: int = 0, origin: str | None = None) -> int:
    """Verify and publish every unpublished, unrejected event with a date, as ``username``.

    With ``origin`` (the demo passes ``"sample"``), only events resting solely on articles of that
    origin are considered, so data a user ingested or imported later is never published unseen.
    Events an analyst has acted on (any audit row by a user, other than this function's own) are
    left alone: re-running the demo does not overrule the review queue.

    The ``hold_back`` least confident dated events among those considered (by confidence, then public
    id) are left alone, so the review queue keeps the doubtful cases for an analyst; the choice is the
    same on every run.

    Each step goes through the review workspace's status service (role check, audit row,
    tombstones in step). Idempotent: published events are left alone. Returns how many moved.
    """
    user = get_user_model().objects.get(username=username)
    batch = audit.new_batch()
    moved = 0
    candidates = Event.objects.filter(date__isnull=False)
    if origin is not None:
        candidates = candidates.filter(pk__in=EventReport.objects.filter(article__origin=origin).values("event")).exclude(
            pk__in=EventReport.objects.exclude(article__origin=origin).values("event"))
    held = list(candidates.order_by("confidence", "public_id").values_list("pk", flat=True)[:hold_back]) if hold_back else []
    touched = AuditLog.objects.filter(object_type="event", actor__isnull=False).exclude(reason=reason).values("object_id")
    pending = candidates.filter(status__in=["candidate", "in_review", "verified"]).exclude(public_id__in=touched)
    for event in pending.exclude(pk__in=held).order_by("id"):
        if event.status != "verified":
            change_status(event, "verified", actor=user, reason=reason, batch=batch)
        change_status(event, "published", actor=user, reason=reason, batch=batch)
        moved += 1
    return moved
