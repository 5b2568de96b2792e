"""In the browser, a machine-coded event is never labelled verified; an analyst-verified one is.

Checks the text a reader sees (``inner_text``, after CSS) on the dashboard, the event list and
each event page, and saves screenshots under build/screenshots/ (gitignored).
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path

import pytest

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
