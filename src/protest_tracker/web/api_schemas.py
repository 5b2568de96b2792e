"""Request and response schemas of the API (they make the OpenAPI document)."""

from __future__ import annotations

from typing import Any

from ninja import Field, Schema


class Message(Schema):
    detail: str


class EventQuery(Schema):
    """Facets (repeat a parameter for several values), delta sync and paging."""

    country: list[str] = Field(default_factory=list, description="ISO alpha-2: KZ KG TJ TM UZ")
    admin1: list[str] = Field(default_factory=list, description="region (oblast) name")
    city: list[str] = Field(default_factory=list, description="settlement name")
    type: list[str] = Field(default_factory=list, description="event type code")
    grievance: list[str] = Field(default_factory=list, description="grievance code")
    response: list[str] = Field(default_factory=list, description="state response code")
    target: list[str] = Field(default_factory=list, description="target code")
    participants: list[str] = Field(default_factory=list, description="participant group code")
    campaign: list[str] = Field(default_factory=list, description="campaign public id")
    from_: str | None = Field(None, alias="from", description="first date, YYYY-MM-DD")
    to: str | None = Field(None, description="last date, YYYY-MM-DD")
    updated_since: str | None = Field(None, description="ISO 8601; only events changed at or after it")
    status: str | None = Field(None, description="analysts only (token): another review status")
    cursor: str | None = Field(None, description="next_cursor of the previous page")
    limit: int = Field(100, ge=1, le=1000)


class SourceRef(Schema):
    article_id: str
    outlet: str | None
    title: str | None
    url: str | None
    published: str | None
    language: str | None
    source_type: str | None


class EventOut(Schema):
    """One event (exchange-format field names, plus id, status, timestamps and sources)."""

    event_id: str
    date: str | None
    date_precision: str
    end_date: str | None
    country: str
    region: str | None
    city: str | None
    venue: str | None
    venue_type: str | None
    latitude: float | None
    longitude: float | None
    geo_precision: int | None
    geonames_id: int | None = Field(None, description="GeoNames id of the settlement (read-only)")
    event_type: str
    participants: str | None
    participant_groups: list[str]
    organisers: str | None
    size_min: int | None
    size_max: int | None
    size_text: str | None
    grievance_categories: list[str]
    demands: list[Any]
    targets: list[Any]
    target_categories: list[str]
    state_response: list[str]
    response_counts: dict[str, Any]
    protester_violence: bool
    pro_government: bool
    aggregate: bool
    fatalities: int | None
    injuries: int | None
    campaign_id: str | None
    campaign_name: str | None
    status: str
    confidence: float
    updated_at: str | None
    n_sources: int
    sources: list[SourceRef]


class EventPage(Schema):
    events: list[EventOut]
    next_cursor: str | None
    latest_updated_at: str | None
    privacy: dict[str, Any] | None = None  # the public cuts applied (coordinate rounding, names withheld)


class Deletion(Schema):
    event_id: str
    deleted_at: str
    reason: str
    merged_into: str | None


class DeletionPage(Schema):
    deletions: list[Deletion]
    next_cursor: str | None


class CampaignOut(Schema):
    campaign_id: str
    name: str
    status: str
    description: str
    grievance_categories: list[str]


class SourceOut(Schema):
    outlet: str
    source_type: str | None
    events: int
    reports: int


class EventPatch(Schema):
    changes: dict[str, Any] = Field(..., description="field -> new value, e.g. {\"size_min\": 40}")
    reason: str = ""


class StatusChange(Schema):
    status: str
    reason: str = ""
