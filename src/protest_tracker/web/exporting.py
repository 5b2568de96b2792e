"""Exports from the database: choose the events, apply the privacy rules, hand records to the writers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.conf import settings
from django.db.models import Count
from django.utils import timezone

from protest_tracker import codebook
from protest_tracker.errors import ExportError
from protest_tracker.export.package import ExportResult, write_export
from protest_tracker.export.progress import ProgressCallback
from protest_tracker.store import audit
from protest_tracker.store.models import Event
from protest_tracker.web.access import public_event_q
from protest_tracker.web.privacy import public_policy
from protest_tracker.web.records import iter_records

ALL = "all"


def export_events(
    *, fmt: str, output: Path, status: str = "published", public: bool = True, verified_only: bool = False,
    progress: ProgressCallback | None = None, on_total: Any = None, actor: Any = "export",
) -> ExportResult:
    """Write the events with ``status`` (or ``all``) in ``fmt`` to ``output``; audited as ``export``.

    ``public`` applies the public rules: published events only (verified ones only when
    ``PUBLIC_VERIFIED_ONLY`` is on), names withheld, coordinates rounded as configured.
    ``verified_only`` keeps only events an analyst verified (never machine-coded ones).
    ``on_total(n)`` is called with the number of events before writing.
    """
    if status != ALL and status not in codebook.REVIEW_STATUSES:
        raise ExportError(f"unknown status {status!r}; choose one of {', '.join(codebook.REVIEW_STATUSES.codes)} or all")
    if public and status != "published":
        raise ExportError("a public export contains published events only; drop --status or use --internal")
    events = Event.objects.all() if status == ALL else Event.objects.filter(status=status)
    if public:
        events = events.filter(public_event_q())
    if verified_only:
        events = events.filter(verification="verified")
    events = events.order_by("date", "id")
    policy = public_policy() if public else None
    total = events.count()
    if on_total:
        on_total(total)
    metadata = {
        "title": "Central Asia Protest Tracker: protest events",
        "generated_at": timezone.now().isoformat(),
        "codebook_version": codebook.CODEBOOK_VERSION,
        "status": status,
        "public": public,
        "verified_only": verified_only or (public and bool(getattr(settings, "PUBLIC_VERIFIED_ONLY", False))),
        "verification": {(value or "unpublished"): n for value, n in
                         events.values_list("verification").annotate(n=Count("id")).order_by()},
        "privacy": policy.metadata() if policy else {"coordinate_decimals": None, "coordinates_coarsened": False,
                                                    "person_names": "not included (internal export)"},
        "citation": "See CITATION.cff",
        "licence": "ODC-BY-1.0",
    }
    result = write_export(iter_records(events, policy=policy), fmt=fmt, output=output, metadata=metadata, progress=progress)
    audit.record(actor=actor, action="export", object_type="dataset", object_id=fmt,
                 new={"rows": result.rows, "status": status, "public": public, "verified_only": verified_only,
                      "path": str(result.path)})
    return result
