"""Security headers on every page, no inline script/style anywhere, correct content types, no caching of private pages."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from security_support import body_of, inline_problems

import protest_tracker

pytestmark = [pytest.mark.django_db]

PACKAGE = Path(protest_tracker.__file__).parent


def test_no_template_has_inline_code():
    templates = sorted(PACKAGE.rglob("templates/**/*.html"))
    assert len(templates) > 20
    for template in templates:
        assert inline_problems(template.read_text(encoding="utf-8")) == [], template


def test_static_javascript_builds_nodes_from_data_with_text_content_only():
    scripts = [p for p in PACKAGE.rglob("static/**/*.js") if "vendor" not in p.parts]
    assert scripts
    for script in scripts:
        code = script.read_text(encoding="utf-8")
        assert not re.search(r"\beval\s*\(|new\s+Function\s*\(|document\.write|insertAdjacentHTML|outerHTML", code), script
        # innerHTML only ever receives strings we build from numbers and validated colours.
        assert "innerHTML" not in code, script


def test_htmx_runs_no_code_from_responses_and_keeps_no_page_copies(clients):
    import json

    html = body_of(clients["admin"].get("/review/"))
    config = json.loads(re.search(r"<meta name=\"htmx-config\" content='([^']+)'>", html).group(1))
    assert config["allowEval"] is False and config["allowScriptTags"] is False
    assert config["selfRequestsOnly"] is True and config["historyCacheSize"] == 0


def _pages(world) -> dict[str, list[str]]:
    event, campaign = world.published.public_id, world.campaign.public_id
    return {
        "anonymous": ["/", "/events", f"/events/{event}", "/campaigns", f"/campaigns/{campaign}", "/accounts/login/",
                      "/api/v1/docs"],
        "admin": ["/review/", f"/review/event/{event}/", f"/review/event/{world.unpublished.public_id}/",
                  f"/review/event/{event}/edit/", f"/review/event/{event}/audit/", "/review/audit/", "/review/users/",
                  "/review/coding/", "/review/coding/new/", "/accounts/2fa/setup/", "/"],
    }


def test_every_html_page_has_the_headers_and_no_inline_code(clients, world):
    for role, urls in _pages(world).items():
        for url in urls:
            response = clients[role].get(url)
            assert response.status_code == 200, (role, url)
            csp = response["Content-Security-Policy"]
            assert "unsafe-inline" not in csp and "unsafe-eval" not in csp, url
            assert "frame-ancestors 'none'" in csp and "default-src 'self'" in csp, url
            sources = {token for token in csp.replace(";", " ").split() if "." in token or "://" in token}
            assert sources == set(), f"third-party origins in the CSP of {url}: {sources}"
            assert response["X-Content-Type-Options"] == "nosniff"
            assert response["Referrer-Policy"] in ("same-origin", "no-referrer")
            assert response["Content-Type"].startswith("text/html")
            html = body_of(response)
            assert inline_problems(html) == [], (url, inline_problems(html))
            # Resources (scripts, styles, images, fonts) come from us; only links to reports leave the site.
            resources = re.findall(r"<(?:script|img|iframe|source|link)\b[^>]*\b(?:src|href)=\"((?:https?:)?//[^\"]+)\"", html)
            assert resources == [], (url, resources)


def test_json_and_csv_endpoints_set_their_content_types(client, world):
    event = world.published.public_id
    for url, kind in (("/events.json", "application/json"), (f"/events/{event}.json", "application/json"),
                      ("/events.csv", "text/csv"), ("/campaigns.csv", "text/csv"), ("/map.geojson", "application/json"),
                      ("/outlines.geojson", "application/geo+json"), ("/api/v1/events", "application/json"),
                      ("/api/v1/openapi.json", "application/json")):
        response = client.get(url)
        assert response["Content-Type"].startswith(kind), url
        assert response["X-Content-Type-Options"] == "nosniff", url


def test_private_responses_are_never_stored(clients, world, users):
    for url in ("/review/", f"/review/event/{world.unpublished.public_id}/", "/review/audit/", "/"):
        assert "no-store" in clients["admin"].get(url)["Cache-Control"], url
    from protest_tracker.web.tokens import create_token

    token = create_token(users["coder"].username, name="t")
    response = clients["anonymous"].get("/api/v1/events?status=verified", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 200 and "no-store" in response["Cache-Control"]


def test_errors_do_not_show_debug_pages(client, settings):
    assert settings.DEBUG is False
    response = client.get("/review/event/%00/")
    assert response.status_code in (302, 400, 404)
    assert "Traceback" not in body_of(response)
