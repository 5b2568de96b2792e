"""Schema and static-file set-up, callable from the CLI and tests."""

from __future__ import annotations

import io

from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor


def pending_migrations() -> list[str]:
    """Names of migrations not yet applied to the database."""
    executor = MigrationExecutor(connection)
    plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
    return [f"{m.app_label}.{m.name}" for m, _ in plan]


def migrate() -> int:
    """Apply every pending migration; returns how many were applied. Existing data is kept."""
    pending = pending_migrations()
    if pending:
        call_command("migrate", interactive=False, verbosity=0, stdout=io.StringIO())
    return len(pending)


def collect_static() -> None:
    """Copy static assets into STATIC_ROOT (quietly, idempotently)."""
    call_command("collectstatic", interactive=False, verbosity=0, stdout=io.StringIO())
