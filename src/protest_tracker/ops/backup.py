"""``backup`` and ``restore`` of the configured database.

SQLite: the online backup API (``sqlite3.Connection.backup``). It reads a consistent
snapshot, so the server and ``protest-tracker run`` may keep writing (WAL mode: readers
never block writers); the backup file is a plain single-file database (journal mode DELETE).
PostgreSQL: ``pg_dump --format=custom`` from a snapshot exported by a REPEATABLE READ
transaction, so the printed row counts are those of the dump; ``pg_restore`` back.
Either way the file appears under its final name only when complete (temporary file,
fsync, rename) and an existing file is kept unless ``force``.
"""

from __future__ import annotations

import os
import secrets
import shutil
import sqlite3
import subprocess
from dataclasses import dataclass
from pathlib import Path

from django.db import connection, connections

from protest_tracker.errors import ConfigurationError
from protest_tracker.ops.errors import OperationError
from protest_tracker.ops.tables import row_counts, tables_with_data
from protest_tracker.store.setup import migrate

SQLITE_MAGIC = b"SQLite format 3\x00"
PG_CUSTOM_MAGIC = b"PGDMP"


@dataclass
class BackupResult:
    path: Path
    engine: str
    size: int
    counts: dict[str, int]


def _pg_tool(name: str) -> str:
    found = shutil.which(name)
    if not found:
        raise ConfigurationError(f"{name} not found on PATH; install the PostgreSQL client programs "
                                 f"(e.g. `apt install postgresql-client`, the server's major version or newer)")
    return found


def _pg_args(settings: dict) -> tuple[list[str], dict[str, str]]:
    args = ["--dbname", settings["NAME"]]
    for flag, key in (("--host", "HOST"), ("--port", "PORT"), ("--username", "USER")):
        if settings.get(key):
            args += [flag, str(settings[key])]
    env = {**os.environ, "PGCONNECT_TIMEOUT": "10"}
    if settings.get("PASSWORD"):
        env["PGPASSWORD"] = settings["PASSWORD"]
    return args, env


def _run(command: list[str], *, env: dict[str, str]) -> None:
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        lines = [line for line in done.stderr.strip().splitlines() if line.strip()]
        raise OperationError(f"{Path(command[0]).name} failed: {lines[-1] if lines else f'exit {done.returncode}'}")


def _publish(tmp: Path, output: Path, *, force: bool) -> None:
    """fsync ``tmp`` and give it its final name (never replacing ``output`` unless ``force``)."""
    with open(tmp, "rb") as handle:
        os.fsync(handle.fileno())
    if force:
        os.replace(tmp, output)
    else:
        try:
            os.link(tmp, output)  # atomic, and fails if output appeared meanwhile
        except FileExistsError:
            raise OperationError(f"{output} exists; use --force to replace it") from None
        finally:
            tmp.unlink(missing_ok=True)
    folder = os.open(output.parent, os.O_RDONLY)
    try:
        os.fsync(folder)
    finally:
        os.close(folder)


