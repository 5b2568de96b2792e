"""Double coding: an admin assigns a sample of events to two coders; agreement and adjudication."""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.utils import timezone

from protest_tracker.errors import ReviewError
from protest_tracker.review import permissions
from protest_tracker.review.agreement import field_agreement
from protest_tracker.review.editable import comparable, display_value, parse_value, spec_for
from protest_tracker.review.models import CodingAssignment, CodingSample
from protest_tracker.review.services.edits import edit_fields
from protest_tracker.store import audit
from protest_tracker.store.models import Event

#: The fields coded by default: the categorical core of the codebook.
DEFAULT_CODED_FIELDS = (
    "event_type", "grievance_categories", "state_response", "participant_groups",
    "target_categories", "venue_type", "protester_violence", "pro_government",
)


def draw_sample(events: Iterable[Event], *, size: int, seed: int | None = None) -> list[Event]:
    """A random sample of ``size`` events (all of them when there are fewer)."""
    pool = list(events)
    rng = random.Random(seed)
    return pool if len(pool) <= size else rng.sample(pool, size)


def create_sample(
    *, name: str, events: Iterable[Event], coder_a, coder_b, actor, fields: Iterable[str] = DEFAULT_CODED_FIELDS
) -> CodingSample:
    """Assign every event of the sample to both coders; audited."""
    permissions.check(actor, "assign_sample")
    events, fields = list(events), [spec_for(f).name for f in fields]
    if not name.strip():
        raise ReviewError("the sample needs a name")
    if not events:
        raise ReviewError("the sample has no events")
    if coder_a.pk == coder_b.pk:
        raise ReviewError("double coding needs two different coders")
    for coder in (coder_a, coder_b):
        if not permissions.can(coder, "code_sample"):
            raise ReviewError(f"{coder.get_username()} has no role that may code")
    with transaction.atomic():
        sample = CodingSample.objects.create(name=name.strip(), fields=fields, coder_a=coder_a,
                                             coder_b=coder_b, created_by=actor)
        CodingAssignment.objects.bulk_create(
            CodingAssignment(sample=sample, event=event, coder=coder) for event in events for coder in (coder_a, coder_b)
        )
        audit.record(actor=actor, action="assign_sample", object_type="coding_sample", object_id=str(sample.pk),
                     new={"name": sample.name, "events": [e.public_id for e in events],
                          "coders": [coder_a.get_username(), coder_b.get_username()], "fields": fields})
    return sample


def submit_coding(assignment: CodingAssignment, raw: Mapping[str, Any], *, actor) -> CodingAssignment:
    """Save a coder's values for one assigned event (only the assigned coder may)."""
    permissions.check(actor, "code_sample")
    if assignment.coder_id != actor.pk:
        raise permissions.ActionDenied("this assignment belongs to another coder")
    values = {name: comparable(parse_value(spec_for(name), raw.get(name))) for name in assignment.sample.fields}
    with transaction.atomic():
        assignment.values = values
        assignment.submitted_at = timezone.now()
        assignment.save(update_fields=["values", "submitted_at"])
        audit.record(actor=actor, action="code", object_type="coding_sample", object_id=str(assignment.sample_id),
                     field=assignment.event.public_id, new=values)
    return assignment


def _paired(sample: CodingSample) -> dict[int, tuple[dict, dict]]:
    """event pk -> (coder A's values, coder B's values), for events both coders submitted."""
    by_event: dict[int, dict[int, dict]] = {}
    for a in sample.assignments.filter(submitted_at__isnull=False):
        by_event.setdefault(a.event_id, {})[a.coder_id] = a.values
    return {pk: (v[sample.coder_a_id], v[sample.coder_b_id]) for pk, v in by_event.items()
            if sample.coder_a_id in v and sample.coder_b_id in v}


def agreement_report(sample: CodingSample) -> list[dict[str, Any]]:
    """Per field: label, n (events coded by both), percent agreement and Krippendorff's alpha."""
    paired = _paired(sample)
    rows = []
    for name in sample.fields:
        spec = spec_for(name)
        pairs = [(a.get(name), b.get(name)) for a, b in paired.values()]
        codes = spec.vocabulary.codes if spec.kind == "multi" and spec.vocabulary is not None else None
        rows.append({"field": name, "label": spec.label, **field_agreement(pairs, codes=codes)})
    return rows


@dataclass(frozen=True)
class Disagreement:
    event: Event
    field: str
    label: str
    value_a: Any
    value_b: Any
    shown_a: str
    shown_b: str
    resolved: Any
    is_resolved: bool

    @property
    def values_a(self) -> list[str]:
        return form_values(self.value_a)

    @property
    def values_b(self) -> list[str]:
        return form_values(self.value_b)


def form_values(value: Any) -> list[str]:
    """A coded value as the strings a form posts (one per code for lists, "1"/"" for booleans)."""
    if isinstance(value, list):
        return [str(v) for v in value]
    if isinstance(value, bool):
        return ["1" if value else ""]
    return ["" if value is None else str(value)]


def disagreements(sample: CodingSample) -> list[Disagreement]:
    """Every (event, field) where the two coders differ, with the adjudicated value when there is one."""
    pairs = _paired(sample)
    events = Event.objects.in_bulk(list(pairs))
    found = []
    for pk, (a, b) in sorted(pairs.items(), key=lambda item: events[item[0]].public_id):
        for name in sample.fields:
            spec = spec_for(name)
            va, vb = a.get(name), b.get(name)
            if _same(va, vb):
                continue
            key = f"{events[pk].public_id}:{name}"
            found.append(Disagreement(events[pk], name, spec.label, va, vb, display_value(spec, va),
                                      display_value(spec, vb), sample.resolved.get(key), key in sample.resolved))
    return found


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, list) or isinstance(b, list):
        return sorted(a or []) == sorted(b or [])
    return (a in (None, "")) and (b in (None, "")) or a == b


def adjudicate(sample: CodingSample, event: Event, field: str, raw: Any, *, actor) -> None:
    """Settle a disagreement: the chosen value is written to the event (audited edit) and noted."""
    permissions.check(actor, "adjudicate")
    if field not in sample.fields:
        raise ReviewError(f"{field!r} is not coded in this sample")
    with transaction.atomic():
        edit_fields(event, {field: raw}, actor=actor, reason=f"adjudicated in double-coding sample {sample.name!r}")
        event.refresh_from_db()
        sample.resolved = {**sample.resolved, f"{event.public_id}:{field}": comparable(getattr(event, field))}
        sample.save(update_fields=["resolved"])
        audit.record(actor=actor, action="adjudicate", object_type="coding_sample", object_id=str(sample.pk),
                     field=f"{event.public_id}:{field}", new=comparable(getattr(event, field)))
