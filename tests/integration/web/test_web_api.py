"""The REST API: filters, cursor pagination, delta sync, the deletions feed, tokens and write access."""

from __future__ import annotations

import datetime as dt

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice

from protest_tracker.store.models import AuditLog, Event, EventTombstone
from protest_tracker.store.roles import create_user
from protest_tracker.web.tokens import create_token

pytestmark = [pytest.mark.django_db, pytest.mark.both_backends]
PASSWORD = "a-long-test-passphrase-91"


def _all_pages(client, url):
    events, pages = [], 0
    while url:
        data = client.get(url).json()
        events += data["events"]
        pages += 1
        url = f"/api/v1/events?limit=3&cursor={data['next_cursor']}" if data["next_cursor"] else None
    return events, pages, data


def test_openapi_and_local_docs(client):
    schema = client.get("/api/v1/openapi.json").json()
    assert {"/api/v1/events", "/api/v1/deletions", "/api/v1/campaigns", "/api/v1/sources", "/api/v1/codebook"} <= set(schema["paths"])
    docs = client.get("/api/v1/docs").content.decode()
    assert "/static/ninja/swagger-ui-bundle.js" in docs and "cdn" not in docs.lower()


def test_filters_match_the_facets(client, make):
    make.make_event(city="Almaty", grievance_categories=["labour"], state_response=["detention"])
    make.make_event(city="Bishkek", grievance_categories=["utilities"])
    make.make_event(city="Astana", grievance_categories=["labour", "utilities"], date=dt.date(2023, 1, 2))
    make.make_event(city="Almaty", status="verified")

    def cities(query):
        return sorted(e["city"] for e in client.get(f"/api/v1/events?{query}").json()["events"])

    assert cities("") == ["Almaty", "Astana", "Bishkek"]
    assert cities("grievance=labour") == ["Almaty", "Astana"]
    assert cities("grievance=labour&grievance=utilities") == ["Almaty", "Astana", "Bishkek"]
    assert cities("country=KG") == ["Bishkek"]
    assert cities("response=detention") == ["Almaty"]
    assert cities("from=2024-01-01") == ["Almaty", "Bishkek"]
    assert client.get("/api/v1/events?type=parade").status_code == 422  # the OpenAPI enum, checked by ninja
    assert client.get("/api/v1/events?status=verified").status_code == 403


def test_cursor_pagination_visits_every_event_once(client, make):
    ids = {make.make_event(date=dt.date(2024, 1, 1) + dt.timedelta(days=i)).public_id for i in range(10)}
    events, pages, last = _all_pages(client, "/api/v1/events?limit=3")
    assert [e["event_id"] for e in events] and {e["event_id"] for e in events} == ids
    assert len(events) == 10 and pages == 4 and last["next_cursor"] is None
    assert client.get("/api/v1/events?cursor=garbage").status_code == 400
    assert client.get("/api/v1/events?limit=5000").status_code == 422


def test_updated_since_returns_only_changes(client, make):
    old = make.make_event()
    first = client.get("/api/v1/events").json()
    mark = first["latest_updated_at"]
    Event.objects.filter(pk=old.pk).update(updated_at=dt.datetime(2020, 1, 1, tzinfo=dt.UTC))
    fresh = make.make_event(city="Bishkek")
    changed = client.get("/api/v1/events", {"updated_since": mark}).json()["events"]
    assert [e["event_id"] for e in changed] == [fresh.public_id]


def test_deletions_feed_lists_merged_deleted_and_unpublished_ids(client, make):
    before = dt.datetime.now(dt.UTC) - dt.timedelta(seconds=1)
    EventTombstone.objects.create(public_id="KZ-2024-000900", reason="merged", merged_into="KZ-2024-000901")
    EventTombstone.objects.create(public_id="KZ-2024-000902", reason="unpublished")
    data = client.get("/api/v1/deletions", {"since": before.isoformat()}).json()
    assert {(d["event_id"], d["reason"], d["merged_into"]) for d in data["deletions"]} == {
        ("KZ-2024-000900", "merged", "KZ-2024-000901"), ("KZ-2024-000902", "unpublished", None)}
    later = (dt.datetime.now(dt.UTC) + dt.timedelta(minutes=1)).isoformat()
    assert client.get("/api/v1/deletions", {"since": later}).json()["deletions"] == []
    assert client.get("/api/v1/deletions?since=yesterday").status_code == 422  # not the documented pattern
    assert client.get("/api/v1/deletions?since=2024-02-30").status_code == 400  # the pattern, not a date