def _sqlite_backup(name: str, tmp: Path) -> dict[str, int]:
    source = sqlite3.connect(name, timeout=30)
    target = sqlite3.connect(tmp)
    try:
        source.backup(target)  # one step: a consistent snapshot even while others write
        target.execute("PRAGMA journal_mode=DELETE")
        check = target.execute("PRAGMA integrity_check").fetchone()[0]
        if check != "ok":
            raise OperationError(f"the backup failed its integrity check: {check}")
        tables = [r[0] for r in target.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        return {t: target.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        target.close()
        source.close()


def _pg_backup(settings: dict, tmp: Path) -> dict[str, int]:
    pg_dump = _pg_tool("pg_dump")
    args, env = _pg_args(settings)
    own = connections.create_connection("default")  # a connection of our own, outside any atomic block
    try:
        cursor = own.cursor()
        cursor.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        try:
            cursor.execute("SELECT pg_export_snapshot()")
            snapshot = cursor.fetchone()[0]
            cursor.execute("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1")
            tables = [r[0] for r in cursor.fetchall()]
            counts = {}
            for table in tables:
                cursor.execute(f"SELECT count(*) FROM {connection.ops.quote_name(table)}")
                counts[table] = cursor.fetchone()[0]
            _run([pg_dump, "--format=custom", f"--snapshot={snapshot}", "--file", str(tmp), *args], env=env)
        finally:
            cursor.execute("ROLLBACK")
    finally:
        own.close()
    return counts


def backup(output: Path, *, force: bool = False) -> BackupResult:
    """Write a backup of the configured database to ``output``."""
    output = output.expanduser().resolve()
    if output.exists() and not force:
        raise OperationError(f"{output} exists; use --force to replace it")
    if not output.parent.is_dir():
        raise OperationError(f"folder {output.parent} does not exist")
    settings = connection.settings_dict
    tmp = output.parent / f".{output.name}.{secrets.token_hex(4)}.part"
    try:
        if connection.vendor == "sqlite":
            if settings["NAME"] == ":memory:":
                raise OperationError("an in-memory database cannot be backed up")
            counts = _sqlite_backup(str(settings["NAME"]), tmp)
        elif connection.vendor == "postgresql":
            counts = _pg_backup(settings, tmp)
        else:
            raise OperationError(f"backups of {connection.vendor} databases are not supported")
        _publish(tmp, output, force=force)
    finally:
        tmp.unlink(missing_ok=True)
    return BackupResult(path=output, engine=connection.vendor, size=output.stat().st_size, counts=counts)


def backup_kind(path: Path) -> str:
    """``sqlite`` or ``postgresql`` from the file's first bytes; :class:`OperationError` otherwise."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(16)
    except OSError as exc:
        raise OperationError(f"cannot read {path}: {exc.strerror or exc}") from None
    if head.startswith(SQLITE_MAGIC):
        return "sqlite"
    if head.startswith(PG_CUSTOM_MAGIC):
        return "postgresql"
    raise OperationError(f"{path} is neither a SQLite database nor a pg_dump custom-format archive")


def _sqlite_restore(path: Path, name: str) -> None:
    source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = {r[0] for r in source.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "django_migrations" not in tables:
            raise OperationError(f"{path} is a SQLite database but not a protest-tracker backup")
        connections.close_all()
        target = sqlite3.connect(name, timeout=30)
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()


def _drop_all_tables() -> None:
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            cursor.execute(f"DROP TABLE IF EXISTS {connection.ops.quote_name(table)} CASCADE")


def restore(path: Path, *, force: bool = False) -> tuple[int, dict[str, int]]:
    """Restore ``path`` into the configured database, then migrate; returns (migrations applied, counts)."""
    path = path.expanduser().resolve()
    kind = backup_kind(path)
    if kind != connection.vendor:
        hint = (" — to move a SQLite backup to PostgreSQL: `DATABASE_URL=sqlite:///" + str(path)
                + " protest-tracker copy --to postgres://…`") if kind == "sqlite" else ""
        raise OperationError(f"{path} is a {kind} backup but the configured database is {connection.vendor}{hint}")
    busy = tables_with_data()
    if busy and not force:
        raise OperationError(f"the configured database is not empty ({', '.join(busy[:5])}"
                             f"{' …' if len(busy) > 5 else ''}); use --force to replace its contents")
    if kind == "sqlite":
        _sqlite_restore(path, str(connection.settings_dict["NAME"]))
    else:
        pg_restore = _pg_tool("pg_restore")
        args, env = _pg_args(connection.settings_dict)
        if force:
            _drop_all_tables()
        connections.close_all()
        _run([pg_restore, "--clean", "--if-exists", "--no-owner", "--no-privileges", "--exit-on-error",
              "--single-transaction", *args, str(path)], env=env)
    applied = migrate()
    return applied, row_counts()
