"""Merging two events into one and splitting reports off into a new event.

Merging keeps every report of both events on the surviving event, fills the
survivor's blank fields from the absorbed one, leaves an ``EventTombstone``
(reason ``merged``, ``merged_into``) for the absorbed public id and never reuses
that id. Splitting moves chosen reports to a new event with a fresh public id.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.db import transaction

from protest_tracker import model
from protest_tracker.errors import ReviewError
from protest_tracker.review import permissions
from protest_tracker.review.editable import EDITABLE_FIELDS, comparable
from protest_tracker.review.models import CodingAssignment, Comment, Correction
from protest_tracker.store import audit
from protest_tracker.store.events import create_event
from protest_tracker.store.models import Event, EventReport, EventTombstone

EMPTY: tuple[Any, ...] = (None, "", [], {})


def merge_events(survivor: Event, absorbed: Event, *, actor, reason: str = "") -> Event:
    """Fold ``absorbed`` into ``survivor``; returns the survivor. Both events' reports are kept."""
    permissions.check(actor, "merge")
    if survivor.pk == absorbed.pk:
        raise ReviewError("an event cannot be merged with itself")
    if "published" in (survivor.status, absorbed.status):
        permissions.check(actor, "publish")
    return fold_events(survivor, absorbed, actor=actor, reason=reason)


def fold_events(survivor: Event, absorbed: Event, *, actor, reason: str = "") -> Event:
    """The merge itself, without a role check: :func:`merge_events` after its check, and the
    linking policy of :mod:`protest_tracker.review.services.duplicates` (candidate events only)."""
    batch = audit.new_batch()
    with transaction.atomic():
        moved = _move_reports(absorbed, survivor)
        filled = _fill_blanks(survivor, absorbed, actor=actor, batch=batch)
        for report_article in moved:
            audit.record(actor=actor, action="attach_report", object_type="event", object_id=survivor.public_id,
                         field="reports", new=report_article, reason=f"merged from {absorbed.public_id}", batch=batch)
        _move_dependants(absorbed, survivor)
        if not survivor.campaign_id and absorbed.campaign_id:
            survivor.campaign_id = absorbed.campaign_id
            filled.append("campaign")
        survivor.save()
        audit.record(actor=actor, action="merge", object_type="event", object_id=survivor.public_id,
                     field="merged", new={"absorbed": absorbed.public_id, "filled": filled}, reason=reason, batch=batch)
        audit.record(actor=actor, action="merged_into", object_type="event", object_id=absorbed.public_id,
                     field="status", old=absorbed.status, new=survivor.public_id, reason=reason, batch=batch)
        EventTombstone.objects.update_or_create(public_id=absorbed.public_id,
                                                defaults={"reason": "merged", "merged_into": survivor.public_id})
        EventTombstone.objects.filter(merged_into=absorbed.public_id).update(merged_into=survivor.public_id)
        absorbed.delete()
    return survivor


def _move_reports(source: Event, target: Event) -> list[str]:
    """Re-point the source's reports; a report of an article the target already has is dropped."""
    moved = []
    existing = set(target.reports.values_list("article_id", flat=True))
    for report in source.reports.all():
        if report.article_id in existing:
            continue
        report.event = target
        report.save(update_fields=["event"])
        moved.append(report.article_id)
    return moved


def _fill_blanks(survivor: Event, absorbed: Event, *, actor, batch: str) -> list[str]:
    filled = []
    for spec in EDITABLE_FIELDS:
        mine, theirs = getattr(survivor, spec.name), getattr(absorbed, spec.name)
        if mine in EMPTY and theirs not in EMPTY:
            setattr(survivor, spec.name, theirs)
            audit.record(actor=actor, action="edit", object_type="event", object_id=survivor.public_id,
                         field=spec.name, old=comparable(mine), new=comparable(theirs),
                         reason=f"filled from merged {absorbed.public_id}", batch=batch)
            filled.append(spec.name)
    if "city" in filled:  # the settlement came from the absorbed event: so does its GeoNames id
        survivor.geonames_id = absorbed.geonames_id
    return filled


def _move_dependants(source: Event, target: Event) -> None:
    Comment.objects.filter(event=source).update(event=target)
    taken = set(Correction.objects.filter(event=target).values_list("field", flat=True))
    Correction.objects.filter(event=source).exclude(field__in=taken).update(event=target)
    for assignment in CodingAssignment.objects.filter(event=source):
        clash = CodingAssignment.objects.filter(sample=assignment.sample, event=target, coder=assignment.coder)
        if not clash.exists():
            assignment.event = target
            assignment.save(update_fields=["event"])
    for person in source.people.all():
        person.events.add(target)


def split_event(event: Event, report_ids: Iterable[int], *, actor, reason: str = "") -> Event:
    """Move the chosen reports to a new event (fresh public id) built from the first one's extraction."""
    permissions.check(actor, "split")
    chosen = list(EventReport.objects.filter(event=event, pk__in=list(report_ids)).order_by("pk"))
    if not chosen:
        raise ReviewError("choose at least one report to split off")
    if len(chosen) >= event.reports.count():
        raise ReviewError("at least one report must stay with the original event")
    candidate = model.EventCandidate.from_exchange(chosen[0].extracted or {})
    if not candidate.country:
        candidate = model.EventCandidate.from_exchange({**(chosen[0].extracted or {}), "country": event.country})
    batch = audit.new_batch()
    with transaction.atomic():
        new_event = create_event(candidate, actor=actor, pipeline_version=chosen[0].pipeline_version,
                                 status="in_review", reason=f"split from {event.public_id}")
        if new_event.date is None and event.date is not None:
            new_event.date, new_event.date_precision = event.date, event.date_precision
        new_event.campaign_id = event.campaign_id
        new_event.save()
        for report in chosen:
            report.event = new_event
            report.save(update_fields=["event"])
            audit.record(actor=actor, action="detach_report", object_type="event", object_id=event.public_id,
                         field="reports", old=report.article_id, new=new_event.public_id, reason=reason, batch=batch)
            audit.record(actor=actor, action="attach_report", object_type="event", object_id=new_event.public_id,
                         field="reports", new=report.article_id, reason=f"split from {event.public_id}", batch=batch)
        audit.record(actor=actor, action="split", object_type="event", object_id=event.public_id,
                     field="reports", new=new_event.public_id, reason=reason, batch=batch)
        if event.status == "candidate":
            event.status = "in_review"
            event.save(update_fields=["status", "updated_at"])
            audit.record(actor=actor, action="status", object_type="event", object_id=event.public_id,
                         field="status", old="candidate", new="in_review", reason="split", batch=batch)
    return new_event
