"""The dashboard and a campaign page in headless Chromium: map, timeline and charts render under the
site's Content-Security-Policy, and no request leaves 127.0.0.1. Saves screenshots under
build/screenshots/ (gitignored)."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "integration" / "web"))
import web_factories as make  # noqa: E402

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'")


def _story():
    campaign = make.consulate_campaign(days=120)
    start = dt.date(2024, 1, 8)
    cities = ["Astana", "Bishkek", "Khorog", "Almaty", "Zhanaozen"]
    kinds = [("strike", ["labour"], ["monitoring"]), ("road_blockade", ["utilities"], ["dialogue_meeting"]),
             ("demonstration", ["elections_political"], ["detention", "fine"]), ("march", ["rights_freedoms"], ["dispersal"])]
    for i in range(40):
        kind, grievance, response = kinds[i % len(kinds)]
        make.make_event(city=cities[i % len(cities)], date=start + dt.timedelta(days=4 * i), event_type=kind,
                        grievance_categories=grievance, state_response=response, participant_groups=["residents"],
                        participants="local residents", size_min=20 + i, outlet=["24.kg", "Vlast", "Asia-Plus"][i % 3])
    return campaign


def _enforce_csp(page):
    """Serve every page with the site's CSP (added when a response lacks it) and collect violations."""
    problems: list[str] = []

    def handle(route):
        response = route.fetch()
        headers = dict(response.headers)
        headers.setdefault("content-security-policy", CSP)
        route.fulfill(response=response, headers=headers)

    page.route("**/*", handle)
    page.on("console", lambda m: problems.append(m.text) if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    return problems


def test_dashboard_and_campaign_render_offline(page, live_server, screenshot_dir):
    campaign = _story()
    problems = _enforce_csp(page)

    page.goto(f"{live_server.url}/")
    page.wait_for_selector("#pt-map[data-loaded]", timeout=15000)
    page.wait_for_selector("#pt-map .pt-point, #pt-map .pt-cluster", timeout=15000)
    assert page.locator("#pt-map .leaflet-pt-context-pane path").count() > 5  # outlines drawn (no tile server)
    assert page.locator("#pt-map-legend li").count() >= 3
    assert page.locator("#pt-timeline svg rect").count() > 20
    assert page.locator("text=Consulate pickets").count() >= 1
    page.screenshot(path=str(screenshot_dir / "dashboard.png"), full_page=True)

    page.goto(f"{live_server.url}/?type=strike&stack=grievance")
    assert page.locator("input[name=type][value=strike]").is_checked()  # facet state lives in the URL
    page.wait_for_selector("#pt-map[data-loaded]", timeout=15000)

    page.goto(f"{live_server.url}/?colour=response")
    page.wait_for_selector("#pt-map[data-loaded]", timeout=15000)
    assert "Detention" in page.locator("#pt-map-legend").inner_text()

    page.goto(f"{live_server.url}/events?country=KG")
    rows = page.locator("table.pt-table tbody tr")
    assert rows.count() >= 1 and "Bishkek" in rows.first.inner_text()
    rows.first.locator("a").first.click()
    assert page.locator("text=Sources (1)").count() == 1

    page.goto(f"{live_server.url}/campaigns/{campaign.public_id}")
    assert "gained traction" in page.locator(".pt-answer").inner_text().lower()
    assert page.locator("#traction-criteria li[data-fired=true]").count() >= 3
    for chart in ("events", "cities", "groups", "size", "responses", "outlets"):
        assert page.locator(f"#chart-{chart} svg.chart").count() == 1, chart
    assert "Zhanaozen 16 Mar 2024" in page.locator("#chart-cities svg.chart").text_content()
    page.screenshot(path=str(screenshot_dir / "campaign.png"), full_page=True)

    assert page.requests.foreign() == []
    assert [p for p in problems if "Content Security Policy" in p or "Refused" in p] == []
    assert [p for p in problems if "Uncaught" in p or "Error" in p] == []
