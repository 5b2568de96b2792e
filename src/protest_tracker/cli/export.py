"""``protest-tracker export`` (every format, with progress) and ``protest-tracker api-token``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from protest_tracker.cli.context import console, setup_django
from protest_tracker.export.gold import FORMAT as GOLD
from protest_tracker.export.gold import PUBLIC_REFUSED
from protest_tracker.export.package import FORMATS


def export(
    output: Annotated[Path, typer.Option("--output", "-o", help="File to write (a folder for datapackage).")],
    fmt: str = typer.Option(..., "--format", "-f", help=f"One of: {', '.join((*FORMATS, GOLD))}."),
    status: str = typer.Option("published",
                               help="Review status, or 'all' (internal only; not for gold)."),
    public: bool | None = typer.Option(
        None, "--public/--internal",
        help="Public rules (default; gold is always internal): published only, names withheld, "
             "coordinates as configured."),
    verified_only: bool = typer.Option(
        False, "--verified-only", help="Only events an analyst verified (leave out machine-coded ones)."),
) -> None:
    """Export events as ACLED-compatible CSV, CSV, JSON, GeoJSON, Parquet or a Frictionless data
    package; `gold`: analysts' reviewed events as a training file for `train` (internal only)."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from protest_tracker.errors import ExportError

    if fmt == GOLD:
        return _export_gold(output, public=bool(public))
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}; choose one of {', '.join((*FORMATS, GOLD))}")
    public = public is not False
    setup_django()
    # imported only once Django is set up: the exporter reads the store's models
    from protest_tracker.web.exporting import export_events

    with Progress(TextColumn("exporting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=console, transient=True) as progress:
        task = progress.add_task("export", total=None)
        result = export_events(
            fmt=fmt, output=output, status=status, public=public, verified_only=verified_only,
            on_total=lambda n: progress.update(task, total=n),
            progress=lambda n: progress.update(task, completed=n))
    console.print(f"wrote {result.rows} event(s) as {fmt} to {result.path}")
    for path in result.files[1:]:
        console.print(f"  + {path}")


def _export_gold(output: Path, *, public: bool) -> None:
    from protest_tracker.errors import ExportError

    if public:  # refused before the database is opened
        raise ExportError(PUBLIC_REFUSED)
    setup_django()
    from protest_tracker.web.gold_export import export_gold  # needs Django set up

    with console.status("exporting reviewed events as gold-format training data…"):
        result = export_gold(output=output, public=False)
    summary = result.summary
    console.print(f"wrote {summary.rows} article(s) ({summary.positives} with {summary.events} "
                  f"event(s), {summary.negatives} negative) as gold to {result.path}")
    for reason, count in sorted(summary.skipped.items()):
        console.print(f"  skipped {count}: {reason}")


def api_token(
    username: str = typer.Argument(..., help="The analyst's user name."),
    name: str = typer.Option("api", help="What the token is for."),
    revoke: bool = typer.Option(False, "--revoke", help="Revoke every token of the user instead."),
) -> None:
    """Create an API token for an analyst (printed once; only its hash is stored), or revoke them."""
    setup_django()
    from protest_tracker.web.tokens import create_token, revoke_tokens  # needs Django set up

    if revoke:
        console.print(f"revoked {revoke_tokens(username)} token(s) of {username}")
        return
    token = create_token(username, name=name)
    console.print(f"API token for {username} (shown once; send it as 'Authorization: Bearer <token>'):")
    console.print(token, soft_wrap=True)


def register(app: typer.Typer) -> None:
    """Add this area's commands to ``app``."""
    app.command("export")(export)
    app.command("api-token")(api_token)
