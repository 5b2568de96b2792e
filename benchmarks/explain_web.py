"""Query plans of the web's hot queries, for docs/performance.md (run against a bench_web database).

    DATABASE_URL=sqlite:///DIR/bench.db .venv/bin/python benchmarks/explain_web.py
    DATABASE_URL=postgres://.../protest_tracker_bench_1000000 .venv/bin/python benchmarks/explain_web.py

Prints each query's plan (SQLite ``EXPLAIN QUERY PLAN``; PostgreSQL ``EXPLAIN ANALYZE``) and
its time, so an index is added or dropped on evidence.
"""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "protest_tracker.settings")


def queries() -> list[tuple[str, object]]:
    from django.db.models import Count, Max, Min, Q, Sum

    from protest_tracker.store.models import Event, EventTombstone
    from protest_tracker.web import summary
    from protest_tracker.web.access import published_events
    from protest_tracker.web.aggregates import WeekStart
    from protest_tracker.web.filters import Filters
    from protest_tracker.web.summary_queries import public_rows, public_summary

    published = published_events()
    deep = published.filter(date__isnull=False).order_by("-date", "-id")[10_000]
    filtered = public_rows(Filters.from_query({"country": ["KZ"], "response": ["detention"]}))
    return [
        ("latest events (dashboard)", published.order_by("-date", "-id")[:15]),
        ("event list, first page", published.filter(date__isnull=False).order_by("-date", "-id")[:51]),
        ("event list, 10,000 rows deep (keyset)", published.filter(date__lte=deep.date)
         .filter(Q(date__lt=deep.date) | Q(id__lt=deep.pk)).order_by("-date", "-id")[:51]),
        ("event list, same depth by OFFSET", published.order_by("-date", "-id")[10_000:10_051]),
        ("overview over the summary", public_summary().values("published")
         .annotate(n=Sum("events"), first=Min("day"), last=Max("day")).order_by()),
        ("timeline over the summary (filtered)", filtered.annotate(w=WeekStart("day")).values("w", "response")
         .annotate(n=Sum("events")).order_by()),
        ("overview over events (before)", published.values("status")
         .annotate(n=Count("id"), first=Min("date"), last=Max("date")).order_by()),
        ("summary bucket recount", summary.grouped(Event.objects.filter(date="2022-01-05", country="KZ"))),
        ("API events, cursor on updated_at", Event.objects.filter(status="published").order_by("updated_at", "id")[:101]),
        ("API deletions since", EventTombstone.objects.filter(deleted_at__gte="2024-01-01").order_by("deleted_at", "id")[:101]),
        ("data version: latest updated_at", Event.objects.order_by("-updated_at").values("updated_at")[:1]),
    ]


def main() -> int:
    import django

    django.setup()
    from django.db import connection

    for label, query in queries():
        sql, params = query.query.sql_with_params()
        prefix = "EXPLAIN QUERY PLAN " if connection.vendor == "sqlite" else "EXPLAIN ANALYZE "
        with connection.cursor() as cursor:
            began = time.perf_counter()
            cursor.execute(sql, params)
            cursor.fetchall()
            took = (time.perf_counter() - began) * 1000
            cursor.execute(prefix + sql, params)
            plan = [" ".join(str(c) for c in row[-1:]) for row in cursor.fetchall()]
        print(f"\n## {label}: {took:.1f} ms\n" + "\n".join(f"    {line}" for line in plan))
    return 0


if __name__ == "__main__":
    sys.exit(main())
