"""GeoJSON (RFC 7946): a FeatureCollection of Points, longitude first, WGS 84, no ``crs`` member."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO, Any

from protest_tracker.export.progress import ProgressCallback, counted

#: RFC 7946 advice: no more than 7 decimals (about 1 cm).
MAX_DECIMALS = 7


def feature(record: dict[str, Any]) -> dict[str, Any]:
    """One event as a Feature; events without coordinates get a ``null`` geometry (allowed by the RFC)."""
    properties = {k: v for k, v in record.items() if k not in ("latitude", "longitude")}
    lat, lon = record.get("latitude"), record.get("longitude")
    geometry = None
    if lat is not None and lon is not None:
        geometry = {"type": "Point", "coordinates": [round(float(lon), MAX_DECIMALS), round(float(lat), MAX_DECIMALS)]}
    return {"type": "Feature", "id": record.get("event_id"), "geometry": geometry, "properties": properties}


def write_geojson(
    records: Iterable[dict[str, Any]], stream: IO[str], *, metadata: dict[str, Any],
    progress: ProgressCallback | None = None,
) -> int:
    """Stream a FeatureCollection; ``metadata`` goes into a foreign member of the same name."""
    stream.write('{"type": "FeatureCollection", "metadata": ' + json.dumps(metadata, ensure_ascii=False, sort_keys=True))
    stream.write(',\n"features": [')
    count = 0
    for record in counted(records, progress):
        stream.write(",\n" if count else "\n")
        stream.write(json.dumps(feature(record), ensure_ascii=False, sort_keys=True))
        count += 1
    stream.write("\n]}\n")
    return count
