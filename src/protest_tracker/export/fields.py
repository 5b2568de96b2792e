"""The columns of our own exports, their types, and the Frictionless table schema built from the codebook.

The event fields' columns derive from the declaration (:mod:`protest_tracker.event_fields`: name,
kind, description, vocabulary, bounds); the columns computed at export time (public id,
size band, campaign, sources, last change) are declared here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from protest_tracker import codebook
from protest_tracker.event_fields import (
    EVENT_FIELDS,
    CodeField,
    CodeListField,
    EventField,
    FloatField,
    IntegerField,
)


@dataclass(frozen=True, slots=True)
class Column:
    """One column of the event table.

    ``kind`` is one of ``string``, ``text`` (free text written by people: neutralised in CSV),
    ``integer``, ``number``, ``boolean``, ``date``, ``datetime``, ``codes`` (several codes of
    ``vocabulary``, joined by ``;`` in CSV), ``array`` / ``object`` (JSON in CSV). ``minimum`` /
    ``maximum`` bound a number (from the field's declaration).
    """

    name: str
    kind: str
    description: str
    vocabulary: str | None = None
    minimum: float | None = None
    maximum: float | None = None


C = Column


def field_column(declared: EventField) -> Column:
    """The export column of a declared event field."""
    vocabulary = declared.vocabulary if isinstance(declared, CodeField | CodeListField) else None
    low, high = ((declared.minimum, declared.maximum) if isinstance(declared, IntegerField | FloatField)
                 else (None, None))
    return Column(declared.name, declared.column_kind, declared.help, vocabulary, low, high)


#: Columns computed at export time, each placed after the declared field named as its key.
DERIVED_AFTER: dict[str, tuple[Column, ...]] = {
    "size_text": (C("size_category", "string", "Size band derived from size_min/size_max.", "size_categories"),),
    "injuries": (C("campaign_id", "string", "Public id of the campaign the event belongs to."),),
    "confidence": (
        C("n_sources", "integer", "Number of reports (articles) that support the event."),
        C("source_outlets", "text", "Outlets that reported the event, joined by '; '."),
        C("source_urls", "text", "URLs of the reports, joined by spaces."),
        C("updated_at", "datetime", "Last change of the record (UTC, ISO 8601); drives delta sync."),
    ),
}


def _columns() -> tuple[Column, ...]:
    columns = [C("event_id", "string", "Stable public id, e.g. KZ-2021-000123; never reused.")]
    for declared in EVENT_FIELDS:
        if declared.export:
            columns.append(field_column(declared))
        columns += DERIVED_AFTER.get(declared.name, ())
    return tuple(columns)


COLUMNS: tuple[Column, ...] = _columns()

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
            codes: list[Any] = list(vocabulary_codes(column.vocabulary))
            if column.kind == "integer":
                codes = [int(c) for c in codes]
            field["constraints"] = {"enum": codes}
        elif column.minimum is not None or column.maximum is not None:
            field["constraints"] = {key: bound for key, bound in (("minimum", column.minimum), ("maximum", column.maximum))
                                    if bound is not None}
        if column.name == "event_id":
            field["constraints"] = {"required": True, "unique": True}
        if column.kind == "boolean":
            field["trueValues"], field["falseValues"] = ["true"], ["false"]
        fields.append(field)
    return {"fields": fields, "primaryKey": ["event_id"], "missingValues": [""]}
