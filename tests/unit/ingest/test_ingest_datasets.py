"""ACLED and MMP row parsing (no database)."""

from __future__ import annotations

import pytest

from protest_tracker.ingest.acled import ACLED_COLUMNS, parse_acled_row
from protest_tracker.ingest.datasets import BadValue, DatasetRow, OutOfScope, parse_crowd_size
from protest_tracker.ingest.mmp import MMP_COLUMNS, parse_mmp_row


def acled_row(**values):
    row = dict.fromkeys(ACLED_COLUMNS, "")
    row.update(event_id_cnty="KAZ1", event_date="16 May 2025", event_type="Protests",
               sub_event_type="Peaceful protest", country="Kazakhstan", location="Oral", time_precision="1")
    row.update(values)
    return row


def mmp_row(**values):
    row = dict.fromkeys(MMP_COLUMNS, ".")
    row.update(id="7052020001", country="Kazakhstan", protest="1", startday="1", startmonth="2", startyear="2020",
               endday="1", endmonth="2", endyear="2020", location="Oral", participants_category="", participants="",
               protesterviolence="0", protesteridentity="", sources="", notes="")
    row.update(values)
    return row


@pytest.mark.parametrize(("text", "expected"), [
    ("around 50", (50, 50)), ("more than 1,000", (1000, None)), ("between 20 and 30", (20, 30)),
    ("hundreds", (200, None)), ("dozens", (20, None)), ("no report", (None, None)), ("large", (None, None)),
])
def test_crowd_size(text, expected):
    assert parse_crowd_size(text) == expected


@pytest.mark.parametrize("date", ["16 May 2025", "2025-05-16", "16-05-2025", "16-May-2025"])
def test_acled_date_forms(date):
    outcome = parse_acled_row(2, acled_row(event_date=date))
    assert isinstance(outcome, DatasetRow) and outcome.candidate.date == "2025-05-16"


def test_acled_time_precision_month_and_week():
    assert parse_acled_row(2, acled_row(time_precision="3")).candidate.date == "2025-05"
    assert parse_acled_row(2, acled_row(time_precision="2")).candidate.date_precision == "week"


@pytest.mark.parametrize(("values", "column"), [
    ({"latitude": "91"}, "latitude"), ({"geo_precision": "4"}, "geo_precision"),
    ({"fatalities": "-1"}, "fatalities"), ({"time_precision": "9"}, "time_precision"),
    ({"sub_event_type": "Sit-in"}, "sub_event_type"), ({"event_date": ""}, "event_date"),
])
def test_acled_bad_cells_name_the_column(values, column):
    with pytest.raises(BadValue) as caught:
        parse_acled_row(2, acled_row(**values))
    assert caught.value.column == column


def test_acled_scope():
    assert isinstance(parse_acled_row(2, acled_row(country="Georgia")), OutOfScope)
    assert parse_acled_row(2, acled_row(country="", iso="417")).candidate.country == "KG"
    assert parse_acled_row(2, acled_row(event_type="Battles")).kind == "not_a_protest"


def test_mmp_nationwide_location_has_no_city_and_sizes_from_text():
    outcome = parse_mmp_row(2, mmp_row(location="national", participants="about 300"))
    assert outcome.candidate.city is None and (outcome.candidate.size_min, outcome.candidate.size_max) == (300, 300)


@pytest.mark.parametrize(("values", "column"), [
    ({"startday": "31", "startmonth": "2"}, "startday"), ({"stateresponse3": "teargas"}, "stateresponse3"),
    ({"protesterviolence": "2"}, "protesterviolence"), ({"endday": "1", "endmonth": "1"}, "endday"),
    ({"id": ""}, "id"),
])
def test_mmp_bad_cells_name_the_column(values, column):
    with pytest.raises(BadValue) as caught:
        parse_mmp_row(2, mmp_row(**values))
    assert caught.value.column == column


def test_mmp_float_ids_normalised():
    assert parse_mmp_row(2, mmp_row(id="7052020001.0")).original_id == "7052020001"
