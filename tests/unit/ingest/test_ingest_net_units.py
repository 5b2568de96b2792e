"""SSRF guard, politeness helpers and capped body reading, without a network."""

from __future__ import annotations

import gzip
import zlib
from datetime import UTC, datetime

import pytest

from protest_tracker.ingest.bodies import read_capped
from protest_tracker.ingest.errors import BlockedAddress, FetchError, ResponseTooLarge
from protest_tracker.ingest.netguard import AddressPolicy, check_url, is_public_address
from protest_tracker.ingest.politeness import HostRateLimiter, backoff_delay, retry_after_seconds


@pytest.mark.parametrize("address", ["127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254",
                                     "100.64.0.1", "0.0.0.0", "::1", "fe80::1", "fc00::1", "::ffff:127.0.0.1",
                                     "224.0.0.1", "240.0.0.1"])
def test_non_public_addresses(address):
    assert not is_public_address(address)


@pytest.mark.parametrize("address", ["93.184.216.34", "8.8.8.8", "2606:4700:4700::1111"])
def test_public_addresses(address):
    assert is_public_address(address)


def fake_resolver(table):
    def resolve(host, port):
        if host not in table:
            raise OSError("Name or service not known")
        return table[host]
    return resolve


def test_every_resolved_address_must_be_public():
    resolver = fake_resolver({"news.test": ["93.184.216.34", "10.0.0.5"], "ok.test": ["93.184.216.34"]})
    check_url("https://ok.test/a", AddressPolicy(), resolver=resolver)
    with pytest.raises(BlockedAddress, match="10.0.0.5"):
        check_url("https://news.test/a", AddressPolicy(), resolver=resolver)


def test_dns_failure_is_a_clear_error():
    with pytest.raises(BlockedAddress) as caught:
        check_url("http://nowhere.test/", AddressPolicy(), resolver=fake_resolver({}))
    assert caught.value.reason == "dns_error"


def test_allow_list_is_per_host_and_port():
    policy = AddressPolicy(allowed_hosts=frozenset({"127.0.0.1:8080"}))
    check_url("http://127.0.0.1:8080/x", policy)
    with pytest.raises(BlockedAddress):
        check_url("http://127.0.0.1:8081/x", policy)
    check_url("http://127.0.0.1:8081/x", AddressPolicy(allow_private=True))
    with pytest.raises(BlockedAddress):
        check_url("http://169.254.169.254/", AddressPolicy(allowed_hosts=frozenset({"127.0.0.1:8080"})))


@pytest.mark.parametrize("url", ["http://169.254.169.254/latest/meta-data/", "http://[fe80::1]/",
                                 "http://0.0.0.0:8000/", "http://224.0.0.1/"])
def test_allow_private_never_opens_link_local_or_metadata(url):
    with pytest.raises(BlockedAddress, match="does not open"):
        check_url(url, AddressPolicy(allow_private=True))


@pytest.mark.parametrize("url", ["http://10.0.0.8/", "http://192.168.1.20:8080/", "http://[::1]/",
                                 "http://100.64.1.1/"])
def test_allow_private_opens_private_networks(url):
    check_url(url, AddressPolicy(allow_private=True))


def test_credentials_in_url_refused():
    with pytest.raises(BlockedAddress, match="credentials"):
        check_url("http://user:secret@93.184.216.34/", AddressPolicy())


def test_rate_limiter_spaces_requests_per_host():
    now = [100.0]
    slept: list[float] = []

    def sleep(seconds):
        slept.append(seconds)
        now[0] += seconds

    limiter = HostRateLimiter(2.0, clock=lambda: now[0], sleep=sleep)
    limiter.wait("a.test")
    limiter.wait("b.test")
    limiter.wait("a.test")
    now[0] += 0.5
    limiter.wait("a.test")
    assert slept == [2.0, 1.5]


def test_backoff_doubles_up_to_cap():
    assert [backoff_delay(n, base=1.0, cap=5.0) for n in range(5)] == [1.0, 2.0, 4.0, 5.0, 5.0]


def test_retry_after_forms():
    now = datetime(2024, 1, 1, 12, 0, 0, tzinfo=UTC)
    assert retry_after_seconds("7") == 7.0
    assert retry_after_seconds("Mon, 01 Jan 2024 12:00:30 GMT", now=now) == 30.0
    assert retry_after_seconds("soon") is None and retry_after_seconds(None) is None


def test_gzip_bomb_stops_at_cap_without_expanding_everything():
    bomb = gzip.compress(b"\0" * 50_000_000)
    chunks = [bomb[i:i + 4096] for i in range(0, len(bomb), 4096)]
    with pytest.raises(ResponseTooLarge, match="1,000,000"):
        read_capped(chunks, content_encoding="gzip", max_bytes=1_000_000, url="http://x.test/")


def test_gzip_and_deflate_bodies_decoded():
    text = "Пикет у акимата".encode() * 100
    assert read_capped([gzip.compress(text)], content_encoding="gzip", max_bytes=10**6, url="u") == text
    assert read_capped([zlib.compress(text)], content_encoding="deflate", max_bytes=10**6, url="u") == text


def test_corrupt_or_unknown_encoding_is_an_error():
    with pytest.raises(FetchError) as caught:
        read_capped([b"not gzip at all"], content_encoding="gzip", max_bytes=100, url="u")
    assert caught.value.reason == "bad_encoding"
    with pytest.raises(FetchError, match="unsupported Content-Encoding"):
        read_capped([b"x"], content_encoding="br", max_bytes=100, url="u")
