"""In the browser, a machine-coded event is never labelled verified; an analyst-verified one is.

Checks the text a reader sees (``inner_text``, after CSS) on the dashboard, the event list and
each event page, and saves screenshots under build/screenshots/ (gitignored). An analyst confirms a
machine-coded event on its review page; only then does the public page call it verified.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path

import pytest

from protest_tracker.review.services.status import publish_machine_coded
from protest_tracker.review.testing import PASSWORD, make_user
from protest_tracker.review.testing import make_event as make_candidate
from protest_tracker.store.models import AuditLog, Event

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "integration" / "web"))
import web_factories as make  # noqa: E402

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
#: Any wording that would call an event checked (case-insensitive).
VERIFIED_WORDS = re.compile(r"\b(analyst-verified|verified by an analyst|source-verified)\b", re.IGNORECASE)


def _row_text(page, public_id: str) -> str:
    return page.locator("table.pt-table tr", has=page.locator(f"a[href$='/events/{public_id}']")).inner_text()


def test_machine_coded_is_never_called_verified(page, live_server, screenshot_dir):
    machine = make.make_event(city="Khorog", date=dt.date(2024, 3, 5), verification="machine-coded")
    verified = make.make_event(city="Almaty", date=dt.date(2024, 3, 4), verification="verified")

    page.goto(f"{live_server.url}/")
    lede = page.locator(".pt-lede").first.inner_text()
    assert "1 of 2 published events was verified by an analyst" in lede and "machine-coded" in lede
    assert not VERIFIED_WORDS.search(_row_text(page, machine.public_id))
    assert "Machine-coded" in _row_text(page, machine.public_id)
    assert "Analyst-verified" in _row_text(page, verified.public_id)
    page.screenshot(path=str(screenshot_dir / "verification-dashboard.png"), full_page=True)

    page.goto(f"{live_server.url}/events")
    assert not VERIFIED_WORDS.search(_row_text(page, machine.public_id))
    assert "Analyst-verified" in _row_text(page, verified.public_id)

    page.goto(f"{live_server.url}/events/{machine.public_id}")
    body = page.locator("main, body").first.inner_text()
    assert "Machine-coded — not checked by an analyst" in body
    assert not VERIFIED_WORDS.search(body), body
    page.screenshot(path=str(screenshot_dir / "verification-event-machine-coded.png"), full_page=True)

    page.goto(f"{live_server.url}/events/{verified.public_id}")
    body = page.locator("main, body").first.inner_text()
    assert "Verified by an analyst" in body and "Machine-coded" not in body
    assert page.locator(".pt-badge-verified").is_visible()


def test_an_analyst_verifies_a_machine_coded_event_on_its_review_page(page, live_server, screenshot_dir):
    event = make_candidate(confidence=0.9)
    publish_machine_coded(event, min_confidence=0.7)
    make_user("checker", role="coder")
    base = live_server.url
    page.goto(f"{base}/events/{event.public_id}")
    assert not VERIFIED_WORDS.search(page.locator("main, body").first.inner_text())

    page.goto(f"{base}/accounts/login/")
    page.fill("#id_username", "checker")
    page.fill("#id_password", PASSWORD)
    page.click("main button[type=submit]")
    page.wait_for_url(f"{base}/review/")
    page.goto(f"{base}/review/event/{event.public_id}/")
    assert page.inner_text("#verification-state") == "Machine-coded"
    assert "system:auto-publish" in page.inner_text("#verification")
    page.fill("#verify-form input[name=reason]", "checked against the report")
    page.click("#verify-submit")
    page.wait_for_load_state()
    assert page.inner_text("#verification-state") == "Verified"
    assert "by checker" in page.inner_text("#verification-by")
    assert page.locator("#verify-form").count() == 0
    assert Event.objects.get(pk=event.pk).verification == "verified"
    assert AuditLog.objects.filter(object_id=event.public_id, field="verification", actor_label="checker").exists()
    page.screenshot(path=str(screenshot_dir / "review-event-verified.png"), full_page=True)

    page.goto(f"{base}/events/{event.public_id}")
    body = page.locator("main, body").first.inner_text()
    assert "Verified by an analyst" in body and "Machine-coded" not in body
    assert page.requests.foreign() == []
