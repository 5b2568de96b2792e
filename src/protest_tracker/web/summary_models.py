"""The event summary: counts of events per day and per value of every facet the dashboard draws.

One row counts the events that share a day, a place, a type, code lists, verification, a
published flag and a campaign. Rows are recounted per *bucket* (day × country) by
:mod:`protest_tracker.web.summary` in the transaction that changes an event, so the dashboard,
the timeline, the map and the campaign list read a narrow table instead of scanning events.
"""

from __future__ import annotations

import datetime as dt

from django.db import models

from protest_tracker.store.fields import CodeListField


class EventSummary(models.Model):
    """How many events share these values (see the module docstring)."""

    day = models.DateField(null=True, blank=True)
    country = models.CharField(max_length=2)
    region = models.CharField(max_length=100, blank=True)
    city = models.CharField(max_length=100, blank=True)
    latitude = models.FloatField(null=True, blank=True)
    longitude = models.FloatField(null=True, blank=True)
    event_type = models.CharField(max_length=32)
    state_response = CodeListField()
    grievance_categories = CodeListField()
    response = models.CharField(max_length=32, help_text="the primary (most severe) response")
    grievance = models.CharField(max_length=40, help_text="the primary grievance (codebook order)")
    verification = models.CharField(max_length=16, blank=True)
    published = models.BooleanField(help_text="status is published")
    campaign_id = models.BigIntegerField(null=True, blank=True, help_text="the campaign's primary key (no constraint)")
    events = models.PositiveIntegerField()

    class Meta:
        indexes = [
            models.Index(fields=["day", "country"], name="summary_bucket"),
            models.Index(fields=["campaign_id"], name="summary_campaign"),
            models.Index(fields=["region", "published"], name="summary_region"),  # the region choices, index-only
        ]

    def __str__(self) -> str:
        return f"{self.day} {self.country} {self.event_type}: {self.events}"


#: The month of undated events in :class:`SummaryStack` (a key column cannot be NULL in a unique key).
UNDATED = dt.date(1, 1, 1)


class SummaryStack(models.Model):
    """Events per month, country, verification and published flag, by the primary code of one
    stacking (``response``, ``grievance`` or ``type``): the timeline and headline counts of the
    dashboard when its only facets are country and verification. Kept by deltas of the summary."""

    month = models.DateField(help_text="first day of the month; 0001-01-01 for undated events")
    country = models.CharField(max_length=2)
    verification = models.CharField(max_length=16, blank=True)
    published = models.BooleanField()
    stack = models.CharField(max_length=10)
    code = models.CharField(max_length=40)
    events = models.IntegerField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["month", "country", "verification", "published", "stack", "code"],
                                               name="unique_summary_stack")]


class SummaryPlace(models.Model):
    """Events per place, verification and published flag: the region choices and the count of cities."""

    country = models.CharField(max_length=2)
    region = models.CharField(max_length=100, blank=True)
    city = models.CharField(max_length=100, blank=True)
    verification = models.CharField(max_length=16, blank=True)
    published = models.BooleanField()
    events = models.IntegerField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["country", "region", "city", "verification", "published"],
                                               name="unique_summary_place")]


class SummaryMap(models.Model):
    """Events per map point (place and coordinates), verification, published flag and colour
    code (``colour`` is ``response`` or ``type``), with the latest date: the map with no facet but
    country and verification."""

    country = models.CharField(max_length=2)
    city = models.CharField(max_length=100, blank=True)
    latitude = models.FloatField()
    longitude = models.FloatField()
    verification = models.CharField(max_length=16, blank=True)
    published = models.BooleanField()
    colour = models.CharField(max_length=10)
    code = models.CharField(max_length=40)
    events = models.IntegerField()
    latest = models.DateField(null=True)

    class Meta:
        constraints = [models.UniqueConstraint(
            fields=["country", "city", "latitude", "longitude", "verification", "published", "colour", "code"],
            name="unique_summary_map")]
