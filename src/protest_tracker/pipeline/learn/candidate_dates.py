"""The dates a candidate can carry: the days of a short span, and the window of plausible days.

Used by :mod:`protest_tracker.pipeline.learn.candidates`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from protest_tracker.pipeline.dates.recognise import DateMention
from protest_tracker.pipeline.events.drafts import SegmentOptions
from protest_tracker.pipeline.events.segment import time_reason

#: the most days after the first of a span ("10 и 11 января", "December 16-17") that become
#: candidates of their own: in dev + train, when the first day of such a span is an event day,
#: so is the last (7 of 7), so each day is offered and the model decides
MAX_SPAN_DAYS = 3


def later_days(mention: DateMention) -> list[tuple[str, str, DateMention]]:
    """The days after the first of a short day span, as ``(value, "day", mention)`` dates."""
    end = mention.end_value
    if not end or mention.precision != "day":
        return []
    try:
        first, last = dt.date.fromisoformat(mention.value), dt.date.fromisoformat(end)
    except ValueError:
        return []
    if not 0 < (last - first).days <= MAX_SPAN_DAYS:
        return []
    return [((first + dt.timedelta(days=n)).isoformat(), "day", mention) for n in range(1, (last - first).days + 1)]


def out_of_window(date: Any, reference: dt.date | None, options: SegmentOptions) -> bool:
    """Whether a date lies too long before the article (background) or after it (a call)."""
    if date is None:
        return False
    value, precision = (date[0], date[1]) if isinstance(date, tuple) else (date.value, date.precision)
    return time_reason(value, precision, reference, options) is not None


def days_before(value: str | None, reference: dt.date | None) -> int | None:
    if not value or reference is None:
        return None
    try:
        when = dt.date.fromisoformat(value if len(value) == 10 else value[:7] + "-15")
    except ValueError:
        return None
    return (reference - when).days
