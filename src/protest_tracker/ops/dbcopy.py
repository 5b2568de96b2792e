"""``copy --to DATABASE_URL``: move every row of the configured database into another one.

The target is migrated to the current schema, must hold no data (only what ``migrate``
itself writes: content types and permissions, which are replaced by the source's so
their ids match), and receives every table of every installed app in dependency order,
in batches, inside one transaction: a failure leaves it as ``migrate`` left it. On
PostgreSQL the id sequences are then moved past the copied ids. The copy is verified
twice: row counts before the commit, and content fingerprints (:func:`tables.fingerprints`)
of the target after it against those of the source taken before anything ran on the target.
Stop the writers (``serve``, ``run``) first, or the source moves under the copy.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field

from django.core.management import call_command
from django.core.management.color import no_style
from django.db import DatabaseError, connections, transaction

from protest_tracker import config
from protest_tracker.ops.errors import OperationError
from protest_tracker.ops.tables import (
    SEEDED_TABLES,
    all_models,
    fingerprints,
    iter_rows,
    row_counts,
    tables_with_data,
)
from protest_tracker.store.setup import pending_migrations

TARGET = "copy_target"


@dataclass
class CopyResult:
    target: str
    counts: dict[str, int]
    mismatched: list[str] = field(default_factory=list)


def database_settings(url: str) -> dict:
    """Django ``DATABASES`` entry for ``url`` (the same shape settings.py builds for the default)."""
    parsed = config.parse_database_url(url)
    if parsed.engine == "sqlite":
        if parsed.name == ":memory:":
            raise OperationError("copying into an in-memory database keeps nothing")
        return {"ENGINE": "django.db.backends.sqlite3", "NAME": parsed.name,
                "OPTIONS": {"init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
                                            "PRAGMA foreign_keys=ON;", "transaction_mode": "IMMEDIATE",
                            "timeout": 30}}
    return {"ENGINE": "django.db.backends.postgresql", "NAME": parsed.name, "USER": parsed.user,
            "PASSWORD": parsed.password, "HOST": parsed.host, "PORT": parsed.port,
            "OPTIONS": {"connect_timeout": 5}}


def _open_target(url: str) -> None:
    settings = database_settings(url)
    source = connections["default"].settings_dict
    if (settings["ENGINE"], settings["NAME"], settings.get("HOST", ""), str(settings.get("PORT", ""))) == (
            source["ENGINE"], str(source["NAME"]), source.get("HOST", ""), str(source.get("PORT", ""))):
        raise OperationError("the target is the configured database itself")
    configured = connections.configure_settings({"default": dict(source), TARGET: settings})
    connections.settings[TARGET] = configured[TARGET]
    try:
        connections[TARGET].ensure_connection()
    except DatabaseError as exc:
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise OperationError(f"cannot connect to {config.parse_database_url(url).describe()}: {reason}") from None


def _insert_all(progress: Callable[[str, int], None] | None, batch: int) -> dict[str, int]:
    target = connections[TARGET]
    quote = target.ops.quote_name
    copied: dict[str, int] = {}
    with target.cursor() as cursor:
        for model in reversed(all_models()):  # replace what migrate wrote (permissions before content types)
            if model._meta.db_table in SEEDED_TABLES:
                cursor.execute(f"DELETE FROM {quote(model._meta.db_table)}")
        for model in all_models():
            table = model._meta.db_table
            fields = model._meta.concrete_fields
            sql = (f"INSERT INTO {quote(table)} ({', '.join(quote(f.column) for f in fields)}) "
                   f"VALUES ({', '.join(['%s'] * len(fields))})")
            copied[table] = 0
            for chunk in iter_rows(model, "default", batch=batch):
                rows = [[f.get_db_prep_save(v, connection=target) for f, v in zip(fields, row, strict=True)]
                        for row in chunk]
                try:
                    cursor.executemany(sql, rows)
                except DatabaseError as exc:
                    raise OperationError(f"copying {table} failed: {str(exc).strip().splitlines()[0]}") from None
                copied[table] += len(rows)
                if progress:
                    progress(table, len(rows))
        if target.vendor == "postgresql":
            for statement in target.ops.sequence_reset_sql(no_style(), all_models()):
                cursor.execute(statement)
    return copied


def copy_database(url: str, *, batch: int = 1000,
                  progress: Callable[[str, int], None] | None = None) -> CopyResult:
    """Copy the configured database into the (empty) database at ``url``; verified; see the module doc."""
    if pending_migrations():
        raise OperationError("the configured database is not at the current schema; run `protest-tracker init`")
    _open_target(url)
    try:
        # printed before anything runs on the target, so a migration that wrongly writes to the
        # default database (instead of the one being migrated) shows up as a difference
        source_prints = fingerprints("default")
        call_command("migrate", database=TARGET, interactive=False, verbosity=0, stdout=io.StringIO())
        busy = tables_with_data(TARGET)
        if busy:
            raise OperationError(f"the target is not empty ({', '.join(busy[:5])}"
                                 f"{' …' if len(busy) > 5 else ''}); copy only into a new, empty database")
        with transaction.atomic(using="default"), transaction.atomic(using=TARGET):
            copied = _insert_all(progress, batch)
            expected = row_counts("default")
            found = row_counts(TARGET)
            wrong = [t for t in expected if expected[t] != found.get(t) or copied.get(t) != expected[t]]
            if wrong:
                raise OperationError(f"row counts differ after copying ({', '.join(wrong)}); nothing was kept")
        target_prints = fingerprints(TARGET)
        mismatched = [t for t in source_prints if source_prints[t] != target_prints.get(t)]
        return CopyResult(target=config.parse_database_url(url).describe(), counts=found, mismatched=mismatched)
    finally:
        connections[TARGET].close()
