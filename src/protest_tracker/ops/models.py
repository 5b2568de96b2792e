"""What ``protest-tracker run`` keeps between cycles and restarts: schedules, the lease, cycles, markers."""

from __future__ import annotations

from django.db import models

from protest_tracker.store.models import Source


class SourceSchedule(models.Model):
    """When a source was last fetched, whether it worked, and when it is due again.

    Written after each source of a cycle, so a run that is stopped (or killed) half-way
    resumes with the sources it had not reached, and fetches nothing twice that it had
    finished.
    """

    source = models.OneToOneField(Source, on_delete=models.CASCADE, related_name="schedule")
    interval_minutes = models.PositiveIntegerField(default=60)
    next_due_at = models.DateTimeField(null=True, blank=True, db_index=True,
                                       help_text="empty: due now")
    last_attempt_at = models.DateTimeField(null=True, blank=True)
    last_success_at = models.DateTimeField(null=True, blank=True)
    failures = models.PositiveIntegerField(default=0, help_text="consecutive failed fetches (backoff)")
    last_error = models.TextField(blank=True)
    new_articles_last_run = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["source__slug"]

    def __str__(self) -> str:
        return f"schedule of {self.source_id}"


class Lease(models.Model):
    """A named lock held by one process until ``expires_at`` (renewed while it works)."""

    name = models.CharField(max_length=50, unique=True)
    holder = models.CharField(max_length=200, help_text="host:pid:token of the process holding it")
    acquired_at = models.DateTimeField()
    expires_at = models.DateTimeField()

    def __str__(self) -> str:
        return f"{self.name} held by {self.holder}"


class Cycle(models.Model):
    """One ingest → process → notify cycle of ``protest-tracker run``."""

    started_at = models.DateTimeField(db_index=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    ok = models.BooleanField(default=False, db_index=True)
    sources_fetched = models.PositiveIntegerField(default=0)
    sources_failed = models.PositiveIntegerField(default=0)
    new_articles = models.PositiveIntegerField(default=0)
    processed_articles = models.PositiveIntegerField(default=0)
    notified_events = models.PositiveIntegerField(default=0)
    last_article = models.CharField(max_length=32, blank=True, help_text="id of the last article processed")
    error = models.TextField(blank=True)

    class Meta:
        ordering = ["-started_at"]

    def __str__(self) -> str:
        return f"cycle {self.pk} ({'ok' if self.ok else 'failed'})"


class Marker(models.Model):
    """A named watermark, e.g. the last event a notification channel has announced."""

    name = models.CharField(max_length=50, unique=True)
    value = models.BigIntegerField(default=0)

    def __str__(self) -> str:
        return f"{self.name}={self.value}"
