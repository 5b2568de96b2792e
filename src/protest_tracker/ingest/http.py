"""The one place that builds the HTTP client and applies the fetch policy.

User-Agent, timeouts (connect, read and a total deadline), a size cap that holds
after decompression, retries with capped exponential backoff on 429/5xx and
transient network errors (``Retry-After`` honoured, within the cap), a per-host
rate limit, robots.txt, conditional GET headers, and the SSRF guard on every
redirect hop. The httpx transport is injectable (``transport=``) for tests.
"""

from __future__ import annotations

import os
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import httpx

from protest_tracker.ingest import netguard
from protest_tracker.ingest.bodies import ACCEPT_ENCODING, read_capped
from protest_tracker.ingest.errors import (
    FetchError,
    FetchTimeout,
    HttpStatusError,
    ResponseTooLarge,
)
from protest_tracker.ingest.pinned import guarded_transport
from protest_tracker.ingest.politeness import (
    Clock,
    HostRateLimiter,
    Sleep,
    backoff_delay,
    retry_after_seconds,
)
from protest_tracker.ingest.robots import RobotsCache

USER_AGENT_TOKEN = "ProtestTrackerBot"
USER_AGENT = (f"{USER_AGENT_TOKEN}/0.1 (+https://github.com/central-asia-protest-tracker; "
              "open-source protest-event research tracker; polite, honours robots.txt)")
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
ALLOW_PRIVATE_ENV = "PROTEST_TRACKER_ALLOW_PRIVATE"


@dataclass(frozen=True, slots=True)
class HttpPolicy:
    """How we fetch. Defaults are polite for production; tests shorten the waits."""

    user_agent: str = USER_AGENT
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    total_timeout: float = 60.0
    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5
    retries: int = 3
    backoff_base: float = 1.0
    backoff_cap: float = 30.0
    per_host_interval: float = 1.0
    respect_robots: bool = True
    allow_private: bool = False
    allowed_private_hosts: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def from_env(cls, *, allow_private: bool = False, **overrides) -> HttpPolicy:
        """The default policy; private addresses allowed by the flag or ``PROTEST_TRACKER_ALLOW_PRIVATE=1``."""
        env = os.environ.get(ALLOW_PRIVATE_ENV, "").strip().lower() in {"1", "true", "yes", "on"}
        return cls(allow_private=allow_private or env, **overrides)

    @property
    def address_policy(self) -> netguard.AddressPolicy:
        return netguard.AddressPolicy(self.allow_private, netguard.hosts(self.allowed_private_hosts))


@dataclass(frozen=True, slots=True)
class Response:
    """A fetched response: the final URL after redirects, status, lower-case headers and the body."""

    url: str
    final_url: str
    status: int
    headers: Mapping[str, str]
    content: bytes

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def charset(self) -> str | None:
        """The charset declared in ``Content-Type``, if any."""
        for part in self.headers.get("content-type", "").split(";")[1:]:
            key, _, value = part.strip().partition("=")
            if key.lower() == "charset" and value:
                return value.strip("\"' ").lower()
        return None


class Fetcher:
    """Fetches URLs under an :class:`HttpPolicy`. Use as a context manager (closes the client)."""

    def __init__(self, policy: HttpPolicy | None = None, *, transport: httpx.BaseTransport | None = None,
                 clock: Clock = time.monotonic, sleep: Sleep = time.sleep,
                 resolver: netguard.Resolver = netguard.system_resolver) -> None:
        self.policy = policy or HttpPolicy.from_env()
        self._sleep = sleep
        self._clock = clock
        self._resolver = resolver
        self._limiter = HostRateLimiter(self.policy.per_host_interval, clock=clock, sleep=sleep)
        self._robots = RobotsCache(self, user_agent_token=USER_AGENT_TOKEN)
        self._client = httpx.Client(
            transport=transport or guarded_transport(self.policy.address_policy, resolver=resolver),
            follow_redirects=False,
            trust_env=False,
            timeout=httpx.Timeout(self.policy.read_timeout, connect=self.policy.connect_timeout),
            headers={"User-Agent": self.policy.user_agent, "Accept-Encoding": ACCEPT_ENCODING},
        )

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def get(self, url: str, *, headers: Mapping[str, str] | None = None, check_robots: bool = True) -> Response:
        """GET ``url`` following redirects (each hop guarded); 304 is returned, other 4xx/5xx raise."""
        current = url
        for _hop in range(self.policy.max_redirects + 1):
            netguard.check_url(current, self.policy.address_policy, resolver=self._resolver)
            if check_robots and self.policy.respect_robots:
                self._robots.check(current)
            response = self._get_with_retries(current, headers or {})
            location = response.headers.get("location")
            if response.status in REDIRECT_STATUSES and location:
                current = urljoin(current, location)
                continue
            if response.status >= 400:
                raise HttpStatusError(current, response.status)
            return Response(url=url, final_url=current, status=response.status,
                            headers=response.headers, content=response.content)
        raise FetchError(url, f"more than {self.policy.max_redirects} redirects", reason="too_many_redirects")

    def _get_with_retries(self, url: str, headers: Mapping[str, str]) -> Response:
        host = urlsplit(url).netloc.lower()
        attempts = self.policy.retries + 1
        for attempt in range(attempts):
            self._limiter.wait(host)
            last = attempt == attempts - 1
            try:
                response = self._get_once(url, headers)
            except ResponseTooLarge:
                raise
            except FetchTimeout:
                if last:
                    raise
                self._sleep(backoff_delay(attempt, base=self.policy.backoff_base, cap=self.policy.backoff_cap))
                continue
            except FetchError as error:
                if last or error.reason != "connection_failed":
                    raise
                self._sleep(backoff_delay(attempt, base=self.policy.backoff_base, cap=self.policy.backoff_cap))
                continue
            if response.status in RETRY_STATUSES and not last:
                asked = retry_after_seconds(response.headers.get("retry-after"))
                delay = backoff_delay(attempt, base=self.policy.backoff_base, cap=self.policy.backoff_cap)
                self._sleep(min(self.policy.backoff_cap, max(delay, asked or 0.0)))
                continue
            return response
        raise AssertionError("unreachable")  # pragma: no cover

    def _get_once(self, url: str, headers: Mapping[str, str]) -> Response:
        started = self._clock()
        try:
            with self._client.stream("GET", url, headers=dict(headers)) as raw:
                length = raw.headers.get("content-length", "")
                if length.isdigit() and int(length) > self.policy.max_bytes and raw.status_code < 300:
                    raise ResponseTooLarge(url, f"Content-Length {int(length):,} exceeds the cap of "
                                                f"{self.policy.max_bytes:,} bytes")
                body = read_capped(self._deadline_chunks(raw, url, started),
                                   content_encoding=raw.headers.get("content-encoding", ""),
                                   max_bytes=self.policy.max_bytes, url=url)
                lowered = {k.lower(): v for k, v in raw.headers.items()}
                return Response(url=url, final_url=url, status=raw.status_code, headers=lowered, content=body)
        except httpx.TimeoutException as exc:
            raise FetchTimeout(url, f"timed out ({type(exc).__name__})") from None
        except httpx.TransportError as exc:
            raise FetchError(url, f"connection failed ({type(exc).__name__}: {exc})",
                             reason="connection_failed") from None

    def _deadline_chunks(self, raw: httpx.Response, url: str, started: float):
        for chunk in raw.iter_raw(16384):
            if self._clock() - started > self.policy.total_timeout:
                raise FetchTimeout(url, f"body not complete after {self.policy.total_timeout:g} s")
            yield chunk
