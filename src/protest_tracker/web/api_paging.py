"""Cursor pagination for the API: keyset on ``(updated_at, id)`` so delta sync never skips or repeats."""

from __future__ import annotations

import base64
import datetime as dt
import json

from django.db.models import Q, QuerySet

from protest_tracker.web.filters import InvalidFilter

DEFAULT_LIMIT = 100
MAX_LIMIT = 1000


def encode_cursor(moment: dt.datetime, pk: int) -> str:
    """An opaque cursor after the row ``(moment, pk)``."""
    raw = json.dumps([moment.isoformat(), pk]).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[dt.datetime, int]:
    """The position in a cursor; :class:`InvalidFilter` when it was not made by us."""
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        moment, pk = json.loads(base64.urlsafe_b64decode(padded.encode()))
        return dt.datetime.fromisoformat(moment), int(pk)
    except (ValueError, TypeError):
        raise InvalidFilter("cursor: not a cursor returned by this API") from None


def parse_since(name: str, value: str | None) -> dt.datetime | None:
    """An ISO 8601 date or date-time (UTC when no offset is given)."""
    if not value:
        return None
    try:
        moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00").replace(" ", "+"))
    except ValueError:
        raise InvalidFilter(f"{name}: {value!r} is not an ISO 8601 date-time") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


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
