"""The auto-publish policy: confident, dated, untouched candidates go public as ``machine-coded``.

Off by default (``AUTO_PUBLISH`` in the Django settings, from ``PROTEST_TRACKER_AUTO_PUBLISH`` and
``PROTEST_TRACKER_AUTO_PUBLISH_MIN_CONFIDENCE``); the demo turns it on for the sample corpus. The
policy never calls its output verified: only an analyst does (``review.services.status``).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings

from protest_tracker.review.services.status import POLICY_SOURCES, publish_machine_coded
from protest_tracker.store import audit
from protest_tracker.store.models import AuditLog, Event, EventReport

#: The threshold when the setting names none (confidence is a sum of cue weights, 0–1).
DEFAULT_MIN_CONFIDENCE = 0.7


@dataclass(frozen=True, slots=True)
class AutoPublishPolicy:
    """Whether the policy runs and the confidence an event needs to be published unseen."""

    enabled: bool = False
    min_confidence: float = DEFAULT_MIN_CONFIDENCE

    @classmethod
    def from_settings(cls) -> AutoPublishPolicy:
        """The policy configured in ``settings.AUTO_PUBLISH`` (``{"enabled", "min_confidence"}``)."""
        configured = getattr(settings, "AUTO_PUBLISH", None) or {}
        return cls(enabled=bool(configured.get("enabled", False)),
                   min_confidence=float(configured.get("min_confidence", DEFAULT_MIN_CONFIDENCE)))

    def describe(self) -> str:
        state = "on" if self.enabled else "off"
        return f"auto-publish {state} (min_confidence {self.min_confidence:.2f})"


def auto_publish(policy: AutoPublishPolicy | None = None, *, origin: str | None = None, hold_back: int = 0) -> int:
    """Publish, as ``machine-coded``, every candidate the policy allows; returns how many moved.

    ``policy`` defaults to the configured one; a disabled policy publishes nothing. Considered:
    candidates with a date and a confidence at or above the threshold, never rejected events nor
    events an analyst acted on (``in_review`` / ``verified``, or any audit row by a user). With
    ``origin`` (the demo passes ``"sample"``), only events resting solely on articles of that
    origin, so data a user ingested later is never published unseen. The ``hold_back`` least
    confident dated events among those considered (by confidence, then public id) stay in the
    review queue; the choice is the same on every run. Idempotent.
    """
    policy = policy or AutoPublishPolicy.from_settings()
    if not policy.enabled:
        return 0
    candidates = Event.objects.filter(date__isnull=False)
    if origin is not None:
        candidates = candidates.filter(pk__in=EventReport.objects.filter(article__origin=origin).values("event")).exclude(
            pk__in=EventReport.objects.exclude(article__origin=origin).values("event"))
    held = list(candidates.order_by("confidence", "public_id").values_list("pk", flat=True)[:hold_back]) if hold_back else []
    touched = AuditLog.objects.filter(object_type="event", actor__isnull=False).values("object_id")
    pending = (candidates.filter(status__in=POLICY_SOURCES, confidence__gte=policy.min_confidence)
               .exclude(public_id__in=touched).exclude(pk__in=held))
    batch = audit.new_batch()
    return sum(publish_machine_coded(event, min_confidence=policy.min_confidence, batch=batch)
               for event in pending.order_by("id"))
