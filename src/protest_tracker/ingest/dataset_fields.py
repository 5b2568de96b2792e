"""Imported ACLED / MMP rows checked against the event-field declaration (bounds, lengths, codes).

A value the declaration refuses (a ``fatalities`` of 10^23, a 300-character place name) becomes
that row's :class:`~protest_tracker.ingest.datasets.BadValue`, naming the dataset's column, so
the row is reported and the rest of the file goes on; it never reaches the database.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from protest_tracker import event_fields, model
from protest_tracker.event_fields import FieldValueError
from protest_tracker.event_fields.kinds import show_value
from protest_tracker.ingest.datasets import BadValue, parse_crowd_size

_WHOLE = re.compile(r"-?\d+(\.0+)?")


def parse_count(row: Mapping[str, str], column: str, *, field: str) -> int | None:
    """A whole-number cell (``3`` or ``3.0``; empty or ``.`` is none) within the bounds of ``field``."""
    value = (row.get(column) or "").strip()
    if value in ("", "."):
        return None
    if not _WHOLE.fullmatch(value):
        raise BadValue(column, f"{show_value(value)} is not a whole number")
    try:
        return event_fields.field(field).parse(value.split(".", 1)[0])
    except FieldValueError as exc:
        raise BadValue(column, exc.reason) from None


def crowd_size(text: str, *, column: str) -> tuple[int | None, int | None]:
    """``parse_crowd_size`` for a cell; a number too long for Python's int becomes a :class:`BadValue`."""
    try:
        return parse_crowd_size(text)
    except ValueError:  # beyond Python's 4,300-digit limit
        raise BadValue(column, f"{show_value(text)}: the crowd size is not a usable number") from None


def check_fields(candidate: model.EventCandidate, *, columns: Mapping[str, str]) -> model.EventCandidate:
    """``candidate`` when every declared field fits; else :class:`BadValue` for the dataset column
    the misfit came from (``columns`` maps a field to its column; by default the field's name)."""
    try:
        event_fields.check_candidate(candidate)
    except FieldValueError as exc:
        raise BadValue(columns.get(exc.field, exc.field), f"{exc.label}: {exc.reason}") from None
    return candidate
