"""Reports: one event candidate as read from one article revision, ready for linking.

The extract output (``protest-tracker extract``) has one JSON object per article:
``{"id", "events": [...]}`` plus optional ``language``, ``published``, ``outlet``,
``url`` and ``content_hash``. :func:`reports_from_records` turns those lines into
:class:`Report` values. Two lines with the same ``id`` are revisions of one
article (the id is the hash of the canonical URL); a revision is told apart by
its ``content_hash`` (or ``revision``) and, failing both, by a hash of the line's
events, so identical duplicate lines collapse into one.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from protest_tracker.errors import LinkingError
from protest_tracker.model import EventCandidate


class InvalidReportError(LinkingError):
    """An extract record cannot be read (no id, events not a list, an event not an object)."""


@dataclass(frozen=True, slots=True)
class Report:
    """One event candidate from one article revision, with the article's metadata.

    ``key`` (``article_id:revision:index``) is derived from content only, so that
    linking does not depend on the order of the input lines.
    """

    article_id: str
    revision: str
    index: int
    candidate: EventCandidate
    outlet: str | None = None
    language: str | None = None
    published: str | None = None

    @property
    def key(self) -> str:
        return f"{self.article_id}:{self.revision}:{self.index}"

    @property
    def source(self) -> str:
        """The article revision this report comes from (reports of one source never merge)."""
        return f"{self.article_id}:{self.revision}"


def _outlet(record: Mapping[str, Any]) -> str | None:
    outlet = record.get("outlet")
    if outlet:
        return str(outlet)
    url = record.get("url")
    if url:
        host = (urlsplit(str(url)).hostname or "").lower()
        return host.removeprefix("www.") or None
    return None


def revision_key(record: Mapping[str, Any]) -> str:
    """A short key for the revision a record describes (content hash, revision, or hash of its events)."""
    explicit = record.get("content_hash") or record.get("revision")
    if explicit:
        return str(explicit)[:16]
    events = json.dumps(record.get("events") or [], sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(events.encode("utf-8")).hexdigest()[:16]


def reports_from_record(record: Mapping[str, Any], *, line: int | None = None) -> list[Report]:
    """The reports of one extract record; :class:`InvalidReportError` (naming the line) when malformed."""
    where = f"line {line}: " if line is not None else ""
    if not isinstance(record, Mapping):
        raise InvalidReportError(f"{where}an extract record must be a JSON object")
    article_id = record.get("id")
    if not article_id or not isinstance(article_id, str):
        raise InvalidReportError(f"{where}record has no string 'id'")
    events = record.get("events")
    if events is None:
        events = []
    if not isinstance(events, list):
        raise InvalidReportError(f"{where}'events' of {article_id} is not a list")
    revision = revision_key(record)
    published = record.get("published")
    language = record.get("language")
    reports = []
    for index, event in enumerate(events):
        if not isinstance(event, Mapping):
            raise InvalidReportError(f"{where}event {index} of {article_id} is not an object")
        try:
            candidate = EventCandidate.from_exchange(event)
        except (TypeError, ValueError) as error:
            raise InvalidReportError(f"{where}event {index} of {article_id}: {error}") from error
        reports.append(Report(
            article_id=article_id, revision=revision, index=index, candidate=candidate,
            outlet=_outlet(record), language=str(language) if language else None,
            published=str(published)[:10] if published else None,
        ))
    return reports


def reports_from_records(records: Iterable[Mapping[str, Any]]) -> list[Report]:
    """All reports of the records, duplicates (same article, revision and index) dropped, sorted by key."""
    seen: dict[str, Report] = {}
    for line, record in enumerate(records, start=1):
        for report in reports_from_record(record, line=line):
            seen.setdefault(report.key, report)
    return [seen[key] for key in sorted(seen)]


def report_from_candidate(
    candidate: EventCandidate, *, article_id: str, revision: str = "", index: int = 0,
    outlet: str | None = None, language: str | None = None, published: str | None = None,
) -> Report:
    """A report built directly from a candidate (as the database service does)."""
    return Report(article_id=article_id, revision=revision or "r", index=index, candidate=candidate,
                  outlet=outlet, language=language, published=published)
