"""Every list view speaks HTML, JSON and CSV at the same URL (``.json`` / ``.csv`` suffix or ``?format=``)."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import Any

from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpRequest, HttpResponse, StreamingHttpResponse

from protest_tracker.export.cells import neutralise

FORMATS = ("html", "json", "csv")


class UnknownFormat(ValueError):
    """A ``format`` other than html, json or csv."""


def chosen_format(request: HttpRequest, suffix: str | None) -> str:
    """The output format from the URL suffix, else ``?format=``, else HTML."""
    fmt = (suffix or request.GET.get("format") or "html").lower()
    if fmt not in FORMATS:
        raise UnknownFormat(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    return fmt


def json_response(payload: Any, *, status: int = 200) -> HttpResponse:
    """Pretty enough JSON (UTF-8, not ASCII-escaped) with the right content type."""
    body = json.dumps(payload, cls=DjangoJSONEncoder, ensure_ascii=False, indent=1)
    return HttpResponse(body, content_type="application/json; charset=utf-8", status=status)


class _Echo:
    def write(self, value: str) -> str:
        return value


def csv_response(rows: Iterable[list[Any]], *, filename: str, neutralise_cells: bool = False) -> StreamingHttpResponse:
    """Stream rows as CSV; ``neutralise_cells`` protects every text cell from formula injection."""
    writer = csv.writer(_Echo(), lineterminator="\n")

    def lines():
        for row in rows:
            if neutralise_cells:
                row = [neutralise(c) if isinstance(c, str) else c for c in row]
            yield writer.writerow(["" if c is None else c for c in row])

    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
