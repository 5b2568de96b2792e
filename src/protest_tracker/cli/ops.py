"""Operations commands: ``backup``, ``restore``, ``copy`` and ``run`` (see docs/operations.md)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from protest_tracker.cli.context import console, err_console, setup_django
from protest_tracker.errors import ConfigurationError


def _counts_table(title: str, counts: dict[str, int]) -> Table:
    table = Table("table", "rows", title=title)
    table.columns[1].justify = "right"
    for name, rows in sorted(counts.items()):
        table.add_row(name, f"{rows:,}")
    table.add_row("[bold]total[/bold]", f"[bold]{sum(counts.values()):,}[/bold]")
    return table


def _size(size: float) -> str:
    for unit in ("B", "KiB", "MiB", "GiB"):
        if size < 1024 or unit == "GiB":
            return f"{size:,.0f} {unit}" if unit == "B" else f"{size:,.1f} {unit}"
        size /= 1024
    return str(size)


def backup(
    output: Annotated[Path, typer.Option("--output", "-o", help="Backup file to write.")],
    force: bool = typer.Option(False, "--force", help="Replace OUTPUT if it exists."),
) -> None:
    """Back up the database while it runs (SQLite: online backup API; PostgreSQL: pg_dump custom format)."""
    setup_django()
    from protest_tracker.ops.backup import backup as do_backup

    result = do_backup(output, force=force)
    console.print(_counts_table(f"{result.engine} backup", result.counts))
    console.print(f"wrote {escape(str(result.path))} ({_size(result.size)})")


def restore(
    path: Annotated[Path, typer.Argument(help="A file written by `protest-tracker backup`.")],
    force: bool = typer.Option(False, "--force", help="Replace the contents of a database that holds data."),
) -> None:
    """Restore a backup into the configured database, then migrate it to the current schema."""
    from protest_tracker import config

    setup_django(create=config.parse_database_url(config.database_url()).engine == "sqlite")
    from protest_tracker.ops.backup import restore as do_restore

    applied, counts = do_restore(path, force=force)
    console.print(_counts_table("restored", counts))
    console.print(f"restored {escape(str(path))}; {applied} migration(s) applied after it")


def copy(
    to: Annotated[str, typer.Option("--to", help="DATABASE_URL of the new, empty target database.")],
    batch_size: int = typer.Option(1000, min=1, help="Rows inserted at a time."),
) -> None:
    """Copy every table into another database (e.g. SQLite → PostgreSQL), verified by counts and fingerprints."""
    setup_django()
    from rich.progress import Progress

    from protest_tracker.ops.dbcopy import copy_database

    with Progress(console=err_console, transient=True) as progress:
        task = progress.add_task("copying", total=None)
        result = copy_database(to, batch=batch_size,
                               progress=lambda table, n: progress.update(task, advance=n, description=table))
    console.print(_counts_table(f"copied into {result.target}", result.counts))
    if result.mismatched:
        raise ConfigurationError(f"the copy differs from the source in {', '.join(result.mismatched)}")
    console.print("every table's rows are identical in both databases")


def run(
    once: bool = typer.Option(False, "--once", help="Run one cycle and exit."),
    sources: Annotated[Path | None, typer.Option("--sources", help="Sources TOML (default: the shipped list).")] = None,
    only: Annotated[list[str] | None, typer.Option("--only", help="Only these source slugs (repeatable).")] = None,
    interval: int = typer.Option(60, "--interval", min=5, help="Minutes between fetches of a source without "
                                 "its own interval_minutes."),
    config_file: Annotated[Path | None, typer.Option("--config", help="Pipeline configuration (TOML).")] = None,
    allow_private: bool = typer.Option(False, "--allow-private", help="Allow private/loopback feed addresses "
                                       "(also PROTEST_TRACKER_ALLOW_PRIVATE=1)."),
) -> None:
    """Keep ingest → process going: due sources with jitter and backoff, one instance at a time."""
    setup_django()
    from protest_tracker.ingest.http import HttpPolicy
    from protest_tracker.ops.lock import RunLock
    from protest_tracker.ops.notify import NotifyConfig
    from protest_tracker.ops.runner import Runner, RunOptions, stop_on_signals
    from protest_tracker.pipeline.config import default_pipeline
    from protest_tracker.store.setup import pending_migrations

    if pending_migrations():
        raise ConfigurationError("the database schema is out of date; run `protest-tracker init` first")
    options = RunOptions(sources_path=sources, only=tuple(only or ()), default_interval=interval,
                         policy=HttpPolicy.from_env(allow_private=allow_private),
                         pipeline=default_pipeline(config_path=config_file), notify=NotifyConfig.from_env())
    runner = Runner(options=options, lock=RunLock(), log=lambda line: console.print(escape(line)))
    with stop_on_signals(runner.stop):
        cycles = runner.run(once=once)
    console.print(f"stopped after {cycles} cycle(s)")


def register(app: typer.Typer) -> None:
    app.command()(backup)
    app.command()(restore)
    app.command("copy")(copy)
    app.command()(run)
