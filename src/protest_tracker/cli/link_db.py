"""Database commands of the linking area: ``process`` and ``campaign show``."""

from __future__ import annotations

import typer


def process() -> None:
    """Extract and link new articles in the database (not yet available)."""
    raise typer.Exit(2)


def campaign_show(campaign_id: str = typer.Argument(..., help="Campaign id.")) -> None:
    """Print a campaign's traction summary."""
    raise typer.Exit(2)
