"""Issue 12, defect 2: an ACLED or MMP row with a huge number is that row's error; the rows after
it are imported (it used to crash the import and lose them), on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from typer.testing import CliRunner

from protest_tracker.cli.main import app
from protest_tracker.ingest.acled import ACLED_COLUMNS
from protest_tracker.ingest.mmp import MMP_COLUMNS
from protest_tracker.store.imports import import_dataset
from protest_tracker.store.models import Event, IngestFailure

pytestmark = [pytest.mark.django_db, pytest.mark.both_backends]


def _acled(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=ACLED_COLUMNS)
        writer.writeheader()
        for n, values in enumerate(rows, start=1):
            writer.writerow({**dict.fromkeys(ACLED_COLUMNS, ""), "event_id_cnty": f"KAZ{n}", "event_date": "16 May 2025",
                             "event_type": "Protests", "sub_event_type": "Peaceful protest", "country": "Kazakhstan",
                             "location": "Oral", "time_precision": "1", "fatalities": "0", **values})
    return path


def test_import_acled_reports_the_huge_row_and_imports_the_rest(tmp_path):
    path = _acled(tmp_path / "acled.csv", [{}, {"fatalities": str(10**23)}, {"fatalities": "2147483648"},
                                           {"tags": "crowd size=" + "9" * 40}, {"location": "x" * 150}, {}])
    result = CliRunner().invoke(app, ["import", "acled", str(path)])
    assert result.exit_code == 0, result.output
    assert "rows 6 · imported 2" in result.output and "failed 4" in result.output
    assert "row 3, column fatalities: '100000000000000000000000' is above the maximum 10,000,000" in result.output
    assert "row 4, column fatalities" in result.output
    assert "row 5, column tags: Size (low):" in result.output and "row 6, column location: City:" in result.output
    assert sorted(Event.objects.values_list("original_id", flat=True)) == ["KAZ1", "KAZ6"]
    assert IngestFailure.objects.filter(reason="bad_row").count() == 4


def test_import_acled_survives_a_number_too_long_for_python(tmp_path):
    path = _acled(tmp_path / "acled.csv", [{"fatalities": "9" * 5000}, {"geo_precision": "9" * 5000},
                                           {"tags": "crowd size=" + "9" * 5000}, {}])
    summary = import_dataset(path, dataset="acled")
    assert (summary.imported, [e.row for e in summary.errors]) == (1, [2, 3, 4])


def test_import_mmp_reports_a_huge_year_and_a_huge_crowd(tmp_path):
    path = tmp_path / "mmp.csv"
    base = {**dict.fromkeys(MMP_COLUMNS, "."), "country": "Kazakhstan", "protest": "1", "startday": "1",
            "startmonth": "2", "startyear": "2020", "endday": "1", "endmonth": "2", "endyear": "2020",
            "location": "Oral", "participants_category": "", "participants": "", "protesterviolence": "0"}
    rows = [{"id": "1"}, {"id": "2", "startyear": "9" * 400}, {"id": "3", "participants": "about 99999999999 people"},
            {"id": "4"}]
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=MMP_COLUMNS)
        writer.writeheader()
        writer.writerows({**base, **row} for row in rows)
    summary = import_dataset(path, dataset="mmp")
    assert summary.imported == 2
    assert [(e.row, e.column) for e in summary.errors] == [(3, "startyear"), (4, "participants")]
