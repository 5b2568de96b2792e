"""Cursor pagination for the API: keyset on ``(updated_at, id)`` so delta sync never skips or repeats."""

from __future__ import annotations

import base64
import datetime as dt
import json
import re

from django.db.models import Q, QuerySet

from protest_tracker.web.filters import InvalidFilter

DEFAULT_LIMIT = 100
MAX_LIMIT = 1000
MAX_ROW_ID = 2**63 - 1


def encode_cursor(moment: dt.datetime, pk: int) -> str:
    """An opaque cursor after the row ``(moment, pk)``."""
    raw = json.dumps([moment.isoformat(), pk]).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[dt.datetime, int]:
    """The position in a cursor; :class:`InvalidFilter` when it was not made by us."""
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        moment, pk = json.loads(base64.urlsafe_b64decode(padded.encode()))
        position = _utc(dt.datetime.fromisoformat(moment)), int(pk)
    except (ValueError, TypeError, OverflowError):
        raise InvalidFilter("cursor: not a cursor returned by this API") from None
    if not 0 <= position[1] <= MAX_ROW_ID:  # a forged id would overflow the database's integer
        raise InvalidFilter("cursor: not a cursor returned by this API")
    return position


def _utc(moment: dt.datetime) -> dt.datetime:
    """``moment`` in UTC (UTC assumed without an offset); OverflowError beyond year 1 or 9999."""
    return moment.astimezone(dt.UTC) if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def parse_since(name: str, value: str | None) -> dt.datetime | None:
    """An ISO 8601 date or date-time (UTC when no offset is given)."""
    if not value:
        return None
    text = re.sub(r"[zZ]$", "+00:00", value.strip().replace(" ", "+"))  # RFC 3339 allows a lower-case z
    text = re.sub(r"([Tt ]\d\d:\d\d):60", r"\1:59", text)  # and a leap second
    try:
        return _utc(dt.datetime.fromisoformat(text))
    except (ValueError, OverflowError):
        raise InvalidFilter(f"{name}: {value!r} is not an ISO 8601 date-time") from None


def keyset_page(queryset: QuerySet, *, time_field: str, cursor: str | None, limit: int) -> tuple[list, str | None]:
    """One page ordered by ``(time_field, id)`` after ``cursor``; returns rows and the next cursor."""
    if not 1 <= limit <= MAX_LIMIT:
        raise InvalidFilter(f"limit: between 1 and {MAX_LIMIT}")
    if cursor:
        moment, pk = decode_cursor(cursor)
        # The plain range first lets the database walk the index on the time field.
        queryset = queryset.filter(**{f"{time_field}__gte": moment}).filter(
            Q(**{f"{time_field}__gt": moment}) | Q(id__gt=pk))
    rows = list(queryset.order_by(time_field, "id")[: limit + 1])
    more = len(rows) > limit
    rows = rows[:limit]
    next_cursor = encode_cursor(getattr(rows[-1], time_field), rows[-1].pk) if more and rows else None
    return rows, next_cursor
