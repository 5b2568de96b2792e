"""Writing a whole export: the data file in the chosen format plus the codebook, CITATION.cff and metadata.

Every export is a set of files: the data (``PATH``), ``<stem>.codebook.json``,
``<stem>.CITATION.cff`` and ``<stem>.metadata.json`` next to it. ``datapackage`` writes a
folder (``PATH``) with ``datapackage.json``, ``events.csv``, ``codebook.json`` and ``CITATION.cff``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from protest_tracker.errors import ExportError
from protest_tracker.export.acled import write_acled_csv
from protest_tracker.export.citation import citation_cff, codebook_document
from protest_tracker.export.columnar import write_parquet
from protest_tracker.export.fields import table_schema
from protest_tracker.export.geo import write_geojson
from protest_tracker.export.progress import ProgressCallback
from protest_tracker.export.tabular import write_csv, write_json

FORMATS = ("acled-csv", "csv", "json", "geojson", "parquet", "datapackage")


@dataclass(frozen=True, slots=True)
class ExportResult:
    """What an export wrote: the data path, every file, and the number of events."""

    path: Path
    files: tuple[Path, ...]
    rows: int


def datapackage_descriptor(metadata: dict[str, Any]) -> dict[str, Any]:
    """The ``datapackage.json`` of a data-package export (schema generated from the codebook)."""
    return {
        "profile": "tabular-data-package",
        "name": "central-asia-protest-events",
        "title": "Central Asia Protest Tracker: protest events",
        "description": "Protest events in Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan. "
                       "Codes are defined in codebook.json; cite as in CITATION.cff.",
        "version": metadata.get("codebook_version", ""),
        "created": metadata.get("generated_at", ""),
        "licenses": [{"name": "ODC-BY-1.0", "title": "Open Data Commons Attribution License 1.0",
                      "path": "https://opendatacommons.org/licenses/by/1-0/"}],
        "protest_tracker": metadata,
        "resources": [{
            "name": "events", "path": "events.csv", "profile": "tabular-data-resource", "format": "csv",
            "mediatype": "text/csv", "encoding": "utf-8", "schema": table_schema(),
        }],
    }


def _write_sidecars(folder: Path, prefix: str, metadata: dict[str, Any]) -> list[Path]:
    files = [folder / f"{prefix}codebook.json", folder / f"{prefix}CITATION.cff"]
    files[0].write_text(json.dumps(codebook_document(), ensure_ascii=False, indent=1), encoding="utf-8")
    files[1].write_text(citation_cff(), encoding="utf-8")
    if prefix:
        files.append(folder / f"{prefix}metadata.json")
        files[2].write_text(json.dumps(metadata, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")
    return files


def write_export(
    records: Iterable[dict[str, Any]], *, fmt: str, output: Path, metadata: dict[str, Any],
    progress: ProgressCallback | None = None,
) -> ExportResult:
    """Write ``records`` in format ``fmt`` to ``output`` (a file, or a folder for ``datapackage``)."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    output = Path(output)
    metadata = {**metadata, "format": fmt}
    try:
        if fmt == "datapackage":
            output.mkdir(parents=True, exist_ok=True)
            with open(output / "events.csv", "w", encoding="utf-8", newline="") as stream:
                rows = write_csv(records, stream, progress=progress)
            metadata["rows"] = rows
            (output / "datapackage.json").write_text(
                json.dumps(datapackage_descriptor(metadata), ensure_ascii=False, indent=1), encoding="utf-8")
            files = [output / "datapackage.json", output / "events.csv", *_write_sidecars(output, "", metadata)]
            return ExportResult(path=output, files=tuple(files), rows=rows)
        if not output.parent.is_dir():
            raise ExportError(f"cannot write {output}: folder {output.parent} does not exist")
        if fmt == "parquet":
            rows = write_parquet(records, output, metadata=metadata, progress=progress)
        else:
            with open(output, "w", encoding="utf-8", newline="") as stream:
                if fmt == "acled-csv":
                    rows = write_acled_csv(records, stream, progress=progress)
                elif fmt == "csv":
                    rows = write_csv(records, stream, progress=progress)
                elif fmt == "json":
                    rows = write_json(records, stream, metadata=metadata, progress=progress)
                else:
                    rows = write_geojson(records, stream, metadata=metadata, progress=progress)
        metadata["rows"] = rows
        stem = output.name.split(".")[0] or "export"
        files = [output, *_write_sidecars(output.parent, f"{stem}.", metadata)]
        return ExportResult(path=output, files=tuple(files), rows=rows)
    except OSError as exc:
        raise ExportError(f"cannot write {output}: {exc.strerror or exc}") from None
