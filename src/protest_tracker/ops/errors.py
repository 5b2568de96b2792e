"""Errors of the operations commands (one clear line each through the CLI)."""

from __future__ import annotations

from protest_tracker.errors import TrackerError


class OperationError(TrackerError):
    """A backup, restore or copy could not be done; nothing was changed unless the message says so."""
