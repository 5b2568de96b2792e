"""Building blocks of the public site that need no database: privacy policy, filters, charts."""

from __future__ import annotations

import datetime as dt

import pytest
from django.http import QueryDict

from protest_tracker.web import palette, svg
from protest_tracker.web.api_paging import decode_cursor, encode_cursor, parse_since
from protest_tracker.web.filters import Filters, InvalidFilter
from protest_tracker.web.privacy import WITHHELD, PublicPolicy


def test_policy_withholds_full_names_and_their_parts_only_as_words():
    policy = PublicPolicy.build(coordinate_decimals=1, show_person_names=False, names=["Ali Bek-Nurlanov", "Zhanna Ivanova"])
    text = policy.text("Nurlanov and zhanna ivanova spoke in Almaty; Ali came; Alina did not; Nurlanovka village")
    assert text.count(WITHHELD) == 2  # "Nurlanov" and the full name "zhanna ivanova"
    assert "Almaty" in text and "Alina" in text and "Nurlanovka" in text and "Ali came" in text
    assert policy.coordinate(43.25671) == 43.3
    assert policy.metadata() == {"coordinate_decimals": 1, "coordinates_coarsened": True, "person_names": "withheld"}


def test_policy_can_show_names_and_exact_coordinates():
    policy = PublicPolicy.build(coordinate_decimals=None, show_person_names=True, names=["Zhanna Ivanova"])
    assert policy.text("Zhanna Ivanova") == "Zhanna Ivanova" and policy.coordinate(43.25671) == 43.25671


def test_filters_parse_repeat_and_reject_unknown_codes():
    filters = Filters.from_query(QueryDict("type=picket&type=march&grievance=labour&from=2024-01-01&country=KZ"))
    assert filters.values["type"] == ("picket", "march") and filters.date_from == dt.date(2024, 1, 1)
    assert Filters.from_query(QueryDict(filters.querystring())) == filters
    for bad in ("type=parade", "country=RU", "from=yesterday", "response=arrest"):
        with pytest.raises(InvalidFilter):
            Filters.from_query(QueryDict(bad))


def test_cursor_round_trip_and_rejection():
    moment = dt.datetime(2024, 5, 1, 10, 0, 0, 123456, tzinfo=dt.UTC)
    assert decode_cursor(encode_cursor(moment, 42)) == (moment, 42)
    with pytest.raises(InvalidFilter):
        decode_cursor("not-a-cursor")
    assert parse_since("since", "2024-05-01").tzinfo is not None
    assert parse_since("since", "2024-05-01T10:00:00Z") == dt.datetime(2024, 5, 1, 10, tzinfo=dt.UTC)


def test_primary_response_is_the_most_severe():
    assert palette.primary_response(["monitoring", "detention", "fine"]) == "detention"
    assert palette.primary_response([]) == "none_reported"
    assert palette.primary_code("grievance_categories", ["utilities", "labour"]) == "labour"


def test_week_labels_never_crowd():
    weeks = [dt.date(2024, 1, 1) + dt.timedelta(days=7 * i) for i in range(100)]
    labels = svg.week_labels(weeks)
    assert 5 <= len(labels) <= 12
    months = [dt.date(2018 + i // 12, i % 12 + 1, 1) for i in range(72)]
    assert set(svg.week_labels(months).values()) == {str(y) for y in range(2018, 2024)}


def test_bar_chart_escapes_labels_and_uses_no_inline_style():
    chart = svg.bar_chart(labels={0: "<b>"}, count=2, title="T & <x>",
                          stacks=[svg.Series("<script>", "#123456", [1, 3])])
    assert "<script>" not in chart and "&lt;script&gt;" in chart and "style=" not in chart
    assert chart.count("<rect") == 2
