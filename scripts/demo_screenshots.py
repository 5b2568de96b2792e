"""Screenshots of the demo, as a new user sees it, for the README.

Runs ``protest-tracker demo --no-serve`` into a temporary folder, serves it, and drives
Debian's Chromium (Playwright, no downloaded browser) through the dashboard, the
consulate campaign, the review queue, a published (machine-coded) event's review page and the
dashboard in Russian. Writes docs/screenshots/demo-*.png, each cut to at most ``MAX_HEIGHT`` pixels
so a file stays small. Usage: ``.venv/bin/python scripts/demo_screenshots.py``.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
from playwright.sync_api import sync_playwright

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "docs" / "screenshots"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
REVIEWER, PASSWORD = "screenshot-coder", "screenshots-are-fine-1"
#: the tallest screenshot, in CSS pixels (a full dashboard page is several screens long)
MAX_HEIGHT = 1800


def cli(*args: str, env: dict, stdin: str | None = None) -> str:
    result = subprocess.run([sys.executable, "-m", "protest_tracker.cli", *args], env=env, input=stdin,
                            capture_output=True, text=True, check=True)
    return result.stdout


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "PROTEST_TRACKER_HOME": f"{folder}/home", "DATABASE_URL": f"sqlite:///{folder}/demo.db"}
        print(cli("demo", "--no-serve", env=env).strip().splitlines()[-2])
        cli("createuser", REVIEWER, "--role", "coder", "--password-stdin", env=env, stdin=PASSWORD + "\n")
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        server = subprocess.Popen([sys.executable, "-m", "protest_tracker.cli", "serve", "--port", str(port)],
                                  env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            for _ in range(100):
                try:
                    httpx.get(base + "/", timeout=2)
                    break
                except httpx.TransportError:
                    time.sleep(0.2)
            shoot(base)
        finally:
            server.terminate()
            server.wait(timeout=10)


def shoot(base: str) -> None:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        foreign: list[str] = []
        page.on("request", lambda r: foreign.append(r.url) if not r.url.startswith((base, "data:")) else None)
        page.goto(base + "/")
        page.wait_for_timeout(1500)
        capture(page, "demo-dashboard.png")
        page.click("#lang-ru")
        page.wait_for_load_state("networkidle")
        page.wait_for_timeout(1500)
        capture(page, "demo-dashboard-ru.png")
        page.click("#lang-en")
        page.wait_for_load_state("networkidle")
        page.goto(base + "/campaigns")
        page.get_by_role("link", name="Xinjiang", exact=False).first.click()
        page.wait_for_load_state("networkidle")
        capture(page, "demo-campaign.png")
        page.goto(base + "/accounts/login/")
        page.fill("input[name=username]", REVIEWER)
        page.fill("input[name=password]", PASSWORD)
        page.click("main button[type=submit]")
        page.goto(base + "/review/?status=candidate")
        capture(page, "demo-review-queue.png")
        page.goto(base + "/review/?status=published")
        page.locator("a[href^='/review/event/']").first.click()
        page.wait_for_load_state("networkidle")
        capture(page, "demo-review-event.png")
        browser.close()
        if foreign:
            raise SystemExit(f"requests left 127.0.0.1: {foreign}")
    print(f"screenshots written to {OUT}")


def capture(page, name: str) -> None:
    """The page from its top, at most ``MAX_HEIGHT`` pixels tall."""
    height = min(page.evaluate("document.documentElement.scrollHeight"), MAX_HEIGHT)
    page.screenshot(path=str(OUT / name), full_page=True, clip={"x": 0, "y": 0, "width": 1280, "height": height})
    print(f"{name}: {(OUT / name).stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
