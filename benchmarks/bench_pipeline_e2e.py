"""Benchmark: ingest files → process → auto-publish, end to end, in articles/s into SQLite and PostgreSQL.

    .venv/bin/python benchmarks/bench_pipeline_e2e.py [--articles 1000] [--workers 0] [--seed 1]
        [--backends sqlite,postgres://postgres@127.0.0.1:5432/postgres] [--reference]

For each backend a child process makes a fresh database (a temporary SQLite file in WAL mode, or
a throwaway database on the PostgreSQL server, dropped afterwards), then runs what an
unattended deployment runs, each step timed: ``ingest files`` of one JSONL file of synthetic
articles (:mod:`protest_tracker.samples.synthetic`), ``process`` (extraction, in this process
or on ``--workers`` Dask workers, linking, campaign regrouping, same-occasion merging) and the
auto-publish policy (``PROTEST_TRACKER_AUTO_PUBLISH=1``). Reported: articles/s per step and end
to end, CPU milliseconds per article of the process step (this process; without Dask workers),
events stored and published, the database's size and the parent's peak RSS. ``--reference``
prints the extraction-only rate (bench_extract's pipeline side, one core) over the same
articles, so the cost of the database steps can be read off.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))


def _database_mb(database: str, home: str) -> float:
    """The database's size on disk in MB (SQLite: the file and its WAL; PostgreSQL: pg_database_size)."""
    from django.db import connection

    if database == "sqlite":
        connection.close()  # checkpoints the WAL into the file
        return sum(f.stat().st_size for f in Path(home).glob("bench.db*")) / 1e6
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_database_size(current_database())")
        return cursor.fetchone()[0] / 1e6


def run_backend(*, source: Path, database: str, workers: int) -> dict:
    """One end-to-end run in this process (Django is set up here, for ``database``)."""
    from bench_process import _drop_postgres, setup_django

    home = tempfile.mkdtemp(prefix="bench-e2e-")
    os.environ["PROTEST_TRACKER_HOME"] = home
    os.environ["PROTEST_TRACKER_AUTO_PUBLISH"] = "1"
    pg_name = setup_django(database=database, home=home)
    from django.core.management import call_command

    from protest_tracker.pipeline.config import default_pipeline
    from protest_tracker.review.services.duplicates import merge_same_occasion
    from protest_tracker.store.models import Event
    from protest_tracker.store.parallel import process_pending_parallel
    from protest_tracker.store.processing import process_pending
    from protest_tracker.store.sink import ingest_paths
    from protest_tracker.web.publishing import AutoPublishPolicy, auto_publish

    times: dict[str, float] = {}
    try:
        call_command("migrate", verbosity=0)
        start = time.perf_counter()
        ingested = ingest_paths([source], origin="file")
        times["ingest"] = time.perf_counter() - start
        start, cpu0 = time.perf_counter(), time.process_time()
        if workers > 1:
            summary = process_pending_parallel(workers=workers)
        else:
            summary = process_pending(pipeline=default_pipeline())
        merge_same_occasion()
        times["process"] = time.perf_counter() - start
        process_cpu = time.process_time() - cpu0  # this process only (not Dask workers)
        policy = AutoPublishPolicy.from_settings()
        assert policy.enabled, "PROTEST_TRACKER_AUTO_PUBLISH=1 did not enable the policy"
        start = time.perf_counter()
        published = auto_publish(policy)
        times["publish"] = time.perf_counter() - start
        events = Event.objects.count()
        size_mb = _database_mb(database, home)
    finally:
        if pg_name:
            _drop_postgres(database, pg_name)
    return {"backend": "sqlite" if database == "sqlite" else "postgresql", "times": times,
            "ingested": str(getattr(ingested, "describe", lambda: ingested)()), "articles": summary.articles,
            "events": events, "published": published, "db_mb": size_mb, "process_cpu": process_cpu, "peak_rss_mb":
            resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=0, help="Dask workers for extraction (0: in-process)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--backends", default="sqlite,postgres://postgres@127.0.0.1:5432/postgres")
    parser.add_argument("--reference", action="store_true", help="also time extraction alone (one core)")
    parser.add_argument("--child", default="", help=argparse.SUPPRESS)
    parser.add_argument("--source", type=Path, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(run_backend(source=args.source, database=args.child, workers=args.workers)))
        return 0
    from protest_tracker.samples.synthetic import write_synthetic

    source = Path(tempfile.mkdtemp(prefix="bench-e2e-")) / "articles.jsonl"
    size = write_synthetic(source, count=args.articles, seed=args.seed)
    print(f"{args.articles} synthetic articles ({size / 1e6:.1f} MB), extraction "
          f"{'in-process' if args.workers < 2 else f'on {args.workers} Dask workers'}; {os.cpu_count()} CPU(s), "
          f"load average {os.getloadavg()[0]:.1f}")
    print(f"{'backend':11s} {'ingest a/s':>11s} {'process a/s':>12s} {'CPU ms/a':>9s} {'publish s':>10s} {'end-to-end a/s':>15s} "
          f"{'events':>7s} {'published':>10s} {'DB MB':>6s} {'peak RSS MB':>12s}")
    for database in args.backends.split(","):
        child = subprocess.run([sys.executable, __file__, "--child", database, "--source", str(source),
                                "--workers", str(args.workers)], capture_output=True, text=True, check=False)
        if child.returncode != 0:
            print(f"{database}: failed\n{child.stderr[-2000:]}", file=sys.stderr)
            return 1
        r = json.loads(child.stdout.strip().splitlines()[-1])
        t, n = r["times"], args.articles
        print(f"{r['backend']:11s} {n / t['ingest']:11.1f} {n / t['process']:12.1f} {1000 * r['process_cpu'] / n:9.1f} {t['publish']:10.2f} "
              f"{n / sum(t.values()):15.1f} {r['events']:7d} {r['published']:10d} {r['db_mb']:6.1f} {r['peak_rss_mb']:12.0f}")
    if args.reference:
        from bench_extract import _measure, _pipeline_side

        records = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines()]
        ours = _measure(_pipeline_side, records, 1)
        print(f"reference: extraction alone {ours['articles'] / ours['wall']:.1f} articles/s "
              f"({ours['articles'] / ours['cpu']:.1f} articles/s/core), peak RSS {ours['rss']:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
