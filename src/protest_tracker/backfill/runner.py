"""Run the extraction pipeline over many JSONL shards on a Dask cluster.

Each partition rebuilds the pipeline from its configuration (the same stages
as ``protest-tracker extract``; nothing but a file path crosses to the
workers) and turns input lines into output lines of the exchange format. A
line that is not JSON becomes an output record with ``dropped: "malformed_json"``
so nothing is silently lost. Outputs are written as ``part-NNNN.jsonl`` files;
the summary is computed from what was written.

The cluster is a ``distributed.LocalCluster`` unless the caller passes the
address of a running scheduler.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from protest_tracker.errors import ConfigurationError
from protest_tracker.model import Article


@dataclass
class BackfillSummary:
    """What a backfill read and wrote."""

    articles: int = 0
    with_events: int = 0
    events: int = 0
    dropped: Counter = field(default_factory=Counter)
    partitions: int = 0
    outputs: list[Path] = field(default_factory=list)

    def describe(self) -> str:
        dropped = ", ".join(f"{k} {v}" for k, v in self.dropped.most_common()) or "none"
        return (f"{self.articles} articles in {self.partitions} partitions: {self.with_events} with events, "
                f"{self.events} events; dropped: {dropped}")


def extract_partition(lines: Iterable[str], *, config_path: str | None = None) -> list[str]:
    """Extract one partition: input JSONL lines → output JSONL lines (one per non-blank input line)."""
    from protest_tracker.pipeline.config import default_pipeline

    pipeline = default_pipeline(config_path=config_path)
    out: list[str] = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise ValueError("not a JSON object")
        except ValueError as exc:
            out.append(json.dumps({"id": f"malformed-line-{number}", "events": [], "dropped": "malformed_json",
                                   "error": str(exc)[:200]}, ensure_ascii=False))
            continue
        article = pipeline.run(Article.from_input_record(record))
        out.append(json.dumps(article.to_output_record(), ensure_ascii=False))
    return out


def _summarise(paths: Sequence[Path]) -> BackfillSummary:
    summary = BackfillSummary(outputs=list(paths), partitions=len(paths))
    for path in paths:
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                if not line.strip():
                    continue
                record = json.loads(line)
                summary.articles += 1
                events = record.get("events") or []
                summary.events += len(events)
                summary.with_events += bool(events)
                if record.get("dropped"):
                    summary.dropped[record["dropped"]] += 1
    return summary


def run_backfill(
    inputs: Sequence[Path],
    *,
    output_dir: Path,
    workers: int = 2,
    config_path: str | None = None,
    scheduler_address: str | None = None,
    blocksize: str | int | None = "8MiB",
) -> BackfillSummary:
    """Extract every article in ``inputs`` (JSONL files) into ``output_dir/part-*.jsonl``.

    Starts a ``LocalCluster`` with ``workers`` single-threaded worker processes
    unless ``scheduler_address`` points at a running Dask scheduler.
    """
    import dask.bag as db
    from distributed import Client, LocalCluster

    files = [str(Path(p)) for p in inputs]
    missing = [f for f in files if not Path(f).is_file()]
    if not files or missing:
        raise ConfigurationError(f"backfill inputs not found: {', '.join(missing) or '(none given)'}")
    output_dir.mkdir(parents=True, exist_ok=True)
    for old in output_dir.glob("part-*.jsonl"):
        old.unlink()
    cluster = None
    if scheduler_address:
        client = Client(scheduler_address)
    else:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=40)
        client = Client(cluster)
    try:
        bag = db.read_text(files, blocksize=blocksize, encoding="utf-8", linedelimiter="\n")
        results = bag.map_partitions(extract_partition, config_path=config_path)
        names = results.to_textfiles(str(output_dir / "part-*.jsonl"), name_function=lambda i: f"{i:04d}",
                                     encoding="utf-8", last_endline=True)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return _summarise(sorted(Path(n) for n in names))
