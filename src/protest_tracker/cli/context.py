"""Shared CLI plumbing: the Rich console, Django start-up with clear errors, exit codes."""

from __future__ import annotations

import os
from contextlib import contextmanager

from rich.console import Console

from protest_tracker import config
from protest_tracker.errors import DatabaseUnavailable

console = Console(highlight=False, soft_wrap=True)
err_console = Console(stderr=True, highlight=False, soft_wrap=True)


def require_existing_sqlite(parsed: config.DatabaseSettings) -> None:
    """Refuse a SQLite file that does not exist yet, before anything can create it.

    Only ``init`` and ``demo`` may create the database; every other command run in the wrong
    folder would otherwise leave an empty ``protest-tracker.db`` behind and fail later with a
    Django traceback.
    """
    if parsed.engine == "sqlite" and parsed.name != ":memory:" and not os.path.exists(parsed.name):
        raise DatabaseUnavailable(
            f"no database at {parsed.name} — run `protest-tracker init` (or `demo`) first, "
            "or set DATABASE_URL")


def setup_django(*, check_connection: bool = True, create: bool = False) -> None:
    """Validate ``DATABASE_URL``, start Django and (by default) open the database.

    ``create=True`` (``init``, ``demo``) lets a missing SQLite file be created; otherwise a
    missing file is one clear error, raised before Django starts so nothing is written.

    Raises :class:`~protest_tracker.errors.ConfigurationError` for a malformed URL and
    :class:`~protest_tracker.errors.DatabaseUnavailable` when the database cannot be reached.
    """
    url = config.database_url()
    parsed = config.parse_database_url(url)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "protest_tracker.settings")
    import django
    from django.apps import apps

    if not apps.ready:  # a fresh process (the CLI as users run it); tests set Django up themselves
        if check_connection and not create:
            require_existing_sqlite(parsed)
        django.setup()
    if check_connection:
        from django.db import connection
        from django.db.utils import Error as DjangoDatabaseError

        if parsed.engine == "sqlite" and parsed.name != ":memory:":
            folder = os.path.dirname(parsed.name)
            if folder and not os.path.isdir(folder):
                raise DatabaseUnavailable(f"cannot open {parsed.describe()}: folder {folder} does not exist")
        try:
            connection.ensure_connection()
        except DjangoDatabaseError as exc:
            reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise DatabaseUnavailable(f"cannot connect to {parsed.describe()}: {reason}") from None


@contextmanager
def django_ready(*, check_connection: bool = True):
    """``with django_ready():`` runs its body with Django set up."""
    setup_django(check_connection=check_connection)
    yield
