"""Stored events and reports seen through the pure linking layer (LinkedEvent / Report)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.db.models import Prefetch, Q, QuerySet, prefetch_related_objects

from protest_tracker.linking.events import LinkedEvent
from protest_tracker.linking.reports import Report
from protest_tracker.model import EventCandidate
from protest_tracker.store.events import event_to_exchange
from protest_tracker.store.models import AuditLog, Event, EventReport

#: Statuses an analyst has acted on: linking attaches reports to them but changes no field.
PROTECTED_STATUSES = frozenset({"in_review", "verified", "published"})
#: Events whose reports one query loads. Keeps every ``IN`` list far below SQLite's oldest limit
#: (999 parameters) however many events the database holds.
CHUNK = 500
#: Article columns linking never reads (the page as collected and its text can be large).
UNREAD_ARTICLE_FIELDS = ("article__raw", "article__text", "article__metadata")


def reports_with_articles() -> QuerySet:
    """Event reports with the article columns linking reads, in one join."""
    return EventReport.objects.select_related("article").defer(*UNREAD_ARTICLE_FIELDS).order_by("created_at", "pk")


def with_reports(events: Iterable[Event]) -> list[Event]:
    """``events`` as a list, each with its reports (and their articles) loaded.

    Never ``prefetch_related("reports__article")``: Django 5.2 fetches a forward foreign
    key as ``(id = ?) OR (id = ?) OR …`` on SQLite, which SQLite refuses beyond about a
    thousand articles ("Expression tree is too large"). Here the reports come with their
    article through a join, :data:`CHUNK` events per query.
    """
    rows = list(events)
    for start in range(0, len(rows), CHUNK):
        prefetch_related_objects(rows[start:start + CHUNK], Prefetch("reports", queryset=reports_with_articles()))
    return rows


def set_by_analyst(*, object_type: str, field: str) -> set[str]:
    """Ids of the objects whose ``field`` a person (not a ``system:`` component) has set, per the audit log."""
    by_person = Q(actor__isnull=False) | ~Q(actor_label__startswith="system")
    rows = AuditLog.objects.filter(by_person, object_type=object_type, field=field)
    return set(rows.values_list("object_id", flat=True).distinct())


def pinned_event_ids(events: Iterable[Event]) -> set[str]:
    """Public ids of the events whose campaign assignment linking must not change.

    An event is pinned when an analyst set its campaign (an audit row by a person on
    field ``campaign``, e.g. review's "move to campaign", to another campaign or to
    none), when its status is in :data:`PROTECTED_STATUSES`, or when it belongs to a
    confirmed campaign.
    """
    moved_by_analyst = set_by_analyst(object_type="event", field="campaign")
    return {e.public_id for e in events
            if e.status in PROTECTED_STATUSES or e.public_id in moved_by_analyst
            or (e.campaign_id and e.campaign.status == "confirmed")}


def report_of(row: EventReport) -> Report:
    """An attached report as a linking :class:`Report` (one per article and event)."""
    article = row.article
    return Report(
        article_id=article.id, revision=str(row.article_revision), index=0,
        candidate=EventCandidate.from_exchange(row.extracted or {}),
        outlet=article.outlet or None, language=article.language or None,
        published=article.published.isoformat() if article.published else None,
    )


def linked_event_of(event: Event, reports: Iterable[EventReport] | None = None) -> LinkedEvent:
    """A stored event as a :class:`LinkedEvent` whose id is its public id."""
    rows = list(event.reports.all() if reports is None else reports)
    return LinkedEvent(
        event_id=event.public_id,
        headline=EventCandidate.from_exchange(event_to_exchange(event)),
        reports=tuple(sorted((report_of(r) for r in rows), key=lambda r: r.key)),
        conflicts=conflicts_from_store(event.conflicts or {}),
        campaign_id=event.campaign.public_id if event.campaign_id else None,
    )


def conflicts_to_store(conflicts: dict[str, dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """``field -> {article: value}`` as the store keeps it: ``field -> [{value, report}]``."""
    return {name: [{"value": value, "report": report} for report, value in sorted(by_report.items())]
            for name, by_report in sorted(conflicts.items())}


def conflicts_from_store(stored: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The inverse of :func:`conflicts_to_store` (tolerates malformed rows by skipping them)."""
    result: dict[str, dict[str, Any]] = {}
    for name, values in stored.items():
        if isinstance(values, list):
            result[name] = {str(v.get("report")): v.get("value") for v in values if isinstance(v, dict)}
    return result


def report_metadata(events: Iterable[Event]) -> dict[str, dict[str, Any]]:
    """``article id -> {outlet, language, published}`` for the reports of ``events`` (for traction)."""
    meta: dict[str, dict[str, Any]] = {}
    for event in events:
        for row in event.reports.all():
            published = row.article.published.isoformat() if row.article.published else None
            meta[row.article_id] = {"outlet": row.article.outlet or None, "language": row.article.language or None,
                                    "published": published}
    return meta
