"""What ``/healthz`` and the operations status page report, read from the database."""

from __future__ import annotations

import datetime as dt
import os
from typing import Any

from django.db import DatabaseError, connection
from django.utils import timezone

from protest_tracker.ops.models import Cycle, SourceSchedule
from protest_tracker.store.models import Article, Event


def max_cycle_age() -> float | None:
    """``PROTEST_TRACKER_HEALTH_MAX_AGE`` (seconds): an older last successful cycle makes ``/healthz`` fail."""
    raw = os.environ.get("PROTEST_TRACKER_HEALTH_MAX_AGE", "").strip()
    try:
        return float(raw) if raw else None
    except ValueError:
        return None


def health(now: dt.datetime | None = None) -> dict[str, Any]:
    """``ok``, whether the database answers, and the age of the last successful ``run`` cycle."""
    now = now or timezone.now()
    try:
        connection.ensure_connection()
        last = Cycle.objects.filter(ok=True).order_by("-finished_at").values_list("finished_at", flat=True).first()
    except DatabaseError:
        return {"ok": False, "db": False, "last_cycle_at": None, "last_cycle_age_seconds": None, "stale": None}
    age = round((now - last).total_seconds(), 1) if last else None
    limit = max_cycle_age()
    stale = limit is not None and (age is None or age > limit)
    return {"ok": not stale, "db": True, "last_cycle_at": last.isoformat() if last else None,
            "last_cycle_age_seconds": age, "stale": stale, "max_age_seconds": limit}


def status() -> dict[str, Any]:
    """The analysts' status page: sources, queue size, last processed article, recent cycles."""
    schedules = SourceSchedule.objects.select_related("source").order_by("source__slug")
    last = (Article.objects.filter(processed_at__isnull=False).order_by("-processed_at")
            .only("id", "outlet", "processed_at", "published").first())
    return {
        "schedules": list(schedules),
        "failing": sum(1 for s in schedules if s.failures),
        "queue": Event.objects.filter(status="candidate").count(),
        "needs_review": Event.objects.filter(needs_review=True).count(),
        "unprocessed": Article.objects.filter(processed_at__isnull=True).count(),
        "last_article": last,
        "cycles": list(Cycle.objects.order_by("-started_at")[:20]),
        "health": health(),
    }
