"""Write endpoints for analysts (bearer token): edit an event's fields, change its status.

They call the review workspace's services, so the same role rules apply (``edit_event``,
``change_status``, ``publish``) and every change is written to the audit log. The PATCH body is
typed from the field declaration (``web/api_fields.py``): a value out of bounds or outside the
codebook is a 422 naming the field and the bound, from pydantic or, for checks a JSON schema
cannot state (date bounds), from the service's :class:`InvalidValue` in the same shape.
"""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja import Status
from ninja.security import HttpBearer

from protest_tracker.review.editable import InvalidValue, spec_for
from protest_tracker.review.services.edits import edit_fields
from protest_tracker.review.services.status import change_status
from protest_tracker.store.models import Event
from protest_tracker.web import api_schemas as schemas
from protest_tracker.web.records import event_record, with_sources
from protest_tracker.web.tokens import user_for_token


class TokenAuth(HttpBearer):
    """``Authorization: Bearer capt_...``: an analyst's API token."""

    def authenticate(self, request: HttpRequest, token: str):
        user = user_for_token(token)
        if user is not None:
            request.user = user
        return user


def form_value(name: str, value: Any) -> Any:
    """A JSON value as the review form parser expects it (strings; lists for multi fields)."""
    spec = spec_for(name)
    if value is None:
        return ""
    if spec.kind == "multi":
        return list(value) if isinstance(value, list | tuple) else [value]
    if spec.kind == "lines":
        return "\n".join(str(v) for v in value) if isinstance(value, list | tuple) else str(value)
    if spec.kind == "bool":
        return "true" if value is True or str(value).lower() in ("1", "true", "yes", "on") else "false"
    return str(value)


def _event(public_id: str) -> Event | None:
    return with_sources(Event.objects.all()).filter(public_id=public_id).first()


def _event_after_change(public_id: str) -> Event:
    """The event read again after a change (a change never deletes it)."""
    event = _event(public_id)
    if event is None:
        raise LookupError(f"event {public_id} vanished during its change")
    return event


def patch_event(request, public_id: schemas.PublicId, body: schemas.EventPatch):
    """Change fields of an event (names and values as in the event records); audited with ``reason``.
    Fields left out keep their values; ``null`` clears a field that may be empty."""
    event = _event(public_id)
    if event is None:
        return Status(404, {"detail": f"no event {public_id}"})
    changes = {name: form_value(name, value) for name, value in body.changes.model_dump(exclude_unset=True).items()}
    edit_fields(event, changes, actor=request.auth, reason=body.reason)
    return Status(200, event_record(_event_after_change(public_id), policy=None))


def set_status(request, public_id: schemas.PublicId, body: schemas.StatusChange):
    """Move an event to another review status (publishing needs the admin role)."""
    event = _event(public_id)
    if event is None:
        return Status(404, {"detail": f"no event {public_id}"})
    change_status(event, body.status, actor=request.auth, reason=body.reason)
    return Status(200, event_record(_event_after_change(public_id), policy=None))


def invalid_value(request, exc: InvalidValue, *, api):
    """422 in pydantic's shape: the field (``loc``), the reason and the bound (``ctx``)."""
    issue = {"type": "value_error", "loc": ["body", "body", "changes", exc.field], "msg": str(exc),
             "ctx": exc.bound or None}
    return api.create_response(request, {"detail": [issue]}, status=422)


def register(api) -> None:
    """Add the write endpoints to ``api`` (same paths as the reads, so they share one URL pattern)."""
    api.add_exception_handler(InvalidValue, lambda request, exc: invalid_value(request, exc, api=api))
    responses = schemas.responses(schemas.EventOut)
    api.patch("/events/{public_id}", response=responses, auth=TokenAuth(), tags=["analysts"])(patch_event)
    api.post("/events/{public_id}/status", response=responses, auth=TokenAuth(), tags=["analysts"])(set_status)
