"""The ``protest-tracker`` Typer app. Each area registers its commands from its own module."""

from __future__ import annotations

import typer
from typer.core import TyperGroup

from protest_tracker.cli import (
    aggregates,
    backfill,
    core,
    export,
    extract,
    ingest,
    link,
    ops,
    train,
)
from protest_tracker.cli.context import err_console
from protest_tracker.errors import TrackerError


class TrackerGroup(TyperGroup):
    """Turns a :class:`TrackerError` raised by any command into one red line and exit code 1."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except TrackerError as exc:
            err_console.print(f"[red]error:[/red] {exc}", soft_wrap=True)
            raise typer.Exit(1) from None


app = typer.Typer(
    name="protest-tracker",
    cls=TrackerGroup,
    help="Central Asia Protest Tracker: ingest news, extract protest events, link, review, publish.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

for module in (core, ingest, extract, train, backfill, link, export, ops, aggregates):
    module.register(app)


def run() -> None:
    """Console-script entry point."""
    app()
