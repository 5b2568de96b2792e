"""Review-side tables: comments, login failures, corrections (training data) and double coding."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from protest_tracker.store.models import Event


class Comment(models.Model):
    """An analyst's note on an event (shown on the event page, recorded in the audit log)."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="comments")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    author_label = models.CharField(max_length=150)
    text = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]


class LoginFailure(models.Model):
    """One failed log-in; recent rows per user name and per address drive the throttle."""

    username = models.CharField(max_length=150, db_index=True)
    address = models.CharField(max_length=64, db_index=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)


class Correction(models.Model):
    """What the machine said and what an analyst decided, per event and field (training data)."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="corrections")
    field = models.CharField(max_length=64)
    machine_value = models.JSONField(null=True, blank=True)
    analyst_value = models.JSONField(null=True, blank=True)
    analyst = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    pipeline_version = models.CharField(max_length=64, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["event", "field"]
        constraints = [models.UniqueConstraint(fields=["event", "field"], name="unique_correction_event_field")]


class CodingSample(models.Model):
    """A sample of events that two coders code independently (double coding)."""

    name = models.CharField(max_length=200)
    fields = models.JSONField(default=list, help_text="the event fields the coders code")
    coder_a = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    coder_b = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    resolved = models.JSONField(default=dict, blank=True, help_text="'<public id>:<field>' -> adjudicated value")

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return self.name


class CodingAssignment(models.Model):
    """One coder's coding of one event of a sample; ``values`` is empty until submitted."""

    sample = models.ForeignKey(CodingSample, on_delete=models.CASCADE, related_name="assignments")
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="coding_assignments")
    coder = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="coding_assignments")
    values = models.JSONField(default=dict, blank=True)
    submitted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["sample", "event__public_id", "coder_id"]
        constraints = [
            models.UniqueConstraint(fields=["sample", "event", "coder"], name="unique_assignment_sample_event_coder")
        ]
