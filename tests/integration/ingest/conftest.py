"""A real HTTP server on 127.0.0.1 serving the ingest fixtures (written by us) plus misbehaving routes."""

from __future__ import annotations

import contextlib
import functools
import gzip
import hashlib
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from local_server import serving
from protest_tracker.ingest.http import HttpPolicy

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "ingest"
SITE = FIXTURES / "site"
CONTENT_TYPES = {".html": "text/html", ".rss": "application/rss+xml", ".atom": "application/atom+xml",
                 ".xml": "application/xml", ".txt": "text/plain"}
LAST_MODIFIED = "Mon, 01 Apr 2024 10:00:00 GMT"
SLOW_SECONDS = 1.5


@functools.cache
def gzip_bomb() -> bytes:
    """30 MB of spaces, gzip-compressed to about 30 KB."""
    return gzip.compress(b" " * 30_000_000, 6)


class TestSite:
    """State of one server: requests seen (path, headers), per-path counters, page overrides."""

    __test__ = False

    def __init__(self) -> None:
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.counters: Counter = Counter()
        self.overrides: dict[str, bytes] = {}
        self.lock = threading.Lock()
        self.port = 0

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url(self, path: str) -> str:
        return self.base + path

    def paths(self) -> list[str]:
        with self.lock:
            return [path for path, _ in self.requests]

    def headers_for(self, path: str) -> list[dict[str, str]]:
        with self.lock:
            return [headers for seen, headers in self.requests if seen == path]


class Handler(BaseHTTPRequestHandler):
    server_version = "FixtureServer/1.0"

    def log_message(self, *args) -> None:
        pass

    def send(self, status: int, body: bytes = b"", *, content_type: str = "text/html; charset=utf-8",
             headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        if "Content-Length" not in (headers or {}):
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(body)

    def do_GET(self) -> None:
        site: TestSite = self.server.site
        path = urlsplit(self.path).path
        with site.lock:
            site.requests.append((path, {k.lower(): v for k, v in self.headers.items()}))
            site.counters[path] += 1
            count = site.counters[path]
        route = getattr(self, "route_" + path.strip("/").replace("-", "_").replace(".", "_"), None)
        if route is not None:
            route(count)
            return
        self.serve_file(path)

    def serve_file(self, path: str) -> None:
        site: TestSite = self.server.site
        target = (SITE / path.lstrip("/")).resolve()
        if path in site.overrides:
            body = site.overrides[path]
        elif SITE.resolve() in target.parents and target.is_file():
            body = target.read_bytes()
        else:
            self.send(404, b"<html><body>not found</body></html>")
            return
        suffix = target.suffix
        body = body.replace(b"{BASE}", site.base.encode())
        if suffix in (".rss", ".atom"):
            etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
            if self.headers.get("If-None-Match") == etag:
                self.send(304, headers={"ETag": etag, "Content-Length": "0"})
                return
            self.send(200, body, content_type=CONTENT_TYPES[suffix],
                      headers={"ETag": etag, "Last-Modified": LAST_MODIFIED})
            return
        content_type = CONTENT_TYPES.get(suffix, "application/octet-stream")
        if suffix == ".html" and target.name not in ("cp1251.html", "koi8r.html"):
            content_type += "; charset=utf-8"
        self.send(200, body, content_type=content_type)

    # --- misbehaving routes -------------------------------------------------------------
    def route_slow_html(self, count: int) -> None:
        time.sleep(SLOW_SECONDS)
        self.serve_file("/articles/en-rally.html")

    def route_slow_feed_xml(self, count: int) -> None:
        time.sleep(SLOW_SECONDS)
        self.serve_file("/feed.rss")

    def route_flaky_html(self, count: int) -> None:
        if count == 1:
            self.send(500, b"<html><body>temporary failure</body></html>")
        else:
            self.serve_file("/articles/ru-picket.html")

    def route_always_500_html(self, count: int) -> None:
        self.send(503, b"down")

    def route_rate_limited_html(self, count: int) -> None:
        if count == 1:
            self.send(429, b"slow down", headers={"Retry-After": "0"})
        else:
            self.serve_file("/articles/kk-strike.html")

    def route_bomb_html(self, count: int) -> None:
        self.send(200, gzip_bomb(), headers={"Content-Encoding": "gzip"})

    def route_big_html(self, count: int) -> None:
        self.send(200, b"<p>" + b"x" * 3_000_000 + b"</p>")

    def route_big_chunked_html(self, count: int) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        try:
            for _ in range(300):
                self.wfile.write(b"<p>" + b"y" * 10_000 + b"</p>")
        except (BrokenPipeError, ConnectionResetError):
            pass
        self.close_connection = True

    def route_report_pdf(self, count: int) -> None:
        self.send(200, b"%PDF-1.4 not really a pdf", content_type="application/pdf")

    def route_mislabelled_html(self, count: int) -> None:
        self.send(200, (SITE / "articles" / "cp1251.html").read_bytes(), content_type="text/html; charset=utf-8")

    def route_redirect_metadata(self, count: int) -> None:
        self.send(302, headers={"Location": "http://169.254.169.254/latest/meta-data/"})

    def route_redirect_other_port(self, count: int) -> None:
        self.send(302, headers={"Location": "http://127.0.0.1:9/admin"})

    def route_redirect_to_article(self, count: int) -> None:
        self.send(301, headers={"Location": "/articles/ru-picket.html"})

    def route_redirect_loop(self, count: int) -> None:
        self.send(302, headers={"Location": "/redirect-loop"})


@pytest.fixture(scope="session")
def _warm_bomb() -> None:
    gzip_bomb()  # compress once, before any server times a response


@pytest.fixture
def site(_warm_bomb):
    """A fresh fixture server on 127.0.0.1 (random port) for one test."""
    with serving(TestSite(), Handler) as state:
        yield state


@pytest.fixture
def policy(site) -> HttpPolicy:
    """A quick policy that allows exactly the fixture server (and no other private address)."""
    return HttpPolicy(allowed_private_hosts=frozenset({f"127.0.0.1:{site.port}"}), read_timeout=0.5,
                      connect_timeout=0.5, total_timeout=5.0, retries=2, backoff_base=0.01, backoff_cap=0.05,
                      per_host_interval=0.0, max_bytes=1_000_000)


@pytest.fixture
def no_private_env(monkeypatch):
    """Make sure PROTEST_TRACKER_ALLOW_PRIVATE (set by scripts/test.sh) does not mask the SSRF guard."""
    monkeypatch.delenv("PROTEST_TRACKER_ALLOW_PRIVATE", raising=False)
