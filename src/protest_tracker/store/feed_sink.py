"""Feeds and the sources file on the Django side: conditional GET state, Source rows, summaries."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import httpx
from django.utils import timezone

from protest_tracker.ingest import feeds, sources
from protest_tracker.ingest.errors import IngestProblem
from protest_tracker.ingest.http import Fetcher, HttpPolicy
from protest_tracker.ingest.records import Failure, IngestSummary, Skipped
from protest_tracker.store.models import FeedState, Source
from protest_tracker.store.sink import Notify, Progress, consume, record_failure


def ingest_feeds(urls: Iterable[str], *, policy: HttpPolicy | None = None,
                 transport: httpx.BaseTransport | None = None, force: bool = False,
                 progress: Progress | None = None, notify: Notify | None = None) -> IngestSummary:
    """Fetch each feed (conditionally unless ``force``) and store its items' pages."""
    summary = IngestSummary()
    with Fetcher(policy or HttpPolicy.from_env(), transport=transport) as fetcher:
        for url in urls:
            ingest_one_feed(url, fetcher, summary=summary, force=force, progress=progress, notify=notify)
    return summary


def ingest_one_feed(url: str, fetcher: Fetcher, *, summary: IngestSummary, source: Source | None = None,
                    force: bool = False, progress: Progress | None = None, notify: Notify | None = None) -> None:
    """One feed into ``summary``. The validators are saved only after every item was handled."""
    row = FeedState.objects.filter(url=url).first()
    state = None if force or row is None else feeds.FeedState(etag=row.etag or None,
                                                              last_modified=row.last_modified or None)
    try:
        fetched = feeds.read_feed(url, fetcher, state=state)
    except IngestProblem as error:
        failure = Failure.from_error(error, location=url, source_slug=source.slug if source else None)
        consume([failure], summary=summary, source=source, progress=progress)
        _remember(url, source=source, outcome=failure.reason, state=None, items=0)
        return
    if fetched.not_modified:
        consume([Skipped(url, "feed_not_modified")], summary=summary, source=source, progress=progress)
        _remember(url, source=source, outcome="not_modified", state=None, items=0)
        return
    if fetched.warning and notify is not None:
        notify(f"{url}: {fetched.warning}")
    items = feeds.collect_entries(fetched, fetcher, outlet=source.name if source else (fetched.title or None),
                                  source_type=source.source_type if source else None,
                                  source_slug=source.slug if source else None)
    consume(items, summary=summary, source=source, progress=progress, notify=notify)
    _remember(url, source=source, outcome="ok", state=fetched.state, items=len(fetched.entries))


def _remember(url: str, *, source: Source | None, outcome: str, state: feeds.FeedState | None, items: int) -> None:
    values = {"source": source, "last_checked_at": timezone.now(), "last_outcome": outcome[:64],
              "items_last_run": items}
    if state is not None:
        values.update(etag=(state.etag or "")[:500], last_modified=(state.last_modified or "")[:100])
    FeedState.objects.update_or_create(url=url, defaults=values)


def sync_sources(specs: Iterable[sources.SourceSpec]) -> dict[str, Source]:
    """Create or update a :class:`Source` row per spec; returns them by slug."""
    rows: dict[str, Source] = {}
    for spec in specs:
        feed_urls = list(spec.feeds)
        row, _ = Source.objects.update_or_create(slug=spec.slug, defaults={
            "name": spec.name, "homepage": spec.homepage, "country": spec.country,
            "languages": list(spec.languages), "source_type": spec.source_type, "feed_urls": feed_urls,
        })
        rows[spec.slug] = row
    return rows


def ingest_sources(path: Path | None = None, *, only: Iterable[str] = (), policy: HttpPolicy | None = None,
                   transport: httpx.BaseTransport | None = None, force: bool = False,
                   progress: Progress | None = None, notify: Notify | None = None) -> IngestSummary:
    """Sync the sources file into the database, then fetch every feed of every (selected) source.

    Sources without feeds (Telegram channels: ingest their exports with ``ingest telegram``)
    are counted as skipped.
    """
    specs = sources.load_sources(path)
    wanted = set(only)
    if wanted:
        unknown = wanted - {spec.slug for spec in specs}
        if unknown:
            raise sources.SourcesFileError(str(path or sources.default_sources_path()),
                                           f"no source called {', '.join(sorted(unknown))}")
        specs = [spec for spec in specs if spec.slug in wanted]
    rows = sync_sources(specs)
    summary = IngestSummary()
    with Fetcher(policy or HttpPolicy.from_env(), transport=transport) as fetcher:
        for spec in specs:
            if not spec.feeds:
                consume([Skipped(spec.homepage or spec.slug, "no_feed")], summary=summary, progress=progress)
            for url in spec.feeds:
                ingest_one_feed(url, fetcher, summary=summary, source=rows[spec.slug], force=force,
                                progress=progress, notify=notify)
    return summary


__all__ = ["ingest_feeds", "ingest_one_feed", "ingest_sources", "record_failure", "sync_sources"]
