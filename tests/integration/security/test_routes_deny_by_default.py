"""Deny by default: every route and API operation is walked programmatically.

A route that is not listed as public here must refuse anonymous visitors, and every write must
refuse viewers — with nothing changed in the database. A new route fails these tests until it
is classified below, so nothing becomes public by accident.
"""

from __future__ import annotations

import re

import pytest
from django.urls import URLPattern, URLResolver, get_resolver
from security_support import body_of

from protest_tracker.review.models import Comment
from protest_tracker.store.models import AuditLog, Event
from protest_tracker.web.api import api
from protest_tracker.web.tokens import create_token

pytestmark = [pytest.mark.django_db]

#: Routes anyone may open (the public site honours PUBLIC_REQUIRES_LOGIN itself, tested elsewhere).
PUBLIC_ROUTES = {"dashboard", "events", "event", "campaigns", "campaign", "map", "outlines", "basemap", "set_language", "login", "logout",
                 "healthz", "openapi-json", "openapi-view", "api-root"}
#: Login-only routes that answer to any logged-in user (the second factor itself).
ACCOUNT_ROUTES = {"review-2fa-setup", "review-2fa-verify"}
#: Review routes a viewer may read.
VIEWER_READS = {"review-queue", "review-event", "review-event-audit", "ops-status"}
#: Public API operations (reads); everything else must carry an auth scheme.
PUBLIC_API = {("GET", "/events"), ("GET", "/events/{public_id}"), ("GET", "/deletions"), ("GET", "/campaigns"),
              ("GET", "/campaigns/{public_id}"), ("GET", "/sources"), ("GET", "/codebook")}


def _walk(patterns, prefix=""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from _walk(pattern.url_patterns, prefix + str(pattern.pattern))
        elif isinstance(pattern, URLPattern):
            yield prefix + str(pattern.pattern), pattern.name


def all_routes() -> list[tuple[str, str]]:
    """Every (route, name) of the project (the API's own routes included)."""
    return list(_walk(get_resolver().url_patterns))


def concrete(route: str, world) -> str:
    """``route`` with its parameters filled with real values (an unpublished event, a real user)."""
    values = {"public_id": world.unpublished.public_id, "username": world.users["coder"].username,
              "assignment_id": "1", "sample_id": "1", "person_id": "1"}
    path = re.sub(r"<(?:\w+:)?(\w+)>", lambda m: values[m.group(1)], route)
    return "/" + path


def protected_routes(world) -> list[tuple[str, str]]:
    return [(concrete(route, world), name) for route, name in all_routes()
            if name not in PUBLIC_ROUTES and not route.startswith("api/v1/")]


def _snapshot() -> tuple:
    return (AuditLog.objects.count(), Comment.objects.count(),
            tuple(Event.objects.order_by("id").values_list("status", "size_min", "campaign_id", "notes")))


POST_DATA = {"status": "published", "target": "published", "action": "published", "text": "x", "reason": "x",
             "size_min": "1", "campaign": "CMP-KZ-00042", "other": "KZ-2022-000001", "role": "admin",
             "events": ["KZ-2022-000001", "KZ-2022-000002"], "value": "x", "field": "event_type"}


def test_every_route_is_classified(world):
    names = {name for route, name in all_routes() if not route.startswith("api/v1/<")}
    assert None not in names, "every route needs a name so that this test can classify it"
    api_views = {name for route, name in all_routes() if route.startswith("api/v1/")} - PUBLIC_ROUTES
    operations = {operation.view_func.__name__ for _m, _p, operation in _api_operations()}
    assert api_views <= operations, "API routes are classified by test_every_api_write_needs_a_token..."
    unclassified = {n for n in names - api_views
                    if n not in PUBLIC_ROUTES | VIEWER_READS and not n.startswith("review")}
    assert unclassified == set(), f"classify these routes in {__file__}: {sorted(unclassified)}"


def test_anonymous_visitors_are_refused_everywhere_but_the_public_site(client, world):
    before = _snapshot()
    for url, _name in protected_routes(world):
        for method in ("get", "post"):
            response = getattr(client, method)(url, POST_DATA if method == "post" else None)
            if response.status_code == 405:
                continue
            assert response.status_code == 302, (method, url)
            assert response["Location"].startswith("/accounts/login/"), (method, url, response["Location"])
    assert _snapshot() == before


def test_viewers_cannot_write_anything(clients, world):
    viewer = clients["viewer"]
    before = _snapshot()
    for url, name in protected_routes(world):
        if name in ACCOUNT_ROUTES:
            continue
        response = viewer.post(url, POST_DATA)
        assert response.status_code in (403, 405), (url, response.status_code)
    assert _snapshot() == before


def test_viewers_read_only_what_the_matrix_allows(clients, world):
    viewer = clients["viewer"]
    for url, name in protected_routes(world):
        if name in ACCOUNT_ROUTES:
            continue
        status = viewer.get(url).status_code
        if name in VIEWER_READS:
            assert status == 200, (url, status)
        else:
            assert status in (403, 405), (url, status)


def test_users_without_a_role_get_nothing(client, world):
    from django.contrib.auth import get_user_model

    nobody = get_user_model().objects.create_user("sec-nobody", password="a-long-test-passphrase-77")
    client.force_login(nobody)
    for url, name in protected_routes(world):
        if name in ACCOUNT_ROUTES:
            continue
        assert client.get(url).status_code in (403, 405), url


def _api_operations():
    for prefix, router in api._routers:
        for path, path_view in router.path_operations.items():
            for operation in path_view.operations:
                for method in operation.methods:
                    yield method, prefix + path, operation


def test_every_api_write_needs_a_token_and_a_writing_role(client, world, users):
    viewer_token = create_token(users["viewer"].username, name="t")
    before = _snapshot()
    seen = 0
    for method, path, operation in _api_operations():
        if (method, path) in PUBLIC_API:
            assert method == "GET"
            continue
        seen += 1
        assert operation.auth_callbacks, f"{method} {path} has no authentication"
        url = "/api/v1" + path.replace("{public_id}", world.published.public_id)
        # a body each operation accepts (its schema is strict), so the refusal is the role's, not the body's
        body = ({"changes": {"size_min": 1}, "reason": "x"} if method == "PATCH"
                else {"status": "verified", "reason": "x"})
        call = getattr(client, method.lower())
        assert call(url, body, content_type="application/json").status_code == 401, (method, path)
        denied = call(url, body, content_type="application/json", headers={"Authorization": f"Bearer {viewer_token}"})
        assert denied.status_code == 403, (method, path, body_of(denied))
    assert seen >= 2 and _snapshot() == before
