"""The Django side of ingest: save what ``ingest/`` yields, record failures, report a summary.

Each article is saved in its own transaction (``store.articles.save_article``), so a
run that is killed leaves only whole articles and a re-run completes the work.
Library entry points (the CLI and the demo call these):

- :func:`ingest_paths` — local files and folders
- :func:`ingest_urls` — single article pages
- :func:`ingest_telegram` — a Telegram Desktop export
- :func:`consume` — any iterable of ingest items
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

import httpx
from django.db import DatabaseError
from django.utils import timezone

from protest_tracker.errors import DatabaseUnavailable
from protest_tracker.ingest import files, pages, telegram
from protest_tracker.ingest.errors import TelegramExportError
from protest_tracker.ingest.http import Fetcher, HttpPolicy
from protest_tracker.ingest.records import Collected, Failure, IngestSummary, Item, Skipped
from protest_tracker.store.articles import save_article
from protest_tracker.store.models import IngestFailure, Source

Progress = Callable[[Item], None]
Notify = Callable[[str], None]
_REFETCHED_ORIGINS = ("url", "feed")


def record_failure(failure: Failure, *, source: Source | None = None) -> IngestFailure:
    """Store ``failure`` so that ``protest-tracker ingest status`` shows it later.

    The same unresolved (location, reason) seen again is refreshed, not duplicated.
    """
    location, reason = failure.location[:10000], failure.reason[:64]
    try:
        existing = IngestFailure.objects.filter(location=location, reason=reason, resolved=False).first()
        if existing is not None:
            IngestFailure.objects.filter(pk=existing.pk).update(detail=failure.detail, occurred_at=timezone.now(),
                                                                source=source or existing.source)
            return existing
        return IngestFailure.objects.create(source=source, location=location, reason=reason,
                                            detail=failure.detail)
    except DatabaseError as exc:
        raise DatabaseUnavailable(f"cannot record an ingest failure ({exc})") from None


class _Sources:
    """Source rows by slug, looked up once per run."""

    def __init__(self, default: Source | None) -> None:
        self.default = default
        self._by_slug: dict[str, Source | None] = {}

    def get(self, slug: str | None) -> Source | None:
        if not slug:
            return self.default
        if slug not in self._by_slug:
            self._by_slug[slug] = Source.objects.filter(slug=slug).first()
        return self._by_slug[slug] or self.default


def consume(items: Iterable[Item], *, summary: IngestSummary | None = None, source: Source | None = None,
            progress: Progress | None = None, notify: Notify | None = None) -> IngestSummary:
    """Save every :class:`Collected`, record every :class:`Failure`, count every :class:`Skipped`."""
    summary = summary if summary is not None else IngestSummary()
    sources = _Sources(source)
    for item in items:
        if isinstance(item, Collected | Failure):
            item = item.cleaned()  # no NUL or other control characters, on either backend
        if isinstance(item, Collected):
            _save(item, summary=summary, sources=sources, notify=notify)
        elif isinstance(item, Failure):
            summary.add_failure(item)
            record_failure(item, source=sources.get(item.source_slug))
        elif isinstance(item, Skipped):
            summary.skipped[item.reason] += 1
        if progress is not None:
            progress(item)
    return summary


def _save(item: Collected, *, summary: IngestSummary, sources: _Sources, notify: Notify | None) -> None:
    summary.fetched += 1
    source = sources.get(item.source_slug)
    try:
        result = save_article(item.article, origin=item.origin, raw=item.raw, source=source,
                              metadata=item.metadata)
    except DatabaseError as exc:
        failure = Failure(item.article.url or str(item.metadata.get("path") or item.article.id),
                          "store_error", f"could not be saved: {exc}")
        summary.add_failure(failure)
        record_failure(failure, source=source)
        return
    setattr(summary, result.status, getattr(summary, result.status) + 1)
    if item.note:
        summary.fallback += 1
        if notify is not None:
            notify(item.note)
    if item.origin in _REFETCHED_ORIGINS and item.article.url:
        IngestFailure.objects.filter(location=item.article.url, resolved=False).update(resolved=True)


def ingest_paths(paths: Iterable[str | Path], *, origin: str = "file", progress: Progress | None = None,
                 notify: Notify | None = None) -> IngestSummary:
    """Ingest local files and folders (``.html``, ``.htm``, ``.txt``, ``.md``, ``.jsonl``).

    ``origin`` is stored on each article (the demo passes ``"sample"``).
    """
    items = _with_origin(files.iter_paths(list(paths)), origin)
    return consume(items, progress=progress, notify=notify)


def _with_origin(items: Iterable[Item], origin: str) -> Iterable[Item]:
    for item in items:
        if isinstance(item, Collected) and item.origin != origin:
            yield Collected(article=item.article, origin=origin, raw=item.raw, metadata=item.metadata,
                            source_slug=item.source_slug, note=item.note)
        else:
            yield item


def ingest_urls(urls: Iterable[str], *, policy: HttpPolicy | None = None,
                transport: httpx.BaseTransport | None = None, progress: Progress | None = None) -> IngestSummary:
    """Fetch and store single article pages."""
    with Fetcher(policy or HttpPolicy.from_env(), transport=transport) as fetcher:
        return consume(pages.ingest_urls(list(urls), fetcher), progress=progress)


def ingest_telegram(path: str | Path, *, username: str | None = None, source_slug: str | None = None,
                    progress: Progress | None = None) -> IngestSummary:
    """Store the posts of a Telegram Desktop export; a broken export raises ``TelegramExportError``."""
    items = telegram.iter_export(Path(path), username=username, source_slug=source_slug)
    try:
        return consume(items, progress=progress)
    except TelegramExportError as error:
        record_failure(Failure.from_error(error))
        raise
