"""The event-field declaration, and the agreement of model, form, API, exports and import with it."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from django.db import models

from protest_tracker import codebook, event_fields, model
from protest_tracker.event_fields import (
    COUNT_MAX,
    EVENT_FIELDS,
    CodeField,
    CodeListField,
    CountMapField,
    DateField,
    FieldValueError,
    FloatField,
    IntegerField,
    TextField,
    TextListField,
)
from protest_tracker.export.fields import COLUMNS, table_schema
from protest_tracker.review.editable import EDITABLE_FIELDS, TEXT_LIMITS
from protest_tracker.store.events import CANDIDATE_FIELDS
from protest_tracker.store.fields import CodeListField as ModelCodeList
from protest_tracker.store.models import Event
from protest_tracker.web.api import api
from protest_tracker.web.api_fields import EventChanges
from protest_tracker.web.api_schemas import EventOut

PG_INTEGER = 2**31 - 1
MODEL_TYPES = {
    IntegerField: (models.IntegerField,), FloatField: (models.FloatField,), DateField: (models.DateField,),
    TextField: (models.CharField, models.TextField), CodeListField: (ModelCodeList,),
    TextListField: (models.JSONField,), CountMapField: (models.JSONField,),
}


def _variants(schema: dict) -> dict:
    """The non-null branch of a nullable JSON schema."""
    for branch in schema.get("anyOf", [schema]):
        if branch.get("type") != "null":
            return {**schema, **branch}
    return schema


@pytest.mark.parametrize("declared", EVENT_FIELDS, ids=lambda f: f.name)
def test_the_model_agrees(declared):
    column = Event._meta.get_field(declared.name)
    if isinstance(declared, CodeField):
        expected = (models.PositiveSmallIntegerField,) if declared.integer else (models.CharField,)
        assert isinstance(column, expected)
        if declared.vocabulary not in ("countries", "geo_precision"):
            assert [c for c, _ in column.choices] == list(declared.codes)
    elif type(declared) in MODEL_TYPES:
        assert isinstance(column, MODEL_TYPES[type(declared)])
    if isinstance(declared, IntegerField):
        assert declared.minimum >= 0 and declared.maximum <= PG_INTEGER  # fits PostgreSQL's integer
    if isinstance(declared, TextField) and isinstance(column, models.CharField):
        assert declared.max_length == column.max_length
    if declared.required:
        assert not column.null


def test_the_review_form_is_derived():
    assert [s.name for s in EDITABLE_FIELDS] == [f.name for f in EVENT_FIELDS if f.editable]
    for spec in EDITABLE_FIELDS:
        declared = event_fields.field(spec.name)
        assert (spec.label, spec.kind, spec.required) == (declared.label, declared.kind, declared.required)
        if isinstance(declared, CodeField | CodeListField) and spec.kind != "country":
            assert [code for code, _ in spec.choices()] == list(declared.codes)
    assert {f.name: f.max_length for f in EVENT_FIELDS if f.editable and isinstance(f, TextField)} == TEXT_LIMITS


def test_the_api_patch_body_carries_every_bound_and_enum():
    properties = EventChanges.model_json_schema()["properties"]
    assert set(properties) == {f.name for f in EVENT_FIELDS if f.editable}
    for name, schema in properties.items():
        declared, schema = event_fields.field(name), _variants(properties[name])
        if isinstance(declared, IntegerField | FloatField):
            assert (schema["minimum"], schema["maximum"]) == (declared.minimum, declared.maximum), name
        elif isinstance(declared, TextField):
            assert schema["maxLength"] == declared.max_length, name
        elif isinstance(declared, CodeField):
            assert [str(c) for c in schema["enum"]] == list(declared.codes), name
        elif isinstance(declared, CodeListField):
            assert schema["items"]["enum"] == list(declared.codes), name
        elif isinstance(declared, DateField):
            assert schema["format"] == "date", name


def test_the_api_records_and_openapi_document_have_every_public_field():
    public = {f.name for f in EVENT_FIELDS if f.public}
    assert public <= set(EventOut.model_fields)
    document = api.get_openapi_schema()
    out = document["components"]["schemas"]["EventOut"]["properties"]
    assert public <= set(out)
    assert _variants(out["size_min"])["maximum"] == COUNT_MAX
    assert set(_variants(out["event_type"])["enum"]) == set(codebook.EVENT_TYPES.codes)
    patch = document["paths"]["/api/v1/events/{public_id}"]["patch"]
    assert {"400", "401", "403", "404", "422"} <= {str(code) for code in patch["responses"]}


def test_the_exports_are_derived():
    by_name = {c.name: c for c in COLUMNS}
    schema = {f["name"]: f for f in table_schema()["fields"]}
    for declared in EVENT_FIELDS:
        assert (declared.name in by_name) == declared.export, declared.name
        if not declared.export:
            continue
        column = by_name[declared.name]
        assert (column.kind, column.description) == (declared.column_kind, declared.help)
        if isinstance(declared, CodeField | CodeListField):
            assert column.vocabulary == declared.vocabulary
        if isinstance(declared, IntegerField) and not isinstance(declared, CodeField):
            assert schema[declared.name]["constraints"] == {"minimum": declared.minimum, "maximum": declared.maximum}


def test_the_import_checks_every_declared_candidate_field():
    candidate_fields = {f.name for f in dataclasses.fields(model.EventCandidate)}
    assert set(CANDIDATE_FIELDS) <= {f.name for f in EVENT_FIELDS}  # whatever an import writes is declared
    for name in candidate_fields & {f.name for f in EVENT_FIELDS}:
        if isinstance(event_fields.field(name), IntegerField):
            bad = model.EventCandidate(country="KZ", **{name: COUNT_MAX * 1000})
            with pytest.raises(FieldValueError) as caught:
                event_fields.check_candidate(bad)
            assert caught.value.field == name
    event_fields.check_candidate(model.EventCandidate(country="KZ", date="2024-05", size_min=40, fatalities=0))


@pytest.mark.parametrize(("name", "value", "expected"), [
    ("size_min", 10_000_000, 10_000_000), ("size_min", 12.0, 12), ("latitude", 43, 43.0),
    ("date", "2024-03-04", dt.date(2024, 3, 4)), ("city", " Oral\x00 ", "Oral"), ("state_response", ("fine", "fine"), ["fine"]),
    ("geo_precision", "2", 2), ("demands", "a\n\nb", ["a", "b"]), ("response_counts", {"detention": 12}, {"detention": 12}),
    ("protester_violence", "yes", True), ("venue_type", None, ""), ("size_max", "", None),
])
def test_clean_accepts_and_normalises(name, value, expected):
    assert event_fields.field(name).clean(value) == expected


@pytest.mark.parametrize(("name", "value", "bound"), [
    ("size_min", 10**23, {"maximum": COUNT_MAX}), ("fatalities", 2**31, {"maximum": COUNT_MAX}),
    ("injuries", -1, {"minimum": 0}), ("latitude", float("nan"), {"minimum": -90, "maximum": 90}),
    ("city", "x" * 101, {"max_length": 100}), ("response_counts", {"detention": 10**9}, {"minimum": 0, "maximum": COUNT_MAX}),
    ("date", dt.date(1066, 10, 14), {"minimum": "1900-01-01", "maximum": "2100-12-31"}),
    ("demands", ["x"] * 51, {"max_items": 50}), ("size_min", True, {}), ("country", "RU", {"enum": list(codebook.COUNTRIES)}),
    ("event_type", None, {}), ("city", "\ud800", {}),
])
def test_clean_refuses_with_the_field_and_the_bound(name, value, bound):
    with pytest.raises(FieldValueError) as caught:
        event_fields.field(name).clean(value)
    assert caught.value.field == name and caught.value.bound == bound
    assert str(caught.value).startswith(event_fields.field(name).label + ": ")


def test_a_huge_number_is_shown_short():
    with pytest.raises(FieldValueError) as caught:
        event_fields.field("fatalities").parse("9" * 5000)  # beyond Python's int-to-str limit
    assert len(str(caught.value)) < 80


def test_the_docs_table_names_every_declared_field():
    text = (Path(__file__).resolve().parents[3] / "docs" / "fields.md").read_text(encoding="utf-8")
    table = text.split("## One declaration per field", 1)[1].split("## Tests", 1)[0]
    assert all(f"`{f.name}`" in table for f in EVENT_FIELDS)
    assert f"{COUNT_MAX:,}" in table
