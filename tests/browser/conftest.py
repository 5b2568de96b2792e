"""Headless Debian Chromium driven by Playwright (no downloaded browser).

``page`` records every request the page makes, so a test can prove that nothing
left 127.0.0.1; ``screenshot_dir`` is build/screenshots (gitignored, so a test run leaves the
git tree clean; the README's screenshots come from scripts/demo_screenshots.py).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from urllib.parse import urlsplit

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SCREENSHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"
ARGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage",
]


def pytest_collection_modifyitems(config, items):
    if not os.path.exists(CHROMIUM):
        if os.environ.get("CI") == "true":
            return  # in CI a missing browser must fail, not skip
        skip = pytest.mark.skip(reason="Debian chromium not installed (apt-get install chromium)")
        for item in items:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"  # Playwright's sync API runs an event loop
    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield instance
        instance.close()


class RequestLog(list):
    def foreign(self) -> list[str]:
        """Requested URLs whose host is not loopback (should always be empty)."""
        allowed = {"127.0.0.1", "localhost", "::1"}
        return [u for u in self if urlsplit(u).scheme in ("http", "https", "ws", "wss")
                and urlsplit(u).hostname not in allowed]


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    instance = context.new_page()
    log = RequestLog()
    instance.on("request", lambda request: log.append(request.url))
    instance.requests = log
    yield instance
    context.close()


@pytest.fixture(scope="session")
def screenshot_dir() -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS
