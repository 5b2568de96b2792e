"""``aggregates rebuild``: recount the web's event summary from events (see docs/performance.md)."""

from __future__ import annotations

import time

import typer

from protest_tracker.cli.context import console, setup_django
from protest_tracker.errors import TrackerError

aggregates_app = typer.Typer(help="The event summary behind the dashboard, timeline, map and campaign list.",
                             no_args_is_help=True)


@aggregates_app.command("rebuild")
def rebuild(
    check: bool = typer.Option(False, "--check", help="Only compare the summary with a recount; exit 1 if they differ."),
) -> None:
    """Recount the event summary, its rollups, the campaign stats and the outlet rollup from events and reports,
    drop the stored traction (after a bulk load or a raw SQL change; the web keeps them in step otherwise) and,
    on PostgreSQL, create any missing code index."""
    setup_django()
    from django.db import connection

    from protest_tracker.web import code_indexes, summary

    if check:
        if not summary.matches_events():
            raise TrackerError("the event summary differs from a recount of events: run `protest-tracker aggregates rebuild`")
        console.print("The event summary equals a recount of events.")
        if connection.vendor == "postgresql" and (missing := set(code_indexes.wanted()) - code_indexes.existing(connection)):
            console.print(f"[yellow]{len(missing)} code indexes are missing (code filters will be slow): "
                          "`protest-tracker aggregates rebuild` creates them.[/yellow]")
        return
    began = time.perf_counter()
    rows = summary.rebuild()
    console.print(f"Rebuilt the event summary: {rows:,} rows in {time.perf_counter() - began:.1f} s.")
    if created := code_indexes.ensure(connection):
        console.print(f"Created {len(created)} missing code indexes (docs/performance.md).")


def register(app: typer.Typer) -> None:
    app.add_typer(aggregates_app, name="aggregates")
