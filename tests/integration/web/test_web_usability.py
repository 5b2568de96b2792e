"""What a first-time visitor stumbles on: navigation, 404/400 pages, empty states, readable cells."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db

PUBLIC_LINKS = ('href="/events"', 'href="/campaigns"', 'href="/api/v1/docs"')


@pytest.mark.parametrize("path", ["/", "/events", "/campaigns", "/accounts/login/"])
def test_every_page_links_to_the_public_sections(client, make, path):
    body = client.get(path).content.decode()
    header = body.split("</header>", 1)[0]
    assert all(link in header for link in PUBLIC_LINKS)


def test_unknown_address_is_a_page_with_a_way_back(client):
    response = client.get("/events/KZ-2099-000001")
    assert response.status_code == 404
    body = response.content.decode()
    assert "Not found" in body and 'href="/events"' in body and "<header" in body


def test_bad_filter_in_a_browser_is_a_page_and_in_json_is_json(client):
    page = client.get("/events?country=XX")
    assert page.status_code == 400 and page["Content-Type"].startswith("text/html")
    body = page.content.decode()
    assert "&#x27;XX&#x27; is not one of" in body and 'href="/events"' in body
    data = client.get("/events.json?country=XX")
    assert data.status_code == 400 and "'XX' is not one of" in data.json()["detail"]
    text = client.get("/events.csv?country=XX")
    assert text.status_code == 400 and text.content.decode().startswith("Bad request: country")


def test_open_ended_size_reads_up_to(client, make):
    make.make_event(size_min=None, size_max=300)
    make.make_event(city="Bishkek", size_min=5, size_max=15)
    body = client.get("/events").content.decode()
    assert "up to 300" in body and "–300" not in body and "5–15" in body


def test_participants_column_shows_codebook_groups(client, make):
    make.make_event(participants="родственников", participant_groups=["relatives_of_detainees"])
    body = client.get("/events").content.decode()
    assert "Relatives of detainees</td>" in body
    assert 'title="Reported as: родственников"' in body


def test_empty_dashboard_period_is_a_single_dash(client):
    body = client.get("/?country=TM").content.decode()
    assert "— – —" not in body
    assert "<strong>—</strong><span>period</span>" in body


def test_confidence_is_published_without_float_noise(client, make):
    make.make_event(confidence=0.1 + 0.2 + 0.55)  # 0.8500000000000001
    record = client.get("/events.json").json()["events"][0]
    assert record["confidence"] == 0.85
    assert '"confidence": 0.85,' in client.get("/api/v1/events").content.decode().replace('"confidence":0.85', '"confidence": 0.85')


def test_dashboard_shows_a_campaign_change_at_once(client, make):
    campaign = make.make_campaign()
    make.make_event(campaign=campaign)
    assert "Consulate pickets" in client.get("/").content.decode()  # the aggregates are now cached
    campaign.name = "Consulate pickets in Almaty"
    campaign.save()
    body = client.get("/").content.decode()
    assert "Consulate pickets in Almaty" in body


def test_link_to_a_merged_away_event_leads_to_the_survivor(client, make):
    from protest_tracker.store.models import EventTombstone

    survivor = make.make_event()
    EventTombstone.objects.create(public_id="KZ-2024-900001", reason="merged", merged_into="KZ-2024-900002")
    EventTombstone.objects.create(public_id="KZ-2024-900002", reason="merged", merged_into=survivor.public_id)
    page = client.get("/events/KZ-2024-900001")
    assert page.status_code == 301 and page["Location"] == f"/events/{survivor.public_id}"
    assert client.get("/events/KZ-2024-900001.json")["Location"] == f"/events/{survivor.public_id}.json"
    EventTombstone.objects.create(public_id="KZ-2024-900003", reason="unpublished")
    assert client.get("/events/KZ-2024-900003").status_code == 404
    hidden = make.make_event(status="candidate")
    EventTombstone.objects.create(public_id="KZ-2024-900004", reason="merged", merged_into=hidden.public_id)
    assert client.get("/events/KZ-2024-900004").status_code == 404  # never reveal an unpublished survivor
