"""Events as plain records (dicts) for pages, the API and the exporters, with the privacy rules applied."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from django.db.models import Prefetch, QuerySet

from protest_tracker.store.events import event_to_exchange
from protest_tracker.store.models import Event, EventReport
from protest_tracker.web.privacy import PublicPolicy

#: Free-text fields that may mention people by name.
TEXT_FIELDS = ("participants", "organisers", "venue", "size_text", "city", "region")
CHUNK = 2000


def _redact(value: Any, policy: PublicPolicy) -> Any:
    if isinstance(value, str):
        return policy.text(value)
    if isinstance(value, list):
        return [_redact(v, policy) for v in value]
    if isinstance(value, dict):
        return {k: _redact(v, policy) for k, v in value.items()}
    return value


def _is_web_url(url: str | None) -> bool:
    """Public records link only to http(s) pages (never ``javascript:`` or ``data:``)."""
    return url is not None and url.strip().lower().startswith(("http://", "https://"))


def with_sources(queryset: QuerySet) -> QuerySet:
    """``queryset`` with its campaign and the reports' articles fetched in bulk."""
    reports = EventReport.objects.select_related("article").only(
        "event_id", "article__id", "article__url", "article__outlet", "article__title",
        "article__published", "article__language", "article__source_type")
    return queryset.select_related("campaign").prefetch_related(Prefetch("reports", queryset=reports))


def source_list(event: Event, policy: PublicPolicy | None) -> list[dict[str, Any]]:
    """The reports of an event: outlet, title, URL, date, language and source type (prefetched)."""
    sources = []
    for report in event.reports.all():
        article = report.article
        sources.append({
            "article_id": article.id,
            "outlet": (policy.text(article.outlet) if policy else article.outlet) or None,  # a channel may bear a name
            "title": policy.text(article.title) if policy else article.title,
            "url": (article.url if policy is None or _is_web_url(article.url) else None) or None,
            "published": article.published.isoformat() if article.published else None,
            "language": article.language or None,
            "source_type": article.source_type or None,
        })
    return sorted(sources, key=lambda s: (s["published"] or "", s["outlet"] or ""))


def event_record(event: Event, *, policy: PublicPolicy | None, sources: bool = True) -> dict[str, Any]:
    """One event as a record. ``policy=None`` means internal use (no cuts); else the public cuts."""
    record = event_to_exchange(event)
    record["updated_at"] = event.updated_at.isoformat() if event.updated_at else None
    if record.get("confidence") is not None:  # sums of cue weights carry float noise (0.8500000000000001)
        record["confidence"] = round(record["confidence"], 3)
    record["campaign_name"] = event.campaign.name if event.campaign_id else None
    if policy is not None:
        record["campaign_name"] = policy.text(record["campaign_name"])
    if sources:
        record["sources"] = source_list(event, policy)
        record["n_sources"] = len(record["sources"])
    if policy is not None:
        for name in TEXT_FIELDS:
            record[name] = policy.text(record[name])
        record["demands"] = _redact(record["demands"], policy)
        record["targets"] = _redact(record["targets"], policy)
        record["latitude"] = policy.coordinate(record["latitude"])
        record["longitude"] = policy.coordinate(record["longitude"])
    return record


def iter_records(queryset: QuerySet, *, policy: PublicPolicy | None) -> Iterator[dict[str, Any]]:
    """Stream records in chunks (never the whole table in memory)."""
    for event in with_sources(queryset).iterator(chunk_size=CHUNK):
        yield event_record(event, policy=policy)