def test_unpublishing_through_the_api_reaches_the_deletions_feed(client, make):
    admin = create_user("chief", password=PASSWORD, role="admin")
    TOTPDevice.objects.create(user=admin, name="phone", confirmed=True)  # admins' tokens need two-factor
    token = create_token(admin.username, name="test")
    event = make.make_event()
    response = client.post(f"/api/v1/events/{event.public_id}/status", {"status": "verified", "reason": "recheck"},
                           content_type="application/json", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 200 and response.json()["status"] == "verified"
    feed = client.get("/api/v1/deletions").json()["deletions"]
    assert [(d["event_id"], d["reason"]) for d in feed] == [(event.public_id, "unpublished")]
    assert client.get(f"/api/v1/events/{event.public_id}").status_code == 404


def test_write_access_needs_a_token_and_the_right_role(client, make):
    event = make.make_event(status="verified", size_min=8, size_max=60)
    create_user("coder1", password=PASSWORD, role="coder")
    create_user("viewer1", password=PASSWORD, role="viewer")
    coder, viewer = create_token("coder1", name="t"), create_token("viewer1", name="t")
    url = f"/api/v1/events/{event.public_id}"
    body = {"changes": {"size_min": 40, "state_response": ["detention", "fine"]}, "reason": "second source"}
    assert client.patch(url, body, content_type="application/json").status_code == 401
    assert client.patch(url, body, content_type="application/json",
                        headers={"Authorization": "Bearer capt_not-a-token"}).status_code == 401
    assert client.patch(url, body, content_type="application/json",
                        headers={"Authorization": f"Bearer {viewer}"}).status_code == 403
    done = client.patch(url, body, content_type="application/json", headers={"Authorization": f"Bearer {coder}"})
    assert done.status_code == 200 and done.json()["size_min"] == 40
    event.refresh_from_db()
    assert event.state_response == ["detention", "fine"]
    rows = AuditLog.objects.filter(object_id=event.public_id, action="edit")
    assert {r.field for r in rows} == {"size_min", "state_response"} and {r.actor_label for r in rows} == {"coder1"}
    publish = client.post(f"{url}/status", {"status": "published"}, content_type="application/json",
                          headers={"Authorization": f"Bearer {coder}"})
    assert publish.status_code == 403  # publishing is for admins, as in the review workspace
    bad = client.patch(url, {"changes": {"event_type": "parade"}}, content_type="application/json",
                       headers={"Authorization": f"Bearer {coder}"})
    assert bad.status_code == 422 and bad.json()["detail"][0]["loc"][-1] == "event_type"


def test_analyst_token_reads_unpublished_events(client, make):
    make.make_event(status="candidate", city="Khorog")
    create_user("coder2", password=PASSWORD, role="coder")
    token = create_token("coder2", name="sync")
    data = client.get("/api/v1/events?status=candidate", headers={"Authorization": f"Bearer {token}"}).json()
    assert [e["city"] for e in data["events"]] == ["Khorog"]


def test_campaigns_sources_and_codebook(client, make):
    campaign = make.consulate_campaign(days=30)
    listed = client.get("/api/v1/campaigns").json()
    assert [c["campaign_id"] for c in listed] == [campaign.public_id]
    detail = client.get(f"/api/v1/campaigns/{campaign.public_id}").json()
    assert detail["traction"]["summary"]["distinct_cities"] == 2 and detail["traction"]["series"]
    sources = {s["outlet"]: s for s in client.get("/api/v1/sources").json()}
    assert sources["RFE/RL"]["events"] == 1 and sources["Vlast"]["events"] >= 3
    codebook = client.get("/api/v1/codebook").json()
    assert {"event_types", "state_responses"} <= {v["name"] for v in codebook["vocabularies"]}
    assert client.get("/api/v1/campaigns/CMP-XX-99999").status_code == 404
