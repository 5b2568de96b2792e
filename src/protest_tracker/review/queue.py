"""The review queue: filters carried in the URL, the ordered event list and next/previous."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from urllib.parse import urlencode

from django.db.models import Count, F, Q, QuerySet
from django.http import QueryDict

from protest_tracker import codebook
from protest_tracker.store.fields import has_code
from protest_tracker.store.models import Event

#: Pseudo-statuses of the status filter besides the codebook's.
OPEN, ALL = "open", "all"
FILTER_KEYS = ("status", "country", "date_from", "date_to", "grievance", "min_confidence",
               "max_confidence", "source", "campaign", "q")


@dataclass(frozen=True)
class QueueFilters:
    """Validated filters; unknown or malformed values are dropped (and reported in ``ignored``)."""

    values: dict[str, str]
    ignored: tuple[str, ...] = ()

    def querystring(self, **overrides: str) -> str:
        merged = {**self.values, **overrides}
        ordered = sorted(merged, key=lambda k: FILTER_KEYS.index(k) if k in FILTER_KEYS else len(FILTER_KEYS))
        return urlencode({k: merged[k] for k in ordered if merged[k]})

    def get(self, key: str, default: str = "") -> str:
        return self.values.get(key, default)


def parse_filters(params: QueryDict) -> QueueFilters:
    """Read the filters from a query string."""
    values: dict[str, str] = {}
    ignored: list[str] = []
    checks = {
        "status": lambda v: v in (OPEN, ALL) or v in codebook.REVIEW_STATUSES,
        "country": lambda v: v in codebook.COUNTRIES,
        "grievance": lambda v: v in codebook.GRIEVANCES,
        "date_from": _is_date,
        "date_to": _is_date,
        "min_confidence": _is_unit_float,
        "max_confidence": _is_unit_float,
        "source": lambda v: 0 < len(v) <= 200,
        "campaign": lambda v: 0 < len(v) <= 24,
        "q": lambda v: 0 < len(v) <= 200,
    }
    for key in FILTER_KEYS:
        raw = (params.get(key) or "").strip()
        if not raw:
            continue
        if checks[key](raw):
            values[key] = raw
        else:
            ignored.append(key)
    values.setdefault("status", OPEN)
    return QueueFilters(values=values, ignored=tuple(ignored))


def _is_date(value: str) -> bool:
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _is_unit_float(value: str) -> bool:
    try:
        return 0.0 <= float(value) <= 1.0
    except ValueError:
        return False


def filtered_events(filters: QueueFilters) -> QuerySet[Event]:
    """The events matching ``filters``, in queue order (newest first, then public id)."""
    events = Event.objects.select_related("campaign")
    status = filters.get("status", OPEN)
    if status == OPEN:
        events = events.filter(status__in=("candidate", "in_review"))
    elif status != ALL:
        events = events.filter(status=status)
    if filters.get("country"):
        events = events.filter(country=filters.get("country"))
    if filters.get("grievance"):
        events = events.filter(has_code("grievance_categories", filters.get("grievance")))
    if filters.get("date_from"):
        events = events.filter(date__gte=filters.get("date_from"))
    if filters.get("date_to"):
        events = events.filter(date__lte=filters.get("date_to"))
    if filters.get("min_confidence"):
        events = events.filter(confidence__gte=float(filters.get("min_confidence")))
    if filters.get("max_confidence"):
        events = events.filter(confidence__lte=float(filters.get("max_confidence")))
    if filters.get("source"):
        source = filters.get("source")
        events = events.filter(
            Q(reports__article__outlet__iexact=source) | Q(reports__article__source__slug=source)
            | Q(source_dataset=source)
        ).distinct()
    campaign = filters.get("campaign")
    if campaign == "none":
        events = events.filter(campaign__isnull=True)
    elif campaign:
        events = events.filter(campaign__public_id=campaign)
    if filters.get("q"):
        q = filters.get("q")
        events = events.filter(Q(public_id__icontains=q) | Q(city__icontains=q) | Q(participants__icontains=q))
    return events.order_by(F("date").desc(nulls_last=True), "public_id")


def with_report_counts(events: QuerySet[Event]) -> QuerySet[Event]:
    return events.annotate(report_count=Count("reports", distinct=True))


def neighbours(filters: QueueFilters, public_id: str) -> tuple[str | None, str | None]:
    """The public ids before and after ``public_id`` in the filtered queue (None at the ends).

    Keyset navigation over the queue order (date descending with undated events last, then
    public id), so it costs two indexed queries however long the queue is; an event that is
    not (or no longer) in the queue still has neighbours by its position in that order.
    """
    event = Event.objects.filter(public_id=public_id).values("date", "public_id").first()
    if event is None:
        return None, None
    events = filtered_events(filters).exclude(public_id=public_id)
    date = event["date"]
    if date is None:
        after = Q(date__isnull=True, public_id__gt=public_id)
        before = Q(date__isnull=False) | Q(date__isnull=True, public_id__lt=public_id)
    else:
        after = Q(date__lt=date) | Q(date=date, public_id__gt=public_id) | Q(date__isnull=True)
        before = Q(date__gt=date) | Q(date=date, public_id__lt=public_id)
    following = events.filter(after).values_list("public_id", flat=True).first()
    previous = (events.filter(before).order_by(F("date").asc(nulls_first=True), "-public_id")
                .values_list("public_id", flat=True).first())
    return previous, following


def filter_choices() -> dict[str, list[tuple[str, str]]]:
    """Choices for the filter form, all from the codebook."""
    return {
        "status": [(OPEN, "Open (candidate + in review)"), (ALL, "All")] + codebook.REVIEW_STATUSES.choices(),
        "country": [(code, c["name"]) for code, c in codebook.COUNTRIES.items()],
        "grievance": codebook.GRIEVANCES.choices(),
    }
