"""On a phone-sized screen the public pages fit the width: wide tables scroll inside their card."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "integration" / "web"))
import web_factories as make  # noqa: E402

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_public_pages_fit_a_phone_screen(browser, live_server):
    campaign = make.consulate_campaign(days=30)
    context = browser.new_context(viewport={"width": 390, "height": 800})
    page = context.new_page()
    try:
        for path in ("/", "/events", "/campaigns", f"/campaigns/{campaign.public_id}"):
            page.goto(f"{live_server.url}{path}")
            width = page.evaluate("document.documentElement.scrollWidth")
            assert width <= 392, f"{path} is {width}px wide on a 390px screen"
    finally:
        context.close()
