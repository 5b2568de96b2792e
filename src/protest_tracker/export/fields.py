"""The columns of our own exports, their types, and the Frictionless table schema built from the codebook."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from protest_tracker import codebook


@dataclass(frozen=True, slots=True)
class Column:
    """One column of the event table.

    ``kind`` is one of ``string``, ``text`` (free text written by people: neutralised in CSV),
    ``integer``, ``number``, ``boolean``, ``date``, ``datetime``, ``codes`` (several codes of
    ``vocabulary``, joined by ``;`` in CSV), ``array`` / ``object`` (JSON in CSV).
    """

    name: str
    kind: str
    description: str
    vocabulary: str | None = None


C = Column

COLUMNS: tuple[Column, ...] = (
    C("event_id", "string", "Stable public id, e.g. KZ-2021-000123; never reused."),
    C("date", "string", "Event date: YYYY-MM-DD, or YYYY-MM / YYYY when only the month / year is known."),
    C("date_precision", "string", "How exactly the date is known.", "time_precision"),
    C("end_date", "date", "Last day of a multi-day event."),
    C("country", "string", "ISO 3166-1 alpha-2 country code.", "countries"),
    C("region", "text", "First-level administrative unit (oblast, viloyat, city of republican status)."),
    C("city", "text", "Settlement."),
    C("venue", "text", "The building or place, as reported."),
    C("venue_type", "string", "The kind of venue.", "venue_types"),
    C("latitude", "number", "WGS 84 latitude (may be rounded in public exports, see metadata)."),
    C("longitude", "number", "WGS 84 longitude (may be rounded in public exports, see metadata)."),
    C("geo_precision", "integer", "1 town, 2 near a town / part of a region, 3 region.", "geo_precision"),
    C("geonames_id", "integer", "GeoNames id of the settlement (geonames.org); empty for regions."),
    C("event_type", "string", "Form of collective action.", "event_types"),
    C("participants", "text", "Who took part, in the reported words."),
    C("participant_groups", "codes", "Participant categories.", "participant_groups"),
    C("organisers", "text", "Organising groups, as reported."),
    C("size_min", "integer", "Lower bound of the reported crowd size."),
    C("size_max", "integer", "Upper bound of the reported crowd size."),
    C("size_text", "text", "The reported words about size."),
    C("size_category", "string", "Size band derived from size_min/size_max.", "size_categories"),
    C("grievance_categories", "codes", "What the protest is about.", "grievance_categories"),
    C("demands", "array", "Demands, as reported (JSON list of strings)."),
    C("targets", "array", "Targets, as reported (JSON list)."),
    C("target_categories", "codes", "Target categories.", "targets"),
    C("state_response", "codes", "What the authorities did.", "state_responses"),
    C("response_counts", "object", "Response code -> number of people (JSON object)."),
    C("protester_violence", "boolean", "Participants used violence."),
    C("pro_government", "boolean", "A government-backed rally."),
    C("aggregate", "boolean", "The record describes a multi-day campaign as a whole."),
    C("fatalities", "integer", "People killed."),
    C("injuries", "integer", "People injured."),
    C("campaign_id", "string", "Public id of the campaign the event belongs to."),
    C("status", "string", "Review status.", "review_statuses"),
    C("confidence", "number", "Confidence of the coding, 0-1."),
    C("n_sources", "integer", "Number of reports (articles) that support the event."),
    C("source_outlets", "text", "Outlets that reported the event, joined by '; '."),
    C("source_urls", "text", "URLs of the reports, joined by spaces."),
    C("updated_at", "datetime", "Last change of the record (UTC, ISO 8601); drives delta sync."),
)

COLUMN_NAMES: tuple[str, ...] = tuple(c.name for c in COLUMNS)
CODE_SEPARATOR = ";"


def vocabulary_codes(name: str) -> tuple[str, ...]:
    """The allowed codes of a vocabulary name used in :data:`COLUMNS` (countries included)."""
    if name == "countries":
        return tuple(codebook.COUNTRIES)
    return codebook.vocabulary(name).codes


def flat_record(record: dict[str, Any]) -> dict[str, Any]:
    """A record with exactly :data:`COLUMN_NAMES`, derived columns filled in (typed values)."""
    sources = record.get("sources") or []
    size_category = record.get("size_category") or codebook.size_category(record.get("size_min"), record.get("size_max"))
    flat = {name: record.get(name) for name in COLUMN_NAMES}
    flat["size_category"] = size_category
    flat["n_sources"] = record.get("n_sources", len(sources))
    flat["source_outlets"] = record.get("source_outlets") or "; ".join(
        sorted({s.get("outlet") for s in sources if s.get("outlet")}))
    flat["source_urls"] = record.get("source_urls") or " ".join(s.get("url") for s in sources if s.get("url"))
    for column in COLUMNS:
        if column.kind in ("codes", "array"):
            flat[column.name] = list(flat[column.name] or [])
        elif column.kind == "object":
            flat[column.name] = dict(flat[column.name] or {})
        elif column.kind == "boolean":
            flat[column.name] = bool(flat[column.name])
    return flat


def _frictionless_type(column: Column) -> str:
    return {"text": "string", "codes": "string", "integer": "integer", "number": "number",
            "boolean": "boolean", "date": "date", "datetime": "datetime", "array": "array",
            "object": "object"}.get(column.kind, "string")


def table_schema() -> dict[str, Any]:
    """A Frictionless Table Schema for our CSV, with enums and code patterns from the codebook."""
    fields = []
    for column in COLUMNS:
        field: dict[str, Any] = {"name": column.name, "type": _frictionless_type(column), "description": column.description}
        if column.vocabulary and column.kind == "codes":
            alternatives = "|".join(vocabulary_codes(column.vocabulary))
            field["constraints"] = {"pattern": f"(({alternatives})({CODE_SEPARATOR}({alternatives}))*)?"}
            field["description"] += f" Codes from the codebook vocabulary '{column.vocabulary}', joined by '{CODE_SEPARATOR}'."
        elif column.vocabulary:
            codes = list(vocabulary_codes(column.vocabulary))
            if column.kind == "integer":
                codes = [int(c) for c in codes]
            field["constraints"] = {"enum": codes}
        if column.name == "event_id":
            field["constraints"] = {"required": True, "unique": True}
        if column.kind == "boolean":
            field["trueValues"], field["falseValues"] = ["true"], ["false"]
        fields.append(field)
    return {"fields": fields, "primaryKey": ["event_id"], "missingValues": [""]}
