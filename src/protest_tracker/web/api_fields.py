"""API types derived from the event-field declaration (:mod:`protest_tracker.event_fields`).

The PATCH body (:data:`EventChanges`) carries each editable field's bounds, maximum length,
date format and codebook enum, so clients and fuzzers see the limits in the OpenAPI document
and pydantic answers a value out of range with a 422 before any code of ours runs. The event
records (:data:`EventFieldsOut`) document the same enums and bounds (``json_schema_extra``:
shown in the OpenAPI document, not enforced on the way out).
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from ninja import Field, Schema
from pydantic import BeforeValidator, ConfigDict, create_model

from protest_tracker import codebook
from protest_tracker.event_fields import (
    DATE_MAX,
    DATE_MIN,
    EVENT_FIELDS,
    BoolField,
    CodeField,
    CodeListField,
    CountMapField,
    DateField,
    EventField,
    FloatField,
    IntegerField,
    TextField,
    TextListField,
)

MAX_LIST = 50
DATE_PATTERN = r"^(19\d\d|20\d\d|2100)-\d\d-\d\d$"


def code_type(vocabulary: str) -> Any:
    """``Literal`` of a vocabulary's codes (``countries``: the ISO codes): an enum in OpenAPI."""
    codes = tuple(codebook.COUNTRIES) if vocabulary == "countries" else codebook.vocabulary(vocabulary).codes
    return Literal[codes]  # type: ignore[valid-type]


def _integral(value: Any) -> Any:
    """JSON Schema counts ``40.0`` as an integer; strict mode would not."""
    return int(value) if isinstance(value, float) and value.is_integer() else value


WholeNumber = Annotated[int, BeforeValidator(_integral)]


def _value_type(declared: EventField) -> Any:
    """The pydantic type of one value of ``declared``, its constraints inside (so they reach the schema)."""
    if isinstance(declared, IntegerField):
        return Annotated[int, Field(ge=declared.minimum, le=declared.maximum), BeforeValidator(_integral)]
    if isinstance(declared, FloatField):
        return Annotated[float, Field(ge=declared.minimum, le=declared.maximum, allow_inf_nan=False)]
    if isinstance(declared, DateField):  # text (strict mode takes no 0 for 1970-01-01), years DATE_MIN..DATE_MAX
        return Annotated[str, Field(pattern=DATE_PATTERN, json_schema_extra={"format": "date"})]
    if isinstance(declared, BoolField):
        return bool
    if isinstance(declared, CodeField):
        if declared.integer:
            return Annotated[Literal[tuple(int(c) for c in declared.codes)], BeforeValidator(_integral)]
        return Literal[declared.codes]  # type: ignore[valid-type]
    if isinstance(declared, CodeListField):
        return Annotated[list[code_type(declared.vocabulary)], Field(max_length=MAX_LIST)]  # type: ignore[misc]
    if isinstance(declared, TextListField):
        item = Annotated[str, Field(max_length=declared.item_max_length)]
        return Annotated[list[item], Field(max_length=declared.max_items)]  # type: ignore[valid-type]
    if isinstance(declared, TextField):
        return Annotated[str, Field(max_length=declared.max_length)]
    raise TypeError(f"no API type for {declared.name} ({type(declared).__name__})")


def _help(declared: EventField) -> str:
    if isinstance(declared, DateField):
        return f"{declared.help} Input: YYYY-MM-DD from {DATE_MIN} to {DATE_MAX}."
    return declared.help


def change_field(declared: EventField) -> tuple[Any, Any]:
    """``(type, Field)`` of an editable field in the PATCH body: optional; null clears it unless required."""
    value_type = _value_type(declared)
    nullable = not declared.required and not isinstance(declared, BoolField)
    return (value_type | None if nullable else value_type), Field(None, description=_help(declared))


class Strict(Schema):
    """A JSON body read strictly: unknown keys (``additionalProperties: false``) and values of another
    JSON type (``"40"`` for a number, ``1`` for true, ``0`` for a date) are a 422, as the schema says."""

    model_config = ConfigDict(extra="forbid", strict=True)


EventChanges = create_model(
    "EventChanges",
    __base__=Strict,
    __doc__="Fields to change (names as in the event records); a field left out keeps its value.",
    **{f.name: change_field(f) for f in EVENT_FIELDS if f.editable},
)


def _documented(declared: EventField, nullable: bool) -> dict[str, Any]:
    """Enums and bounds of an output field, for the OpenAPI document only."""
    extra: dict[str, Any] = {}
    if isinstance(declared, CodeField):
        codes: list[Any] = [int(c) for c in declared.codes] if declared.integer else list(declared.codes)
        extra["enum"] = codes + ([None] if nullable else [])
    elif isinstance(declared, CodeListField):
        extra["items"] = {"type": "string", "enum": list(declared.codes)}
    elif isinstance(declared, IntegerField | FloatField):
        extra["minimum"], extra["maximum"] = declared.minimum, declared.maximum
    elif isinstance(declared, CountMapField):
        extra["additionalProperties"] = {"type": "integer", "minimum": 0, "maximum": declared.maximum}
    return extra


def out_field(declared: EventField) -> tuple[Any, Any]:
    """``(type, Field)`` of a declared field in the event records."""
    if declared.name == "date":
        return str | None, Field(None, description=declared.help, pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")
    base: Any = {
        IntegerField: int, FloatField: float, BoolField: bool, CodeListField: list[str], TextListField: list[Any],
        CountMapField: dict[str, Any],
    }.get(type(declared), str)
    if isinstance(declared, CodeField) and declared.integer:
        base = int
    nullable = not declared.required and not isinstance(declared, BoolField | CodeListField | TextListField
                                                                    | CountMapField)
    extra = _documented(declared, nullable)
    if isinstance(declared, DateField):
        extra["format"] = "date"
    if nullable:
        return base | None, Field(None, description=declared.help, json_schema_extra=extra or None)
    return base, Field(..., description=declared.help, json_schema_extra=extra or None)


EventFieldsOut = create_model(
    "EventFieldsOut",
    __base__=Schema,
    **{f.name: out_field(f) for f in EVENT_FIELDS if f.public},
)
