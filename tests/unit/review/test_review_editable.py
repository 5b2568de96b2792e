"""Parsing of edit-form input into model values, with codebook-only choices."""

from __future__ import annotations

import datetime as dt

import pytest

from protest_tracker import codebook
from protest_tracker.review.editable import (
    EDITABLE_FIELDS,
    InvalidValue,
    display_value,
    parse_value,
    spec_for,
)


def test_every_vocabulary_field_uses_the_codebook():
    for spec in EDITABLE_FIELDS:
        if spec.vocabulary is not None:
            assert spec.vocabulary in codebook.VOCABULARIES
    assert [c for c, _ in spec_for("event_type").choices()] == list(codebook.EVENT_TYPES.codes)
    assert [c for c, _ in spec_for("country").choices()] == list(codebook.COUNTRIES)


@pytest.mark.parametrize(("name", "raw", "expected"), [
    ("size_min", "45", 45), ("size_min", "", None), ("latitude", "43.5", 43.5), ("date", "2022-01-04", dt.date(2022, 1, 4)),
    ("event_type", "picket", "picket"), ("venue_type", "", ""), ("grievance_categories", ["labour", "covid", "labour"],
                                                                  ["covid", "labour"]),
    ("protester_violence", "1", True), ("protester_violence", "", False), ("demands", "pay wages\n\n gas price ",
                                                                          ["pay wages", "gas price"]),
    ("geo_precision", "2", 2), ("city", "  Aktau ", "Aktau"), ("country", "UZ", "UZ"),
])
def test_parse_valid(name, raw, expected):
    assert parse_value(spec_for(name), raw) == expected


@pytest.mark.parametrize(("name", "raw"), [
    ("size_min", "-1"), ("size_min", "ten"), ("latitude", "91"), ("longitude", "-181"), ("date", "2022-13-01"),
    ("event_type", "party"), ("event_type", ""), ("grievance_categories", ["labour", "bogus"]), ("country", "RU"),
    ("geo_precision", "7"), ("city", "x" * 101),
])
def test_parse_invalid(name, raw):
    with pytest.raises(InvalidValue):
        parse_value(spec_for(name), raw)


def test_unknown_field_is_refused():
    with pytest.raises(InvalidValue):
        spec_for("public_id")


def test_display_uses_labels():
    assert display_value(spec_for("grievance_categories"), ["labour"]) == "Labour"
    assert display_value(spec_for("country"), "KG") == "Kyrgyzstan"
    assert display_value(spec_for("city"), "") == "—"
