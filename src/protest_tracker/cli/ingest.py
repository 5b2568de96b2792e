"""``protest-tracker ingest …`` (feeds, pages, files, Telegram, sources, status) and ``import acled|mmp``."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table

from protest_tracker.cli.context import console, err_console, setup_django

ingest_app = typer.Typer(help="Collect news: feeds, web pages, files, Telegram exports, the sources list.",
                         no_args_is_help=True)
import_app = typer.Typer(help="Import existing event datasets (ACLED, MMP) as candidate events.",
                         no_args_is_help=True)

ALLOW_PRIVATE = typer.Option(False, "--allow-private",
                             help="Allow private/loopback addresses (also PROTEST_TRACKER_ALLOW_PRIVATE=1).")
RATE = typer.Option(1.0, "--per-host-interval", min=0.0, help="Seconds between two requests to one host.")
TIMEOUT = typer.Option(20.0, "--timeout", min=0.1, help="Read timeout per request, in seconds.")
WAIT = typer.Option(60.0, "--wait", min=0.0, help="Seconds to wait while a `run` cycle or `process` works on the "
                                                "database; then fail.")
MAX_SHOWN_FAILURES = 20


def _policy(*, allow_private: bool, interval: float, timeout: float):
    from protest_tracker.ingest.http import HttpPolicy

    return HttpPolicy.from_env(allow_private=allow_private, per_host_interval=interval, read_timeout=timeout,
                               connect_timeout=min(10.0, timeout))


@contextmanager
def _progress(description: str, total: int | None = None, *, command: str, wait: float) -> Iterator:
    """A progress bar, under the ``work`` lease (never alongside a `run` cycle or `process`)."""
    from protest_tracker.ops.lock import LeaseLost, working

    columns = [SpinnerColumn(), TextColumn("{task.description}"), BarColumn() if total else TextColumn(""),
               MofNCompleteColumn() if total else TextColumn("{task.completed} item(s)"), TimeElapsedColumn()]
    with working(command, wait=wait) as lease, Progress(*columns, console=err_console, transient=True) as progress:
        task = progress.add_task(description, total=total)

        def advance(_item: object) -> None:
            progress.advance(task)
            with suppress(LeaseLost):  # lost only after 10 min without an item: finish rather than fail records
                lease.renew()

        yield advance


def _notify(message: str) -> None:
    err_console.print(f"[yellow]note:[/yellow] {escape(message)}", soft_wrap=True)


def _finish(summary) -> None:
    """Print the summary line and the failures; exit 1 when nothing could be ingested."""
    for failure in summary.failures[:MAX_SHOWN_FAILURES]:
        err_console.print(f"[red]failed:[/red] {escape(failure.location)}: {escape(failure.reason)} — "
                          f"{escape(failure.detail)}", soft_wrap=True)
    if len(summary.failures) > MAX_SHOWN_FAILURES:
        err_console.print(f"… and {len(summary.failures) - MAX_SHOWN_FAILURES} more "
                          "(see `protest-tracker ingest status`)")
    console.print(summary.describe())
    if summary.stored == 0 and summary.failed_total > 0:
        raise typer.Exit(1)


@ingest_app.command("feed")
def feed(urls: Annotated[list[str], typer.Argument(help="RSS or Atom feed URLs.")],
         force: bool = typer.Option(False, "--force", help="Ignore the stored ETag/Last-Modified."),
         allow_private: bool = ALLOW_PRIVATE, interval: float = RATE, timeout: float = TIMEOUT,
         wait: float = WAIT) -> None:
    """Fetch feeds, then each item's page (main text, title, date, language); feed summary as fallback."""
    setup_django()
    from protest_tracker.store.feed_sink import ingest_feeds
    with _progress("feeds", command="ingest feed", wait=wait) as advance:
        summary = ingest_feeds(urls, policy=_policy(allow_private=allow_private, interval=interval, timeout=timeout),
                               force=force, progress=advance, notify=_notify)
    _finish(summary)


@ingest_app.command("url")
def url(urls: Annotated[list[str], typer.Argument(help="Article page URLs.")],
        allow_private: bool = ALLOW_PRIVATE, interval: float = RATE, timeout: float = TIMEOUT,
        wait: float = WAIT) -> None:
    """Fetch single article pages."""
    setup_django()
    from protest_tracker.store.sink import ingest_urls
    with _progress("pages", total=len(urls), command="ingest url", wait=wait) as advance:
        summary = ingest_urls(urls, policy=_policy(allow_private=allow_private, interval=interval, timeout=timeout),
                              progress=advance)
    _finish(summary)


@ingest_app.command("files")
def files(paths: Annotated[list[Path], typer.Argument(help="Files or folders (.html, .htm, .txt, .md, .jsonl).")],
          origin: str = typer.Option("file", help="Origin stored on each article."), wait: float = WAIT) -> None:
    """Ingest local files; folders recurse; JSONL in the exchange format is streamed."""
    setup_django()
    from protest_tracker.store.sink import ingest_paths
    with _progress("files", command="ingest files", wait=wait) as advance:
        summary = ingest_paths(paths, origin=origin, progress=advance, notify=_notify)
    _finish(summary)


