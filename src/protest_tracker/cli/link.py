"""Linking commands: ``link`` (files, no database), ``process`` and ``campaign show`` (database)."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.progress import Progress

from protest_tracker.cli.context import console
from protest_tracker.errors import LinkingError

campaign_app = typer.Typer(help="Campaigns: series of events and their traction.", no_args_is_help=True)


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """The JSON objects of a JSONL file; :class:`LinkingError` naming the line when one is malformed."""
    if not path.is_file():
        raise LinkingError(f"input file {path} does not exist")
    records = []
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            try:
                record = json.loads(raw.decode("utf-8").lstrip("\ufeff"))
            except UnicodeDecodeError as error:
                raise LinkingError(f"{path}:{number}: not UTF-8 text ({error.reason})") from None
            except json.JSONDecodeError as error:
                raise LinkingError(f"{path}:{number}: not valid JSON ({error.msg})") from None
            except RecursionError:
                raise LinkingError(f"{path}:{number}: JSON nested too deeply to read") from None
            except ValueError as error:  # e.g. an integer of more than 4,300 digits
                raise LinkingError(f"{path}:{number}: not valid JSON ({str(error)[:120]})") from None
            if not isinstance(record, dict):
                raise LinkingError(f"{path}:{number}: a line must be a JSON object")
            records.append(record)
    return records


def write_jsonl(path: Path, records: list[dict[str, Any]]) -> None:
    """Write records atomically (a temporary file renamed into place), so a failure leaves no half file."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise LinkingError(f"output folder {folder} does not exist")
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            for record in records:
                out.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def link(
    input: Annotated[Path, typer.Option("--input", "-i", help="Extract output (JSONL, one article per line).")],
    output: Annotated[Path, typer.Option("--output", "-o", help="Linked events (JSONL, one event per line).")],
    campaigns_output: Annotated[Path | None, typer.Option(
        "--campaigns", help="Also write the campaigns with their traction summary (JSONL).")] = None,
    campaigns: bool = typer.Option(True, "--campaigns-on/--no-campaigns", help="Group events into campaigns."),
) -> None:
    """Merge the reports of each protest into one event and group events into campaigns (no database)."""
    from protest_tracker.linking.reports import reports_from_records
    from protest_tracker.linking.service import link_reports
    from protest_tracker.linking.traction import compute_traction

    with Progress(console=console, transient=True) as progress:
        task = progress.add_task("reading", total=3)
        records = read_jsonl(input)
        reports = reports_from_records(records)
        progress.update(task, advance=1, description=f"linking {len(reports)} reports")
        result = link_reports(reports, campaigns=campaigns)
        progress.update(task, advance=1, description="writing")
        write_jsonl(output, result.records())
        if campaigns_output is not None:
            by_campaign: dict[str, list] = {}
            for event in result.events:
                if event.campaign_id:
                    by_campaign.setdefault(event.campaign_id, []).append(event)
            write_jsonl(campaigns_output, [
                {**c.to_record(), "traction": compute_traction(by_campaign.get(c.campaign_id, [])).to_dict()}
                for c in result.campaigns])
        progress.update(task, advance=1)
    stats = result.stats
    console.print(f"{len(records)} articles, {stats['reports']} reports -> {stats['events']} events "
                  f"({stats['merged_events']} from several reports, {stats['events_with_conflicts']} with "
                  f"conflicts), {stats['campaigns']} campaigns; written to {output}")


def register(app: typer.Typer) -> None:
    """Add ``link``, ``process`` and ``campaign show`` to ``app``."""
    app.command("link")(link)
    from protest_tracker.cli import link_db

    app.command("process")(link_db.process)
    link_db.register_campaign_commands(campaign_app)
    app.add_typer(campaign_app, name="campaign")
