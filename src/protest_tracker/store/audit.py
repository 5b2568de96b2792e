"""Writing the audit log. Every change to events, campaigns and users goes through :func:`record`."""

from __future__ import annotations

import uuid
from typing import Any

from protest_tracker.store.models import AuditLog


def actor_label(actor: Any) -> str:
    """``user name`` for a user, ``system:<name>`` for a string, ``system`` for None."""
    if actor is None:
        return "system"
    if isinstance(actor, str):
        return actor if actor.startswith("system") else f"system:{actor}"
    return getattr(actor, "get_username", lambda: str(actor))()


def _json_safe(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, list | tuple | set):
        return [_json_safe(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _json_safe(v) for k, v in value.items()}
    return str(value)


def record(
    *,
    actor: Any,
    action: str,
    object_type: str,
    object_id: str,
    field: str = "",
    old: Any = None,
    new: Any = None,
    reason: str = "",
    batch: str = "",
) -> AuditLog:
    """Add one audit row. ``actor`` is a user, a component name (``"pipeline"``) or None."""
    user = actor if hasattr(actor, "pk") and not isinstance(actor, str) else None
    return AuditLog.objects.create(
        actor=user,
        actor_label=actor_label(actor),
        action=action,
        object_type=object_type,
        object_id=str(object_id),
        field=field,
        old_value=_json_safe(old),
        new_value=_json_safe(new),
        reason=reason,
        batch=batch,
    )


def new_batch() -> str:
    """An id that groups the audit rows of one bulk action."""
    return str(uuid.uuid4())
