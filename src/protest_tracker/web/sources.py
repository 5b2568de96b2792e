"""Keeping the per-outlet rollup behind ``/api/v1/sources`` in step with reports, articles and events.

:class:`OutletEvent` holds, per event, how many of its reports each outlet (and source type) gave,
with the event's verification and published flag; :class:`SourceRollup` sums those rows per outlet,
source type, verification and published flag (events = rows, reports = their sum). Both are recounted
*per event* by :func:`refresh_events`, in the transaction that changes the event: the old rows'
counts are subtracted from the rollup and the new rows' added (``INSERT ... ON CONFLICT DO UPDATE``).
The receivers below call it for every ORM save or delete of a report (moved reports recount both
events; an event's deletion deletes its reports one by one), for an article whose outlet or source
type changes, and :mod:`web.summary` calls it when an event's status or verification changes.
``protest-tracker aggregates rebuild`` recounts both tables from scratch.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from django.db import transaction
from django.db.models import Case, Count, F, Sum, Value, When
from django.db.models.signals import post_delete, post_save, pre_save

from protest_tracker.store.models import Article, EventReport
from protest_tracker.web import sql
from protest_tracker.web.summary_models import OutletEvent, SourceRollup, insert_batch

ROW = ("event_id", "outlet", "source_type", "verification", "published", "reports")
KEY = ("outlet", "source_type", "verification", "published")


def _recount(reports) -> Any:
    """``reports`` grouped per event and outlet, as :class:`OutletEvent` values (outlet-less reports left out)."""
    return (reports.exclude(article__outlet="")
            .annotate(r_outlet=F("article__outlet"), r_source_type=F("article__source_type"),
                      r_verification=F("event__verification"),
                      r_published=Case(When(event__status="published", then=Value(True)), default=Value(False)))
            .values("event_id", "r_outlet", "r_source_type", "r_verification", "r_published")
            .annotate(r_reports=Count("id")).order_by())


def _rows(reports) -> list[dict[str, Any]]:
    return [{"event_id": r["event_id"], **{k: r[f"r_{k}"] for k in ROW[1:]}} for r in _recount(reports)]


def refresh_events(ids: Iterable[int | None], *, using: str = "default") -> None:
    """Recount the outlet rows of these events (by primary key) and move the rollup by the difference."""
    ids = sorted({pk for pk in ids if pk is not None})
    if not ids:
        return
    with transaction.atomic(using=using):
        sql.advisory_locks((f"outlets:{pk}" for pk in ids), using=using)
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            stale = OutletEvent.objects.using(using).filter(event_id__in=chunk)
            old = list(stale.values(*ROW))
            stale.delete()
            new = _rows(EventReport.objects.using(using).filter(event_id__in=chunk))
            OutletEvent.objects.using(using).bulk_create([OutletEvent(**row) for row in new], batch_size=insert_batch(OutletEvent))
            _apply(_sums(new), _sums(old), using=using)


def _sums(rows: Iterable[dict[str, Any]]) -> Counter:
    """(key, "events" | "reports") -> count, over :class:`OutletEvent` rows."""
    sums: Counter = Counter()
    for row in rows:
        key = tuple(row[k] for k in KEY)
        sums[key, "events"] += 1
        sums[key, "reports"] += row["reports"]
    return sums


def _apply(new: Counter, old: Counter, *, using: str) -> None:
    keys = {key for key, _ in new.keys() | old.keys()}
    sql.add_counts(SourceRollup, KEY, {key: (new[key, "events"] - old[key, "events"],
                                             new[key, "reports"] - old[key, "reports"]) for key in keys},
                   ("events", "reports"), using=using)


def rebuild(*, using: str = "default", report_model=EventReport, outlet_model=OutletEvent,
            rollup_model=SourceRollup) -> None:
    """Recount both tables from reports, in SQL (``INSERT ... SELECT``; the models are parameters so a
    migration can pass its historical ones)."""
    outlet_model.objects.using(using).all().delete()
    rollup_model.objects.using(using).all().delete()
    sql.insert_select(outlet_model, ROW, _recount(report_model.objects.using(using).all()), using=using)
    sums = (outlet_model.objects.using(using).values(*KEY)
            .annotate(n_events=Count("id"), n_reports=Sum("reports")).order_by())
    sql.insert_select(rollup_model, (*KEY, "events", "reports"), sums, using=using)


def matches_reports(*, using: str = "default") -> bool:
    """Whether both tables equal a recount from reports."""
    def as_set(rows: Iterable[dict[str, Any]]) -> set[tuple]:
        return {tuple(row[k] for k in ROW) for row in rows}

    live = _rows(EventReport.objects.using(using).all())
    if as_set(live) != as_set(OutletEvent.objects.using(using).values(*ROW)):
        return False
    stored: Counter[tuple[Any, ...]] = Counter()
    for row in SourceRollup.objects.using(using).values(*KEY, "events", "reports"):
        key = tuple(row[k] for k in KEY)
        stored[key, "events"], stored[key, "reports"] = row["events"], row["reports"]
    return stored == _sums(live)


# --- receivers: every ORM save and delete of a report, and outlet changes of an article ------------

def _moves(update_fields) -> bool:
    return update_fields is None or bool({"event", "event_id", "article", "article_id"} & set(update_fields))


def _report_before(sender, instance: EventReport, raw: bool = False, using: str = "default", update_fields=None,
                   **kwargs):
    instance._outlets_old_event = None
    if not instance._state.adding and _moves(update_fields):
        instance._outlets_old_event = (EventReport.objects.using(using).filter(pk=instance.pk)
                                       .values_list("event_id", flat=True).first())


def _report_after(sender, instance: EventReport, created: bool, raw: bool = False, using: str = "default",
                  update_fields=None, **kwargs):
    if created or _moves(update_fields):
        refresh_events({instance.event_id, getattr(instance, "_outlets_old_event", None)}, using=using)


def _report_deleted(sender, instance: EventReport, using: str = "default", **kwargs):
    refresh_events({instance.event_id}, using=using)


def _article_before(sender, instance: Article, raw: bool = False, using: str = "default", update_fields=None, **kwargs):
    instance._outlets_old = None  # a new article has no reports yet
    if not instance._state.adding and (update_fields is None or {"outlet", "source_type"} & set(update_fields)):
        instance._outlets_old = (Article.objects.using(using).filter(pk=instance.pk)
                                 .values_list("outlet", "source_type").first())


def _article_after(sender, instance: Article, raw: bool = False, using: str = "default", **kwargs):
    old, instance._outlets_old = getattr(instance, "_outlets_old", None), None
    if old is not None and old != (instance.outlet, instance.source_type):
        refresh_events(EventReport.objects.using(using).filter(article_id=instance.pk)
                       .values_list("event_id", flat=True), using=using)


RECEIVERS = ((pre_save, _report_before, EventReport), (post_save, _report_after, EventReport),
             (post_delete, _report_deleted, EventReport), (pre_save, _article_before, Article),
             (post_save, _article_after, Article))


def connect() -> None:
    """Connect the receivers (called once, from the web app's ``ready()``)."""
    for signal, receiver, model in RECEIVERS:
        signal.connect(receiver, sender=model, dispatch_uid=f"outlets-{receiver.__name__}")


def disconnect() -> None:
    """Disconnect the receivers: only for a bulk load that calls :func:`rebuild` when it is done."""
    for signal, receiver, model in RECEIVERS:
        signal.disconnect(sender=model, dispatch_uid=f"outlets-{receiver.__name__}")
