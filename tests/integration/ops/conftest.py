"""A real HTTP server on 127.0.0.1: an invented news site with a feed, a broken feed, a webhook receiver."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from local_server import serving
from protest_tracker.ingest.http import HttpPolicy

SITE = Path(__file__).resolve().parents[2] / "fixtures" / "ops" / "site"
TYPES = {".rss": "application/rss+xml", ".html": "text/html; charset=utf-8", ".txt": "text/plain"}


class OpsSite:
    """What the server saw: GET paths, webhook deliveries; ``hook_status`` is the receiver's answer."""

    __test__ = False

    def __init__(self) -> None:
        self.port = 0
        self.gets: list[str] = []
        self.hooks: list[tuple[dict[str, str], bytes]] = []
        self.hook_status = 200
        self.lock = threading.Lock()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass

    def _send(self, status: int, body: bytes, content_type: str = "text/plain") -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        site: OpsSite = self.server.site
        path = urlsplit(self.path).path
        with site.lock:
            site.gets.append(path)
        if path == "/down.rss":
            self._send(503, b"down for maintenance")
            return
        target = (SITE / path.lstrip("/")).resolve()
        if SITE.resolve() not in target.parents or not target.is_file():
            self._send(404, b"not found")
            return
        body = target.read_bytes().replace(b"{BASE}", site.url("").encode())
        self._send(200, body, TYPES.get(target.suffix, "application/octet-stream"))

    def do_POST(self) -> None:
        site: OpsSite = self.server.site
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        with site.lock:
            site.hooks.append(({k.lower(): v for k, v in self.headers.items()}, body))
        self._send(site.hook_status, b"thanks")


@pytest.fixture
def ops_site():
    with serving(OpsSite(), Handler) as state:
        yield state


@pytest.fixture
def quick_policy(ops_site) -> HttpPolicy:
    return HttpPolicy(allowed_private_hosts=frozenset({f"127.0.0.1:{ops_site.port}"}), read_timeout=2.0,
                      connect_timeout=1.0, total_timeout=5.0, retries=0, backoff_base=0.01, backoff_cap=0.05,
                      per_host_interval=0.0)


def write_sources(path: Path, site: OpsSite, *, broken: bool = True) -> Path:
    """A sources file: ``aral`` (the working feed, every 30 min) and optionally ``broken`` (503)."""
    text = (f'[[source]]\nslug = "aral"\nname = "Aral Courier"\ncountry = "KZ"\nlanguages = ["ru"]\n'
            f'source_type = "independent"\nfeeds = ["{site.url("/feed.rss")}"]\ninterval_minutes = 30\n')
    if broken:
        text += (f'\n[[source]]\nslug = "broken"\nname = "Broken Outlet"\ncountry = "KZ"\n'
                 f'feeds = ["{site.url("/down.rss")}"]\n')
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def sources_file(tmp_path, ops_site) -> Path:
    return write_sources(tmp_path / "sources.toml", ops_site)


def run_cli(*args: str, env: dict[str, str], timeout: float = 300) -> subprocess.CompletedProcess:
    """``protest-tracker ARGS`` in a fresh process with ``env`` on top of ours."""
    return subprocess.run([sys.executable, "-m", "protest_tracker.cli", *args], capture_output=True, text=True,
                          env={**os.environ, **env}, timeout=timeout)


@pytest.fixture
def cli():
    """:func:`run_cli`, for tests."""
    return run_cli
