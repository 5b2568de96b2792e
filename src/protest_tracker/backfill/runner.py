"""Run the extraction pipeline over many JSONL shards on a Dask cluster.

The driver cuts every input file into blocks of about ``blocksize`` bytes at
line boundaries, remembering the file and the number of each block's first
line. Each Dask task uses the pipeline of its configuration (the same
stages as ``protest-tracker extract``; built once per worker process; nothing but
paths and numbers cross to the workers), reads its block and goes through exactly what ``extract`` does:
:func:`~protest_tracker.pipeline.runner.read_jsonl`'s line parser,
:func:`~protest_tracker.pipeline.runner.article_from_record` and
:func:`~protest_tracker.pipeline.runner.process_articles`. So a line that is not
a JSON object becomes ``{"id": "<file>:line-N", "dropped": "malformed_record",
"error", "source", "line"}`` and an article a stage crashes on comes out
dropped as ``stage_error``: one bad record never kills a partition.

Each task writes its ``part-NNNN.jsonl`` through a temporary file renamed at the
end (no truncated part); the summary is computed from what was written. The
cluster is a ``distributed.LocalCluster`` unless the caller passes the address
of a running scheduler.
"""

from __future__ import annotations

import io
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from protest_tracker.errors import ConfigurationError
from protest_tracker.pipeline.runner import (
    articles_from_lines,
    atomic_output,
    iter_lines,
    output_record,
    process_articles,
)


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


@dataclass(frozen=True, slots=True)
class Block:
    """Bytes ``start:end`` of ``path``, whose first line is line ``first_line`` of the file."""

    index: int
    path: str
    start: int
    end: int
    first_line: int


def _pipeline(config_path: str | None):
    from protest_tracker.backfill.cluster import worker_pipeline

    return worker_pipeline(config_path)  # built once per worker process, not once per block


def extract_partition(lines: Iterable[bytes | str], *, config_path: str | None = None,
                      source: str = "<partition>", first_line: int = 1) -> list[str]:
    """Extract one partition: input JSONL lines → output JSONL lines (one per non-blank input line)."""
    pipeline = _pipeline(config_path)
    articles = articles_from_lines(iter_lines(lines, source=source, first_line=first_line), qualify_ids=True)
    return [json.dumps(output_record(article, pipeline_version=pipeline.version_id), ensure_ascii=False)
            for article in process_articles(articles, pipeline=pipeline)]


def plan_blocks(paths: Sequence[Path], *, blocksize: int | None) -> list[Block]:
    """Cut each file into blocks of at least ``blocksize`` bytes ending on a line end
    (``None``: one block per file); empty files give none."""
    blocks: list[Block] = []
    for path in paths:
        start = position = 0
        first = 1
        with Path(path).open("rb") as handle:
            for number, raw in enumerate(handle, 1):
                position += len(raw)
                if blocksize and position - start >= blocksize:
                    blocks.append(Block(len(blocks), str(path), start, position, first))
                    start, first = position, number + 1
        if position > start:
            blocks.append(Block(len(blocks), str(path), start, position, first))
    return blocks


def extract_block(block: Block, *, output_dir: str, config_path: str | None = None) -> str:
    """Extract one block into ``output_dir/part-NNNN.jsonl`` (atomically); returns that path."""
    with Path(block.path).open("rb") as handle:
        handle.seek(block.start)
        data = handle.read(block.end - block.start)
    lines = extract_partition(io.BytesIO(data), config_path=config_path,  # lines as a file splits them
                              source=block.path, first_line=block.first_line)
    target = Path(output_dir) / f"part-{block.index:04d}.jsonl"
    with atomic_output(target) as out:
        out.writelines(line + "\n" for line in lines)
    return str(target)


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
    from dask.utils import parse_bytes

    from protest_tracker.backfill.cluster import dask_client

    files = [Path(p) for p in inputs]
    missing = [str(f) for f in files if not f.is_file()]
    if not files or missing:
        raise ConfigurationError(f"backfill inputs not found: {', '.join(missing) or '(none given)'}")
    blocks = plan_blocks(files, blocksize=parse_bytes(blocksize) if isinstance(blocksize, str) else blocksize)
    output_dir.mkdir(parents=True, exist_ok=True)
    for old in output_dir.glob("part-*.jsonl"):
        old.unlink()
    if not blocks:
        return _summarise([])
    with dask_client(workers=workers, scheduler_address=scheduler_address) as client:
        bag = db.from_sequence(blocks, npartitions=len(blocks))
        names = client.compute(bag.map(extract_block, output_dir=str(output_dir), config_path=config_path),
                               sync=True)
    return _summarise(sorted(Path(n) for n in names))
