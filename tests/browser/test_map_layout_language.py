"""Issue 11 (items 5-7) in headless Debian Chromium: the map's offline context layers and place labels,
readable chart text, the review event page at 1,280 px, and the Russian interface. Screenshots go to
build/screenshots/ (gitignored)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from protest_tracker.i18n import compile_catalogs
from protest_tracker.review.testing import PASSWORD, make_user
from protest_tracker.review.testing import make_event as make_candidate
from protest_tracker.store.models import Campaign, Event
from protest_tracker.web import summary

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "integration" / "web"))
import web_factories as make  # noqa: E402

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

#: the smallest chart text on the page, in CSS pixels (font size times the SVG's scale)
SMALLEST_CHART_TEXT = """() => Math.min(...[...document.querySelectorAll('svg.chart text')].map(t => {
  const svg = t.ownerSVGElement, scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
  return parseFloat(getComputedStyle(t).fontSize) * scale; }))"""


@pytest.fixture(autouse=True)
def catalogues():
    compile_catalogs()  # .mo files are build outputs; make sure they match the .po sources


def _log_in(page, base: str, username: str) -> None:
    page.goto(f"{base}/accounts/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("main button[type=submit]")
    page.wait_for_url(f"{base}/review/")


def test_map_shows_place_labels_when_zoomed_and_keeps_cities_apart(page, live_server, screenshot_dir):
    for city, kind in (("Almaty", "picket"), ("Almaty", "sit_in"), ("Bishkek", "road_blockade"), ("Bishkek", "picket")):
        make.make_event(city=city, event_type=kind)
    page.goto(f"{live_server.url}/")
    page.wait_for_selector("#pt-map[data-loaded][data-basemap-loaded]", timeout=15000)
    overview_labels = page.locator("#pt-map .pt-place").count()
    # Almaty and Bishkek (about 200 km apart, across a border) are never one cluster
    assert page.locator("#pt-map .pt-point, #pt-map .pt-cluster").count() >= 2
    legend = page.locator("#pt-map-legend").inner_text()
    assert "Picket" in legend and "Road blockade" in legend
    assert page.locator("#pt-map-legend path").count() >= 3  # shapes, not only colours
    assert "Natural Earth" in page.locator(".leaflet-control-attribution").inner_text()
    page.evaluate("ptMap.setView([43.1, 76.2], 8, {animate: false})")
    page.wait_for_function("document.querySelectorAll('#pt-map .pt-place').length > 10")
    labels = page.locator("#pt-map .pt-place").all_inner_texts()
    assert "Almaty" in labels and len(labels) > overview_labels
    assert page.locator("#pt-map .leaflet-pt-water-pane path").count() > 0  # rivers and lakes drawn
    page.screenshot(path=str(screenshot_dir / "map-zoomed.png"))
    assert page.requests.foreign() == []


def test_chart_labels_are_at_least_11_pixels(page, live_server):
    campaign = make.consulate_campaign(days=200)
    page.goto(f"{live_server.url}/campaigns/{campaign.public_id}")
    assert page.locator("svg.chart .axis-title").count() >= 6  # every chart has axis titles
    assert page.evaluate(SMALLEST_CHART_TEXT) >= 11
    page.goto(f"{live_server.url}/")
    assert page.evaluate(SMALLEST_CHART_TEXT) >= 11
    # no x label of the timeline overlaps the next one, and none leaves the chart
    boxes = page.evaluate("""() => [...document.querySelectorAll('#pt-timeline .x-label')].map(t => {
        const b = t.getBoundingClientRect(); return [b.left, b.right]; })""")
    chart = page.locator("#pt-timeline svg").bounding_box()
    assert all(right <= next_left for (_, right), (next_left, _) in zip(boxes, boxes[1:], strict=False))
    assert boxes and boxes[-1][1] <= chart["x"] + chart["width"] + 0.5


def test_review_event_page_fits_1280_pixels_with_sources_beside_fields(page, live_server, screenshot_dir):
    make_user("coder-1", role="coder")
    for i in range(30):
        Campaign.objects.create(public_id=f"CMP-KZ-{i:05d}", name="Relatives of detainees (Xinjiang / ethnic kin in "
                                f"China) — pickets at the consulate in Almaty and two other cities, part {i}")
    event = make_candidate()
    _log_in(page, live_server.url, "coder-1")
    page.goto(f"{live_server.url}/review/event/{event.public_id}/")
    assert page.evaluate("document.documentElement.scrollWidth") <= 1280
    fields, sources = page.locator(".fields").bounding_box(), page.locator(".sources").bounding_box()
    assert sources["x"] >= fields["x"] + fields["width"] - 1 and abs(sources["y"] - fields["y"]) < 200  # beside
    page.click('.fields dd[data-field="size_min"]')
    assert page.locator(".sources mark.active").count() >= 1
    assert page.locator(".sources mark.active").first.inner_text() == "forty residents"
    page.screenshot(path=str(screenshot_dir / "review-event-1280.png"), full_page=True)


def test_interface_switches_to_russian(page, live_server, screenshot_dir):
    make.consulate_campaign(days=30)
    # the longest Russian labels a row can hold: "Демонстрация / митинг", "Машинное кодирование"
    Event.objects.filter(pk__in=Event.objects.order_by("pk").values("pk")[:3]).update(event_type="demonstration")
    Event.objects.update(verification="machine-coded")
    summary.rebuild()
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{live_server.url}/")
    page.click("#lang-ru")
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == "Протестные события в Центральной Азии"
    assert page.locator("html").get_attribute("lang") == "ru"
    assert "Страна" in page.locator(".pt-facets").inner_text()
    page.wait_for_selector("#pt-map[data-loaded]", timeout=15000)
    assert "Пикет" in page.locator("#pt-map-legend").inner_text()  # codebook labels too
    assert "Событий" not in page.locator("nav.public-nav").inner_text() and "События" in page.locator("nav.public-nav").inner_text()
    assert page.evaluate("document.documentElement.scrollWidth") <= 1280  # longer Russian labels fit
    table = page.locator(".pt-table-wrap").first
    assert table.evaluate("t => t.scrollWidth <= t.clientWidth"), "the latest-events table is cut at 1,280 px"
    page.screenshot(path=str(screenshot_dir / "dashboard-ru.png"), full_page=True)

    make_user("coder-ru", role="coder")
    event = make_candidate()
    _log_in(page, live_server.url, "coder-ru")  # the language cookie outlives the log-in
    assert page.locator("h1").inner_text() == "Очередь проверки"
    page.goto(f"{live_server.url}/review/event/{event.public_id}/")
    assert "Тексты источников" in page.locator(".sources h2").inner_text()
    assert page.locator('.fields dd[data-field="event_type"]').inner_text() == "Демонстрация / митинг"
    page.click("#lang-en")
    page.wait_for_load_state()
    assert page.locator('.fields dd[data-field="event_type"]').inner_text() == "Demonstration / rally"


def test_interface_switches_to_kazakh_where_labels_exist(page, live_server, screenshot_dir):
    make.consulate_campaign(days=30)
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{live_server.url}/")
    page.click("#lang-kk")
    page.wait_for_load_state()
    assert page.locator("html").get_attribute("lang") == "kk"
    assert page.locator("h1").inner_text() == "Орталық Азиядағы наразылық оқиғалары"
    assert "Оқиғалар" in page.locator("nav.public-nav").inner_text()
    page.wait_for_selector("#pt-map[data-loaded]", timeout=15000)
    assert "Пикет" in page.locator("#pt-map-legend").inner_text()  # a Kazakh codebook label
    table = page.locator(".pt-table-wrap").first
    assert table.evaluate("t => t.scrollWidth <= t.clientWidth"), "the latest-events table is cut at 1,280 px"
    page.screenshot(path=str(screenshot_dir / "dashboard-kk.png"), full_page=True)
