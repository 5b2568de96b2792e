"""The event fields an analyst can edit, with the codebook choices and the parsing of form input.

One :class:`FieldSpec` per editable field, derived from the declaration in
:mod:`protest_tracker.event_fields` (label, kind, vocabulary, bounds, maximum lengths): its
kind decides the form widget, and the declared field turns text typed by a user into a model
value or a clear :class:`InvalidValue` (the field, the reason and the bound it broke).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from protest_tracker import codebook, codebook_i18n, event_fields
from protest_tracker.errors import ReviewError
from protest_tracker.event_fields import (
    CodeField,
    CodeListField,
    EventField,
    FieldValueError,
    TextField,
)


class InvalidValue(ReviewError):
    """A submitted value does not fit the field (``field`` and ``bound`` say which and why)."""

    def __init__(self, message: str, *, field: str = "", bound: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.field, self.bound = field, bound or {}


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: str
    kind: str  # text, int, float, date, choice, multi, bool, lines, country, geo
    vocabulary: codebook.Vocabulary | None = None
    required: bool = False
    declared: EventField | None = None

    def choices(self) -> list[tuple[str, str]]:
        if self.kind == "country":
            return [(code, c["name"]) for code, c in codebook.COUNTRIES.items()]
        if self.kind == "geo":
            return codebook.GEO_PRECISION.choices()
        return self.vocabulary.choices() if self.vocabulary else []


def _spec(declared: EventField) -> FieldSpec:
    vocabulary = None
    if isinstance(declared, CodeField | CodeListField) and declared.vocabulary != "countries":
        vocabulary = codebook.vocabulary(declared.vocabulary)
    return FieldSpec(declared.name, declared.label, declared.kind, vocabulary, declared.required, declared)


EDITABLE_FIELDS: tuple[FieldSpec, ...] = tuple(_spec(f) for f in event_fields.editable_fields())
FIELDS_BY_NAME = {spec.name: spec for spec in EDITABLE_FIELDS}
#: The maximum length of each editable text field (from the declaration).
TEXT_LIMITS = {spec.name: spec.declared.max_length for spec in EDITABLE_FIELDS if isinstance(spec.declared, TextField)}


def spec_for(name: str) -> FieldSpec:
    """The spec of an editable field; :class:`InvalidValue` for anything else."""
    try:
        return FIELDS_BY_NAME[name]
    except KeyError:
        raise InvalidValue(f"{name!r} is not an editable field", field=str(name)) from None


def parse_value(spec: FieldSpec, raw: Any) -> Any:
    """Turn form input (a string, or a list for multi fields) into the model value (checked against
    the declaration: bounds, maximum lengths, codebook codes)."""
    declared = spec.declared or event_fields.field(spec.name)
    try:
        if spec.kind == "multi":
            return declared.clean(list(raw) if isinstance(raw, list | tuple) else [raw] if raw else [])
        text = "" if raw is None else str(raw[-1] if isinstance(raw, list | tuple) and raw else raw)
        return declared.parse(text)
    except FieldValueError as exc:
        raise InvalidValue(str(exc), field=exc.field, bound=exc.bound) from None


def display_value(spec: FieldSpec, value: Any) -> str:
    """A human-readable rendering of a model value (labels for codes)."""
    if value in (None, "", []):
        return "—"
    vocab = spec.vocabulary
    if spec.kind == "multi" and vocab is not None:
        return ", ".join(codebook_i18n.label(vocab, c) if c in vocab else c for c in value)
    if spec.kind == "choice" and vocab is not None and value in vocab:
        return codebook_i18n.label(vocab, value)
    if spec.kind == "country":
        return codebook_i18n.country(value)
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
