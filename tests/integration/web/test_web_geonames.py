"""The API and the site's exports carry the GeoNames id; the API cannot write it."""

from __future__ import annotations

import pytest

from protest_tracker.store.roles import create_user
from protest_tracker.web.tokens import create_token

pytestmark = [pytest.mark.django_db, pytest.mark.both_backends]
PASSWORD = "a-long-test-passphrase-91"
ALMATY = 1526384


def test_event_schema_lists_and_returns_the_id(client, make):
    event = make.make_event(city="Almaty", geonames_id=ALMATY)
    make.make_event(city="Bishkek")
    schema = client.get("/api/v1/openapi.json").json()
    assert "geonames_id" in schema["components"]["schemas"]["EventOut"]["properties"]
    one = client.get(f"/api/v1/events/{event.public_id}").json()
    assert one["geonames_id"] == ALMATY
    listed = {e["city"]: e["geonames_id"] for e in client.get("/api/v1/events").json()["events"]}
    assert listed == {"Almaty": ALMATY, "Bishkek": None}


def test_the_id_is_read_only_through_the_api(client, make):
    event = make.make_event(city="Almaty", status="verified", geonames_id=ALMATY)
    create_user("coder9", password=PASSWORD, role="coder")
    token = create_token("coder9", name="t")
    response = client.patch(f"/api/v1/events/{event.public_id}", {"changes": {"geonames_id": 1}},
                            content_type="application/json", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 422  # not a property of the typed PATCH body
    event.refresh_from_db()
    assert event.geonames_id == ALMATY
