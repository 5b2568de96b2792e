"""Benchmark: `backfill` over N synthetic articles on 1, 2, … Dask workers, against the sequential run.

    .venv/bin/python benchmarks/bench_backfill.py [--articles 3000] [--workers 1,2] [--seed 1]
        [--blocks-per-worker 4] [--no-sequential] [--reference]
    # the issue's full size (a machine with the cores for it; hours on two cores):
    .venv/bin/python benchmarks/bench_backfill.py --articles 1000000 --workers 1,2,8 --no-sequential

The articles come from :mod:`protest_tracker.samples.synthetic` (the sample corpus rewritten:
other towns, shifted dates, scaled numbers, shuffled sentences), streamed to one JSONL file.
The sequential run is `protest-tracker extract` over that file in this process; each Dask run
is :func:`protest_tracker.backfill.run_backfill` on a fresh ``LocalCluster`` of single-threaded
worker processes, the file cut into ``workers × blocks-per-worker`` blocks. Reported per run:
wall time (cluster start-up excluded and given apart), articles/s, scaling efficiency against
one worker ((rate_n / rate_1) / n), articles per CPU-second of the workers and the CPU
efficiency (that rate at n workers / at one: the parallel overhead, which a machine shared with
other jobs cannot distort; wall-clock efficiency equals it when every worker has its own core), the peak RSS of each worker process, and the SHA-256 of the
output records in input order, which must equal the sequential run's.
``--reference`` adds the comparison of bench_extract.py: a natasha NER pass over a sample of the
same articles in a child process (articles/s/core and peak memory, ours / natasha).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))


def _cpu_seconds() -> float:
    """User + system CPU seconds of this process (run on each worker, too)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _digest(paths: list[Path]) -> tuple[str, int]:
    """SHA-256 of the output records (parsed, keys sorted) in file order; and their number."""
    digest, count = hashlib.sha256(), 0
    for path in paths:
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    digest.update(json.dumps(json.loads(line), sort_keys=True, ensure_ascii=False).encode())
                    count += 1
    return digest.hexdigest(), count


def sequential(path: Path, out: Path) -> dict:
    from protest_tracker.cli.extract import run_extract

    cpu0, start = _cpu_seconds(), time.perf_counter()
    run_extract(input_path=path, output_path=out, show_progress=False)
    wall = time.perf_counter() - start
    digest, count = _digest([out])
    return {"name": "sequential (extract)", "wall": wall, "cpu": _cpu_seconds() - cpu0, "sha": digest,
            "articles": count, "rss": [resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0]}


def dask_run(path: Path, out: Path, *, workers: int, blocks_per_worker: int) -> dict:
    from distributed import Client, LocalCluster

    from protest_tracker.backfill import run_backfill
    from protest_tracker.backfill.cluster import worker_peak_rss_mb

    blocksize = max(path.stat().st_size // (workers * blocks_per_worker), 1)
    start = time.perf_counter()
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                      silence_logs=40) as cluster, Client(cluster) as client:
        started = time.perf_counter() - start
        cpu0 = sum(client.run(_cpu_seconds).values())
        begin = time.perf_counter()
        summary = run_backfill([path], output_dir=out, scheduler_address=cluster.scheduler_address,
                               blocksize=blocksize)
        wall = time.perf_counter() - begin
        rss = sorted(client.run(worker_peak_rss_mb).values())
        cpu = sum(client.run(_cpu_seconds).values()) - cpu0
    digest, count = _digest(summary.outputs)
    return {"name": f"dask, {workers} worker(s)", "workers": workers, "wall": wall, "startup": started,
            "sha": digest, "articles": count, "rss": rss, "partitions": summary.partitions, "cpu": cpu}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--workers", default="1,2", help="comma-separated worker counts (default 1,2)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--blocks-per-worker", type=int, default=4)
    parser.add_argument("--no-sequential", action="store_true", help="skip the in-process run (1M articles)")
    parser.add_argument("--reference", action="store_true", help="add the natasha comparison of bench_extract")
    args = parser.parse_args(argv)
    from protest_tracker.samples.synthetic import write_synthetic

    work = Path(tempfile.mkdtemp(prefix="bench-backfill-"))
    source = work / "articles.jsonl"
    start = time.perf_counter()
    size = write_synthetic(source, count=args.articles, seed=args.seed)
    print(f"{args.articles} synthetic articles, {size / 1e6:.1f} MB, written in {time.perf_counter() - start:.1f} s; "
          f"{os.cpu_count()} CPU(s), load average {os.getloadavg()[0]:.1f}")
    runs = [] if args.no_sequential else [sequential(source, work / "sequential.jsonl")]
    for workers in (int(w) for w in args.workers.split(",")):
        runs.append(dask_run(source, work / f"out-{workers}", workers=workers,
                             blocks_per_worker=args.blocks_per_worker))
    one = next((r for r in runs if r.get("workers") == 1), None)
    print(f"{'run':22s} {'wall s':>8s} {'articles/s':>11s} {'efficiency':>11s} {'a/CPU-s':>8s} {'CPU eff.':>9s} "
          f"{'start s':>8s}  "
          f"{'peak RSS per worker MB':24s} output sha256")
    for run in runs:
        rate = run["articles"] / run["wall"]
        efficiency = cpu_efficiency = ""
        if one and run.get("workers"):
            efficiency = f"{rate / (one['articles'] / one['wall']) / run['workers']:.0%}"
            cpu_efficiency = f"{(run['articles'] / run['cpu']) / (one['articles'] / one['cpu']):.0%}"
        rss = ", ".join(f"{r:.0f}" for r in run["rss"])
        print(f"{run['name']:22s} {run['wall']:8.1f} {rate:11.1f} {efficiency:>11s} "
              f"{run['articles'] / run['cpu']:8.1f} {cpu_efficiency:>9s} "
              f"{run.get('startup', 0):8.1f}  {rss:24s} {run['sha'][:16]}")
    same = len({r["sha"] for r in runs}) == 1 and len({r["articles"] for r in runs}) == 1
    print("outputs identical to " + ("the sequential run" if not args.no_sequential else "each other")
          + f": {'yes' if same else 'NO'}")
    if args.reference:
        from bench_extract import _measure, _natasha_side, _pipeline_side

        sample = [json.loads(line) for line, _ in zip(source.open(encoding="utf-8"), range(300), strict=False)]
        ours, ref = _measure(_pipeline_side, sample, 1), _measure(_natasha_side, sample, 1)
        print(f"reference (300 of these articles, one core each): pipeline {ours['articles'] / ours['cpu']:.1f} "
              f"articles/s/core, {ours['rss']:.0f} MB; natasha NER {ref['articles'] / ref['cpu']:.1f} "
              f"articles/s/core, {ref['rss']:.0f} MB; speed x{(ours['articles'] / ours['cpu']) / (ref['articles'] / ref['cpu']):.2f}, "
              f"memory x{ours['rss'] / ref['rss']:.2f}")
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
