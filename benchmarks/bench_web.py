"""Page and API timings over 100k synthetic events (p50 / p95), in a separate SQLite file.

    .venv/bin/python benchmarks/bench_web.py [--events 100000] [--repeat 20] [--keep DIR]

Generates events (each with one report) into a fresh database under a temporary folder, then
times the dashboard, the event list (HTML and JSON), the map data, a campaign page and the API
events endpoint with filters, cursor pages and ``updated_since`` through Django's test client
(in-process: no network in the figures). Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

CITIES = [  # (country, region, city, lat, lon)
    ("KZ", "Almaty", "Almaty", 43.2567, 76.9286), ("KZ", "Astana", "Astana", 51.1605, 71.4704),
    ("KZ", "Mangystau", "Zhanaozen", 43.3412, 52.8619), ("KZ", "Mangystau", "Aktau", 43.6481, 51.1722),
    ("KZ", "Atyrau", "Atyrau", 47.1164, 51.8833), ("KZ", "Shymkent", "Shymkent", 42.3, 69.6),
    ("KG", "Bishkek", "Bishkek", 42.87, 74.59), ("KG", "Osh", "Osh", 40.5283, 72.7985),
    ("TJ", "Gorno-Badakhshan", "Khorog", 37.4897, 71.5531), ("TJ", "Dushanbe", "Dushanbe", 38.5598, 68.787),
    ("UZ", "Karakalpakstan", "Nukus", 42.4531, 59.6103), ("UZ", "Tashkent", "Tashkent", 41.2995, 69.2401),
    ("TM", "Ashgabat", "Ashgabat", 37.95, 58.3833),
]


def _setup(folder: Path) -> None:
    os.environ["PROTEST_TRACKER_HOME"] = str(folder)
    os.environ["DATABASE_URL"] = f"sqlite:///{folder / 'bench.db'}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "protest_tracker.settings")
    import django

    django.setup()
    from protest_tracker.store.setup import migrate

    migrate()


def generate(count: int, *, seed: int = 7) -> str:
    """``count`` published events (one report each) and one 500-event campaign; returns its id."""
    from django.db import transaction
    from django.utils import timezone

    from protest_tracker import codebook
    from protest_tracker.store.models import Article, Campaign, Event, EventReport

    rng = random.Random(seed)
    campaign = Campaign.objects.create(public_id="CMP-KZ-00001", name="Consulate pickets", status="confirmed")
    start = dt.date(2018, 1, 1)
    now = timezone.now()
    batch = 5000
    for offset in range(0, count, batch):
        events, articles = [], []
        for i in range(offset, min(offset + batch, count)):
            country, region, city, lat, lon = rng.choice(CITIES)
            date = start + dt.timedelta(days=rng.randrange(0, 8 * 365))
            in_campaign = i < 500
            events.append(Event(
                public_id=f"{country}-{date.year}-{i + 1:06d}", date=date, country=country, region=region, city=city,
                latitude=lat, longitude=lon, geo_precision=1, status="published",
                event_type="picket" if in_campaign else rng.choice(codebook.EVENT_TYPES.codes),
                grievance_categories=rng.sample(codebook.GRIEVANCES.codes, rng.randint(1, 2)),
                state_response=rng.sample(codebook.STATE_RESPONSES.codes, rng.randint(1, 2)),
                participant_groups=rng.sample(codebook.PARTICIPANT_GROUPS.codes, 1),
                target_categories=rng.sample(codebook.TARGETS.codes, 1),
                size_min=rng.choice([None, 1, 5, 12, 40, 150, 2000]), participants="synthetic participants",
                campaign=campaign if in_campaign else None))
            articles.append(Article(id=f"bench{i:027d}", url=f"https://example.org/{i}", outlet=f"Outlet {i % 40}",
                                    title=f"Report {i}", published=date, content_hash=str(i), fetched_at=now))
        with transaction.atomic():
            created = Event.objects.bulk_create(events)
            Article.objects.bulk_create(articles)
            EventReport.objects.bulk_create([EventReport(event=e, article=a, extracted={}, evidence=[])
                                             for e, a in zip(created, articles, strict=True)])
        print(f"  generated {min(offset + batch, count):,} events", file=sys.stderr)
    return campaign.public_id


def timings(client, url: str, repeat: int, *, cold: bool = False) -> tuple[float, float, int]:
    """p50 and p95 in milliseconds (after one warm-up request) and the response size.

    ``cold`` empties the dashboard's aggregate cache before every request.
    """
    from django.core.cache import cache

    response = client.get(url)
    if response.status_code != 200:
        raise SystemExit(f"{url}: HTTP {response.status_code}")
    samples = []
    for _ in range(repeat):
        if cold:
            cache.clear()
        began = time.perf_counter()
        response = client.get(url)
        body = b"".join(response.streaming_content) if response.streaming else response.content
        samples.append((time.perf_counter() - began) * 1000)
    samples.sort()
    return statistics.median(samples), samples[min(len(samples) - 1, int(0.95 * len(samples)))], len(body)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--keep", type=Path, help="use (and keep) this folder instead of a temporary one")
    args = parser.parse_args(argv)
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench-web-"))
    folder.mkdir(parents=True, exist_ok=True)
    fresh = not (folder / "bench.db").exists()
    _setup(folder)
    from django.test import Client

    from protest_tracker.store.models import Event

    if fresh:
        began = time.perf_counter()
        campaign = generate(args.events)
        print(f"generated {args.events:,} events in {time.perf_counter() - began:.0f} s", file=sys.stderr)
    else:
        campaign = "CMP-KZ-00001"
    client = Client()
    cursor = client.get("/api/v1/events?limit=100").json()["next_cursor"]
    since = Event.objects.order_by("-updated_at").values_list("updated_at", flat=True)[2000].isoformat()
    urls = [
        ("Dashboard, cold cache", "/", True),
        ("Dashboard, cached aggregates", "/", False),
        ("Dashboard, filtered, cold cache", "/?country=KZ&type=picket&response=detention&stack=grievance", True),
        ("Map data, cold cache", "/map.geojson?colour=response", True),
        ("Event list (HTML), page 200", "/events?page=200"),
        ("Event list JSON, filtered", "/events.json?country=KG&grievance=labour&from=2020-01-01"),
        ("Map data, cached", "/map.geojson?colour=response"),
        ("Campaign page (500 events)", f"/campaigns/{campaign}"),
        ("API events, first page (100)", "/api/v1/events?limit=100"),
        ("API events, filters", "/api/v1/events?country=KZ&type=strike&grievance=labour&limit=100"),
        ("API events, next page (cursor)", f"/api/v1/events?limit=100&cursor={cursor}"),
        ("API events, updated_since", f"/api/v1/events?limit=100&updated_since={since.replace('+', '%2B')}"),
        ("API deletions", "/api/v1/deletions?since=2024-01-01"),
    ]
    print(f"\n{Event.objects.count():,} events, SQLite (WAL), {args.repeat} requests each\n")
    print("| request | p50 ms | p95 ms | bytes |\n|---|---:|---:|---:|")
    for label, url, *cold in urls:
        p50, p95, size = timings(client, url, args.repeat, cold=bool(cold and cold[0]))
        print(f"| {label} | {p50:.0f} | {p95:.0f} | {size:,} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
