"""Benchmark: `process` (extract, link, regroup campaigns) over N invented articles in a fresh database.

    .venv/bin/python benchmarks/bench_process.py [--articles 5000] [--seed 7] [--keep]
        [--database sqlite | postgres://postgres@127.0.0.1:5432/postgres]

The articles come from ``tests/article_generator.py`` (invented Russian and English reports
in the gazetteer's towns, 2019-2024, some reported twice, a tenth about no protest). The
benchmark makes a new database (a temporary SQLite file, or a throwaway database on the given
PostgreSQL server, dropped afterwards unless ``--keep``), stores the articles, then times one
``process_pending`` call with the default pipeline and the campaign regrouping that follows it,
as ``protest-tracker process`` runs them.
Prints articles/s of wall time, the time of the campaign regrouping, the CPU seconds of this
process (the database server's are not included; on a loaded machine the CPU time is the steadier
figure), what the run did and the peak RSS.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def _postgres_database(server_url: str) -> tuple[str, str]:
    """A new empty database on the server of ``server_url``: (its URL, its name)."""
    import psycopg

    name = f"bench_process_{os.getpid()}"
    parts = urlsplit(server_url.replace("postgres://", "postgresql://", 1))
    with psycopg.connect(server_url.replace("postgres://", "postgresql://", 1), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return urlunsplit(parts._replace(path=f"/{name}")), name


def setup_django(*, database: str, home: str) -> str:
    """Point Django at a fresh store (``sqlite`` in ``home``, else a new database on that PostgreSQL
    server) and set it up; the new PostgreSQL database's name, or ``""``."""
    pg_name = ""
    if database == "sqlite":
        os.environ["DATABASE_URL"] = f"sqlite:///{home}/bench.db"
    else:
        os.environ["DATABASE_URL"], pg_name = _postgres_database(database)
    os.environ["DJANGO_SETTINGS_MODULE"] = "protest_tracker.settings"
    import django

    django.setup()
    return pg_name


def _drop_postgres(server_url: str, name: str) -> None:
    import psycopg
    from django.db import connections

    connections.close_all()
    with psycopg.connect(server_url.replace("postgres://", "postgresql://", 1), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')


def run(*, articles: int, seed: int, database: str, keep: bool = False) -> dict:
    """Store ``articles`` generated articles in a fresh database and time ``process_pending``;
    ``keep`` leaves the store in place (its ``DATABASE_URL`` is in the result) instead of dropping it."""
    home = tempfile.mkdtemp(prefix="bench-process-")
    os.environ.setdefault("PROTEST_TRACKER_HOME", home)
    pg_name = setup_django(database=database, home=home)
    from django.core.management import call_command

    from article_generator import generate_articles
    from protest_tracker.pipeline.config import default_pipeline
    from protest_tracker.pipeline.runner import article_from_record
    from protest_tracker.store.articles import save_article
    from protest_tracker.store.campaign_sync import recompute_campaigns
    from protest_tracker.store.processing import process_pending

    try:
        call_command("migrate", verbosity=0)
        started = time.perf_counter()
        for record in generate_articles(articles, seed=seed):
            save_article(article_from_record(record), origin="file")
        stored = time.perf_counter() - started
        pipeline = default_pipeline()
        started, cpu = time.perf_counter(), time.process_time()
        summary = process_pending(pipeline=pipeline, campaigns=False)  # extract + link
        linked = time.perf_counter()
        regrouped = recompute_campaigns()  # what `process` does last
        elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
        summary.campaigns, summary.campaign_moves_flagged = regrouped.campaigns, regrouped.flagged_events
    finally:
        if pg_name and not keep:
            _drop_postgres(database, pg_name)
    return {"backend": "sqlite" if database == "sqlite" else "postgresql", "articles": articles,
            "database_url": os.environ["DATABASE_URL"] if keep else "",
            "store_s": stored, "process_s": elapsed, "campaigns_s": elapsed - (linked - started),
            "articles_per_s": articles / elapsed, "cpu_s": cpu, "peak_rss_mb": _peak_rss_mb(), "summary": summary.as_dict()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--database", default="sqlite",
                        help="'sqlite' (a temporary file) or a PostgreSQL server URL (a throwaway database)")
    parser.add_argument("--keep", action="store_true",
                        help="keep the store afterwards and print its DATABASE_URL (e.g. for the backup drill)")
    args = parser.parse_args()
    result = run(articles=args.articles, seed=args.seed, database=args.database, keep=args.keep)
    print(f"{result['backend']}: {result['articles']} articles stored in {result['store_s']:.1f} s; "
          f"process {result['process_s']:.1f} s = {result['articles_per_s']:.0f} articles/s "
          f"(campaign regrouping {result['campaigns_s']:.1f} s); {result['cpu_s']:.1f} CPU-s in this process; "
          f"peak RSS {result['peak_rss_mb']:.0f} MB")
    print(", ".join(f"{k.replace('_', ' ')} {v}" for k, v in result["summary"].items()))
    if result["database_url"]:
        print(f"kept the store: DATABASE_URL={result['database_url']}")


if __name__ == "__main__":
    main()
