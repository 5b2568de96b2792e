"""Keyset pages of the event list, newest first: ``(date DESC, id DESC)``, undated events last.

A page is read *after* (older than) or *before* (newer than) an opaque token that holds the
position of a row, never an offset: a deep page costs what the first one does, and events
added meanwhile neither shift nor repeat the rows of the next page. Each query walks one index
range (dated rows, then undated ones), so no ``OR`` across the NULLs defeats the index.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
from dataclasses import dataclass

from django.db.models import Q, QuerySet

from protest_tracker.web.filters import InvalidFilter

Position = tuple[dt.date | None, int]
MAX_ROW_ID = 2**63 - 1


@dataclass(frozen=True, slots=True)
class Page:
    """The rows of one page and the tokens of its neighbours (``None`` at either end)."""

    rows: list
    older: str | None
    newer: str | None


def encode(position: Position) -> str:
    """An opaque token for the row at ``position``."""
    date, pk = position
    raw = json.dumps(["e", date.isoformat() if date else None, pk]).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode(token: str, *, name: str) -> Position:
    """The position in ``token``; :class:`InvalidFilter` when it was not made by :func:`encode`."""
    try:
        kind, date, pk = json.loads(base64.urlsafe_b64decode((token + "=" * (-len(token) % 4)).encode()))
        position = (dt.date.fromisoformat(date) if date is not None else None), int(pk)
    except (ValueError, TypeError, OverflowError):
        raise InvalidFilter(f"{name}: not a position returned by this site") from None
    if kind != "e" or not 0 <= position[1] <= MAX_ROW_ID:
        raise InvalidFilter(f"{name}: not a position returned by this site")
    return position


def _older(queryset: QuerySet, position: Position | None, limit: int) -> list:
    """Up to ``limit`` rows after ``position`` in the list's order (dated rows, then undated ones)."""
    rows: list = []
    date, pk = position if position else (dt.date.max, MAX_ROW_ID)
    if position is None or date is not None:
        dated = queryset.filter(date__isnull=False) if position is None else (
            queryset.filter(date__lte=date).filter(Q(date__lt=date) | Q(id__lt=pk)))
        rows = list(dated.order_by("-date", "-id")[:limit])
        pk = MAX_ROW_ID
    if len(rows) < limit:
        rows += list(queryset.filter(date__isnull=True, id__lt=pk).order_by("-id")[: limit - len(rows)])
    return rows


def _newer(queryset: QuerySet, position: Position, limit: int) -> list:
    """Up to ``limit`` rows before ``position``, nearest first."""
    date, pk = position
    rows: list = []
    if date is None:
        rows = list(queryset.filter(date__isnull=True, id__gt=pk).order_by("id")[:limit])
        if len(rows) < limit:
            rows += list(queryset.filter(date__isnull=False).order_by("date", "id")[: limit - len(rows)])
        return rows
    return list(queryset.filter(date__gte=date).filter(Q(date__gt=date) | Q(id__gt=pk)).order_by("date", "id")[:limit])


def page(queryset: QuerySet, *, after: str | None, before: str | None, size: int) -> Page:
    """The page after ``after`` (older rows), before ``before`` (newer rows), or the first page."""
    if after and before:
        raise InvalidFilter("after, before: give one of them")
    if before:
        rows = _newer(queryset, decode(before, name="before"), size + 1)
        if rows:  # else nothing is newer any more: the first page
            more_newer = len(rows) > size
            rows = rows[:size][::-1]
            return Page(rows, older=encode(_position(rows[-1])), newer=encode(_position(rows[0])) if more_newer else None)
    rows = _older(queryset, decode(after, name="after") if after else None, size + 1)
    more_older = len(rows) > size
    rows = rows[:size]
    return Page(rows, older=encode(_position(rows[-1])) if more_older else None,
                newer=encode(_position(rows[0])) if after and rows else None)


def _position(row) -> Position:
    return row.date, row.pk
