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
    target_categories = CodeListField()
    participant_groups = CodeListField()
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
            # PostgreSQL only (migration 0005): summary_country_type, a covering index for fine filters.
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


class OutletEvent(models.Model):
    """The reports one event has from one outlet (and source type): the unit :class:`SourceRollup`
    is kept by. Recounted per event by :mod:`protest_tracker.web.sources`."""

    event_id = models.BigIntegerField(help_text="the event's primary key (no constraint)")
    outlet = models.CharField(max_length=200)
    source_type = models.CharField(max_length=20, blank=True)
    verification = models.CharField(max_length=16, blank=True)
    published = models.BooleanField()
    reports = models.IntegerField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["event_id", "outlet", "source_type"], name="unique_outlet_event")]


class SourceRollup(models.Model):
    """Events and reports per outlet, source type, verification and published flag: ``/api/v1/sources``."""

    outlet = models.CharField(max_length=200)
    source_type = models.CharField(max_length=20, blank=True)
    verification = models.CharField(max_length=16, blank=True)
    published = models.BooleanField()
    events = models.IntegerField()
    reports = models.IntegerField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["outlet", "source_type", "verification", "published"],
                                               name="unique_source_rollup")]


class CampaignStat(models.Model):
    """Per campaign, over its published events: how many, in how many cities, first and latest day
    (the campaign list). Recounted from the summary's campaign rows by :mod:`protest_tracker.web.campaign_stats`."""

    campaign_id = models.BigIntegerField(unique=True, help_text="the campaign's primary key (no constraint)")
    events = models.IntegerField()
    cities = models.IntegerField()
    first = models.DateField(null=True)
    last = models.DateField(null=True)


class CampaignTraction(models.Model):
    """A campaign's traction as last computed (before the privacy cuts), dropped whenever its events,
    their reports or the reports' articles change (see :mod:`protest_tracker.web.traction_store`)."""

    campaign_id = models.BigIntegerField(unique=True, help_text="the campaign's primary key (no constraint)")
    version = models.CharField(max_length=8, help_text="linking.traction.TRACTION_VERSION it was computed with")
    traction = models.JSONField()


class ArticleConcessions(models.Model):
    """The concession cues of one article's text (``find_concessions``), stored the first time a
    campaign's traction needs them so that recomputing it reads no texts; dropped when the article
    changes, stale when :data:`~protest_tracker.pipeline.fields.concessions.CONCESSIONS_VERSION` does
    (see :mod:`protest_tracker.web.article_cues`)."""

    article_id = models.CharField(max_length=32, unique=True, help_text="the article's primary key (no constraint)")
    version = models.CharField(max_length=16)
    cues = models.JSONField(default=list)


#: SQL parameters one ``bulk_create`` statement of the recounts may carry (old SQLite builds allow 999).
INSERT_PARAMS = 500


def insert_batch(model) -> int:
    """Rows per ``bulk_create`` statement of ``model`` within :data:`INSERT_PARAMS` parameters."""
    return max(1, INSERT_PARAMS // len(model._meta.concrete_fields))
