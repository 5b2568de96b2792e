"""The fetch policy against a real server on 127.0.0.1: SSRF guard, robots, retries, caps, timeouts."""

from __future__ import annotations

import dataclasses

import pytest

from protest_tracker.ingest.errors import (
    BlockedAddress,
    FetchError,
    FetchTimeout,
    HttpStatusError,
    ResponseTooLarge,
    RobotsDisallowed,
)
from protest_tracker.ingest.http import USER_AGENT_TOKEN, Fetcher, HttpPolicy


def test_fetch_sends_descriptive_user_agent_and_reads_page(site, policy):
    with Fetcher(policy) as fetcher:
        response = fetcher.get(site.url("/articles/en-rally.html"))
    assert response.status == 200
    assert b"Aktobe" in response.content
    assert response.charset == "utf-8"
    agent = site.headers_for("/articles/en-rally.html")[0]["user-agent"]
    assert agent.startswith(USER_AGENT_TOKEN) and "robots.txt" in agent
    assert site.paths()[0] == "/robots.txt"


def test_loopback_refused_without_allow_private(site, no_private_env):
    with Fetcher(HttpPolicy.from_env()) as fetcher, pytest.raises(BlockedAddress, match="SSRF guard") as caught:
        fetcher.get(site.url("/articles/en-rally.html"))
    assert "127.0.0.1" in str(caught.value)
    assert site.paths() == []


def test_host_name_resolving_to_loopback_refused(site, no_private_env):
    with Fetcher(HttpPolicy.from_env()) as fetcher, pytest.raises(BlockedAddress, match="non-public address"):
        fetcher.get(f"http://localhost:{site.port}/articles/en-rally.html")
    assert site.paths() == []


def test_env_variable_allows_private(site, monkeypatch):
    monkeypatch.setenv("PROTEST_TRACKER_ALLOW_PRIVATE", "1")
    with Fetcher(HttpPolicy.from_env(per_host_interval=0)) as fetcher:
        assert fetcher.get(site.url("/articles/en-rally.html")).status == 200


@pytest.mark.parametrize("path", ["/redirect-metadata", "/redirect-other-port"])
def test_redirect_to_private_address_refused(site, policy, path):
    with Fetcher(policy) as fetcher, pytest.raises(BlockedAddress, match="SSRF guard"):
        fetcher.get(site.url(path))
    assert path in site.paths()


def test_redirect_to_metadata_refused_even_with_allow_private(site, policy):
    wide_open = dataclasses.replace(policy, allow_private=True, allowed_private_hosts=frozenset())
    with Fetcher(wide_open) as fetcher, pytest.raises(BlockedAddress, match="169.254.169.254"):
        fetcher.get(site.url("/redirect-metadata"))


def test_redirect_within_allowed_host_followed(site, policy):
    with Fetcher(policy) as fetcher:
        response = fetcher.get(site.url("/redirect-to-article"))
    assert response.final_url == site.url("/articles/ru-picket.html")
    assert "дольщиков".encode() in response.content


def test_redirect_loop_stops(site, policy):
    with Fetcher(policy) as fetcher, pytest.raises(FetchError) as caught:
        fetcher.get(site.url("/redirect-loop"))
    assert caught.value.reason == "too_many_redirects"
    assert site.paths().count("/redirect-loop") == policy.max_redirects + 1


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/x", "gopher://example.org/"])
def test_only_http_and_https(url, policy):
    with Fetcher(policy) as fetcher, pytest.raises(BlockedAddress, match="only http and https"):
        fetcher.get(url)


def test_robots_txt_disallowed_path_never_requested(site, policy):
    with Fetcher(policy) as fetcher, pytest.raises(RobotsDisallowed, match="robots.txt"):
        fetcher.get(site.url("/private/secret.html"))
    assert "/private/secret.html" not in site.paths()


def test_timeout_is_an_error(site, policy):
    quick = dataclasses.replace(policy, retries=0, read_timeout=0.3)
    with Fetcher(quick) as fetcher, pytest.raises(FetchTimeout) as caught:
        fetcher.get(site.url("/slow.html"))
    assert caught.value.reason == "timeout"


def test_500_then_200_is_retried(site, policy):
    with Fetcher(policy) as fetcher:
        response = fetcher.get(site.url("/flaky.html"))
    assert response.status == 200
    assert site.paths().count("/flaky.html") == 2


def test_429_retry_after_then_200(site, policy):
    slept: list[float] = []
    with Fetcher(policy, sleep=slept.append) as fetcher:
        assert fetcher.get(site.url("/rate-limited.html")).status == 200
    assert site.paths().count("/rate-limited.html") == 2
    assert slept and max(slept) <= policy.backoff_cap


def test_persistent_5xx_gives_up_after_retries(site, policy):
    with Fetcher(policy) as fetcher, pytest.raises(HttpStatusError) as caught:
        fetcher.get(site.url("/always-500.html"))
    assert caught.value.reason == "http_503"
    assert site.paths().count("/always-500.html") == policy.retries + 1


def test_404_not_retried(site, policy):
    with Fetcher(policy) as fetcher, pytest.raises(HttpStatusError) as caught:
        fetcher.get(site.url("/articles/gone.html"))
    assert caught.value.status == 404
    assert site.paths().count("/articles/gone.html") == 1


@pytest.mark.parametrize("path", ["/bomb.html", "/big.html", "/big-chunked.html"])
def test_size_cap_holds_for_bombs_and_big_bodies(site, policy, path):
    with Fetcher(policy) as fetcher, pytest.raises(ResponseTooLarge, match="cap"):
        fetcher.get(site.url(path))
    assert site.paths().count(path) == 1


def test_conditional_get_returns_304(site, policy):
    with Fetcher(policy) as fetcher:
        first = fetcher.get(site.url("/feed.rss"))
        again = fetcher.get(site.url("/feed.rss"), headers={"If-None-Match": first.headers["etag"]})
    assert first.status == 200 and again.not_modified
    assert site.headers_for("/feed.rss")[1]["if-none-match"] == first.headers["etag"]
