"""Parquet via pyarrow: typed columns (codes as lists of strings), written in row groups."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from protest_tracker.export.fields import COLUMNS, flat_record
from protest_tracker.export.progress import ProgressCallback, counted

ROW_GROUP = 5000


def arrow_schema(metadata: dict[str, Any]):
    """The pyarrow schema of our event table, with the export metadata as JSON in the schema metadata."""
    import pyarrow as pa

    types = {"integer": pa.int64(), "number": pa.float64(), "boolean": pa.bool_(), "date": pa.date32(),
             "datetime": pa.timestamp("us", tz="UTC"), "codes": pa.list_(pa.string())}
    fields = [pa.field(c.name, types.get(c.kind, pa.string()), metadata={"description": c.description}) for c in COLUMNS]
    return pa.schema(fields, metadata={"protest_tracker": json.dumps(metadata, ensure_ascii=False, sort_keys=True)})


def _value(kind: str, value: Any) -> Any:
    if value is None:
        return None
    if kind in ("array", "object"):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    if kind == "date" and isinstance(value, str):
        return dt.date.fromisoformat(value)
    if kind == "datetime" and isinstance(value, str):
        return dt.datetime.fromisoformat(value)
    return value


def write_parquet(
    records: Iterable[dict[str, Any]], path: Path, *, metadata: dict[str, Any],
    progress: ProgressCallback | None = None,
) -> int:
    """Write records to a Parquet file in row groups of :data:`ROW_GROUP`; returns the number of rows."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = arrow_schema(metadata)
    count = 0
    batch: dict[str, list[Any]] = {c.name: [] for c in COLUMNS}
    with pq.ParquetWriter(str(path), schema) as writer:
        for record in counted(records, progress):
            flat = flat_record(record)
            for column in COLUMNS:
                batch[column.name].append(_value(column.kind, flat[column.name]))
            count += 1
            if count % ROW_GROUP == 0:
                writer.write_table(pa.Table.from_pydict(batch, schema=schema))
                batch = {c.name: [] for c in COLUMNS}
        if batch["event_id"] or count == 0:
            writer.write_table(pa.Table.from_pydict(batch, schema=schema))
    return count
