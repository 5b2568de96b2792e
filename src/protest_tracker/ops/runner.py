"""``protest-tracker run``: ingest the due sources, process new articles, announce candidates, repeat.

Everything it needs to resume lives in the database: per-source schedules
(:mod:`protest_tracker.ops.schedule`), processed articles (``processed_version``), feed
validators, notification watermarks and the finished cycles (``/healthz`` reads the last
one). One run at a time holds the ``run`` lease of :mod:`protest_tracker.ops.lock`; each cycle
also holds the ``work`` lease, so it waits while a manual ``process`` or ``ingest`` works (and
they wait for it). A stop request
(SIGTERM, SIGINT) is honoured between two feeds items or two articles: the current article
is finished and committed, the lease released, and the process exits.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import random
import signal
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from django.db import DatabaseError
from django.utils import timezone

from protest_tracker.errors import TrackerError
from protest_tracker.ingest.http import Fetcher, HttpPolicy
from protest_tracker.ingest.sources import load_sources
from protest_tracker.ops import schedule
from protest_tracker.ops.lock import WORK_LEASE, LeaseLost, LockHeld, RunLock
from protest_tracker.ops.models import Cycle
from protest_tracker.ops.notify import NotifyConfig, notify_new_candidates, start_watermarks
from protest_tracker.store.feed_sink import sync_sources
from protest_tracker.store.models import Article
from protest_tracker.store.processing import process_pending

#: Finished cycles kept for the status page.
KEEP_CYCLES = 1000
#: Longest sleep between two looks at the schedule (seconds).
MAX_SLEEP = 60.0


class StopRequested(BaseException):  # noqa: N818 — like KeyboardInterrupt: no per-record handler swallows it
    """Raised from a progress callback to leave a cycle early (a stop request, or the lease was lost)."""


@dataclass
class RunOptions:
    """What one ``run`` does; the CLI fills it from its options and the environment."""

    sources_path: Path | None = None
    only: tuple[str, ...] = ()
    default_interval: int = schedule.DEFAULT_INTERVAL_MINUTES
    policy: HttpPolicy | None = None
    transport: httpx.BaseTransport | None = None
    pipeline: Any = None
    notify: NotifyConfig = field(default_factory=NotifyConfig)
    seed: int | None = None


@dataclass
class Runner:
    """A run: its options, its lease, the stop flag a signal sets, a random source for jitter."""

    options: RunOptions
    lock: RunLock
    stop: threading.Event = field(default_factory=threading.Event)
    log: Callable[[str], None] = lambda _message: None

    def __post_init__(self) -> None:
        self.rng = random.Random(self.options.seed)
        self.work = RunLock(name=WORK_LEASE, command="run")

    def heartbeat(self, *_args: object) -> None:
        """Called between items and articles: renew the lease, honour a stop request."""
        try:
            self.lock.renew()
            self.work.renew()
        except LeaseLost as exc:
            self.stop.set()
            raise StopRequested(str(exc)) from None
        if self.stop.is_set():
            raise StopRequested("stopped before the end of the cycle")

    def cycle(self) -> Cycle:
        """One cycle under the ``work`` lease (:class:`LockHeld`, before anything is written, while a manual
        command holds it); a failure is recorded on the cycle row (``ok`` false) and re-raised."""
        with self.work:
            return self._recorded_cycle()

    def _recorded_cycle(self) -> Cycle:
        row = Cycle.objects.create(started_at=timezone.now())
        try:
            self._cycle(row)
            row.ok = True
        except StopRequested as stop:
            row.error = str(stop)
        except Exception as exc:
            row.error = f"{type(exc).__name__}: {exc}"[:2000]
            raise
        finally:
            row.finished_at = timezone.now()
            row.save()
            stale = Cycle.objects.order_by("-started_at").values_list("pk", flat=True)[KEEP_CYCLES:KEEP_CYCLES + 500]
            Cycle.objects.filter(pk__in=list(stale)).delete()
        return row

    def _cycle(self, row: Cycle) -> None:
        options = self.options
        specs = [s for s in load_sources(options.sources_path) if not options.only or s.slug in options.only]
        sources = sync_sources(specs)
        start_watermarks(options.notify)
        with Fetcher(options.policy or HttpPolicy.from_env(), transport=options.transport) as fetcher:
            for spec in specs:
                if not spec.feeds:
                    continue
                plan = schedule.schedule_for(sources[spec.slug],
                                             interval_minutes=spec.interval_minutes or options.default_interval)
                if not schedule.is_due(plan, now=timezone.now()):
                    continue
                self.heartbeat()
                outcome = schedule.fetch_source(spec, sources[spec.slug], plan, fetcher=fetcher, rng=self.rng,
                                                heartbeat=self.heartbeat)
                row.sources_fetched += 1
                row.sources_failed += not outcome.ok
                row.new_articles += outcome.new
                self.log(f"{spec.slug}: {'ok' if outcome.ok else 'failed'}, {outcome.new} new"
                         + (f" ({outcome.error})" if outcome.error else ""))
        if options.pipeline is not None and Article.objects.exclude(
                processed_version=options.pipeline.version_id).exists():
            summary = process_pending(pipeline=options.pipeline, progress=self.heartbeat)
            row.processed_articles = summary.articles
            self.log(f"processed {summary.articles} article(s), {summary.new_events} new event(s)")
            from protest_tracker.web.traction_view import warm_tractions

            warmed = warm_tractions(renew=self.heartbeat)  # readers of changed campaigns need not compute it
            if warmed:
                self.log(f"traction stored for {warmed} campaign(s)")
        last = Article.objects.filter(processed_at__isnull=False).order_by("-processed_at").first()
        row.last_article = last.id if last else ""
        row.notified_events, errors = notify_new_candidates(options.notify, transport=options.transport)
        row.error = "; ".join(errors)[:2000]

    def wait(self) -> None:
        """Sleep until the next source is due (at most a minute), waking at once on a stop request."""
        now = timezone.now()
        due = schedule.earliest_due(now) or now + dt.timedelta(seconds=MAX_SLEEP)
        self.stop.wait(min(max((due - now).total_seconds(), 1.0), MAX_SLEEP))
        if not self.stop.is_set():
            self.lock.renew(every=0)

    def run(self, *, once: bool = False) -> int:
        """Cycle until stopped (or once); returns the number of cycles. Holds the lease throughout."""
        cycles = 0
        with self.lock:
            while not self.stop.is_set():
                try:
                    self.cycle()
                except LockHeld as exc:  # a manual command is working: not a failure, look again soon
                    if once:
                        raise
                    self.log(f"waiting: {exc}")
                    self.stop.wait(MAX_SLEEP)
                    if not self.stop.is_set():
                        self.lock.renew(every=0)
                    continue
                except (TrackerError, DatabaseError, OSError) as exc:
                    if once:
                        raise
                    self.log(f"cycle failed ({type(exc).__name__}: {exc}); trying again later")
                cycles += 1
                if once:
                    break
                self.wait()
        return cycles


@contextlib.contextmanager
def stop_on_signals(stop: threading.Event) -> Iterator[None]:
    """SIGTERM and SIGINT set ``stop`` (a second SIGINT interrupts at once); handlers restored afterwards."""
    def handler(signum: int, _frame: object) -> None:
        if stop.is_set() and signum == signal.SIGINT:
            raise KeyboardInterrupt
        stop.set()

    previous = {sig: signal.signal(sig, handler) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        yield
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)
