"""Per-source schedules: when each source is due, jitter, exponential backoff, and one source's fetch.

A source is fetched when its ``next_due_at`` has passed (or was never set). After a fetch
in which at least one of its feeds answered (``ok`` or ``not_modified``) it is due again
after its interval ± 10 % jitter; after a fetch in which every feed failed, after
``interval × 2^failures`` (capped at a day) ± jitter, so a broken outlet is asked less and
less often until it answers again. The schedule row is saved right after the fetch, so a
restart resumes where the last run stopped.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from protest_tracker.ingest.http import Fetcher
from protest_tracker.ingest.records import IngestSummary
from protest_tracker.ingest.sources import SourceSpec
from protest_tracker.ops.models import SourceSchedule
from protest_tracker.store.feed_sink import ingest_one_feed
from protest_tracker.store.models import FeedState, Source

DEFAULT_INTERVAL_MINUTES = 60
MAX_DELAY = dt.timedelta(days=1)
JITTER = 0.1
#: Feed outcomes (``FeedState.last_outcome``) that count as the source answering.
ANSWERED = frozenset({"ok", "not_modified"})


def next_delay(*, interval_minutes: int, failures: int, rng: random.Random,
               jitter: float = JITTER) -> dt.timedelta:
    """How long to wait before the next fetch: the interval, doubled per consecutive failure, jittered."""
    seconds = interval_minutes * 60 * (2 ** min(failures, 20))
    seconds = min(seconds, MAX_DELAY.total_seconds())
    return dt.timedelta(seconds=seconds * rng.uniform(1 - jitter, 1 + jitter))


def schedule_for(source: Source, *, interval_minutes: int) -> SourceSchedule:
    """The source's schedule row (created due now), with the configured interval applied."""
    row, _ = SourceSchedule.objects.get_or_create(source=source, defaults={"interval_minutes": interval_minutes})
    if row.interval_minutes != interval_minutes:
        row.interval_minutes = interval_minutes
        # a shorter interval takes effect at once; a longer one from the next fetch
        row.save(update_fields=["interval_minutes"])
    return row


def is_due(row: SourceSchedule, *, now: dt.datetime) -> bool:
    return row.next_due_at is None or row.next_due_at <= now


def earliest_due(now: dt.datetime) -> dt.datetime | None:
    """When the next source is due (``None`` when no source has a schedule)."""
    if SourceSchedule.objects.filter(next_due_at__isnull=True).exists():
        return now
    return SourceSchedule.objects.order_by("next_due_at").values_list("next_due_at", flat=True).first()


@dataclass
class SourceOutcome:
    """What fetching one source did."""

    slug: str
    ok: bool
    new: int
    error: str = ""


def fetch_source(spec: SourceSpec, source: Source, row: SourceSchedule, *, fetcher: Fetcher,
                 rng: random.Random, heartbeat: Callable[[object], None] | None = None) -> SourceOutcome:
    """Fetch every feed of one source, then save its schedule (success or backoff) in one transaction."""
    summary = IngestSummary()
    started = timezone.now()
    for url in spec.feeds:
        ingest_one_feed(url, fetcher, summary=summary, source=source, progress=heartbeat)
    outcomes = dict(FeedState.objects.filter(url__in=spec.feeds).values_list("url", "last_outcome"))
    answered = [url for url in spec.feeds if outcomes.get(url) in ANSWERED]
    failed = [f"{url}: {outcomes.get(url) or 'not fetched'}" for url in spec.feeds if url not in answered]
    ok = bool(answered)
    with transaction.atomic():
        row.last_attempt_at = started
        row.failures = 0 if ok else row.failures + 1
        row.last_error = "; ".join(failed)[:2000]
        if ok:
            row.last_success_at = started
        row.new_articles_last_run = summary.new + summary.revised
        row.next_due_at = timezone.now() + next_delay(interval_minutes=row.interval_minutes,
                                                      failures=row.failures, rng=rng)
        row.save()
    return SourceOutcome(slug=spec.slug, ok=ok, new=summary.new + summary.revised, error=row.last_error)
