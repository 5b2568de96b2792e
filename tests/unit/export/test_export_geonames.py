"""The ``geonames_id`` column: in our CSV, JSON, GeoJSON and Parquet; not among ACLED's own columns."""

from __future__ import annotations

import csv
import json

from export_records import records

from protest_tracker.export.acled import ACLED_COLUMNS, EXTRA_COLUMNS
from protest_tracker.export.fields import COLUMN_NAMES, table_schema
from protest_tracker.export.package import write_export
from protest_tracker.export.tabular import read_csv

META = {"generated_at": "2024-05-02T00:00:00+00:00", "codebook_version": "1.0"}
ALMATY = 1526384


def rows() -> list[dict]:
    """Six records: an Almaty id on the first, none on the rest (regions, unknown places)."""
    table = records(6)
    table[0]["geonames_id"] = ALMATY
    return table


def test_declared_once_next_to_the_other_place_columns():
    assert COLUMN_NAMES.count("geonames_id") == 1
    assert COLUMN_NAMES.index("geonames_id") == COLUMN_NAMES.index("geo_precision") + 1
    field = next(f for f in table_schema()["fields"] if f["name"] == "geonames_id")
    assert field["type"] == "integer"


def test_csv_writes_the_id_and_an_empty_cell_when_unknown(tmp_path):
    write_export(rows(), fmt="csv", output=tmp_path / "events.csv", metadata=META)
    with open(tmp_path / "events.csv", newline="", encoding="utf-8") as handle:
        table = list(csv.DictReader(handle))
    assert table[0]["geonames_id"] == str(ALMATY) and table[1]["geonames_id"] == ""
    back = read_csv(tmp_path / "events.csv")
    assert back[0]["geonames_id"] == ALMATY and back[1]["geonames_id"] is None


def test_json_and_geojson_carry_the_id(tmp_path):
    write_export(rows(), fmt="json", output=tmp_path / "events.json", metadata=META)
    assert json.loads((tmp_path / "events.json").read_text(encoding="utf-8"))["events"][0]["geonames_id"] == ALMATY
    write_export(rows(), fmt="geojson", output=tmp_path / "events.geojson", metadata=META)
    features = json.loads((tmp_path / "events.geojson").read_text(encoding="utf-8"))["features"]
    assert features[0]["properties"]["geonames_id"] == ALMATY


def test_parquet_types_the_id_as_an_integer(tmp_path):
    import pyarrow.parquet as pq

    write_export(rows(), fmt="parquet", output=tmp_path / "events.parquet", metadata=META)
    column = pq.read_table(tmp_path / "events.parquet").column("geonames_id")
    assert column.type.bit_width == 64 and column.to_pylist()[:2] == [ALMATY, None]


def test_acled_file_keeps_acleds_columns_and_carries_the_id_only_among_ours(tmp_path):
    """ACLED has no GeoNames column: the id rides in the tail of our own columns, as every column does."""
    assert "geonames_id" not in ACLED_COLUMNS and "geonames_id" in EXTRA_COLUMNS
    write_export(rows(), fmt="acled-csv", output=tmp_path / "acled.csv", metadata=META)
    with open(tmp_path / "acled.csv", newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        table = list(reader)
    assert tuple(reader.fieldnames[:31]) == ACLED_COLUMNS
    assert table[0]["geonames_id"] == str(ALMATY)
