"""``protest-tracker backfill``: extraction over many JSONL shards on a Dask cluster."""

from __future__ import annotations

from pathlib import Path

import typer

from protest_tracker.cli.context import console


def backfill(
    inputs: list[Path] = typer.Argument(..., help="JSONL files in the exchange input format."),
    output: Path = typer.Option(..., "--output", "-o", help="Folder for part-NNNN.jsonl outputs."),
    workers: int = typer.Option(2, help="Worker processes of the local Dask cluster."),
    scheduler: str = typer.Option("", help="Address of a running Dask scheduler (instead of a local cluster)."),
    config: Path | None = typer.Option(None, help="Pipeline configuration (TOML); default: the shipped one."),
) -> None:
    """Extract events from many shards in parallel (Dask); same output as `extract`, one file per partition."""
    from protest_tracker.backfill import run_backfill

    with console.status(f"extracting {len(inputs)} file(s) on {scheduler or f'{workers} local workers'}…"):
        summary = run_backfill(inputs, output_dir=output, workers=workers, scheduler_address=scheduler or None,
                               config_path=str(config) if config else None)
    console.print(summary.describe())
    console.print(f"outputs: {output}/part-*.jsonl ({len(summary.outputs)} files)")


def register(app: typer.Typer) -> None:
    app.command()(backfill)
