"""Each day of a short span ("10 и 11 января", "December 16-17") is a candidate date of its own."""

from __future__ import annotations

import datetime as dt

from protest_tracker.pipeline.dates.recognise import find_dates
from protest_tracker.pipeline.learn.candidate_dates import MAX_SPAN_DAYS, later_days


def _days(text: str, language: str) -> list[str]:
    (mention,) = find_dates(text, language=language, published=dt.date(2024, 1, 20))
    return [mention.value, *(value for value, _, _ in later_days(mention))]


def test_a_list_of_two_days_offers_both():
    assert _days("10 и 11 января активисты вышли к суду", "ru") == ["2024-01-10", "2024-01-11"]


def test_a_range_offers_every_day_in_it():
    assert _days("Workers struck on January 14-16", "en") == ["2024-01-14", "2024-01-15", "2024-01-16"]


def test_a_long_span_offers_its_first_day_only():
    span = MAX_SPAN_DAYS + 2
    assert _days(f"с 1 по {1 + span} января шла голодовка", "ru") == ["2024-01-01"]


def test_a_single_day_has_no_later_days():
    (mention,) = find_dates("5 января прошел пикет", language="ru", published=dt.date(2024, 1, 20))
    assert later_days(mention) == []
