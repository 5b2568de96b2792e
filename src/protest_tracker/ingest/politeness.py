"""Politeness helpers: a per-host rate limit, exponential backoff and ``Retry-After``."""

from __future__ import annotations

import email.utils
import time
from collections.abc import Callable
from datetime import UTC, datetime

Clock = Callable[[], float]
Sleep = Callable[[float], None]


class HostRateLimiter:
    """At most one request per ``interval`` seconds to each host (per fetcher, not global)."""

    def __init__(self, interval: float, *, clock: Clock = time.monotonic, sleep: Sleep = time.sleep) -> None:
        self.interval = max(0.0, interval)
        self._clock = clock
        self._sleep = sleep
        self._next: dict[str, float] = {}

    def wait(self, host: str) -> float:
        """Sleep until ``host`` may be contacted again; returns the seconds slept."""
        now = self._clock()
        ready = self._next.get(host, now)
        slept = 0.0
        if ready > now:
            slept = ready - now
            self._sleep(slept)
            now = ready
        self._next[host] = now + self.interval
        return slept


def backoff_delay(attempt: int, *, base: float, cap: float) -> float:
    """``base * 2**attempt`` seconds, never more than ``cap`` (attempt counts from 0)."""
    return min(cap, base * (2 ** attempt))


def retry_after_seconds(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds asked for by a ``Retry-After`` header (delta-seconds or an HTTP date); None if absent/bad."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())
