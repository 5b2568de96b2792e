"""Our own CSV (one row per event, typed columns from :mod:`~protest_tracker.export.fields`) and JSON."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

from protest_tracker.errors import ExportError
from protest_tracker.export.cells import from_cell, to_cell
from protest_tracker.export.fields import COLUMN_NAMES, COLUMNS, flat_record
from protest_tracker.export.progress import ProgressCallback, counted


def csv_rows(records: Iterable[dict[str, Any]]) -> Iterable[list[str]]:
    """The header row, then one row of cells per record (neutralised free text)."""
    yield list(COLUMN_NAMES)
    for record in records:
        flat = flat_record(record)
        yield [to_cell(column, flat[column.name]) for column in COLUMNS]


def write_csv(records: Iterable[dict[str, Any]], stream: IO[str], *, progress: ProgressCallback | None = None) -> int:
    """Write records as our CSV to a text stream; returns the number of rows."""
    writer = csv.writer(stream, lineterminator="\n")
    count = -1
    for count, row in enumerate(csv_rows(counted(records, progress))):  # noqa: B007
        writer.writerow(row)
    return max(count, 0)


def read_csv(path: Path) -> list[dict[str, Any]]:
    """Read our CSV back into typed records (the inverse of :func:`write_csv`).

    Raises :class:`~protest_tracker.errors.ExportError` naming the line of a malformed row.
    """
    with open(path, newline="", encoding="utf-8") as handle:
        reader = csv.reader(handle)
        header = next(reader, None)
        if header is None or tuple(header) != COLUMN_NAMES:
            raise ExportError(f"{path}: not a protest-tracker CSV (unexpected header)")
        records = []
        for line, row in enumerate(reader, start=2):
            if len(row) != len(COLUMNS):
                raise ExportError(f"{path}:{line}: expected {len(COLUMNS)} cells, found {len(row)}")
            try:
                records.append({c.name: from_cell(c, cell) for c, cell in zip(COLUMNS, row, strict=True)})
            except ValueError as exc:
                raise ExportError(f"{path}:{line}: {exc}") from None
        return records


def write_json(
    records: Iterable[dict[str, Any]], stream: IO[str], *, metadata: dict[str, Any],
    progress: ProgressCallback | None = None,
) -> int:
    """Write ``{"metadata": ..., "events": [...]}``, one event per line, streaming."""
    stream.write('{"metadata": ' + json.dumps(metadata, ensure_ascii=False, sort_keys=True) + ',\n"events": [')
    count = 0
    for record in counted(records, progress):
        stream.write(",\n" if count else "\n")
        stream.write(json.dumps(record, ensure_ascii=False, sort_keys=True))
        count += 1
    stream.write("\n]}\n")
    return count
