"""Injection: hostile text stays inert in every page (HTML and SVG), CSV cells never start a formula,
links are only http(s), and query parameters never reach SQL unparameterised."""

from __future__ import annotations

import csv
import io

import pytest
from security_support import FORMULA, XSS, body_of, inline_problems

from protest_tracker.export.package import FORMATS
from protest_tracker.store.models import Article, Event
from protest_tracker.web.exporting import export_events

pytestmark = [pytest.mark.django_db, pytest.mark.both_backends]
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _assert_inert(html: str, where: str) -> None:
    assert inline_problems(html) == [], (where, inline_problems(html))
    assert "<script>alert" not in html and "<img src=x" not in html and "<svg onload" not in html, where


def test_hostile_text_is_inert_on_public_pages(client, world):
    event, campaign = world.published.public_id, world.campaign.public_id
    for url in ("/", "/events", f"/events/{event}", "/campaigns", f"/campaigns/{campaign}", f"/?campaign={campaign}"):
        response = client.get(url)
        assert response.status_code == 200, url
        html = body_of(response)
        _assert_inert(html, url)
    assert "&lt;script&gt;alert(1)" in body_of(client.get(f"/events/{event}"))


def test_hostile_text_is_inert_on_review_pages(clients, world):
    event = world.published.public_id
    for url in ("/review/", "/review/?status=all", f"/review/event/{event}/", f"/review/event/{event}/edit/",
                f"/review/event/{event}/audit/", "/review/audit/"):
        response = clients["admin"].get(url)
        assert response.status_code == 200, url
        _assert_inert(body_of(response), url)


def test_city_names_in_svg_charts_are_escaped(client, world):
    Event.objects.filter(pk=world.published.pk).update(city=f"Almaty {XSS}")
    html = body_of(client.get(f"/campaigns/{world.campaign.public_id}"))
    assert "<svg" in html
    _assert_inert(html, "campaign page with a hostile city")


def test_links_to_reports_are_only_http(client, clients, world):
    Article.objects.filter(event_reports__event=world.published).update(url="javascript:alert(document.cookie)")
    for response in (client.get(f"/events/{world.published.public_id}"),
                     clients["admin"].get(f"/review/event/{world.published.public_id}/")):
        html = body_of(response)
        assert 'href="javascript:' not in html.lower()
        _assert_inert(html, "report link")
    for url in (f"/events/{world.published.public_id}.json", f"/api/v1/events/{world.published.public_id}"):
        assert "javascript:" not in body_of(client.get(url)), url


def _csv_cells(text: str) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(text)) for cell in row]


def test_web_csv_variants_neutralise_formulas(client, world):
    for url in ("/events.csv", "/campaigns.csv"):
        cells = _csv_cells(body_of(client.get(url)))
        assert cells, url
        bad = [c for c in cells if c.startswith(FORMULA_START)]
        assert bad == [], (url, bad)
    assert any(c.startswith("'=HYPERLINK") for c in _csv_cells(body_of(client.get("/events.csv"))))


@pytest.mark.parametrize("fmt", [f for f in FORMATS if "csv" in f])
def test_csv_exports_neutralise_formulas(tmp_path, world, fmt):
    result = export_events(fmt=fmt, output=tmp_path / f"out.{fmt}.csv", public=True)
    cells = [c for path in result.files if path.suffix == ".csv" for c in _csv_cells(path.read_text(encoding="utf-8"))]
    assert cells and [c for c in cells if c.startswith(FORMULA_START)] == []
    assert any(FORMULA[1:] in c for c in cells)


def test_forged_cursors_and_filters_are_rejected_not_executed(client, world):
    import base64

    forged = base64.urlsafe_b64encode(b'["2020-01-01T00:00:00", "1 OR 1=1"]').decode().rstrip("=")
    assert client.get(f"/api/v1/events?cursor={forged}").status_code == 400
    for query in ("country=KZ' OR '1'='1", "from=2020-01-01'--", "type=picket;DROP TABLE store_event",
                  "grievance=%27%29%3B--"):
        assert client.get(f"/api/v1/events?{query}").status_code in (400, 422), query  # 422: outside the schema
        assert client.get(f"/events.json?{query}").status_code == 400, query
    city = client.get("/api/v1/events", {"city": "x' OR '1'='1"}).json()
    assert city["events"] == []
    assert Event.objects.count() == 2
