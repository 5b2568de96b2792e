"""Page and API timings on a cold cache over synthetic events (p50 / p95), SQLite or PostgreSQL.

    .venv/bin/python benchmarks/bench_web.py [--events 100000] [--backend sqlite|postgres] [--repeat 20]
        [--keep DIR] [--save RUN.json] [--reference RUN.json]

Generates events (see bench_web_data.py: five countries, skewed cities and dates, campaigns,
several reports per event, deletions) into a fresh database: a SQLite file under a temporary
folder (``--keep DIR`` keeps and reuses it), or the PostgreSQL database
``protest_tracker_bench_<N>`` (``$PROTEST_TRACKER_BENCH_POSTGRES``, default the local server;
reused when it exists). Then times every page and API call through Django's test client
(in-process: no network in the figures) with the app's cache cleared before each request, and
reports the web process's resident memory. ``--save`` writes the run as JSON; ``--reference``
prints it side by side with an earlier run.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
PG_SERVER = os.environ.get("PROTEST_TRACKER_BENCH_POSTGRES", "postgres://postgres@127.0.0.1:5432")


def _postgres_database(name: str) -> bool:
    """Create database ``name`` unless it exists; returns whether it was created."""
    import psycopg

    with psycopg.connect(f"{PG_SERVER}/postgres", autocommit=True) as connection:
        if connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            return False
        connection.execute(f'CREATE DATABASE "{name}"')
        return True


def _setup(args: argparse.Namespace) -> tuple[bool, str]:
    """Point Django at the benchmark database and migrate it; returns (fresh, description)."""
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench-web-"))
    folder.mkdir(parents=True, exist_ok=True)
    os.environ["PROTEST_TRACKER_HOME"] = str(folder)
    if args.backend == "postgres":
        name = f"protest_tracker_bench_{args.events}"
        fresh = _postgres_database(name)
        os.environ["DATABASE_URL"] = f"{PG_SERVER}/{name}"
        where = f"PostgreSQL database {name}"
    else:
        fresh = not (folder / "bench.db").exists()
        os.environ["DATABASE_URL"] = f"sqlite:///{folder / 'bench.db'}"
        where = "SQLite (WAL)"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "protest_tracker.settings")
    import django

    django.setup()
    from protest_tracker.store.setup import migrate

    migrate()
    return fresh, where


def rss_mb() -> float:
    """Resident memory of this (the web) process now, in MiB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def timings(client, url: str, repeat: int, *, cold: bool | str = True) -> tuple[float, float, float, float, int]:
    """p50 and p95 in milliseconds (after one warm-up request), the median CPU time of this
    process per request (the whole of it on SQLite; without the server's on PostgreSQL: on a busy
    machine it shows what waiting for a core hides), the median time spent in ``cursor.execute`` (on
    PostgreSQL the server's whole answer; SQLite computes rows while they are fetched, so less) and the
    response size.

    ``cold`` empties the app's cache (dashboard aggregates, facet choices, map points) before every request;
    ``"traction"`` also drops the campaigns' stored traction (what the first read after a change costs).
    """
    from django.core.cache import cache

    response = client.get(url)
    if response.status_code != 200:
        raise SystemExit(f"{url}: HTTP {response.status_code}")
    from django.db import connection

    samples, cpu, sql = [], [], []
    spent = [0.0]

    def timed(execute, *args):
        began = time.perf_counter()
        try:
            return execute(*args)
        finally:
            spent[0] += time.perf_counter() - began

    for _ in range(repeat):
        if cold:
            cache.clear()
        if cold == "traction":
            from protest_tracker.web.summary_models import CampaignTraction

            CampaignTraction.objects.all().delete()
        began, began_cpu, spent[0] = time.perf_counter(), time.process_time(), 0.0
        with connection.execute_wrapper(timed):
            response = client.get(url)
            body = b"".join(response.streaming_content) if response.streaming else response.content
        samples.append((time.perf_counter() - began) * 1000)
        cpu.append((time.process_time() - began_cpu) * 1000)
        sql.append(spent[0] * 1000)
    samples.sort()
    p95 = samples[min(len(samples) - 1, int(0.95 * len(samples)))]
    return statistics.median(samples), p95, statistics.median(cpu), statistics.median(sql), len(body)


