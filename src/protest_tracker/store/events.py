"""Creating and updating events from candidates, with stable public ids and an audit trail."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import transaction

from protest_tracker import model
from protest_tracker.event_fields.kinds import COUNT_MAX
from protest_tracker.store import audit
from protest_tracker.store.models import Article, Event, EventReport, PublicIdCounter

#: Event fields that come straight from an extracted candidate.
CANDIDATE_FIELDS = (
    "date_precision", "region", "city", "venue", "venue_type", "latitude", "longitude",
    "geo_precision", "geonames_id", "event_type", "participants", "participant_groups", "organisers",
    "size_min", "size_max", "size_text", "grievance_categories", "demands", "targets", "target_categories",
    "state_response", "protester_violence", "pro_government", "aggregate", "fatalities", "injuries",
)
#: counts read from article text; a number beyond the declared bound is a misreading, stored as unknown
_COUNTS = ("size_min", "size_max", "fatalities", "injuries")


def allocate_public_id(country: str, year: int | None) -> str:
    """The next public id for ``country`` and ``year`` (e.g. ``KZ-2021-000123``); never reused."""
    country = (country or "XX").upper()
    year = year or 0
    with transaction.atomic():
        counter, _ = PublicIdCounter.objects.select_for_update().get_or_create(country=country, year=year)
        counter.last += 1
        counter.save(update_fields=["last"])
        return f"{country}-{year:04d}-{counter.last:06d}"


def parse_event_date(value: str | None) -> dt.date | None:
    """``YYYY-MM-DD``, ``YYYY-MM`` (first of month) or ``YYYY`` (1 January) as a date."""
    if not value:
        return None
    text = str(value)
    try:
        if len(text) == 4:
            return dt.date(int(text), 1, 1)
        if len(text) == 7:
            return dt.date(int(text[:4]), int(text[5:7]), 1)
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


def candidate_values(candidate: model.EventCandidate) -> dict[str, Any]:
    """The model field values for a candidate (blank strings for missing text)."""
    values: dict[str, Any] = {}
    for name in CANDIDATE_FIELDS:
        value = getattr(candidate, name)
        if isinstance(value, tuple):
            value = list(value)
        if value is None and name in ("region", "city", "venue", "venue_type", "participants", "organisers", "size_text"):
            value = ""
        if name in _COUNTS and value is not None and not 0 <= value <= COUNT_MAX:
            value = None
        values[name] = value
    values["date"] = parse_event_date(candidate.date)
    values["end_date"] = parse_event_date(candidate.end_date)
    values["country"] = (candidate.country or "").upper()
    values["response_counts"] = {code: n for code, n in dict(candidate.response_counts).items()
                                 if isinstance(n, int) and 0 <= n <= COUNT_MAX}
    values["confidence"] = candidate.confidence
    return values


def create_event(
    candidate: model.EventCandidate,
    *,
    actor: Any,
    pipeline_version: str = "",
    status: str = "candidate",
    source_dataset: str = "",
    original_id: str = "",
    reason: str = "",
) -> Event:
    """A new event from ``candidate`` with a fresh public id; audited as ``create``."""
    values = candidate_values(candidate)
    year = values["date"].year if values["date"] else None
    with transaction.atomic():
        event = Event.objects.create(
            public_id=allocate_public_id(values["country"], year),
            status=status,
            pipeline_version=pipeline_version,
            source_dataset=source_dataset,
            original_id=original_id,
            **values,
        )
        audit.record(actor=actor, action="create", object_type="event", object_id=event.public_id,
                     new={"status": status, "source_dataset": source_dataset or None}, reason=reason)
    return event


def attach_report(
    event: Event,
    article: Article,
    candidate: model.EventCandidate,
    *,
    actor: Any,
    pipeline_version: str = "",
) -> EventReport:
    """Link ``article`` to ``event`` with what was extracted from it (idempotent per pair)."""
    report, created = EventReport.objects.update_or_create(
        event=event,
        article=article,
        defaults={
            "extracted": candidate.to_exchange(),
            "evidence": [e.to_dict() for e in candidate.evidence],
            "pipeline_version": pipeline_version,
            "article_revision": article.revision,
        },
    )
    if created:
        audit.record(actor=actor, action="attach_report", object_type="event", object_id=event.public_id,
                     field="reports", new=article.id)
    return report


def event_to_exchange(event: Event) -> dict[str, Any]:
    """An event as a dict with the exchange-format field names (plus id and status)."""
    date = event.date.isoformat() if event.date else None
    if date and event.date_precision == "month":
        date = date[:7]
    elif date and event.date_precision == "year":
        date = date[:4]
    return {
        "event_id": event.public_id,
        "date": date,
        "date_precision": event.date_precision,
        "end_date": event.end_date.isoformat() if event.end_date else None,
        "country": event.country,
        "region": event.region or None,
        "city": event.city or None,
        "venue": event.venue or None,
        "venue_type": event.venue_type or None,
        "latitude": event.latitude,
        "longitude": event.longitude,
        "geo_precision": event.geo_precision,
        "geonames_id": event.geonames_id,
        "event_type": event.event_type,
        "participants": event.participants or None,
        "participant_groups": list(event.participant_groups),
        "organisers": event.organisers or None,
        "size_min": event.size_min,
        "size_max": event.size_max,
        "size_text": event.size_text or None,
        "grievance_categories": list(event.grievance_categories),
        "demands": list(event.demands),
        "targets": list(event.targets),
        "target_categories": list(event.target_categories),
        "state_response": list(event.state_response),
        "response_counts": dict(event.response_counts),
        "protester_violence": event.protester_violence,
        "pro_government": event.pro_government,
        "aggregate": event.aggregate,
        "fatalities": event.fatalities,
        "injuries": event.injuries,
        "campaign_id": event.campaign.public_id if event.campaign_id else None,
        "status": event.status,
        "verification": event.verification or None,
        "confidence": event.confidence,
    }
