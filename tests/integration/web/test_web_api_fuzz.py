"""Schemathesis against the live OpenAPI document (issue 12): no 5xx, every response as documented.

The schema is read from ``/api/v1/openapi.json`` of the running Django app (WSGI, in process,
on this run's database: SQLite, and PostgreSQL under ``scripts/test.sh``). Every operation is
called with examples generated from its parameters and body (bounds, enums, formats), as an
analyst with a token (write endpoints included) and, for the reads, without one. A failure is any
5xx, a status code, content type or body that the document does not declare, or a valid request
refused. The budget (``FUZZ_EXAMPLES`` per operation, 25 by default) keeps the run well under a
minute; raise it locally for a longer hunt (``FUZZ_EXAMPLES=500 pytest tests/integration/web/test_web_api_fuzz.py``).
"""

from __future__ import annotations

import os
from collections import Counter

import pytest
import schemathesis
import web_factories as factories
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, assume, given, settings
from schemathesis import GenerationMode
from schemathesis.config import SchemathesisConfig
from schemathesis.core.parameters import ParameterLocation

from protest_tracker.store.models import Person
from protest_tracker.store.roles import create_user
from protest_tracker.web.tokens import create_token

pytestmark = [pytest.mark.django_db, pytest.mark.both_backends]
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "25"))
#: A schema-valid request may still be refused with a documented 400: an opaque cursor or a date
#: that does not parse, ``from`` after ``to``, a low size above the high one, a status change the
#: codebook forbids. A 422 on schema-valid data (the schema promises more than the server takes)
#: and any 5xx stay failures.
CONFIG = SchemathesisConfig.from_dict({"checks": {"positive_data_acceptance": {
    "expected-statuses": ["2xx", "400", "401", "403", "404"]}}})
BUDGET = settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
                  suppress_health_check=list(HealthCheck))


@pytest.fixture
def api_schema(db, settings):
    """The live OpenAPI document of the app, served through WSGI inside the test's transaction."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    # as Django's test client does: a finished request must not close the test's connection
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield schemathesis.openapi.from_wsgi("/api/v1/openapi.json", get_wsgi_application(), config=CONFIG)
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def world(db):
    """Published events in a campaign, a candidate event with a named person, and a coder's token."""
    campaign = factories.consulate_campaign(days=12)
    published = campaign.events.order_by("public_id").first()
    event = factories.make_event(city="Bishkek", status="candidate", size_min=40, fatalities=1)
    factories.make_person("Aigerim Testova", event, published)
    create_user("fuzzer", password="a-long-test-passphrase-91", role="coder")
    return {"event": event.public_id, "published": published.public_id, "campaign": campaign.public_id,
            "token": create_token("fuzzer", name="fuzz")}


def _aim(case, world, *, public: bool) -> None:
    """Point most generated ids at rows that exist, so the reads and writes run past the 404."""
    path = case.path_parameters or {}
    if "public_id" in path and sum(map(ord, str(case.query or "") + str(case.body or ""))) % 5:
        path["public_id"] = (world["campaign"] if "/campaigns/" in case.path
                             else world["published"] if public else world["event"])


def _operations() -> list[tuple[str, str]]:
    """``(method, path)`` of every operation in the OpenAPI document (read when tests are collected)."""
    from protest_tracker.web.api import api

    document = api.get_openapi_schema()
    return [(method.upper(), path) for path, item in document["paths"].items() for method in item]


OPERATIONS = _operations()
#: The operations with a query or a body that a client can get wrong.
WITH_INPUT = [("GET", "/api/v1/events"), ("GET", "/api/v1/deletions"), ("PATCH", "/api/v1/events/{public_id}"),
              ("POST", "/api/v1/events/{public_id}/status")]


def _fuzz(operation, world, *, headers: dict[str, str], mode: GenerationMode = GenerationMode.POSITIVE) -> None:
    statuses: Counter[int] = Counter()

    @BUDGET
    @given(case=operation.as_strategy(generation_mode=mode))
    def run(case):
        if mode.is_negative:  # invalid query or body only: we send the token and aim the id ourselves
            assume(not any(case.meta.is_negative_at(where) for where in (ParameterLocation.HEADER, ParameterLocation.PATH)))
        _aim(case, world, public=not headers)
        statuses[case.call_and_validate(headers=headers).status_code] += 1

    run()
    print(f"{operation.label} ({mode.value}): {sum(statuses.values())} requests, statuses {dict(sorted(statuses.items()))}")


@pytest.mark.parametrize(("method", "path"), OPERATIONS, ids=[f"{m} {p}" for m, p in OPERATIONS])
def test_every_operation_as_an_analyst(api_schema, world, method, path):
    _fuzz(api_schema[path][method], world, headers={"Authorization": f"Bearer {world['token']}"})


@pytest.mark.parametrize(("method", "path"), WITH_INPUT, ids=[f"{m} {p}" for m, p in WITH_INPUT])
def test_invalid_input_is_refused(api_schema, world, method, path):
    """Queries and bodies that break the schema get a 4xx (never accepted, never a 5xx)."""
    _fuzz(api_schema[path][method], world, headers={"Authorization": f"Bearer {world['token']}"},
          mode=GenerationMode.NEGATIVE)


@pytest.mark.parametrize(("method", "path"), [op for op in OPERATIONS if op[0] == "GET"],
                         ids=[f"{m} {p}" for m, p in OPERATIONS if m == "GET"])
def test_public_reads(api_schema, world, method, path):
    _fuzz(api_schema[path][method], world, headers={})


def test_the_fuzzed_world_is_what_we_think(client, world):
    """The fixture above really gives the fuzzer rows to hit (else it would only see 404s)."""
    assert client.get(f"/api/v1/events/{world['event']}",
                      headers={"Authorization": f"Bearer {world['token']}"}).status_code == 200
    assert client.get(f"/api/v1/campaigns/{world['campaign']}").status_code == 200
    assert Person.objects.get().events.count() == 2
