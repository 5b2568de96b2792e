"""Every event field, declared once: type, bounds, label, help, editability, export column.

:data:`EVENT_FIELDS` is the single description of the fields of an event that people and
programs see. Derived from it: the review form (``review/editable.py``: widgets, parsing,
limits), the typed API schemas (``web/api_schemas.py``: the PATCH body with bounds and enums,
the event records), the export columns (``export/fields.py``) and the checks on imported ACLED
and MMP rows (:func:`check_candidate`). The review services apply :meth:`EventField.clean` to
every edit, so a value out of bounds is a clear error on every path (an API 422, a form
message, an import row error) and never reaches the database as an overflow. The Django model
keeps its own columns (``store/models/events.py``); ``tests/unit/core/test_event_fields.py``
checks that model, form, API, exports and import agree with this list.

Counts are bounded by :data:`COUNT_MAX` (10,000,000 people), which fits PostgreSQL's
``integer``. Imports only the codebook (see docs/architecture.md).
"""

from __future__ import annotations

from typing import Any

from protest_tracker.event_fields.codes import (
    CodeField,
    CodeListField,
    CountMapField,
    TextListField,
)
from protest_tracker.event_fields.kinds import (
    COUNT_MAX,
    DATE_MAX,
    DATE_MIN,
    ID_MAX,
    BoolField,
    DateField,
    EventField,
    FieldValueError,
    FloatField,
    IntegerField,
    TextField,
)

__all__ = [
    "COUNT_MAX", "DATE_MAX", "DATE_MIN", "EVENT_FIELDS", "ID_MAX", "BoolField", "CodeField", "CodeListField",
    "CountMapField", "DateField", "EventField", "FieldValueError", "FloatField", "IntegerField", "TextField",
    "TextListField", "check_candidate", "field", "editable_fields",
]

EVENT_FIELDS: tuple[EventField, ...] = (
    DateField(name="date", label="Date", export_type="string",
              help="Event date: YYYY-MM-DD, or YYYY-MM / YYYY when only the month / year is known."),
    CodeField(name="date_precision", label="Date precision", vocabulary="time_precision", required=True,
              help="How exactly the date is known."),
    DateField(name="end_date", label="End date", help="Last day of a multi-day event."),
    CodeField(name="country", label="Country", vocabulary="countries", required=True,
              help="ISO 3166-1 alpha-2 country code."),
    TextField(name="region", label="Region", max_length=100,
              help="First-level administrative unit (oblast, viloyat, city of republican status)."),
    TextField(name="city", label="City", max_length=100, help="Settlement."),
    TextField(name="venue", label="Venue", max_length=200, help="The building or place, as reported."),
    CodeField(name="venue_type", label="Venue type", vocabulary="venue_types", help="The kind of venue."),
    FloatField(name="latitude", label="Latitude", minimum=-90, maximum=90,
               help="WGS 84 latitude (may be rounded in public exports, see metadata)."),
    FloatField(name="longitude", label="Longitude", minimum=-180, maximum=180,
               help="WGS 84 longitude (may be rounded in public exports, see metadata)."),
    CodeField(name="geo_precision", label="Geo precision", vocabulary="geo_precision", integer=True,
              help="1 town, 2 near a town / part of a region, 3 region."),
    IntegerField(name="geonames_id", label="GeoNames id", minimum=1, maximum=ID_MAX, editable=False,
                 help="GeoNames id of the settlement (geonames.org); empty for regions."),
    CodeField(name="event_type", label="Event type", vocabulary="event_types", required=True,
              help="Form of collective action."),
    TextField(name="participants", label="Participants (reported words)", max_length=5000,
              help="Who took part, in the reported words."),
    CodeListField(name="participant_groups", label="Participant groups", vocabulary="participant_groups",
                  help="Participant categories."),
    TextField(name="organisers", label="Organisers", max_length=5000, help="Organising groups, as reported."),
    IntegerField(name="size_min", label="Size (low)", help="Lower bound of the reported crowd size."),
    IntegerField(name="size_max", label="Size (high)", help="Upper bound of the reported crowd size."),
    TextField(name="size_text", label="Size (reported words)", max_length=200,
              help="The reported words about size."),
    CodeListField(name="grievance_categories", label="Grievances", vocabulary="grievance_categories",
                  help="What the protest is about."),
    TextListField(name="demands", label="Demands (one per line)",
                  help="Demands, as reported (JSON list of strings)."),
    TextListField(name="targets", label="Targets (one per line)", help="Targets, as reported (JSON list)."),
    CodeListField(name="target_categories", label="Target categories", vocabulary="targets",
                  help="Target categories."),
    CodeListField(name="state_response", label="State responses", vocabulary="state_responses",
                  help="What the authorities did."),
    CountMapField(name="response_counts", label="Response counts", vocabulary="state_responses", editable=False,
                  help="Response code -> number of people (JSON object)."),
    BoolField(name="protester_violence", label="Protester violence", help="Participants used violence."),
    BoolField(name="pro_government", label="Pro-government", help="A government-backed rally."),
    BoolField(name="aggregate", label="Aggregate (describes a campaign)",
              help="The record describes a multi-day campaign as a whole."),
    IntegerField(name="fatalities", label="Fatalities", help="People killed."),
    IntegerField(name="injuries", label="Injuries", help="People injured."),
    CodeField(name="status", label="Status", vocabulary="review_statuses", required=True, editable=False,
              help="Review status."),
    CodeField(name="verification", label="Verification", vocabulary="verification", editable=False,
              help="Who vouches for a published event: verified (an analyst approved it) or "
                   "machine-coded (published by the auto-publish policy, not checked by an analyst)."),
    FloatField(name="confidence", label="Confidence", minimum=0, maximum=1, editable=False,
               help="How well the reports support the event, 0-1: a ranking for review and the "
                    "auto-publish threshold, not a probability."),
    TextField(name="notes", label="Notes", max_length=50000, export=False, public=False,
              help="Analysts' notes (internal)."),
)
_BY_NAME = {f.name: f for f in EVENT_FIELDS}


def field(name: str) -> EventField:
    """The declaration of ``name``; ``KeyError`` for anything else."""
    return _BY_NAME[name]


def editable_fields() -> tuple[EventField, ...]:
    """The fields analysts edit (review form, PATCH), in declaration order."""
    return tuple(f for f in EVENT_FIELDS if f.editable)


def _candidate_value(declared: EventField, value: Any) -> Any:
    if isinstance(declared, DateField) and isinstance(value, str) and len(value) in (4, 7):
        return value + ("-01-01" if len(value) == 4 else "-01")  # a year or month: its first day
    if isinstance(declared, CountMapField) and isinstance(value, tuple):
        return dict(value)
    return list(value) if isinstance(value, tuple) else value


def check_candidate(candidate: Any) -> None:
    """Check every declared field an event candidate carries; :class:`FieldValueError` for the first misfit."""
    for declared in EVENT_FIELDS:
        if hasattr(candidate, declared.name):
            declared.clean(_candidate_value(declared, getattr(candidate, declared.name)))
