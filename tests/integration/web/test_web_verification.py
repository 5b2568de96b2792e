"""Verification is visible everywhere: pages, API, exports; the public view can keep verified events only."""

from __future__ import annotations

import csv
import json

import pytest
from typer.testing import CliRunner

from protest_tracker.cli.main import app
from protest_tracker.review.testing import make_article
from protest_tracker.store.models import Event, EventReport
from protest_tracker.web.exporting import export_events
from protest_tracker.web.gold_export import export_gold

pytestmark = [pytest.mark.django_db, pytest.mark.both_backends]
MACHINE = "Machine-coded — not checked by an analyst"
ANALYST = "Verified by an analyst"


@pytest.fixture
def two_events(make):
    """One event an analyst verified (Almaty) and one the policy published (Khorog)."""
    verified = make.make_event(city="Almaty", verification="verified")
    machine = make.make_event(city="Khorog", verification="machine-coded", event_type="road_blockade")
    return verified, machine


def test_event_pages_carry_the_badge(client, two_events):
    verified, machine = two_events
    machine_page = client.get(f"/events/{machine.public_id}").content.decode()
    assert MACHINE in machine_page and ANALYST not in machine_page
    assert 'data-verification="machine-coded"' in machine_page
    verified_page = client.get(f"/events/{verified.public_id}").content.decode()
    assert ANALYST in verified_page and "Machine-coded" not in verified_page


def test_list_rows_dashboard_and_campaign_say_who_vouched(client, make):
    campaign = make.make_campaign()
    make.make_event(city="Almaty", campaign=campaign, verification="verified")
    make.make_event(city="Khorog", campaign=campaign, verification="machine-coded")
    rows = client.get("/events").content.decode()
    assert rows.count('data-verification="machine-coded"') == 1 and rows.count('data-verification="verified"') == 1
    dashboard = client.get("/").content.decode()
    assert "1 of 2 published events was verified by an analyst; 1 is machine-coded" in dashboard
    assert "source-verified" not in dashboard
    page = client.get(f"/campaigns/{campaign.public_id}").content.decode()
    assert "1 of 2 published events verified by an analyst; 1 machine-coded" in page


def test_api_field_and_filter(client, two_events):
    verified, machine = two_events
    events = client.get("/api/v1/events").json()["events"]
    assert {e["event_id"]: e["verification"] for e in events} == {verified.public_id: "verified",
                                                                   machine.public_id: "machine-coded"}
    only = client.get("/api/v1/events?verification=machine-coded").json()["events"]
    assert [e["event_id"] for e in only] == [machine.public_id]
    assert client.get("/api/v1/events?verification=trusted").status_code in (400, 422)
    listed = client.get("/events.json?verification=verified").json()["events"]
    assert [e["event_id"] for e in listed] == [verified.public_id]


def test_public_verified_only_hides_machine_coded_events_everywhere(client, two_events, settings, tmp_path):
    settings.PUBLIC_VERIFIED_ONLY = True
    verified, machine = two_events
    assert [e["event_id"] for e in client.get("/api/v1/events").json()["events"]] == [verified.public_id]
    assert client.get(f"/events/{machine.public_id}").status_code == 404
    assert machine.public_id not in client.get("/events").content.decode()
    result = export_events(fmt="json", output=tmp_path / "public.json", public=True)
    data = json.loads((tmp_path / "public.json").read_text())
    assert result.rows == 1 and data["metadata"]["verified_only"] is True


@pytest.mark.parametrize("fmt", ["csv", "acled-csv"])
def test_exports_have_a_verification_column(tmp_path, two_events, fmt):
    verified, machine = two_events
    export_events(fmt=fmt, output=tmp_path / "events.csv", public=True)
    with open(tmp_path / "events.csv", newline="", encoding="utf-8") as handle:
        rows = {r.get("event_id") or r["event_id_cnty"]: r for r in csv.DictReader(handle)}
    assert rows[verified.public_id]["verification"] == "verified"
    assert rows[machine.public_id]["verification"] == "machine-coded"
    if fmt == "acled-csv":
        assert "machine-coded, not checked by an analyst" in rows[machine.public_id]["notes"]


def test_geojson_and_the_cli_verified_only_option(tmp_path, two_events):
    verified, machine = two_events
    export_events(fmt="geojson", output=tmp_path / "events.geojson", public=True)
    features = json.loads((tmp_path / "events.geojson").read_text())["features"]
    assert {f["id"]: f["properties"]["verification"] for f in features} == {
        verified.public_id: "verified", machine.public_id: "machine-coded"}
    result = CliRunner().invoke(app, ["export", "-f", "json", "-o", str(tmp_path / "v.json"), "--verified-only"])
    assert result.exit_code == 0, result.output
    data = json.loads((tmp_path / "v.json").read_text())
    assert [e["event_id"] for e in data["events"]] == [verified.public_id]


def test_machine_coded_events_are_no_training_gold(tmp_path, two_events):
    verified, machine = two_events
    for event in two_events:  # the gold export needs reports with article text
        EventReport.objects.filter(event=event).delete()
        EventReport.objects.create(event=event, article=make_article(text=f"Text of {event.city}."), extracted={})
    Event.objects.filter(pk__in=[verified.pk, machine.pk]).update(needs_review=False)
    summary = export_gold(output=tmp_path / "gold.jsonl").summary
    text = (tmp_path / "gold.jsonl").read_text()
    assert summary.events == 1 and "Almaty" in text and "Khorog" not in text
