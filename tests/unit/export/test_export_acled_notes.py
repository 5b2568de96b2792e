"""ACLED notes from codebook labels (never the article's words), admin units from the gazetteer, fatalities."""

from __future__ import annotations

import re

import pytest
from export_records import record

from protest_tracker.export.acled import acled_row
from protest_tracker.export.acled_notes import action_noun, fatalities
from protest_tracker.export.admin_units import admin_index

CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def test_notes_follow_the_template_over_labels():
    row = acled_row(record(
        date="2022-01-05", city="Zhanaozen", region="Mangystau", participant_groups=["workers"], event_type="demonstration",
        grievance_categories=["labour"], state_response=["detention"], response_counts={"detention": 12},
        size_min=200, size_max=300, verification="verified"))
    assert row["notes"] == ("On 2022-01-05, workers held a demonstration in Zhanaozen (Mangystau). Grievances: Labour. "
                            "Response: Detention (12). Size: 200–300. Coding: verified by an analyst.")


def test_reported_words_in_any_language_never_reach_the_notes():
    row = acled_row(record(
        participants="Аналардың балалары", demands=["баспана беруді", "верните наших детей"], venue="у акимата",
        size_text="около двадцати человек", city="Жанаозен", region="Mangystau", verification="machine-coded"))
    assert not CYRILLIC.search(row["notes"]), row["notes"]
    assert row["notes"].endswith("Coding: machine-coded, not checked by an analyst.")


def test_month_precision_unknown_groups_and_pro_government_wording():
    notes = acled_row(record(date="2021-02", date_precision="month", participant_groups=[], pro_government=True,
                             event_type="sit_in", state_response=["none_reported"]))["notes"]
    assert notes.startswith("In 2021-02, government supporters held a sit-in in Almaty.")
    assert "A government-backed rally." in notes and "Response" not in notes
    assert action_noun("other") == "an other action" and action_noun(None) == "an other action"


@pytest.mark.parametrize(("fields", "expected"), [
    ({"fatalities": 3, "state_response": ["fatalities"]}, 3),
    ({"response_counts": {"fatalities": 18}, "state_response": ["fatalities", "detention"]}, 18),
    ({"state_response": ["fatalities", "force_violence"]}, None),  # deaths reported, no number: an empty cell
    ({"state_response": ["detention"]}, 0),
])
def test_fatalities_come_from_the_event_or_the_response_counts(fields, expected):
    assert fatalities(record(**fields)) == expected
    row = acled_row(record(**fields))
    assert row["fatalities"] == expected
    assert ("Fatalities: reported, number unknown." in row["notes"]) is (expected is None)


@pytest.mark.parametrize(("fields", "admin1", "admin2"), [
    ({"country": "KZ", "city": "Zhanaozen", "region": "Mangystau"}, "Mangystau", "Zhanaozen"),
    ({"country": "KZ", "city": "Zhanaozen", "region": None}, "Mangystau", "Zhanaozen"),  # by name
    ({"country": "KZ", "city": "Almaty", "region": None}, "Almaty", ""),  # a city of republican significance
    ({"country": "KG", "city": "Bishkek", "region": None}, "Bishkek", ""),
    ({"country": "UZ", "city": None, "region": None, "latitude": 42.46, "longitude": 59.61}, "Karakalpakstan", ""),
    ({"country": "TJ", "city": "Khorugh", "region": None, "geonames_id": 1221328}, "Gorno-Badakhshan", "Khorog"),  # the gazetteer name
])
def test_admin_units_from_the_gazetteer(fields, admin1, admin2):
    assert admin_index().admin_units(record(**fields)) == (admin1, admin2)
    row = acled_row(record(**fields))
    assert (row["admin1"], row["admin2"]) == (admin1, admin2)
    assert row["location"] == (fields.get("city") or admin1)
