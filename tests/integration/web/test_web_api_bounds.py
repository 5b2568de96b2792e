"""Issue 12, defects 2 and 10: out-of-range values through the API are a 422 naming the field and
the bound (never a 500), on SQLite and PostgreSQL, and the OpenAPI document states the limits."""

from __future__ import annotations

import base64
import json

import pytest

from protest_tracker.store.models import AuditLog
from protest_tracker.store.roles import create_user
from protest_tracker.web.tokens import create_token

pytestmark = [pytest.mark.django_db, pytest.mark.both_backends]


@pytest.fixture
def coder(db):
    create_user("coder9", password="a-long-test-passphrase-91", role="coder")
    return {"Authorization": f"Bearer {create_token('coder9', name='t')}"}


def _patch(client, event, headers, changes, **extra):
    return client.patch(f"/api/v1/events/{event.public_id}", {"changes": changes, "reason": "check", **extra},
                        content_type="application/json", headers=headers)


@pytest.mark.parametrize("huge", [10**23, 2**31, 2**63, 10_000_001])
@pytest.mark.parametrize("name", ["size_min", "size_max", "fatalities", "injuries"])
def test_huge_counts_are_a_422_with_the_field_and_the_bound(client, make, coder, name, huge):
    event = make.make_event(status="verified", size_min=8, size_max=60)
    response = _patch(client, event, coder, {name: huge})
    assert response.status_code == 422
    [issue] = response.json()["detail"]
    assert issue["loc"][-1] == name and issue["ctx"] == {"le": 10_000_000}
    event.refresh_from_db()
    assert (event.size_min, event.size_max, event.fatalities) == (8, 60, None)
    assert not AuditLog.objects.filter(object_id=event.public_id, action="edit").exists()


def test_the_bound_itself_is_accepted(client, make, coder):
    event = make.make_event(status="verified", size_min=8, size_max=60)
    response = _patch(client, event, coder, {"size_max": 10_000_000, "fatalities": 0})
    assert response.status_code == 200 and response.json()["size_max"] == 10_000_000


def test_checks_beyond_json_schema_answer_in_the_same_shape(client, make, coder):
    event = make.make_event(status="verified")
    response = _patch(client, event, coder, {"end_date": "2024-02-30"})  # fits the pattern, not the calendar
    assert response.status_code == 422
    [issue] = response.json()["detail"]
    assert (issue["type"], issue["loc"][-1]) == ("value_error", "end_date") and "is not a date" in issue["msg"]
    assert _patch(client, event, coder, {"end_date": "2999-01-01"}).status_code == 422  # beyond DATE_MAX
    assert _patch(client, event, coder, {"date": 0}).status_code == 422  # not read as 1970-01-01
    assert _patch(client, event, coder, {"size_min": "40"}).status_code == 422  # JSON types are strict
    assert _patch(client, event, coder, {"size_min": 40.0, "geo_precision": 2.0}).status_code == 200
    assert _patch(client, event, coder, {"size_min": 5}, unknown=1).status_code == 422  # no silent extras
    assert _patch(client, event, coder, {"public_id": "KZ-1"}).status_code == 422
    assert _patch(client, event, coder, {"latitude": "NaN"}).status_code == 422


def test_nul_characters_are_cleaned_not_a_500(client, make, coder):
    event = make.make_event(status="verified")
    response = _patch(client, event, coder, {"city": "Ak\u0000tau", "demands": ["pay\u0000 wages"]})
    assert response.status_code == 200
    event.refresh_from_db()
    assert (event.city, event.demands) == ("Aktau", ["pay wages"])
    assert client.get("/api/v1/events?city=Ak%00tau").status_code == 422
    assert client.get("/api/v1/events/KZ%00").status_code == 422


def test_paging_and_dates_out_of_range_are_4xx(client, make):
    make.make_event()
    forged = base64.urlsafe_b64encode(json.dumps(["2024-01-01T00:00:00+00:00", 10**30]).encode()).decode()
    assert client.get(f"/api/v1/events?cursor={forged}").status_code == 400
    assert client.get("/api/v1/events", {"updated_since": "0001-01-01T00:00:00+01:00"}).status_code == 400
    assert client.get("/api/v1/deletions", {"since": "9999-12-31T23:59:59-01:00"}).status_code == 400
    assert client.get("/api/v1/deletions?limit=100000000000000000000").status_code == 422
    assert client.get("/api/v1/events?from=2024-13-01").status_code == 422


def test_the_openapi_document_states_the_limits(client):
    document = client.get("/api/v1/openapi.json").json()
    changes = document["components"]["schemas"]["EventChanges"]
    size_min = next(b for b in changes["properties"]["size_min"]["anyOf"] if b["type"] == "integer")
    assert (size_min["minimum"], size_min["maximum"]) == (0, 10_000_000)
    assert changes["additionalProperties"] is False
    for path, item in document["paths"].items():
        for method, operation in item.items():
            assert {"400", "401", "403", "404", "422"} <= set(operation["responses"]), (method, path)
    parameters = {p["name"]: p["schema"] for p in document["paths"]["/api/v1/events"]["get"]["parameters"]}
    assert "picket" in parameters["type"]["items"]["enum"]
    assert "machine-coded" in parameters["verification"]["items"]["enum"]
    assert parameters["limit"]["maximum"] == 1000
    assert next(b for b in parameters["from"]["anyOf"] if b["type"] == "string")["format"] == "date"
    status = document["components"]["schemas"]["StatusChange"]["properties"]["status"]
    assert "published" in status["enum"]
