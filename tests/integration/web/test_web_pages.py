"""The public pages render published data, keep unpublished events out and answer in HTML, JSON and CSV."""

from __future__ import annotations

import csv
import io
import json

import pytest

pytestmark = [pytest.mark.django_db, pytest.mark.both_backends]


def test_dashboard_shows_published_events_map_timeline_and_campaigns(client, make):
    campaign = make.consulate_campaign(days=30)
    make.make_event(city="Bishkek", status="verified", participants="hidden crowd")
    response = client.get("/")
    body = response.content.decode()
    assert response.status_code == 200
    assert 'id="pt-map"' in body and "/map.geojson?" in body
    assert "<svg" in body and "Events per week" in body
    assert campaign.name in body and f"/campaigns/{campaign.public_id}" in body
    assert "hidden crowd" not in body
    assert f'name="campaign" value="{campaign.public_id}"' in body  # facet choices come from the data
    assert 'name="admin1" value="Almaty"' in body and 'name="admin1" value="Bishkek"' not in body
    assert " style=" not in body.split("</header>", 1)[1]  # CSP: no inline styles in our markup


def test_unknown_facet_value_is_a_clear_400(client, make):
    response = client.get("/events?type=parade")
    assert response.status_code == 400
    assert "parade" in response.content.decode()


def test_event_list_filters_and_formats(client, make):
    make.make_event(city="Almaty", event_type="picket", state_response=["detention"])
    make.make_event(city="Bishkek", event_type="march", state_response=["monitoring"])
    make.make_event(city="Khorog", event_type="march", status="candidate")
    page = client.get("/events?type=march")
    assert page.status_code == 200 and "Bishkek" in page.content.decode() and "Khorog" not in page.content.decode()
    data = client.get("/events.json?response=detention").json()
    assert data["count"] == 1 and data["events"][0]["city"] == "Almaty"
    assert client.get("/events?format=json&country=KG").json()["events"][0]["city"] == "Bishkek"
    rows = list(csv.DictReader(io.StringIO(b"".join(client.get("/events.csv?type=march").streaming_content).decode())))
    assert [r["city"] for r in rows] == ["Bishkek"]
    assert client.get("/events?format=xml").status_code == 400


def test_event_page_lists_sources_and_hides_unpublished(client, make):
    event = make.make_event(reports=3, outlet="Vlast")
    hidden = make.make_event(status="in_review")
    page = client.get(f"/events/{event.public_id}").content.decode()
    assert page.count("news.example.org") >= 3 and "Vlast" in page
    record = client.get(f"/events/{event.public_id}.json").json()
    assert record["n_sources"] == 3 and record["event_id"] == event.public_id
    assert client.get(f"/events/{hidden.public_id}").status_code == 404


def test_campaign_page_answers_the_traction_question_with_charts(client, make):
    campaign = make.consulate_campaign(days=60)
    page = client.get(f"/campaigns/{campaign.public_id}").content.decode()
    assert "Has it gained traction?" in page
    assert "Gained traction" in page and 'data-criterion="persistence" data-fired="true"' in page
    assert "Zhanaozen" in page  # the city the campaign spread to, on the cities-over-time chart
    for chart in ("chart-events", "chart-cities", "chart-groups", "chart-size", "chart-responses", "chart-outlets"):
        assert f'id="{chart}"' in page
    assert page.count("<svg") >= 6
    data = client.get(f"/campaigns/{campaign.public_id}.json").json()
    assert data["traction"]["summary"]["distinct_cities"] == 2
    assert [c["city"] for c in data["traction"]["summary"]["cities"]] == ["Almaty", "Zhanaozen"]
    assert any(g["group"] == "activists" and g["joined_later"] for g in data["traction"]["summary"]["participant_groups"])
    verdict = data["verdict"]
    assert verdict["level"] == "gained" and {"persistence", "spread", "diversity"} <= set(verdict["fired"])
    persistence = next(c for c in verdict["criteria"] if c["code"] == "persistence")
    assert persistence["figures"]["days_of_action"] == 21  # a picket every third day, and Zhanaozen in between:
    assert persistence["dates"] == ["2024-03-15", "2024-03-16", "2024-03-18"]  # the run that makes it fire


def test_campaign_list_formats(client, make):
    campaign = make.consulate_campaign(days=9)
    assert campaign.name in client.get("/campaigns").content.decode()
    assert client.get("/campaigns.json").json()["campaigns"][0]["events"] == 4
    text = b"".join(client.get("/campaigns.csv").streaming_content).decode()
    assert text.splitlines()[0].startswith("campaign_id,name")


def test_map_data_groups_events_by_place_with_colours(client, make):
    for _ in range(3):
        make.make_event(city="Almaty", state_response=["detention"])
    make.make_event(city="Bishkek", state_response=["monitoring"])
    data = client.get("/map.geojson?colour=response").json()
    counts = {f["properties"]["city"]: f["properties"]["count"] for f in data["features"]}
    assert counts == {"Almaty": 3, "Bishkek": 1}
    assert {item["code"] for item in data["legend"]} == {"detention", "monitoring"}
    almaty = next(f for f in data["features"] if f["properties"]["city"] == "Almaty")
    assert almaty["geometry"]["coordinates"] == [76.9286, 43.2567]


def test_outlines_are_served_locally(client):
    response = client.get("/outlines.geojson")
    data = json.loads(response.content)
    countries = {f["properties"]["country"] for f in data["features"] if f["properties"]["level"] == 0}
    assert countries == {"KZ", "KG", "TJ", "TM", "UZ"}
    assert "Natural Earth" in data["attribution"]


def test_login_setting_hides_the_public_site(client, make, settings):
    make.make_event()
    settings.PUBLIC_REQUIRES_LOGIN = True
    assert client.get("/").status_code == 302
    assert client.get("/events.json").status_code == 302
    assert client.get("/api/v1/events").status_code == 403


def test_cached_dashboard_reflects_changes_at_once(client, make):
    make.make_event(city="Almaty")
    first = client.get("/").content.decode()
    assert '<strong>1</strong><span>events</span>' in first
    hidden = make.make_event(city="Bishkek", status="verified")
    assert '<strong>1</strong><span>events</span>' in client.get("/").content.decode()
    hidden.status = "published"
    hidden.save()
    assert '<strong>2</strong><span>events</span>' in client.get("/").content.decode()
    assert {f["properties"]["city"] for f in client.get("/map.geojson").json()["features"]} == {"Almaty", "Bishkek"}


def test_long_periods_are_drawn_per_month(client, make):
    import datetime as dt

    make.make_event(date=dt.date(2018, 1, 3))
    make.make_event(date=dt.date(2023, 6, 5))
    page = client.get("/").content.decode()
    assert "Events per month" in page
    narrowed = client.get("/?from=2023-01-01").content.decode()
    assert "Events per week" in narrowed


def test_map_popup_link_lists_the_events_of_a_city(client, make):
    make.make_event(city="Almaty")
    make.make_event(city="Bishkek")
    data = client.get("/events.json?city=Bishkek").json()
    assert [e["city"] for e in data["events"]] == ["Bishkek"]
