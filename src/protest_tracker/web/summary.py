"""Keeping the event summary in step with events, in the transaction that changes them.

The summary is recounted per *bucket* (an event's day and country) from the events themselves,
so a refresh is exact whatever changed: :func:`refresh_summary_for` recounts the buckets of the
given events, and the ``Event`` signal receivers below call it for every ORM save and delete (the
review services, the processing step, imports, the admin), with the bucket the event *had*
before the save read from the database. ``QuerySet.update()`` and ``bulk_create()`` send no
signals: their callers call :func:`refresh_summary_for` (``store.campaign_sync`` does) or
:func:`rebuild` (``protest-tracker aggregates rebuild``). A bulk caller that saves many events
one by one (campaign regrouping) wraps them in :func:`deferred`: the receivers then collect the
buckets and the block's end recounts each once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import reduce
from operator import or_
from typing import Any

from django.db import transaction
from django.db.models import Case, CharField, Count, F, Q, Value, When
from django.db.models.signals import post_delete, post_save, pre_save

from protest_tracker import codebook
from protest_tracker.store.fields import has_code
from protest_tracker.store.models import Event
from protest_tracker.web import campaign_stats, palette, rollups, sources, sql
from protest_tracker.web.summary_models import (
    ArticleConcessions,
    CampaignTraction,
    EventSummary,
    SummaryMap,
    SummaryPlace,
    SummaryStack,
    insert_batch,
)

Bucket = tuple[dt.date | None, str]
#: Event fields the summary depends on: a save that touches none of them leaves it as it is.
KEY_FIELDS = frozenset({"date", "country", "region", "city", "latitude", "longitude", "event_type",
                        "state_response", "grievance_categories", "target_categories", "participant_groups",
                        "verification", "status", "campaign"})
#: Summary column -> the event expression it is grouped by (the order of the INSERT ... SELECT).
COPIED = {"day": "date", "country": "country", "region": "region", "city": "city", "latitude": "latitude",
          "longitude": "longitude", "event_type": "event_type", "state_response": "state_response",
          "grievance_categories": "grievance_categories", "target_categories": "target_categories",
          "participant_groups": "participant_groups", "verification": "verification", "campaign_id": "campaign_id"}
KEY_COLUMNS = ("date", "country", "region", "city", "latitude", "longitude", "event_type", "state_response",
               "grievance_categories", "target_categories", "participant_groups", "verification", "status",
               "campaign_id")


def primary_case(field: str, vocabulary: str) -> Case:
    """SQL for the code an event is counted under (see :func:`palette.primary_code`)."""
    order = palette.RESPONSE_SEVERITY if vocabulary == "state_responses" else codebook.vocabulary(vocabulary).codes
    default = "none_reported" if vocabulary == "state_responses" else palette.NO_CODE
    return Case(*[When(has_code(field, code), then=Value(code)) for code in order],
                default=Value(default), output_field=CharField())


def grouped(events, copied: dict[str, str] = COPIED) -> Any:
    """``events`` grouped by every summary column (``copied``: those a migration's summary has), as
    ``values()`` rows named like the summary."""
    return (events.annotate(**{f"s_{name}": F(source) for name, source in copied.items()},
                            s_response=primary_case("state_response", "state_responses"),
                            s_grievance=primary_case("grievance_categories", "grievance_categories"),
                            s_published=Case(When(status="published", then=Value(True)), default=Value(False)))
            .values(*[f"s_{name}" for name in copied], "s_response", "s_grievance", "s_published")
            .annotate(s_events=Count("id")).order_by())


def _bucket_q(buckets: Iterable[Bucket], *, day: str) -> Q:
    """The rows of these buckets: one ``country = … AND day IN (…)`` term per country (a long
    ``OR`` of (day, country) pairs makes SQLite's planner give up its indexes)."""
    by_country: dict[str, set[dt.date | None]] = {}
    for date, country in buckets:
        by_country.setdefault(country, set()).add(date)
    terms = []
    for country, dates in sorted(by_country.items(), key=repr):
        days = sorted(d for d in dates if d is not None)
        when = Q(**{f"{day}__in": days}) if days else Q(**{f"{day}__isnull": True})
        if days and None in dates:
            when |= Q(**{f"{day}__isnull": True})
        terms.append(Q(country=country) & when)
    return reduce(or_, terms)


def _chunks_by_country(buckets: set[Bucket]) -> Iterable[list[Bucket]]:
    """The buckets in lists of at most :data:`BUCKETS_PER_QUERY`, each of one country."""
    by_country: dict[str, list[Bucket]] = {}
    for bucket in sorted(buckets, key=repr):
        by_country.setdefault(bucket[1], []).append(bucket)
    for _country, own in sorted(by_country.items(), key=repr):
        yield from _chunks(own, BUCKETS_PER_QUERY)


#: Buckets (days of one country) recounted per statement: one SQL parameter each.
BUCKETS_PER_QUERY = 200
#: Inside :func:`deferred`: the buckets saves touched so far, by database alias.
_PENDING: ContextVar[dict[str, set[Bucket]] | None] = ContextVar("summary_pending", default=None)


@contextmanager
def deferred() -> Iterator[None]:
    """Recount the buckets the event saves and deletes in the block touch once, at its end (in the
    caller's transaction), instead of after every save. A nested block leaves it to the outer one;
    a block left by an exception recounts nothing (its transaction rolls back)."""
    if _PENDING.get() is not None:
        yield
        return
    pending: dict[str, set[Bucket]] = {}
    token = _PENDING.set(pending)
    try:
        yield
    finally:
        _PENDING.reset(token)
    for using, buckets in pending.items():
        refresh_buckets(buckets, using=using)


def _refresh_or_defer(buckets: set[Bucket], using: str) -> None:
    pending = _PENDING.get()
    if pending is None:
        refresh_buckets(buckets, using=using)
    else:
        pending.setdefault(using, set()).update(buckets)


def refresh_buckets(buckets: Iterable[Bucket], *, using: str = "default") -> None:
    """Recount the summary rows of these (day, country) buckets from events."""
    buckets = set(buckets)
    if not buckets:
        return
    with transaction.atomic(using=using):
        sql.advisory_locks((repr(("summary", *key)) for key in buckets), using=using)
        for chunk in _chunks_by_country(buckets):
            stale = EventSummary.objects.using(using).filter(_bucket_q(chunk, day="day"))
            old = list(stale.values(*rollups.COLUMNS, "campaign_id"))
            stale.delete()
            rows = [{key[2:]: value for key, value in row.items()}
                    for row in grouped(Event.objects.using(using).filter(_bucket_q(chunk, day="date")))]
            EventSummary.objects.using(using).bulk_create([EventSummary(**row) for row in rows], batch_size=insert_batch(EventSummary))
            rollups.apply_delta(old, rows, using=using)
            campaign_stats.refresh({row["campaign_id"] for row in (*old, *rows)}, using=using)


def _chunks(items: list, size: int) -> Iterable[list]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def refresh_summary_for(events: Iterable[Event | int], *, using: str = "default") -> None:
    """Recount the buckets the given events (objects or primary keys) are in now, in the caller's transaction."""
    ids = [e if isinstance(e, int) else e.pk for e in events]
    buckets: set[Bucket] = set()
    for chunk in _chunks(ids, 500):
        buckets |= set(Event.objects.using(using).filter(pk__in=chunk).values_list("date", "country").distinct())
    refresh_buckets(buckets, using=using)


def rebuild(*, event_model=Event, summary_model=EventSummary, rollup_models=(SummaryStack, SummaryPlace, SummaryMap),
            using: str = "default") -> int:
    """Recount the whole summary in one ``INSERT ... SELECT`` and its rollups; returns the number of summary rows.
    With rollups (not from a migration) also the campaign stats and the outlet tables, and drop the stored traction
    and the stored concession cues.

    The models are parameters so a migration can pass its historical ones.
    """
    known = {f.name for f in summary_model._meta.get_fields()}
    copied = {name: source for name, source in COPIED.items() if name in known}
    select = grouped(event_model.objects.using(using).all(), copied)
    with transaction.atomic(using=using):
        summary_model.objects.using(using).all().delete()
        sql.insert_select(summary_model, [*copied, "response", "grievance", "published", "events"], select,
                          using=using)
        if rollup_models:
            rollups.rebuild(using=using, summary_model=summary_model, stack_model=rollup_models[0],
                            place_model=rollup_models[1], map_model=rollup_models[2])
            campaign_stats.rebuild(using=using)  # the live models: a migration passes no rollups (0002)
            sources.rebuild(using=using)
            CampaignTraction.objects.using(using).all().delete()  # computed again on the next read
            ArticleConcessions.objects.using(using).all().delete()  # so are the concession cues of the texts
    return summary_model.objects.using(using).count()


def matches_events(*, using: str = "default") -> bool:
    """Whether the summary equals a recount from events, and its rollups a recount from it (the check
    ``aggregates rebuild --check`` runs)."""
    from protest_tracker.web.article_cues import stored_current as article_cues_current
    from protest_tracker.web.traction_view import (
        stored_tractions_current,  # the pipeline's cues: not at start-up
    )

    def key(row: dict[str, Any]) -> tuple:
        return tuple(str(row[k]) for k in sorted(row) if k != "events")

    live = {key({k[2:]: v for k, v in row.items()}): row["s_events"]
            for row in grouped(Event.objects.using(using).all())}
    stored: dict[tuple, int] = {}
    names = [*COPIED, "response", "grievance", "published"]
    for row in EventSummary.objects.using(using).values(*names, "events"):
        stored[key(row)] = stored.get(key(row), 0) + row["events"]
    counted = rollups.contributions(EventSummary.objects.using(using).values(*rollups.COLUMNS))
    rolled = tuple({tuple(r[k] for k in key): r["events"] for r in model.objects.using(using).values(*key, "events")}
                   for model, key in ((SummaryStack, rollups.STACK_KEY), (SummaryPlace, rollups.PLACE_KEY),
                                      (SummaryMap, rollups.MAP_KEY)))
    return (live == stored and rolled == tuple(dict(c) for c in counted) and rollups.latest_in_step(using=using)
            and campaign_stats.matches_summary(using=using) and sources.matches_reports(using=using)
            and stored_tractions_current() and article_cues_current())


# --- the single hook: every ORM save and delete of an event --------------------------------------

def _touches_key(update_fields) -> bool:
    return update_fields is None or bool(KEY_FIELDS & {f.removesuffix("_id") for f in update_fields})


def _key_of(pk: int, using: str) -> dict[str, Any] | None:
    """The summary key of event ``pk`` as stored (None when there is no such row)."""
    return Event.objects.using(using).filter(pk=pk).values(*KEY_COLUMNS).first()


def _before_save(sender, instance: Event, raw: bool = False, using: str = "default", update_fields=None, **kwargs):
    instance._summary_old = None
    if instance.pk is not None and _touches_key(update_fields):
        instance._summary_old = _key_of(instance.pk, using)


def _after_save(sender, instance: Event, created: bool, raw: bool = False, using: str = "default",
                update_fields=None, **kwargs):
    if not created and not _touches_key(update_fields):
        return
    old, instance._summary_old = getattr(instance, "_summary_old", None), None
    new = _key_of(instance.pk, using)
    if new is None or old == new:
        return  # nothing the summary counts changed (most saves of the processing step)
    buckets = {(new["date"], new["country"])} | ({(old["date"], old["country"])} if old else set())
    _refresh_or_defer(buckets, using)
    if old and (old["status"], old["verification"]) != (new["status"], new["verification"]):
        sources.refresh_events([instance.pk], using=using)  # the outlet rollup counts public events


def _after_delete(sender, instance: Event, using: str = "default", **kwargs):
    _refresh_or_defer({(instance.date, instance.country)}, using)


def connect() -> None:
    """Connect the receivers (called once, from the web app's ``ready()``)."""
    pre_save.connect(_before_save, sender=Event, dispatch_uid="summary-pre-save")
    post_save.connect(_after_save, sender=Event, dispatch_uid="summary-post-save")
    post_delete.connect(_after_delete, sender=Event, dispatch_uid="summary-post-delete")


def disconnect() -> None:
    """Disconnect the receivers: only for a bulk load that calls :func:`rebuild` when it is done."""
    pre_save.disconnect(dispatch_uid="summary-pre-save", sender=Event)
    post_save.disconnect(dispatch_uid="summary-post-save", sender=Event)
    post_delete.disconnect(dispatch_uid="summary-post-delete", sender=Event)
