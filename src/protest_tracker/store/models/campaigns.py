"""Campaigns: series of events with a shared cause."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from protest_tracker.store.fields import CodeListField

CAMPAIGN_STATUSES = [("candidate", _("Candidate (machine-grouped)")), ("confirmed", _("Confirmed by an analyst"))]


class Campaign(models.Model):
    public_id = models.CharField(max_length=24, unique=True)
    name = models.CharField(max_length=200)
    description = models.TextField(blank=True)
    status = models.CharField(max_length=20, choices=CAMPAIGN_STATUSES, default="candidate")
    grievance_categories = CodeListField()
    participant_groups = CodeListField()
    target_categories = CodeListField()
    key = models.CharField(max_length=128, blank=True, db_index=True, help_text="linking's grouping key")
    confirmed_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    confirmed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return f"{self.public_id} {self.name}"
