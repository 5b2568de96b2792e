"""Request and response schemas of the API (they make the OpenAPI document).

The event fields' types, bounds and enums come from the declaration (``web/api_fields.py``
derives them from :mod:`protest_tracker.event_fields`); every operation documents its error
responses (:func:`responses`).
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from ninja import Field, Schema
from pydantic import AfterValidator

from protest_tracker.event_fields.kinds import CONTROL_CHARACTERS
from protest_tracker.web.api_fields import EventChanges, EventFieldsOut, Strict, code_type
from protest_tracker.web.api_paging import DEFAULT_LIMIT, MAX_LIMIT
from protest_tracker.web.filters import MAX_VALUES

CountryCode = code_type("countries")
EventTypeCode = code_type("event_types")
GrievanceCode = code_type("grievance_categories")
ResponseCode = code_type("state_responses")
TargetCode = code_type("targets")
ParticipantCode = code_type("participant_groups")
StatusCode = code_type("review_statuses")
VerificationCode = code_type("verification")
#: Free text in a query: no NUL (PostgreSQL refuses it in a query), at most 200 characters.
QueryText = Annotated[str, Field(max_length=200, pattern=r"^[^\x00]*$")]
#: ``updated_since`` / ``since``: an ISO 8601 date or date-time, with or without seconds and offset
#: (a ``+`` of the offset may arrive as a space when not URL-encoded).
Moment = Annotated[str, Field(max_length=64, pattern=(
    r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])([Tt]([01]\d|2[0-3]):[0-5]\d(:([0-5]\d|60)(\.\d{1,9})?)?"
    r"([Zz]|[+ -]([01]\d|2[0-3]):[0-5]\d)?)?$"))]
#: A public id in a path (events ``KZ-2024-000012``, campaigns ``CMP-KZ-00001``).
PublicId = Annotated[str, Field(pattern=r"^[A-Za-z0-9-]{1,40}$", description="public id, e.g. KZ-2024-000012")]
Reason = Annotated[str, Field(max_length=2000, description="why (kept in the audit log)"),
                   AfterValidator(lambda text: CONTROL_CHARACTERS.sub("", text).strip())]


class Message(Schema):
    """An error (400 bad parameter or forbidden transition, 401 no valid token, 403 not allowed, 404 not found)."""

    detail: str


class ValidationIssue(Schema):
    """One problem with a parameter or a body field: where (``loc``), what, and the bound (``ctx``)."""

    type: str = Field(..., description="e.g. less_than_equal, literal_error, missing, value_error")
    loc: list[str | int] = Field(..., description="e.g. [\"body\", \"body\", \"changes\", \"size_min\"]")
    msg: str
    ctx: dict[str, Any] | None = Field(None, description="the bound, e.g. {\"le\": 10000000}")


class ValidationFailure(Schema):
    """422: a parameter or body field does not fit its declared type, bounds or codebook enum."""

    detail: list[ValidationIssue]


def responses(ok: Any) -> dict[int, Any]:
    """The response schemas of an operation: ``ok`` for 200 and the documented errors."""
    return {200: ok, 400: Message, 401: Message, 403: Message, 404: Message, 422: ValidationFailure}


class EventQuery(Schema):
    """Facets (repeat a parameter for several values), delta sync and paging."""

    country: list[CountryCode] = Field(default_factory=list, description="ISO alpha-2: KZ KG TJ TM UZ",
                                       max_length=MAX_VALUES)
    admin1: list[QueryText] = Field(default_factory=list, description="region (oblast) name", max_length=MAX_VALUES)
    city: list[QueryText] = Field(default_factory=list, description="settlement name", max_length=MAX_VALUES)
    type: list[EventTypeCode] = Field(default_factory=list, description="event type code", max_length=MAX_VALUES)
    grievance: list[GrievanceCode] = Field(default_factory=list, description="grievance code", max_length=MAX_VALUES)
    response: list[ResponseCode] = Field(default_factory=list, description="state response code",
                                         max_length=MAX_VALUES)
    target: list[TargetCode] = Field(default_factory=list, description="target code", max_length=MAX_VALUES)
    participants: list[ParticipantCode] = Field(default_factory=list, description="participant group code",
                                                max_length=MAX_VALUES)
    campaign: list[QueryText] = Field(default_factory=list, description="campaign public id", max_length=MAX_VALUES)
    verification: list[VerificationCode] = Field(default_factory=list, description="who vouched: verified (an analyst) or "
                                    "machine-coded (the auto-publish policy)")
    from_: dt.date | None = Field(None, alias="from", description="first date, YYYY-MM-DD")
    to: dt.date | None = Field(None, description="last date, YYYY-MM-DD")
    updated_since: Moment | None = Field(None, description="ISO 8601 date or date-time (UTC unless an offset "
                                         "is given); only events changed at or after it")
    status: StatusCode | None = Field(None, description="analysts only (token): another review status")
    cursor: QueryText | None = Field(None, description="next_cursor of the previous page")
    limit: int = Field(100, ge=1, le=MAX_LIMIT)


class DeletionQuery(Schema):
    """The deletions feed: since a moment, paged like the events."""

    since: Moment | None = Field(None, description="ISO 8601 date or date-time (UTC unless an offset is given)")
    cursor: QueryText | None = Field(None, description="next_cursor of the previous page")
    limit: int = Field(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT)


class SourceRef(Schema):
    article_id: str
    outlet: str | None
    title: str | None
    url: str | None
    published: str | None
    language: str | None
    source_type: str | None


class EventOut(EventFieldsOut):
    """One event: the declared public fields (exchange-format names, see ``event_fields``), plus id,
    campaign, timestamps and sources."""

    event_id: str
    campaign_id: str | None
    campaign_name: str | None
    updated_at: str | None = Field(..., description="last change (ISO 8601, UTC); drives delta sync")
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


class EventPatch(Strict):
    """``{"changes": {field: new value}, "reason": "..."}``; each field typed and bounded as declared."""

    changes: EventChanges = Field(..., description="field -> new value, e.g. {\"size_min\": 40}; null clears")
    reason: Reason = ""


class StatusChange(Strict):
    status: StatusCode
    reason: Reason = ""
