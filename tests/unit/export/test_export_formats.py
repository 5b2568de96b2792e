"""Each export format, read back by a real reader."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from export_records import record, records

from protest_tracker.errors import ExportError
from protest_tracker.export.acled import ACLED_COLUMNS, EXTRA_COLUMNS, acled_row
from protest_tracker.export.fields import COLUMN_NAMES, flat_record
from protest_tracker.export.package import FORMATS, write_export
from protest_tracker.export.tabular import read_csv

META = {"generated_at": "2024-05-02T00:00:00+00:00", "codebook_version": "1.0",
        "privacy": {"coordinate_decimals": 2, "coordinates_coarsened": True, "person_names": "withheld"}}

# RFC 7946 essentials for what we write: a FeatureCollection of Features whose geometry is a
# Point [lon, lat] (WGS 84 ranges) or null; no "crs" member.
GEOJSON_SCHEMA = {
    "type": "object",
    "required": ["type", "features"],
    "not": {"required": ["crs"]},
    "properties": {
        "type": {"const": "FeatureCollection"},
        "features": {"type": "array", "items": {
            "type": "object", "required": ["type", "geometry", "properties"],
            "properties": {
                "type": {"const": "Feature"},
                "id": {"type": ["string", "number"]},
                "properties": {"type": ["object", "null"]},
                "geometry": {"oneOf": [{"type": "null"}, {
                    "type": "object", "required": ["type", "coordinates"],
                    "properties": {"type": {"const": "Point"}, "coordinates": {
                        "type": "array", "minItems": 2, "maxItems": 3,
                        "prefixItems": [{"type": "number", "minimum": -180, "maximum": 180},
                                        {"type": "number", "minimum": -90, "maximum": 90}]}}}]},
            }}},
    },
}


def test_our_csv_round_trips_through_the_csv_reader(tmp_path):
    rows = records(30)
    result = write_export(rows, fmt="csv", output=tmp_path / "events.csv", metadata=META)
    assert result.rows == 30
    back = read_csv(tmp_path / "events.csv")
    assert back == [flat_record(r) for r in rows]


def test_csv_neutralises_formulas_in_free_text_only(tmp_path):
    rows = records(5)
    rows[4]["longitude"] = -0.5  # a number is never touched
    write_export(rows, fmt="csv", output=tmp_path / "events.csv", metadata=META)
    with open(tmp_path / "events.csv", newline="", encoding="utf-8") as handle:
        table = list(csv.DictReader(handle))
    assert table[0]["participants"].startswith("'=")
    assert table[0]["venue"].startswith("'+")
    assert table[1]["organisers"] == "'@group"
    assert table[1]["size_text"] == "''=already quoted"
    assert table[4]["longitude"] == "-0.5"
    for row in table:
        for column in ("participants", "venue", "organisers", "size_text", "city", "region"):
            assert not row[column].startswith(("=", "+", "-", "@"))


def test_acled_csv_has_acled_columns_first_and_the_crosswalk(tmp_path):
    rows = records(6)
    write_export(rows, fmt="acled-csv", output=tmp_path / "acled.csv", metadata=META)
    with open(tmp_path / "acled.csv", newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        table = list(reader)
    assert tuple(reader.fieldnames[:31]) == ACLED_COLUMNS
    assert tuple(reader.fieldnames[31:]) == EXTRA_COLUMNS and "cat_event_type" in EXTRA_COLUMNS
    assert table[0]["sub_event_type"] == "Peaceful protest" and table[0]["interaction"] == "Protesters only"
    assert table[2]["sub_event_type"] == "Excessive force against protesters"
    assert table[2]["actor2"] == "Police Forces of Kazakhstan" and table[2]["inter2"] == "State forces"
    assert table[3]["event_type"] == "Riots" and table[3]["sub_event_type"] == "Violent demonstration"
    assert table[3]["time_precision"] == "3" and table[3]["country"] == "Kyrgyzstan" and table[3]["iso"] == "417"
    assert table[0]["iso"] == "398" and table[0]["region"] == "Caucasus and Central Asia"
    assert table[0]["tags"].startswith("crowd size=") and table[0]["timestamp"] == "1714557600"
    assert table[0]["source"] == "Vlast" and table[0]["source_scale"] == "National"
    assert not table[0]["notes"].startswith("=")


def test_acled_sub_type_for_intervention():
    row = acled_row(record(state_response=["dispersal", "monitoring"]))
    assert (row["event_type"], row["sub_event_type"]) == ("Protests", "Protest with intervention")
    assert row["interaction"] == "State forces-Protesters"


def test_json_export_reads_back_with_metadata(tmp_path):
    rows = records(12)
    write_export(rows, fmt="json", output=tmp_path / "events.json", metadata=META)
    data = json.loads((tmp_path / "events.json").read_text(encoding="utf-8"))
    assert data["metadata"]["privacy"]["coordinate_decimals"] == 2 and data["metadata"]["format"] == "json"
    assert data["events"] == rows


def test_geojson_export_follows_rfc_7946(tmp_path):
    rows = records(8)
    write_export(rows, fmt="geojson", output=tmp_path / "events.geojson", metadata=META)
    data = json.loads((tmp_path / "events.geojson").read_text(encoding="utf-8"))
    jsonschema.validate(data, GEOJSON_SCHEMA)
    assert data["features"][0]["geometry"]["coordinates"] == [76.9286, round(43.2567 + 1 / 1e5, 7)]
    assert data["features"][1]["geometry"] is None  # no coordinates -> null geometry, still a valid Feature
    assert data["metadata"]["privacy"]["coordinates_coarsened"] is True
    assert "latitude" not in data["features"][0]["properties"]


def test_parquet_reads_back_with_pyarrow(tmp_path):
    import pyarrow.parquet as pq

    rows = records(7)
    write_export(rows, fmt="parquet", output=tmp_path / "events.parquet", metadata=META)
    table = pq.read_table(tmp_path / "events.parquet")
    assert table.num_rows == 7 and tuple(table.column_names) == COLUMN_NAMES
    assert table.column("participant_groups").to_pylist()[0] == ["relatives_of_detainees"]
    assert table.column("size_min").type.bit_width == 64
    assert table.column("latitude").to_pylist()[1] is None
    assert json.loads(table.column("response_counts").to_pylist()[2]) == {"detention": 12}
    meta = json.loads(table.schema.metadata[b"protest_tracker"])
    assert meta["privacy"]["person_names"] == "withheld"


def test_datapackage_passes_frictionless_validate(tmp_path):
    rows = records(25)
    result = write_export(rows, fmt="datapackage", output=tmp_path / "package", metadata=META)
    names = {p.name for p in result.files}
    assert names == {"datapackage.json", "events.csv", "codebook.json", "CITATION.cff"}
    frictionless = Path(sys.executable).with_name("frictionless")
    done = subprocess.run([str(frictionless), "validate", "--json", str(tmp_path / "package" / "datapackage.json")],
                          capture_output=True, text=True, timeout=120)
    report = json.loads(done.stdout)
    assert report["valid"], json.dumps(report["tasks"][0]["errors"][:3], indent=1)
    assert done.returncode == 0


def test_datapackage_validation_catches_a_bad_code(tmp_path):
    from frictionless import validate

    write_export(records(3), fmt="datapackage", output=tmp_path / "package", metadata=META)
    events = tmp_path / "package" / "events.csv"
    events.write_text(events.read_text(encoding="utf-8").replace("relatives_of_detainees", "aliens", 1), encoding="utf-8")
    assert not validate(tmp_path / "package" / "datapackage.json").valid


@pytest.mark.parametrize("fmt", [f for f in FORMATS if f != "datapackage"])
def test_every_export_ships_codebook_citation_and_metadata(tmp_path, fmt):
    result = write_export(records(3), fmt=fmt, output=tmp_path / "out.data", metadata=META)
    names = sorted(p.name for p in result.files)
    assert names == sorted(["out.data", "out.codebook.json", "out.CITATION.cff", "out.metadata.json"])
    assert "cff-version" in (tmp_path / "out.CITATION.cff").read_text()
    codebook = json.loads((tmp_path / "out.codebook.json").read_text())
    assert any(v["name"] == "state_responses" for v in codebook["vocabularies"])
    assert json.loads((tmp_path / "out.metadata.json").read_text())["rows"] == 3


def test_large_exports_stream_and_report_progress(tmp_path):
    seen: list[int] = []
    generated = (record(i) for i in range(1, 12_001))  # a generator: never a list in memory
    result = write_export(generated, fmt="csv", output=tmp_path / "big.csv", metadata=META, progress=seen.append)
    assert result.rows == 12_000
    assert seen[0] == 500 and seen[-1] == 12_000 and len(seen) >= 24


def test_bad_format_and_missing_folder_are_clear_errors(tmp_path):
    with pytest.raises(ExportError, match="unknown export format"):
        write_export([], fmt="xlsx", output=tmp_path / "x", metadata=META)
    with pytest.raises(ExportError, match="does not exist"):
        write_export([], fmt="csv", output=tmp_path / "nope" / "x.csv", metadata=META)


def test_read_csv_rejects_foreign_files_with_the_line(tmp_path):
    path = tmp_path / "other.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(ExportError, match="unexpected header"):
        read_csv(path)
    write_export(records(2), fmt="csv", output=tmp_path / "ok.csv", metadata=META)
    text = (tmp_path / "ok.csv").read_text(encoding="utf-8").splitlines()
    text[2] = text[2].replace(",false,", ",maybe,", 1)
    (tmp_path / "ok.csv").write_text("\n".join(text) + "\n", encoding="utf-8")
    with pytest.raises(ExportError, match=r"ok\.csv:3"):
        read_csv(tmp_path / "ok.csv")
