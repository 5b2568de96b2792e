"""Field edits, campaign moves and comments on events; corrections are kept as training data."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.db import transaction

from protest_tracker.errors import ReviewError
from protest_tracker.event_fields.kinds import CONTROL_CHARACTERS
from protest_tracker.review import permissions
from protest_tracker.review.editable import comparable, parse_value, spec_for
from protest_tracker.review.models import Comment, Correction
from protest_tracker.review.services.place_ids import PLACE_FIELDS, settlement_id
from protest_tracker.store import audit
from protest_tracker.store.models import Campaign, Event


def _note_correction(event: Event, field: str, *, old: Any, new: Any, actor) -> None:
    """The first human edit of a field keeps the machine's value; later edits update the decision."""
    correction, _ = Correction.objects.get_or_create(
        event=event, field=field,
        defaults={"machine_value": comparable(old), "pipeline_version": event.pipeline_version},
    )
    correction.analyst_value = comparable(new)
    correction.analyst = actor
    correction.save()


def _open_for_review(event: Event, *, actor, batch: str) -> None:
    """An edit of an untouched candidate moves it to ``in_review`` (audited)."""
    if event.status == "candidate":
        event.status = "in_review"
        audit.record(actor=actor, action="status", object_type="event", object_id=event.public_id,
                     field="status", old="candidate", new="in_review", reason="edited", batch=batch)


def _keep_size_range_ordered(parsed: dict[str, Any], event: Event) -> None:
    """Refuse a low size above the high size when both change; when only one bound changes and it
    crosses the stored other bound, the analyst is replacing the estimate: the other bound follows."""
    low, high = parsed.get("size_min", event.size_min), parsed.get("size_max", event.size_max)
    if low is None or high is None or low <= high:
        return
    low_changed, high_changed = low != event.size_min, high != event.size_max
    if low_changed and high_changed:
        raise ReviewError(f"the low size ({low}) is above the high size ({high})")
    if low_changed:
        parsed["size_max"] = low
    else:
        parsed["size_min"] = high


def _follow_place(event: Event, *, actor, batch: str) -> list[str]:
    """Recompute the GeoNames id after a place edit (see ``place_ids``); audited, not a correction."""
    new = settlement_id(event.city, country=event.country, region=event.region)
    if new == event.geonames_id:
        return []
    audit.record(actor=actor, action="edit", object_type="event", object_id=event.public_id,
                 field="geonames_id", old=event.geonames_id, new=new, reason="follows the place edit",
                 batch=batch)
    event.geonames_id = new
    return ["geonames_id"]


def edit_fields(event: Event, changes: Mapping[str, Any], *, actor, reason: str = "") -> list[str]:
    """Apply form input ``{field: raw value}``; returns the names of fields that really changed.

    Values are validated first against the field declaration (``event_fields``: bounds such as
    10,000,000 for counts, maximum lengths, codebook codes; ``InvalidValue`` names the field and
    the bound), then written in one transaction with one audit row per field (old -> new, reason)
    sharing a batch id. An edit of the city, region or country recomputes the GeoNames id (or
    clears it), so linking never compares a stale id.
    """
    permissions.check(actor, "edit_event")
    parsed = {name: parse_value(spec_for(name), raw) for name, raw in changes.items()}
    reason = CONTROL_CHARACTERS.sub("", reason or "").strip()  # PostgreSQL refuses NUL in text
    new_date, new_end = parsed.get("date", event.date), parsed.get("end_date", event.end_date)
    if new_date and new_end and new_end < new_date:
        raise ReviewError("the end date is before the start date")
    _keep_size_range_ordered(parsed, event)
    batch = audit.new_batch()
    changed: list[str] = []
    with transaction.atomic():
        for name, value in parsed.items():
            old = getattr(event, name)
            if comparable(old) == comparable(value) or (old in (None, "") and value in (None, "")):
                continue
            setattr(event, name, value)
            audit.record(actor=actor, action="edit", object_type="event", object_id=event.public_id,
                         field=name, old=comparable(old), new=comparable(value), reason=reason, batch=batch)
            _note_correction(event, name, old=old, new=value, actor=actor)
            changed.append(name)
        if changed:
            derived = _follow_place(event, actor=actor, batch=batch) if PLACE_FIELDS & set(changed) else []
            _open_for_review(event, actor=actor, batch=batch)
            # only the edited columns: a colleague's concurrent edit of another field survives
            event.save(update_fields=[*changed, *derived, "status", "updated_at"])
    return changed


def move_to_campaign(event: Event, campaign: Campaign | None, *, actor, reason: str = "", batch: str = "") -> None:
    """Put ``event`` into ``campaign`` (or none); audited with both campaigns' public ids."""
    permissions.check(actor, "move_campaign")
    old = event.campaign.public_id if event.campaign_id else None
    new = campaign.public_id if campaign else None
    if old == new:
        return
    with transaction.atomic():
        event.campaign = campaign
        event.save(update_fields=["campaign", "updated_at"])
        audit.record(actor=actor, action="move_campaign", object_type="event", object_id=event.public_id,
                     field="campaign", old=old, new=new, reason=reason, batch=batch)
        _note_correction(event, "campaign", old=old, new=new, actor=actor)


def add_comment(event: Event, text: str, *, actor) -> Comment:
    """A comment on ``event`` (1-5000 characters); audited."""
    permissions.check(actor, "comment")
    text = (text or "").strip()
    if not text:
        raise ReviewError("the comment is empty")
    if len(text) > 5000:
        raise ReviewError("the comment is longer than 5000 characters")
    with transaction.atomic():
        comment = Comment.objects.create(event=event, author=actor, author_label=audit.actor_label(actor), text=text)
        audit.record(actor=actor, action="comment", object_type="event", object_id=event.public_id,
                     field="comments", new=text)
    return comment
