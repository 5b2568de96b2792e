"""robots.txt, fetched once per origin through the same guarded fetcher (RFC 9309 semantics).

A robots.txt answered with 4xx means "no rules" (everything allowed); 5xx or an
unreachable host means "everything disallowed" until the next run.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

from protest_tracker.ingest.errors import (
    BlockedAddress,
    FetchError,
    HttpStatusError,
    RobotsDisallowed,
)

if TYPE_CHECKING:
    from protest_tracker.ingest.http import Fetcher

#: RFC 9309 lets crawlers ignore robots.txt content past 500 KiB.
MAX_ROBOTS_BYTES = 500 * 1024


class RobotsCache:
    """Per-origin robots.txt rules for one fetcher (so one crawl run)."""

    def __init__(self, fetcher: Fetcher, *, user_agent_token: str) -> None:
        self._fetcher = fetcher
        self._token = user_agent_token
        self._rules: dict[str, RobotFileParser | bool] = {}

    def check(self, url: str) -> None:
        """Raise :class:`RobotsDisallowed` when robots.txt forbids ``url`` for our User-Agent."""
        parts = urlsplit(url)
        origin = f"{parts.scheme.lower()}://{parts.netloc.lower()}"
        if origin not in self._rules:
            self._rules[origin] = self._load(origin)
        rules = self._rules[origin]
        if rules is True:
            return
        if rules is False:
            raise RobotsDisallowed(url, "robots.txt could not be read (server error or unreachable); "
                                        "treated as disallowing everything")
        if not rules.can_fetch(self._token, url):
            raise RobotsDisallowed(url, f"robots.txt of {origin} disallows this path for {self._token}")

    def _load(self, origin: str) -> RobotFileParser | bool:
        try:
            response = self._fetcher.get(origin + "/robots.txt", check_robots=False)
        except BlockedAddress:
            raise
        except HttpStatusError as error:
            return error.status < 500
        except FetchError:
            return False
        text = response.content[:MAX_ROBOTS_BYTES].decode("utf-8", errors="replace")
        parser = RobotFileParser()
        parser.parse(text.splitlines())
        return parser
