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
    swapped = client.get("/events.json?from=2022-01-01&to=2021-01-01")
    assert swapped.status_code == 400 and "is after to" in swapped.json()["detail"]
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


def test_dashboard_campaigns_follow_the_filters(client, make):
    pickets = make.make_campaign()
    strikes = make.make_campaign(name="Oil workers' strikes", public_id="CMP-KZ-00002")
    make.make_event(campaign=pickets)
    make.make_event(city="Zhanaozen", event_type="strike", campaign=strikes)
    def cards(path):
        body = client.get(path).content.decode()
        return body, body.split('id="campaigns-title"', 1)[1]

    _, everything = cards("/")
    assert "Consulate pickets" in everything and "Oil workers" in everything
    page, only_strikes = cards("/?type=strike")
    assert "Oil workers" in only_strikes and "Consulate pickets" not in only_strikes
    assert "<strong>1</strong><span>campaigns</span>" in page
    none = client.get("/?country=TM").content.decode()
    assert "None of the events these filters keep belongs to a campaign." in none


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
    lower = client.get(f"/events/{survivor.public_id.lower()}")
    assert lower.status_code == 301 and lower["Location"] == f"/events/{survivor.public_id}"


def test_imported_event_names_its_dataset_instead_of_no_reports(client, make):
    imported = make.make_event(reports=0, source_dataset="mmp", original_id="7052019001", latitude=None, longitude=None)
    body = client.get(f"/events/{imported.public_id}").content.decode()
    assert "Imported from the Mass Mobilization Project dataset (record 7052019001)" in body
    assert "No reports recorded" not in body and "(precision" not in body
