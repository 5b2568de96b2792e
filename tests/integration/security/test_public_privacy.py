"""Public outputs (pages, .json/.csv, the API without a token, every public export) leak nothing private."""

from __future__ import annotations

import json

import pyarrow.parquet as pq
import pytest
from security_support import PERSON_NAMES, body_of, forbidden_in_public

from protest_tracker.export.package import FORMATS
from protest_tracker.web.exporting import export_events

pytestmark = [pytest.mark.django_db, pytest.mark.both_backends]


def public_urls(world) -> list[str]:
    event, campaign = world.published.public_id, world.campaign.public_id
    return ["/", "/events", "/events.json", "/events.csv", f"/events/{event}", f"/events/{event}.json",
            "/campaigns", "/campaigns.json", "/campaigns.csv", f"/campaigns/{campaign}", f"/campaigns/{campaign}.json",
            "/map.geojson", "/api/v1/events", f"/api/v1/events/{event}", "/api/v1/campaigns",
            f"/api/v1/campaigns/{campaign}", "/api/v1/sources", "/api/v1/deletions"]


def _assert_clean(text: str, world, where: str) -> None:
    lowered = text.lower()
    for secret in forbidden_in_public(world):
        assert secret.lower() not in lowered, f"{secret!r} leaked in {where}"


def test_public_pages_and_api_leak_no_private_data(client, world):
    for url in public_urls(world):
        response = client.get(url)
        assert response.status_code == 200, url
        _assert_clean(body_of(response), world, url)


def test_declined_forms_of_a_name_are_withheld_too(client, world):
    record = client.get(f"/events/{world.published.public_id}.json").json()
    assert "[name withheld]" in record["participants"]
    assert "ormanov" not in record["participants"].lower()


def test_public_coordinates_are_coarsened_and_say_so(client, world, settings, tmp_path):
    settings.PUBLIC_COORDINATE_DECIMALS = 1
    for url in ("/events.json", "/events.csv", "/map.geojson", "/api/v1/events", f"/events/{world.published.public_id}"):
        text = body_of(client.get(url))
        assert "43.256789" not in text and "76.928612" not in text and "43.26" not in text, url
    record = client.get(f"/api/v1/events/{world.published.public_id}").json()
    assert (record["latitude"], record["longitude"]) == (43.3, 76.9)
    expected = {"coordinate_decimals": 1, "coordinates_coarsened": True, "person_names": "withheld"}
    assert client.get("/api/v1/events").json()["privacy"] == expected
    assert client.get("/events.json").json()["privacy"] == expected
    result = export_events(fmt="datapackage", output=tmp_path / "package", public=True)
    descriptor = json.loads((tmp_path / "package" / "datapackage.json").read_text())
    assert descriptor_privacy(descriptor) == {"coordinate_decimals": 1, "coordinates_coarsened": True,
                                              "person_names": "withheld"}
    assert result.rows == 1


def descriptor_privacy(descriptor: dict) -> dict:
    """The privacy block of a data package descriptor (wherever the writer put it)."""
    text = json.dumps(descriptor)
    assert "coordinates_coarsened" in text
    stack = [descriptor]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            if "coordinates_coarsened" in item:
                return item
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    raise AssertionError("no privacy metadata")


def _export_text(path) -> str:
    if path.is_dir():
        return "\n".join(_export_text(p) for p in sorted(path.iterdir()))
    if path.suffix == ".parquet":
        table = pq.read_table(path)
        meta = {k.decode(): v.decode() for k, v in (table.schema.metadata or {}).items()}
        return json.dumps(table.to_pylist(), default=str, ensure_ascii=False) + json.dumps(meta, ensure_ascii=False)
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_public_export_format_is_clean(tmp_path, world, settings, fmt):
    settings.PUBLIC_COORDINATE_DECIMALS = 2
    output = tmp_path / ("package" if fmt == "datapackage" else f"events.{fmt}")
    result = export_events(fmt=fmt, output=output, public=True)
    text = "\n".join(_export_text(p) for p in result.files)
    _assert_clean(text, world, f"the {fmt} export")
    assert world.published.public_id in text
    assert "coordinates_coarsened" in text and "withheld" in text, f"the {fmt} export does not state its privacy cuts"
    assert "43.256789" not in text and "76.928612" not in text


def test_names_are_shown_only_when_the_setting_says_so(client, world, settings):
    settings.PUBLIC_SHOW_PERSON_NAMES = True
    record = client.get(f"/api/v1/events/{world.published.public_id}").json()
    assert PERSON_NAMES[0] in record["participants"]


def test_unpublished_event_is_a_404_exactly_like_a_missing_one(client, world):
    for suffix in ("", ".json"):
        hidden = client.get(f"/events/{world.unpublished.public_id}{suffix}")
        missing = client.get(f"/events/KZ-2099-999999{suffix}")
        assert hidden.status_code == missing.status_code == 404
    hidden = client.get(f"/api/v1/events/{world.unpublished.public_id}")
    missing = client.get("/api/v1/events/KZ-2099-999999")
    assert hidden.status_code == missing.status_code == 404
    assert hidden.json()["detail"].replace(world.unpublished.public_id, "X") == missing.json()["detail"].replace(
        "KZ-2099-999999", "X")


def test_anonymous_review_pages_do_not_reveal_whether_an_event_exists(client, world):
    real = client.get(f"/review/event/{world.unpublished.public_id}/")
    fake = client.get("/review/event/KZ-2099-999999/")
    assert real.status_code == fake.status_code == 302
    assert real["Location"].startswith("/accounts/login/") and fake["Location"].startswith("/accounts/login/")


def test_deletions_feed_carries_ids_only(client, world, users):
    from protest_tracker.review.services.status import change_status

    change_status(world.published, "verified", actor=users["admin"], reason="second thoughts")
    rows = client.get("/api/v1/deletions").json()["deletions"]
    assert [r["event_id"] for r in rows] == [world.published.public_id]
    assert set(rows[0]) == {"event_id", "deleted_at", "reason", "merged_into"}
    assert "second thoughts" not in json.dumps(rows) and users["admin"].username not in json.dumps(rows)


LOGIN_ONLY = ["/", "/events", "/events.json", "/events.csv", "/campaigns.json", "/campaigns.csv", "/map.geojson"]
API_LOGIN_ONLY = ["/api/v1/events", "/api/v1/campaigns", "/api/v1/sources", "/api/v1/deletions"]


def test_login_setting_covers_pages_api_and_exports(client, world, settings, clients):
    settings.PUBLIC_REQUIRES_LOGIN = True
    pages = [*LOGIN_ONLY, f"/events/{world.published.public_id}", f"/events/{world.published.public_id}.json",
             f"/campaigns/{world.campaign.public_id}", f"/campaigns/{world.campaign.public_id}.json"]
    for url in pages:
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith("/accounts/login/"), url
    api = [*API_LOGIN_ONLY, f"/api/v1/events/{world.published.public_id}", f"/api/v1/campaigns/{world.campaign.public_id}"]
    for url in api:
        assert client.get(url).status_code == 403, url
    for url in [*pages, *api]:
        assert clients["viewer"].get(url).status_code == 200, url