@ingest_app.command("telegram")
def telegram(export: Annotated[Path, typer.Argument(help="result.json of a Telegram Desktop channel export.")],
             username: Annotated[str | None, typer.Option(
                 help="Channel username, for https://t.me/<username>/<id> URLs.")] = None,
             source: Annotated[str | None, typer.Option(
                 help="Slug of the source (from the sources file) to attach.")] = None,
             wait: float = WAIT) -> None:
    """Ingest a Telegram Desktop channel export (service messages are skipped)."""
    setup_django()
    from protest_tracker.store.sink import ingest_telegram
    with _progress("messages", command="ingest telegram", wait=wait) as advance:
        summary = ingest_telegram(export, username=username, source_slug=source, progress=advance)
    _finish(summary)


@ingest_app.command("sources")
def sources(file: Annotated[Path | None, typer.Option("--file", help="Sources TOML (default: the shipped list).")] = None,
            only: Annotated[list[str] | None, typer.Option("--only", help="Only these source slugs (repeatable).")] = None,
            list_only: bool = typer.Option(False, "--list", help="Sync and list the sources; fetch nothing."),
            force: bool = typer.Option(False, "--force", help="Ignore stored ETag/Last-Modified."),
            allow_private: bool = ALLOW_PRIVATE, interval: float = RATE, timeout: float = TIMEOUT,
            wait: float = WAIT) -> None:
    """Fetch every feed of every source in the sources file (synced into the database first)."""
    from protest_tracker.ingest.sources import load_sources
    setup_django()
    from protest_tracker.store.feed_sink import ingest_sources, sync_sources
    if list_only:
        specs = load_sources(file)
        sync_sources(specs)
        table = Table("slug", "name", "country", "type", "languages", "feeds")
        for spec in specs:
            table.add_row(spec.slug, spec.name, spec.country or "—", spec.source_type, ",".join(spec.languages),
                          str(len(spec.feeds)))
        console.print(table)
        return
    with _progress("sources", command="ingest sources", wait=wait) as advance:
        summary = ingest_sources(file, only=only or (), force=force, progress=advance, notify=_notify,
                                 policy=_policy(allow_private=allow_private, interval=interval, timeout=timeout))
    _finish(summary)


@ingest_app.command("status")
def status(show_all: bool = typer.Option(False, "--all", help="Include failures marked resolved."),
           limit: int = typer.Option(30, help="How many failures to list.")) -> None:
    """Articles by origin, feed states, and the stored ingest failures (newest first)."""
    setup_django()
    from django.db.models import Count

    from protest_tracker.store.models import Article, FeedState, IngestFailure
    origins = Article.objects.values("origin").annotate(n=Count("id")).order_by("origin")
    console.print("articles: " + (", ".join(f"{row['origin']} {row['n']}" for row in origins) or "none"))
    feeds = FeedState.objects.all()[:limit]
    if feeds:
        table = Table("feed", "last checked", "outcome", "items")
        table.columns[0].overflow = "fold"
        for row in feeds:
            checked = row.last_checked_at.strftime("%Y-%m-%d %H:%M") if row.last_checked_at else "—"
            table.add_row(escape(row.url), checked, row.last_outcome, str(row.items_last_run))
        console.print(table)
    failures = IngestFailure.objects.all() if show_all else IngestFailure.objects.filter(resolved=False)
    counts = failures.values("reason").annotate(n=Count("id")).order_by("-n", "reason")
    console.print("failures: " + (", ".join(f"{row['reason']} {row['n']}" for row in counts) or "none"))
    if counts:
        table = Table("when (UTC)", "reason", "location", "detail", "source")
        table.columns[2].overflow = "fold"
        for row in failures.select_related("source")[:limit]:
            table.add_row(row.occurred_at.strftime("%Y-%m-%d %H:%M:%S"), row.reason, escape(row.location),
                          escape(row.detail[:200]), row.source.slug if row.source else "")
        console.print(table)


def _import(dataset: str, path: Path, *, wait: float) -> None:
    setup_django()
    from protest_tracker.store.imports import import_dataset
    with _progress(f"{dataset} rows", command=f"import {dataset}", wait=wait) as advance:
        summary = import_dataset(path, dataset=dataset, progress=advance)
    for error in summary.errors[:MAX_SHOWN_FAILURES]:
        err_console.print(f"[red]skipped:[/red] {escape(str(path))}: {escape(error.describe())}", soft_wrap=True)
    if len(summary.errors) > MAX_SHOWN_FAILURES:
        err_console.print(f"… and {len(summary.errors) - MAX_SHOWN_FAILURES} more (see `protest-tracker ingest status`)")
    console.print(summary.describe())
    if summary.imported + summary.existing == 0 and summary.errors:
        raise typer.Exit(1)


@import_app.command("acled")
def import_acled(path: Annotated[Path, typer.Argument(help="ACLED CSV export.")], wait: float = WAIT) -> None:
    """Import ACLED protest and riot events in KZ/KG/TJ/TM/UZ as candidate events."""
    _import("acled", path, wait=wait)


@import_app.command("mmp")
def import_mmp(path: Annotated[Path, typer.Argument(help="Mass Mobilization Project CSV.")], wait: float = WAIT) -> None:
    """Import Mass Mobilization Project protests in KZ/KG/TJ/TM/UZ as candidate events."""
    _import("mmp", path, wait=wait)


def register(app: typer.Typer) -> None:
    """Add the ``ingest`` and ``import`` command groups to ``app``."""
    app.add_typer(ingest_app, name="ingest")
    app.add_typer(import_app, name="import")
