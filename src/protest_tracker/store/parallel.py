"""``process`` with extraction fanned out over Dask: the same store content as the sequential run.

:func:`process_pending_parallel` walks the pending articles in the order
:func:`~protest_tracker.store.processing.process_pending` takes them (publication
date, undated first, then id) with a keyset query, one batch at a time. Each
batch goes to a Dask worker as plain dicts
(:func:`protest_tracker.backfill.cluster.extract_batch`); a few batches per
worker are in flight at once. Results come back as plain exchange-format
dicts and are written **in the order the batches were read**, each batch in
one transaction, through the very code the sequential run uses
(:func:`~protest_tracker.store.processing.record_result`: linking, audit,
counts). Extraction needs no database and linking depends only on what was
written before, so events, reports, campaigns and public ids come out exactly
as in the sequential run.

A crash or a kill mid-run loses at most the batch being written (rolled back
whole: its articles stay pending, its public ids are not consumed); the next
``process`` picks up where the last committed batch ended. Workers rebuild the
pipeline from its configuration; a worker whose pipeline version differs from
the parent's (another installed version) stops the run before anything of
that batch is written.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from django.db import transaction
from django.db.models import F, Q

from protest_tracker.backfill.cluster import (
    article_to_wire,
    dask_client,
    extract_batch,
    result_from_wire,
)
from protest_tracker.errors import ConfigurationError
from protest_tracker.store.articles import to_model_article
from protest_tracker.store.campaign_sync import recompute_campaigns
from protest_tracker.store.models import Article
from protest_tracker.store.processing import ACTOR, ProcessSummary, record_result

#: Batches in flight per worker: one being extracted, one waiting, so no worker idles while the
#: parent writes.
IN_FLIGHT_PER_WORKER = 2


def pending_batches(version: str, *, batch_size: int, limit: int | None = None) -> Iterator[list[Article]]:
    """The articles ``version`` has not processed, in ``process_pending``'s order, ``batch_size`` at a
    time (keyset pagination on (published, id): no offset, no list of ids that grows)."""
    ordered = (Article.objects.exclude(processed_version=version)
               .order_by(F("published").asc(nulls_first=True), "id"))
    last: Article | None = None
    taken = 0
    while limit is None or taken < limit:
        size = batch_size if limit is None else min(batch_size, limit - taken)
        query = ordered
        if last is not None:
            if last.published is None:
                after = Q(published__isnull=True, id__gt=last.id) | Q(published__isnull=False)
            else:
                after = Q(published__gt=last.published) | Q(published=last.published, id__gt=last.id)
            query = ordered.filter(after)
        rows = list(query[:size])
        if not rows:
            return
        taken += len(rows)
        last = rows[-1]
        yield rows


def _write_batch(rows: list[Article], results: list[dict[str, Any]], *, version: str,
                 summary: ProcessSummary, progress: Callable[[int, int], None] | None, total: int) -> None:
    """Store one batch's results in one transaction (each article in its own savepoint, as in the
    sequential run: a linking failure rolls back that article alone)."""
    with transaction.atomic():
        for row, data in zip(rows, results, strict=True):
            record_result(row, result_from_wire(to_model_article(row), data), version=version, summary=summary)
            if progress:
                progress(summary.articles + summary.failed, total)


def process_pending_parallel(
    *, config_path: str | Path | None = None, workers: int = 2, scheduler_address: str | None = None,
    batch_size: int = 100, progress: Callable[[int, int], None] | None = None, limit: int | None = None,
    campaigns: bool = True,
) -> ProcessSummary:
    """:func:`~protest_tracker.store.processing.process_pending` with extraction on Dask workers.

    ``workers`` single-threaded worker processes of a ``LocalCluster`` started here, or the
    workers of the running scheduler at ``scheduler_address``. ``config_path`` is the pipeline
    configuration every worker builds (absolute, so a worker elsewhere finds it at the same path).
    """
    from protest_tracker.pipeline.config import default_pipeline

    config = str(Path(config_path).resolve()) if config_path else None
    version = default_pipeline(config_path=config).version_id
    summary = ProcessSummary()
    pending = Article.objects.exclude(processed_version=version).count()
    total = pending if limit is None else min(limit, pending)
    with dask_client(workers=workers, scheduler_address=scheduler_address) as client:
        window = max(IN_FLIGHT_PER_WORKER * max(sum(client.nthreads().values()), 1), 2)
        in_flight: deque[tuple[list[Article], Any]] = deque()

        def write_oldest() -> None:
            rows, future = in_flight.popleft()
            worker_version, results = future.result()
            if worker_version != version:
                raise ConfigurationError(
                    f"a Dask worker runs pipeline version {worker_version}, this process {version}: "
                    "install the same package and configuration on every worker")
            _write_batch(rows, results, version=version, summary=summary, progress=progress, total=total)

        try:
            for rows in pending_batches(version, batch_size=batch_size, limit=limit):
                records = [article_to_wire(to_model_article(row)) for row in rows]
                in_flight.append((rows, client.submit(extract_batch, records, config_path=config, pure=False)))
                if len(in_flight) >= window:
                    write_oldest()
            while in_flight:
                write_oldest()
        finally:
            for _, future in in_flight:
                future.cancel()
    if campaigns:
        regrouped = recompute_campaigns(actor=ACTOR)
        summary.campaigns, summary.campaign_moves_flagged = regrouped.campaigns, regrouped.flagged_events
    return summary
