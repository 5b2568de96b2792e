"""The Dask side of ``protest-tracker process --workers N``: a client, and extraction of article batches.

Nothing here imports Django: a worker needs the installed package and the
pipeline configuration, never a database connection. The parent sends each
batch as plain dicts (:func:`article_to_wire`), a worker runs the shared runner
(:func:`~protest_tracker.pipeline.runner.process_articles`) with a pipeline it
builds once per configuration and keeps, and sends back one plain
exchange-format dict per article (:func:`result_to_wire`): the article's events
as ``EventCandidate.to_exchange`` writes them, with the exact confidence (the
exchange format rounds it to three digits), plus ``dropped``, ``flags`` and the
``stage_error`` message. :func:`result_from_wire` rebuilds the pipeline's result
from that dict and the article sent, equal field for field to what the
sequential run gets for everything the store writes.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import replace
from typing import Any

from protest_tracker.model import Article, EventCandidate
from protest_tracker.pipeline.runner import process_articles

#: Pipelines a worker process has built, by configuration path ("" for the shipped one) and its mtime.
_PIPELINES: dict[tuple[str, int], Any] = {}


def worker_pipeline(config_path: str | None) -> Any:
    """The pipeline of ``config_path``, built once per worker process and kept (rebuilt when the
    file changes: a long-lived worker of a shared scheduler sees an edited configuration)."""
    key = (config_path or "", os.stat(config_path).st_mtime_ns if config_path else 0)
    if key not in _PIPELINES:
        from protest_tracker.pipeline.config import default_pipeline

        _PIPELINES[key] = default_pipeline(config_path=config_path)
    return _PIPELINES[key]


def article_to_wire(article: Article) -> dict[str, Any]:
    """The input fields of ``article`` as a plain dict (what crosses to a worker)."""
    return {
        "id": article.id, "text": article.text, "url": article.url, "title": article.title,
        "published": article.published.isoformat() if article.published else None,
        "language": article.language, "outlet": article.outlet, "source_type": article.source_type,
        "fetched_at": article.fetched_at.isoformat() if article.fetched_at else None,
        "content_hash": article.content_hash,
    }


def article_from_wire(data: Mapping[str, Any]) -> Article:
    """The article :func:`article_to_wire` describes (equal to the one sent)."""
    published, fetched = data.get("published"), data.get("fetched_at")
    return Article(
        id=data["id"], text=data["text"], url=data.get("url"), title=data.get("title"),
        published=dt.date.fromisoformat(published) if published else None,
        language=data.get("language"), outlet=data.get("outlet"), source_type=data.get("source_type"),
        fetched_at=dt.datetime.fromisoformat(fetched) if fetched else None,
        content_hash=data.get("content_hash"),
    )


def result_to_wire(article: Article) -> dict[str, Any]:
    """What the store needs of one pipeline result, as a plain exchange-format dict."""
    events = []
    for event in article.events:
        record = event.to_exchange()
        record["confidence"] = event.confidence  # unrounded: the store keeps the exact value
        events.append(record)
    stage_error = article.annotations.get("stage_error")
    return {"id": article.id, "events": events, "dropped": article.dropped, "flags": list(article.flags),
            "stage_error": str(stage_error) if stage_error is not None else None}


def result_from_wire(sent: Article, data: Mapping[str, Any]) -> Article:
    """The pipeline result of ``sent`` rebuilt from :func:`result_to_wire`'s dict."""
    if data["id"] != sent.id:
        raise ValueError(f"result for {data['id']} where {sent.id} was expected")
    annotations = {"stage_error": data["stage_error"]} if data.get("stage_error") is not None else {}
    return replace(sent, events=tuple(EventCandidate.from_exchange(e) for e in data.get("events") or ()),
                   dropped=data.get("dropped"), flags=tuple(data.get("flags") or ()), annotations=annotations)


def extract_batch(records: Sequence[Mapping[str, Any]], *, config_path: str | None = None
                  ) -> tuple[str, list[dict[str, Any]]]:
    """Run on a worker: the pipeline's version and one result dict per article, in order."""
    pipeline = worker_pipeline(config_path)
    articles = (article_from_wire(record) for record in records)
    return pipeline.version_id, [result_to_wire(a) for a in process_articles(articles, pipeline=pipeline)]


def worker_peak_rss_mb() -> float:
    """Run on a worker: its peak resident memory in MB (Linux ``ru_maxrss`` is in KiB)."""
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


@contextmanager
def dask_client(*, workers: int, scheduler_address: str | None = None) -> Iterator[Any]:
    """A ``distributed.Client``: on the scheduler at ``scheduler_address``, else on a
    ``LocalCluster`` of ``workers`` single-threaded worker processes started (and
    stopped) here."""
    from distributed import Client, LocalCluster

    cluster = None
    if scheduler_address:
        client = Client(scheduler_address)
    else:
        cluster = LocalCluster(n_workers=max(workers, 1), threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=40)
        client = Client(cluster)
    try:
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
