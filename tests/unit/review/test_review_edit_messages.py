"""The edit form's error messages say what is wrong with the value (not just "invalid")."""

from __future__ import annotations

import pytest

from protest_tracker.review.editable import InvalidValue, parse_value, spec_for


@pytest.mark.parametrize(("name", "raw", "message"), [
    ("latitude", "95", "Latitude: '95' is outside -90 to 90"),
    ("longitude", "-181", "Longitude: '-181' is outside -180 to 180"),
    ("size_min", "-3", "Size (low): '-3' is negative; enter 0 or more"),
    ("size_max", "many", "Size (high): 'many' is not a whole number"),
    ("latitude", "north", "Latitude: 'north' is not a number"),
    ("date", "2022-13-01", "Date: '2022-13-01' is not a date (YYYY-MM-DD)"),
])
def test_invalid_value_messages_name_the_problem(name, raw, message):
    with pytest.raises(InvalidValue) as caught:
        parse_value(spec_for(name), raw)
    assert str(caught.value) == message
