"""Ingest: the SSRF guard sees through numeric and IPv6 disguises; feeds cannot expand entities; HTML is sanitised."""

from __future__ import annotations

import gzip

import pytest

from protest_tracker.ingest.bodies import read_capped
from protest_tracker.ingest.errors import BlockedAddress, ResponseTooLarge
from protest_tracker.ingest.feeds import parse_feed
from protest_tracker.ingest.netguard import AddressPolicy, check_url

#: Loopback and the metadata service, spelled every way a URL parser or resolver accepts.
DISGUISED = [
    "http://2130706433/", "http://0x7f000001/", "http://017700000001/", "http://127.1/", "http://0x7f.1/",
    "http://0177.0.0.1/", "http://[::ffff:127.0.0.1]/", "http://[::ffff:7f00:1]/", "http://[::127.0.0.1]/",
    "http://[64:ff9b::7f00:1]/", "http://[64:ff9b::a9fe:a9fe]/latest/meta-data/", "http://[2002:a9fe:a9fe::1]/",
    "http://[fe80::1%25eth0]/", "http://[fec0::1]/", "http://169.254.169.254/latest/meta-data/",
    "http://[::]/", "http://0/", "http://localhost./", "http://LOCALHOST/",
]


@pytest.mark.parametrize("url", DISGUISED)
def test_disguised_loopback_and_metadata_addresses_are_refused(url):
    # The real system resolver: numeric forms are decoded locally, no query leaves the machine.
    with pytest.raises(BlockedAddress):
        check_url(url, AddressPolicy())


@pytest.mark.parametrize("url", ["http://[64:ff9b::a9fe:a9fe]/", "http://[2002:a9fe:a9fe::1]/",
                                 "http://[::ffff:169.254.169.254]/"])
def test_allow_private_still_refuses_the_metadata_service_in_ipv6_clothing(url):
    with pytest.raises(BlockedAddress):
        check_url(url, AddressPolicy(allow_private=True))


def test_public_addresses_in_ipv6_clothing_pass():
    check_url("http://[64:ff9b::808:808]/", AddressPolicy())
    check_url("http://[2606:4700:4700::1111]/", AddressPolicy())


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY a "lollollollollollollollollollol">
 <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
 <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
 <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
 <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
 <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
 <!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">
 <!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">
 <!ENTITY i "&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;">
]>
<rss version="2.0"><channel><title>t</title>
<item><title>&i;</title><link>https://news.example.org/1</link><description>&i;</description></item>
</channel></rss>"""


def test_entity_expansion_in_a_feed_does_not_explode():
    try:
        parsed, _warning = parse_feed(BILLION_LAUGHS, url="https://news.example.org/feed")
    except Exception as exc:  # a clear refusal is fine too  # noqa: BLE001
        assert "lol" * 100 not in str(exc)
        return
    text = "".join(str(e.get("title", "")) + str(e.get("summary", "")) for e in parsed.entries)
    assert len(text) < 1_000_000


def test_compressed_bomb_is_refused_at_the_cap():
    bomb = gzip.compress(b"\0" * (50 * 1024 * 1024))
    with pytest.raises(ResponseTooLarge):
        read_capped([bomb[i:i + 4096] for i in range(0, len(bomb), 4096)], content_encoding="gzip",
                    max_bytes=1024 * 1024, url="https://news.example.org/")


def test_scraped_html_is_sanitised_before_it_is_shown():
    from protest_tracker.review.evidence import sanitise_html

    html = str(sanitise_html('<p onclick="x()">Hi <a href="javascript:alert(1)">l</a><script>alert(1)</script>'
                             '<img src=x onerror=alert(1)><style>p{}</style><iframe src="https://e.example"></iframe>'
                             '<a href="https://ok.example/">ok</a></p>'))
    for bad in ("onclick", "javascript:", "<script", "<img", "onerror", "<style", "<iframe"):
        assert bad not in html.lower()
    assert 'href="https://ok.example/"' in html


def test_links_in_an_ingested_folder_cannot_pull_in_outside_files(tmp_path):
    from protest_tracker.ingest.files import iter_paths

    (tmp_path / "secret.txt").write_text("Private notes of the monitor about a source in Tekeli. " * 4, encoding="utf-8")
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "a.txt").write_text("Forty residents gathered outside the akimat in Zhanaozen on Monday. " * 3, encoding="utf-8")
    (folder / "b.txt").symlink_to(tmp_path / "secret.txt")
    items = list(iter_paths([folder]))
    assert "Private notes" not in repr(items)
    assert [(type(i).__name__, getattr(i, "reason", None)) for i in items] == [("Collected", None),
                                                                               ("Skipped", "link_outside_folder")]


@pytest.fixture
def local_server():
    """A real HTTP server on 127.0.0.1 that counts the requests it receives."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    hits = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - the http.server API
            hits.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            self.wfile.write(b"internal secret")

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address[1], hits
    server.shutdown()
    server.server_close()


def test_dns_rebinding_cannot_reach_a_private_address(local_server):
    from protest_tracker.ingest.http import Fetcher, HttpPolicy

    port, hits = local_server
    answers = iter([["93.184.216.34"]])  # first answer public (checked), then loopback (at connect time)

    def rebinding_resolver(host, port):
        return next(answers, ["127.0.0.1"])

    policy = HttpPolicy(respect_robots=False, retries=0, per_host_interval=0)
    with Fetcher(policy, resolver=rebinding_resolver) as fetcher, pytest.raises(BlockedAddress):
        fetcher.get(f"http://localhost:{port}/admin")
    assert hits == []
