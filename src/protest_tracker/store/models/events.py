"""Events, the reports that support them, tombstones of deleted ids, and people (sensitive)."""

from __future__ import annotations

from django.db import models

from protest_tracker.codebook import (
    EVENT_TYPES,
    REVIEW_STATUSES,
    TIME_PRECISION,
    VENUE_TYPES,
    VERIFICATION,
)
from protest_tracker.store.fields import CodeListField
from protest_tracker.store.models.articles import Article
from protest_tracker.store.models.campaigns import Campaign


class PublicIdCounter(models.Model):
    """The last sequence number handed out per country and year; ids are never reused."""

    country = models.CharField(max_length=2)
    year = models.PositiveIntegerField()
    last = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["country", "year"], name="unique_counter_country_year")]


class Event(models.Model):
    """One protest event (possibly supported by many reports)."""

    public_id = models.CharField(max_length=24, unique=True, help_text="e.g. KZ-2021-000123; never reused")
    # When
    date = models.DateField(null=True, blank=True, db_index=True)
    date_precision = models.CharField(max_length=8, choices=TIME_PRECISION.choices(), default="day")
    end_date = models.DateField(null=True, blank=True)
    # Where
    country = models.CharField(max_length=2, db_index=True)
    region = models.CharField(max_length=100, blank=True)
    admin1_code = models.CharField(max_length=20, blank=True)
    city = models.CharField(max_length=100, blank=True, db_index=True)
    venue = models.CharField(max_length=200, blank=True)
    venue_type = models.CharField(max_length=32, choices=VENUE_TYPES.choices(), blank=True)
    latitude = models.FloatField(null=True, blank=True)
    longitude = models.FloatField(null=True, blank=True)
    geo_precision = models.PositiveSmallIntegerField(null=True, blank=True)
    geonames_id = models.PositiveIntegerField(
        null=True, blank=True, db_index=True,
        help_text="GeoNames id of the settlement; linking treats the same id as the same place")
    # What and who
    event_type = models.CharField(max_length=32, choices=EVENT_TYPES.choices(), default="demonstration", db_index=True)
    participants = models.TextField(blank=True)
    participant_groups = CodeListField()
    organisers = models.TextField(blank=True)
    size_min = models.PositiveIntegerField(null=True, blank=True)
    size_max = models.PositiveIntegerField(null=True, blank=True)
    size_text = models.CharField(max_length=200, blank=True, help_text="the reported words")
    grievance_categories = CodeListField()
    demands = models.JSONField(default=list, blank=True)
    targets = models.JSONField(default=list, blank=True)
    target_categories = CodeListField()
    # Response and outcome
    state_response = CodeListField()
    response_counts = models.JSONField(default=dict, blank=True, help_text="response code -> number of people")
    protester_violence = models.BooleanField(default=False)
    pro_government = models.BooleanField(default=False)
    aggregate = models.BooleanField(default=False, help_text="describes a multi-day campaign as a whole")
    fatalities = models.PositiveIntegerField(null=True, blank=True)
    injuries = models.PositiveIntegerField(null=True, blank=True)
    # Grouping, review and provenance
    campaign = models.ForeignKey(Campaign, null=True, blank=True, on_delete=models.SET_NULL, related_name="events")
    status = models.CharField(max_length=16, choices=REVIEW_STATUSES.choices(), default="candidate", db_index=True)
    verification = models.CharField(
        max_length=16, choices=VERIFICATION.choices(), blank=True, default="", db_index=True,
        help_text="who vouches for a published event: verified (an analyst) or machine-coded (auto-publish policy)")
    confidence = models.FloatField(default=0.5)
    needs_review = models.BooleanField(default=False, help_text="new or conflicting reports since an analyst's decision")
    conflicts = models.JSONField(default=dict, blank=True, help_text="field -> [{value, report}] where reports disagree")
    notes = models.TextField(blank=True)
    pipeline_version = models.CharField(max_length=64, blank=True)
    source_dataset = models.CharField(max_length=20, blank=True, help_text="acled, mmp, ... for imported events")
    original_id = models.CharField(max_length=64, blank=True, help_text="the id in the source dataset")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True, db_index=True)

    class Meta:
        ordering = ["-date", "public_id"]
        indexes = [
            models.Index(fields=["country", "city", "date"]),
            models.Index(fields=["status", "date"]),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["source_dataset", "original_id"],
                condition=~models.Q(source_dataset=""),
                name="unique_imported_event",
            )
        ]

    def __str__(self) -> str:
        return f"{self.public_id} {self.event_type} {self.city or self.country} {self.date}"


class EventReport(models.Model):
    """An article that reports an event, with what the extractor read from it and the evidence per field."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="reports")
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="event_reports")
    extracted = models.JSONField(default=dict, help_text="the candidate event as extracted (exchange format)")
    evidence = models.JSONField(default=list, help_text="[{field, text, start, end}]")
    pipeline_version = models.CharField(max_length=64, blank=True)
    article_revision = models.PositiveIntegerField(default=1)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["event", "created_at"]
        constraints = [models.UniqueConstraint(fields=["event", "article"], name="unique_event_article")]


class EventTombstone(models.Model):
    """A public id that was deleted or merged away (feeds the API's deletions endpoint)."""

    public_id = models.CharField(max_length=24, unique=True)
    deleted_at = models.DateTimeField(auto_now_add=True, db_index=True)
    reason = models.CharField(max_length=40, default="deleted", help_text="deleted, merged, rejected, unpublished")
    merged_into = models.CharField(max_length=24, blank=True)


PERSON_ROLES = [
    ("participant", "Participant"),
    ("organiser", "Organiser"),
    ("detainee", "Detained participant"),
    ("other", "Other"),
]


class Person(models.Model):
    """A named protester, organiser or detainee. SENSITIVE: never in public outputs unless an admin enables it."""

    name = models.CharField(max_length=200)
    role = models.CharField(max_length=20, choices=PERSON_ROLES, default="participant")
    events = models.ManyToManyField(Event, related_name="people", blank=True)
    notes = models.TextField(blank=True)
    publishable = models.BooleanField(
        default=False, help_text="a public figure (an official, an MP at a rally) whose name may appear in public outputs; "
        "set only by an admin, audited")
    source_field = models.CharField(max_length=32, blank=True, help_text="the event field the name was found in")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "people"

    def __str__(self) -> str:
        return self.name
