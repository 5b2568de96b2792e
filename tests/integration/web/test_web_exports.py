"""Exports from a database: public exports leak no names and no unpublished events; CSV round-trips."""

from __future__ import annotations

import json

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from protest_tracker.cli.main import app
from protest_tracker.export.fields import flat_record
from protest_tracker.export.package import FORMATS
from protest_tracker.export.tabular import read_csv
from protest_tracker.store.models import AuditLog, Event
from protest_tracker.store.roles import create_user
from protest_tracker.web.exporting import export_events
from protest_tracker.web.privacy import public_policy
from protest_tracker.web.records import iter_records

pytestmark = [pytest.mark.django_db, pytest.mark.both_backends]
NAMES = ("Aigerim Nurlanovna", "Serikbolsyn Abdildin")


def _database_with_names(make):
    analyst = create_user("analyst-jane", password="a-long-test-passphrase-91", role="admin")
    campaign = make.make_campaign(confirmed_by=analyst)
    published = make.make_event(campaign=campaign, participants=f"{NAMES[0]} and other relatives",
                                organisers=f"friends of {NAMES[1].split()[1]}", notes="analyst note: call back",
                                latitude=43.256789, longitude=76.928612)
    secret = make.make_event(status="verified", participants="an unpublished picket")
    make.make_person(NAMES[0], published, role="organiser")
    make.make_person(NAMES[1], published, secret, role="detainee")
    return published, secret


def _all_text(path) -> str:
    if path.is_dir():
        return "\n".join(_all_text(p) for p in sorted(path.iterdir()))
    if path.suffix == ".parquet":
        table = pq.read_table(path)
        return json.dumps(table.to_pylist(), default=str) + json.dumps({k.decode(): v.decode() for k, v in table.schema.metadata.items()})
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt", FORMATS)
def test_public_export_leaks_no_names_analysts_or_unpublished_events(tmp_path, make, settings, fmt):
    settings.PUBLIC_COORDINATE_DECIMALS = 2
    published, secret = _database_with_names(make)
    output = tmp_path / ("package" if fmt == "datapackage" else f"events.{fmt}")
    result = export_events(fmt=fmt, output=output, public=True)
    assert result.rows == 1
    text = "\n".join(_all_text(p) for p in result.files)
    for part in (*NAMES, *" ".join(NAMES).split()):
        assert part.lower() not in text.lower(), f"{part} leaked into the {fmt} export"
    assert "analyst-jane" not in text and "call back" not in text
    assert secret.public_id not in text and "unpublished picket" not in text
    assert published.public_id in text and "[name withheld]" in text
    assert "43.256789" not in text and "76.928612" not in text
    assert '"coordinate_decimals": 2' in text or "coordinate_decimals" in text


def test_names_appear_only_when_an_admin_turns_them_on(make, settings):
    settings.PUBLIC_SHOW_PERSON_NAMES = True
    _database_with_names(make)
    record = next(iter_records(Event.objects.filter(status="published"), policy=public_policy()))
    assert NAMES[0] in record["participants"]


def test_internal_csv_export_round_trips_to_the_database_rows(tmp_path, make):
    make.consulate_campaign(days=15)
    make.make_event(city="Khorog", status="candidate", demands=["=cmd|' /C calc'!A0", "water, gas"],
                    size_text="-5 degrees and ~40 people")
    result = export_events(fmt="csv", output=tmp_path / "all.csv", status="all", public=False)
    expected = [flat_record(r) for r in iter_records(Event.objects.order_by("date", "id"), policy=None)]
    assert result.rows == len(expected) == 7
    assert read_csv(tmp_path / "all.csv") == expected


def test_public_export_refuses_unpublished_statuses(tmp_path, make):
    from protest_tracker.errors import ExportError

    with pytest.raises(ExportError, match="published events only"):
        export_events(fmt="csv", output=tmp_path / "x.csv", status="verified", public=True)


def test_cli_export_writes_files_and_an_audit_row(tmp_path, make):
    make.consulate_campaign(days=12)
    runner = CliRunner()
    done = runner.invoke(app, ["export", "--format", "acled-csv", "--output", str(tmp_path / "acled.csv")])
    assert done.exit_code == 0, done.output
    assert "wrote 5 event(s)" in done.output
    assert (tmp_path / "acled.CITATION.cff").exists() and (tmp_path / "acled.codebook.json").exists()
    assert AuditLog.objects.filter(action="export", object_id="acled-csv").count() == 1
    bad = runner.invoke(app, ["export", "--format", "xlsx", "--output", str(tmp_path / "x")])
    assert bad.exit_code == 1 and "unknown format" in bad.output


def test_cli_creates_api_tokens(make):
    create_user("coder9", password="a-long-test-passphrase-91", role="coder")
    done = CliRunner().invoke(app, ["api-token", "coder9", "--name", "sync"])
    assert done.exit_code == 0 and "capt_" in done.output
    missing = CliRunner().invoke(app, ["api-token", "nobody"])
    assert missing.exit_code == 1 and "no user" in missing.output


def test_public_pages_and_api_leak_no_names_either(client, make):
    published, secret = _database_with_names(make)
    campaign = published.campaign
    campaign.name = f"Pickets for {NAMES[1]}"
    campaign.save()
    urls = ["/", "/events", "/events.json", "/events.csv", f"/events/{published.public_id}",
            f"/events/{published.public_id}.json", "/campaigns", "/campaigns.json", "/campaigns.csv",
            f"/campaigns/{campaign.public_id}", f"/campaigns/{campaign.public_id}.json",
            "/api/v1/events", f"/api/v1/events/{published.public_id}", "/api/v1/campaigns",
            f"/api/v1/campaigns/{campaign.public_id}", "/map.geojson"]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        body = (b"".join(response.streaming_content) if response.streaming else response.content).decode()
        for part in (*NAMES, *" ".join(NAMES).split()):
            assert part.lower() not in body.lower(), f"{part} leaked on {url}"
        assert "analyst-jane" not in body and "call back" not in body and secret.public_id not in body, url
