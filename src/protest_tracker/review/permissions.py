"""Who may do what in the review workspace. Deny by default: an action not listed is refused.

The matrix below is the single place that grants rights; views call :func:`require`
(decorator) or :func:`can`; services call :func:`check`. docs/review.md prints it.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied

from protest_tracker.errors import ReviewError
from protest_tracker.store.roles import role_of

ADMIN, CODER, VIEWER = "admin", "coder", "viewer"

#: action -> roles allowed to do it. Anything not here is denied to everyone.
PERMISSIONS: dict[str, frozenset[str]] = {
    "view_queue": frozenset({ADMIN, CODER, VIEWER}),
    "view_event": frozenset({ADMIN, CODER, VIEWER}),
    "view_event_audit": frozenset({ADMIN, CODER, VIEWER}),
    "edit_event": frozenset({ADMIN, CODER}),
    "change_status": frozenset({ADMIN, CODER}),
    "publish": frozenset({ADMIN}),
    "merge": frozenset({ADMIN, CODER}),
    "split": frozenset({ADMIN, CODER}),
    "move_campaign": frozenset({ADMIN, CODER}),
    "comment": frozenset({ADMIN, CODER}),
    "bulk_action": frozenset({ADMIN, CODER}),
    "code_sample": frozenset({ADMIN, CODER}),
    "assign_sample": frozenset({ADMIN}),
    "view_agreement": frozenset({ADMIN}),
    "adjudicate": frozenset({ADMIN}),
    "view_user_audit": frozenset({ADMIN}),
    "manage_users": frozenset({ADMIN}),
    "export_corrections": frozenset({ADMIN}),
    "mark_public_figure": frozenset({ADMIN}),
}


class ActionDenied(ReviewError):
    """The user's role does not allow the action."""




def can(user, action: str) -> bool:
    """True when ``user`` (authenticated, with a role) may do ``action``; False for unknown actions."""
    role = role_of(user)
    return role is not None and role in PERMISSIONS.get(action, frozenset())


#: Actions whose name alone would mislead in a refusal ("publish" also guards unpublishing).
ACTION_WORDS = {"publish": "publish or unpublish events"}


def check(user, action: str) -> None:
    """Raise :class:`ActionDenied` unless ``user`` may do ``action``."""
    if not can(user, action):
        words = ACTION_WORDS.get(action, action.replace("_", " "))
        raise ActionDenied(f"your role ({role_of(user) or 'none'}) may not {words}")


def require(action: str) -> Callable:
    """View decorator: anonymous users go to the login page, users without the right get 403."""

    def decorate(view: Callable) -> Callable:
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            if not can(request.user, action):
                raise PermissionDenied(f"your role may not {action.replace('_', ' ')}")
            return view(request, *args, **kwargs)

        wrapper.required_action = action  # type: ignore[attr-defined]  # read by the route audit
        return wrapper

    return decorate


def allowed_actions(user) -> frozenset[str]:
    """Every action ``user`` may do (templates use it to show only usable buttons)."""
    return frozenset(action for action in PERMISSIONS if can(user, action))
