"""Publishing in bulk for the demo: the sample events go through review as the demo admin would."""

from __future__ import annotations

from django.contrib.auth import get_user_model

from protest_tracker.review.services.status import change_status
from protest_tracker.store import audit
from protest_tracker.store.models import Event

DEMO_REASON = "demo: sample corpus published by the demo script"


def publish_all(username: str, *, reason: str = DEMO_REASON) -> int:
    """Verify and publish every unpublished, unrejected event with a date, as ``username``.

    Each step goes through the review workspace's status service (role check, audit row,
    tombstones in step). Idempotent: published events are left alone. Returns how many moved.
    """
    user = get_user_model().objects.get(username=username)
    batch = audit.new_batch()
    moved = 0
    for event in Event.objects.filter(status__in=["candidate", "in_review", "verified"], date__isnull=False).order_by("id"):
        if event.status != "verified":
            change_status(event, "verified", actor=user, reason=reason, batch=batch)
        change_status(event, "published", actor=user, reason=reason, batch=batch)
        moved += 1
    return moved
