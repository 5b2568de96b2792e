"""Ingest errors. Each carries a short machine ``reason`` (used to count failures) and the location.

::

    IngestError (protest_tracker.errors)
    ├── FetchError              a URL could not be fetched
    │   ├── BlockedAddress      SSRF guard: scheme or (resolved) address not allowed
    │   ├── RobotsDisallowed    robots.txt forbids the path for our User-Agent
    │   ├── FetchTimeout        connect/read timeout
    │   ├── ResponseTooLarge    body over the size cap (also after decompression)
    │   └── HttpStatusError     4xx/5xx after retries
    ├── ContentError            a payload was fetched but holds nothing usable
    │   ├── FeedParseError      malformed feed XML
    │   └── ExtractionError     no main text in a page
    ├── InputFileError          a local file is missing, binary, huge or malformed
    │   └── TelegramExportError a Telegram Desktop export is not the expected shape
    ├── SourcesFileError        the sources TOML is malformed
    └── DatasetError            an ACLED/MMP file cannot be read at all (bad header, not CSV)
"""

from __future__ import annotations

from protest_tracker.errors import IngestError


class IngestProblem(IngestError):
    """Base of the errors below: ``location`` (URL or path) and a short ``reason`` code."""

    reason = "error"

    def __init__(self, location: str, message: str, *, reason: str | None = None) -> None:
        self.location = location
        self.message = message
        if reason:
            self.reason = reason
        super().__init__(f"{location}: {message}")


class FetchError(IngestProblem):
    reason = "fetch_error"


class BlockedAddress(FetchError):
    reason = "blocked_address"


class RobotsDisallowed(FetchError):
    reason = "robots_disallowed"


class FetchTimeout(FetchError):
    reason = "timeout"


class ResponseTooLarge(FetchError):
    reason = "too_large"


class HttpStatusError(FetchError):
    reason = "http_status"

    def __init__(self, location: str, status: int) -> None:
        super().__init__(location, f"HTTP status {status}", reason=f"http_{status}")
        self.status = status


class ContentError(IngestProblem):
    reason = "no_content"


class FeedParseError(ContentError):
    reason = "malformed_feed"


class ExtractionError(ContentError):
    reason = "no_text"


class InputFileError(IngestProblem):
    reason = "bad_file"


class TelegramExportError(InputFileError):
    reason = "bad_telegram_export"


class SourcesFileError(IngestProblem):
    reason = "bad_sources_file"


class DatasetError(IngestProblem):
    reason = "bad_dataset"
