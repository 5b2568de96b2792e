"""The event fields an analyst can edit, with the codebook choices and the parsing of form input.

One :class:`FieldSpec` per field: its kind decides the form widget and how text
typed by a user becomes a model value. Vocabularies come from the codebook only.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from protest_tracker import codebook
from protest_tracker.errors import ReviewError


class InvalidValue(ReviewError):
    """A submitted value does not fit the field."""


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: str
    kind: str  # text, int, float, date, choice, multi, bool, lines, country
    vocabulary: codebook.Vocabulary | None = None
    required: bool = False

    def choices(self) -> list[tuple[str, str]]:
        if self.kind == "country":
            return [(code, c["name"]) for code, c in codebook.COUNTRIES.items()]
        if self.kind == "geo":
            return codebook.GEO_PRECISION.choices()
        return self.vocabulary.choices() if self.vocabulary else []


S = FieldSpec
EDITABLE_FIELDS: tuple[FieldSpec, ...] = (
    S("date", "Date", "date"),
    S("date_precision", "Date precision", "choice", codebook.TIME_PRECISION, required=True),
    S("end_date", "End date", "date"),
    S("country", "Country", "country", required=True),
    S("region", "Region", "text"),
    S("city", "City", "text"),
    S("venue", "Venue", "text"),
    S("venue_type", "Venue type", "choice", codebook.VENUE_TYPES),
    S("latitude", "Latitude", "float"),
    S("longitude", "Longitude", "float"),
    S("geo_precision", "Geo precision", "geo"),
    S("event_type", "Event type", "choice", codebook.EVENT_TYPES, required=True),
    S("participants", "Participants (reported words)", "text"),
    S("participant_groups", "Participant groups", "multi", codebook.PARTICIPANT_GROUPS),
    S("organisers", "Organisers", "text"),
    S("size_min", "Size (low)", "int"),
    S("size_max", "Size (high)", "int"),
    S("size_text", "Size (reported words)", "text"),
    S("grievance_categories", "Grievances", "multi", codebook.GRIEVANCES),
    S("demands", "Demands (one per line)", "lines"),
    S("targets", "Targets (one per line)", "lines"),
    S("target_categories", "Target categories", "multi", codebook.TARGETS),
    S("state_response", "State responses", "multi", codebook.STATE_RESPONSES),
    S("protester_violence", "Protester violence", "bool"),
    S("pro_government", "Pro-government", "bool"),
    S("aggregate", "Aggregate (describes a campaign)", "bool"),
    S("fatalities", "Fatalities", "int"),
    S("injuries", "Injuries", "int"),
    S("notes", "Notes", "text"),
)
FIELDS_BY_NAME = {spec.name: spec for spec in EDITABLE_FIELDS}
TEXT_LIMITS = {"region": 100, "city": 100, "venue": 200, "size_text": 200}


def spec_for(name: str) -> FieldSpec:
    """The spec of an editable field; :class:`InvalidValue` for anything else."""
    try:
        return FIELDS_BY_NAME[name]
    except KeyError:
        raise InvalidValue(f"{name!r} is not an editable field") from None


def parse_value(spec: FieldSpec, raw: Any) -> Any:
    """Turn form input (a string, or a list for multi fields) into the model value."""
    if spec.kind == "multi":
        items = raw if isinstance(raw, list | tuple) else [raw] if raw else []
        codes = sorted({str(item).strip() for item in items if str(item).strip()})
        unknown = [c for c in codes if c not in spec.vocabulary]
        if unknown:
            raise InvalidValue(f"{spec.label}: unknown code(s) {', '.join(unknown)}")
        return codes
    text = "" if raw is None else str(raw[-1] if isinstance(raw, list | tuple) and raw else raw).strip()
    if spec.kind == "bool":
        return text.lower() in ("1", "true", "on", "yes")
    if spec.kind == "lines":
        return [line.strip() for line in text.splitlines() if line.strip()]
    if not text:
        if spec.required:
            raise InvalidValue(f"{spec.label} is required")
        return "" if spec.kind in ("text", "choice") else None
    return _parse_scalar(spec, text)


def _parse_scalar(spec: FieldSpec, text: str) -> Any:
    kind_words = {"int": "a whole number", "float": "a number", "date": "a date (YYYY-MM-DD)"}
    try:
        if spec.kind == "int":
            value = int(text)
            if value < 0:
                raise InvalidValue(f"{spec.label}: {text!r} is negative; enter 0 or more")
            return value
        if spec.kind == "float":
            value = float(text)
            bound = 90 if spec.name == "latitude" else 180
            if not -bound <= value <= bound:
                raise InvalidValue(f"{spec.label}: {text!r} is outside -{bound} to {bound}")
            return value
        if spec.kind == "date":
            return dt.date.fromisoformat(text)
    except ValueError:
        raise InvalidValue(f"{spec.label}: {text!r} is not {kind_words[spec.kind]}") from None
    if spec.kind in ("choice", "country", "geo") and text not in {code for code, _ in spec.choices()}:
        raise InvalidValue(f"{spec.label}: {text!r} is not one of the codebook choices")
    if spec.kind == "geo":
        return int(text)
    limit = TEXT_LIMITS.get(spec.name)
    if limit and len(text) > limit:
        raise InvalidValue(f"{spec.label}: at most {limit} characters")
    return text


def display_value(spec: FieldSpec, value: Any) -> str:
    """A human-readable rendering of a model value (labels for codes)."""
    if value in (None, "", []):
        return "—"
    if spec.kind == "multi":
        return ", ".join(spec.vocabulary.label(c) if c in spec.vocabulary else c for c in value)
    if spec.kind == "choice" and value in spec.vocabulary:
        return spec.vocabulary.label(value)
    if spec.kind == "country":
        return codebook.COUNTRIES.get(value, {}).get("name", value)
    if spec.kind == "bool":
        return "yes" if value else "no"
    if spec.kind == "lines":
        return "; ".join(value)
    return str(value)


def comparable(value: Any) -> Any:
    """A JSON-friendly form of a model value (dates as ISO text) for the audit log and comparisons."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return list(value)
    return value
