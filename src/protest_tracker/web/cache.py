"""Caching of the dashboard's aggregates, keyed by a cheap *data version* so a change shows at once.

The version is the number of events (from the summary's place rollup), the latest ``updated_at`` (indexed), the numbers of
tombstones and people, and the number and latest ``updated_at`` of campaigns: any save through
the ORM changes it. ``QuerySet.update()`` bypasses
``auto_now``, so entries also expire after :data:`TIMEOUT` seconds. The cache is Django's
(``CACHES`` setting; per-process memory by default).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import Any

from django.core.cache import cache
from django.db.models import Sum
from django.utils.translation import get_language

from protest_tracker.store.models import Campaign, Event, EventTombstone, Person
from protest_tracker.web.summary_models import SummaryPlace

TIMEOUT = 600


def data_version() -> str:
    """A short string that changes whenever events, tombstones or people change."""
    # Two queries on purpose: MAX alone is an index lookup, COUNT alone a scan of the smallest index.
    latest = Event.objects.order_by("-updated_at").values_list("updated_at", flat=True).first()
    # campaigns too: confirming, renaming or merging one changes the dashboard's campaign cards
    latest_campaign = Campaign.objects.order_by("-updated_at").values_list("updated_at", flat=True).first()
    # the number of events, read from a rollup of a few hundred rows (COUNT(*) scans a million-row table)
    events = SummaryPlace.objects.aggregate(n=Sum("events"))["n"]
    parts = (events, latest, EventTombstone.objects.count(), Person.objects.count(),
             Campaign.objects.count(), latest_campaign)
    return hashlib.sha1(repr(parts).encode()).hexdigest()[:16]


def cached(name: str, key: str, compute: Callable[[], Any], *, version: str) -> Any:
    """``compute()``, remembered under ``name`` + ``key`` for this data version (and interface language)."""
    cache_key = "pt-web:" + hashlib.sha1(f"{name}|{version}|{key}|{get_language()}".encode()).hexdigest()
    value = cache.get(cache_key)
    if value is None:
        value = compute()
        cache.set(cache_key, value, TIMEOUT)
    return value