def requests_to_time(client) -> list[tuple[str, str, bool | str]]:
    """(label, URL, cold) of every page and API call timed."""
    from bench_web_data import BIG_CAMPAIGN

    from protest_tracker.store.models import Event
    from protest_tracker.web.access import published_events

    cursor = client.get("/api/v1/events?limit=100").json()["next_cursor"]
    since = Event.objects.order_by("-updated_at").values_list("updated_at", flat=True)[2000].isoformat()
    dated = published_events().filter(date__isnull=False).order_by("-date", "-id")
    deep = dated[min(10_000, dated.count() - 1)]
    try:
        from protest_tracker.web import keyset

        deep_url = f"/events?after={keyset.encode((deep.date, deep.pk))}"
    except ImportError:  # a checkout from before keyset pages (a reference run): the same depth by page number
        deep_url = f"/events?page={10_000 // 50 + 1}"
    event = published_events().filter(campaign__public_id=BIG_CAMPAIGN).order_by("id").first().public_id
    return [
        ("Dashboard", "/", True),
        ("Dashboard, aggregates cached", "/", False),
        ("Dashboard, filtered", "/?country=KZ&type=picket&response=detention&stack=grievance", True),
        ("Dashboard, date range + region", "/?admin1=Mangystau&from=2011-01-01&to=2012-12-31&stack=type", True),
        ("Dashboard, target filter (was the live fallback)", "/?country=KG&target=local_government", True),
        ("Map data", "/map.geojson?colour=response", True),
        ("Map data, filtered", "/map.geojson?country=UZ&grievance=labour", True),
        ("Event list (HTML), first page", "/events", True),
        ("Event list (HTML), 10,000 rows deep", deep_url, True),
        ("Event list JSON, filtered", "/events.json?country=KG&grievance=labour&from=2020-01-01", True),
        ("Campaign list", "/campaigns", True),
        ("Campaign page (500 events)", f"/campaigns/{BIG_CAMPAIGN}", True),
        ("Campaign page, traction recomputed", f"/campaigns/{BIG_CAMPAIGN}", "traction"),
        ("Event page", f"/events/{event}", True),
        ("API events, first page (100)", "/api/v1/events?limit=100", True),
        ("API events, filters", "/api/v1/events?country=KZ&type=strike&grievance=labour&limit=100", True),
        ("API events, next page (cursor)", f"/api/v1/events?limit=100&cursor={cursor}", True),
        ("API events, updated_since", f"/api/v1/events?limit=100&updated_since={since.replace('+', '%2B')}", True),
        ("API deletions", "/api/v1/deletions?since=2024-01-01", True),
        ("API campaigns", "/api/v1/campaigns", True),
        ("API campaign", f"/api/v1/campaigns/{BIG_CAMPAIGN}", True),
        ("API sources", "/api/v1/sources", True),
    ]


def print_table(run: dict, reference: dict | None) -> None:
    ref = {row["request"]: row for row in (reference or {}).get("rows", [])}
    head = "| request | p50 ms | p95 ms | CPU ms | SQL ms | bytes |"
    if reference:
        head += f" reference p95 ms ({reference['events']:,}, {reference['backend']}) | ratio |"
    print(head + "\n|---|---:|---:|---:|---:|---:|" + ("---:|---:|" if reference else ""))
    for row in run["rows"]:
        line = (f"| {row['request']} | {row['p50']:.0f} | {row['p95']:.0f} | {row['cpu']:.0f} | {row.get('sql', 0):.0f} "
                f"| {row['bytes']:,} |")
        if reference:
            old = ref.get(row["request"])
            line += f" {old['p95']:.0f} | x{row['p95'] / max(old['p95'], 0.1):.2f} |" if old else " – | – |"
        print(line)
    print(f"\nload average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"web process RSS: {run['rss_before_mb']:.0f} MiB after setup, {run['rss_after_mb']:.0f} MiB after "
          f"the requests" + (f" (reference: {reference['rss_after_mb']:.0f} MiB)" if reference else ""))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--backend", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--keep", type=Path, help="SQLite: use (and keep) this folder instead of a temporary one")
    parser.add_argument("--base", type=int, default=100_000,
                        help="PostgreSQL: events generated in Python; beyond them copies are made in SQL")
    parser.add_argument("--save", type=Path, help="write this run as JSON")
    parser.add_argument("--reference", type=Path, help="a run saved with --save, printed side by side")
    args = parser.parse_args(argv)
    fresh, where = _setup(args)
    from bench_web_data import generate, replicate_postgres
    from django.db import connection
    from django.test import Client

    from protest_tracker.store.models import Event, EventReport

    if fresh:
        began = time.perf_counter()
        copied = args.backend == "postgres" and args.events > args.base
        generate(args.base if copied else args.events)
        if copied:
            replicate_postgres(args.events)
        print(f"generated {args.events:,} events in {time.perf_counter() - began:.0f} s", file=sys.stderr)
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("VACUUM ANALYZE")
    client = Client()
    urls = requests_to_time(client)
    rss_before = rss_mb()
    counts = {"events": Event.objects.count(), "reports": EventReport.objects.count()}
    print(f"\n{counts['events']:,} events ({counts['reports']:,} reports), {where}, {args.repeat} requests each, "
          f"cache cleared before each request unless marked cached\n")
    rows = []
    for label, url, cold in urls:
        p50, p95, cpu, sql, size = timings(client, url, args.repeat, cold=cold)
        rows.append({"request": label, "url": url, "p50": round(p50, 1), "p95": round(p95, 1), "cpu": round(cpu, 1),
                     "sql": round(sql, 1),
                     "bytes": size})
        print(f"  {label}: p95 {p95:.0f} ms", file=sys.stderr)
    run = {"events": args.events, "backend": args.backend, "repeat": args.repeat, **counts, "rows": rows,
           "rss_before_mb": round(rss_before, 1), "rss_after_mb": round(rss_mb(), 1)}
    reference = json.loads(args.reference.read_text()) if args.reference else None
    print_table(run, reference)
    if args.save:
        args.save.write_text(json.dumps(run, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
