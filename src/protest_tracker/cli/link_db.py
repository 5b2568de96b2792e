"""Database commands of the linking area: ``process`` and ``campaign list|show|confirm|merge|split``."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from protest_tracker.cli.context import console, setup_django
from protest_tracker.errors import ConfigurationError, ReviewError


def _ready() -> None:
    setup_django()
    from protest_tracker.store.setup import pending_migrations

    if pending_migrations():
        raise ConfigurationError("the database schema is out of date; run `protest-tracker init` first")


def process(
    config: Annotated[Path | None, typer.Option("--config", help="Pipeline configuration (TOML).")] = None,
    batch_size: int = typer.Option(100, help="Articles read from the database at a time."),
    limit: int = typer.Option(0, help="Process at most this many articles (0: all)."),
    campaigns: bool = typer.Option(True, "--campaigns/--no-campaigns", help="Regroup campaigns afterwards."),
    workers: int = typer.Option(0, min=0, help="Extract on this many Dask worker processes (0 or 1: in this "
                                               "process). Same result as a sequential run; docs/deployment.md."),
    scheduler: str = typer.Option("", help="Address of a running Dask scheduler to extract on (instead of a "
                                           "local cluster)."),
    wait: float = typer.Option(60.0, "--wait", min=0.0, help="Seconds to wait while a `run` cycle or another "
                                                          "command works on the database; then fail."),
) -> None:
    """Extract and link every article the current pipeline version has not processed."""
    _ready()
    from protest_tracker.ops.lock import working

    with working("process", wait=wait) as lease:  # never alongside a `run` cycle (docs/operations.md)
        _process(config=config, batch_size=batch_size, limit=limit, campaigns=campaigns, workers=workers,
                 scheduler=scheduler, renew=lease.renew)


def _process(*, config: Path | None, batch_size: int, limit: int, campaigns: bool, workers: int, scheduler: str,
             renew: Callable[[], None]) -> None:
    from protest_tracker.pipeline.config import default_pipeline
    from protest_tracker.store.processing import process_pending

    columns = (TextColumn("processing"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task("processing", total=None)

        def advance(done: int, total: int) -> None:
            progress.update(task, completed=done, total=total)
            renew()  # keep the `work` lease (at most every 30 s)

        if workers > 1 or scheduler:
            from protest_tracker.store.parallel import process_pending_parallel

            summary = process_pending_parallel(config_path=config, workers=workers, scheduler_address=scheduler
                                               or None, batch_size=batch_size, progress=advance,
                                               limit=limit or None, campaigns=campaigns)
        else:
            summary = process_pending(pipeline=default_pipeline(config_path=config), batch_size=batch_size,
                                      progress=advance, limit=limit or None, campaigns=campaigns)
    console.print(", ".join(f"{k.replace('_', ' ')} {v}" for k, v in summary.as_dict().items()))
    from protest_tracker.review.services.duplicates import merge_same_occasion

    duplicates = merge_same_occasion(regroup=campaigns)  # one event per date + place + participant group
    if duplicates.merged or duplicates.flagged:
        console.print(f"same date + place + group: merged {len(duplicates.merged)} event(s), "
                      f"flagged {len(duplicates.flagged)} protected event(s) for review")
    from protest_tracker.web.traction_view import warm_tractions

    warmed = warm_tractions(renew=renew)  # the campaign pages' first readers need not compute it
    if warmed:
        console.print(f"traction computed and stored for {warmed} public campaign(s)")
    from protest_tracker.web.publishing import AutoPublishPolicy, auto_publish

    policy = AutoPublishPolicy.from_settings()
    if policy.enabled:  # off by default: PROTEST_TRACKER_AUTO_PUBLISH=1 (docs/review.md)
        console.print(f"{policy.describe()}: published {auto_publish(policy)} event(s) as machine-coded")


def _campaign(public_id: str):
    from protest_tracker.store.models import Campaign

    campaign = Campaign.objects.filter(public_id=public_id).first()
    if campaign is None:
        raise ReviewError(f"no campaign {public_id}")
    return campaign


def _actor(user: str | None) -> Any:
    if not user:
        return "cli"
    from django.contrib.auth import get_user_model

    found = get_user_model().objects.filter(username=user).first()
    if found is None:
        raise ConfigurationError(f"no user {user}")
    return found


def campaign_traction(public_id: str) -> dict[str, Any]:
    """The traction of a stored campaign (see :func:`protest_tracker.store.campaign_sync.campaign_traction`)."""
    from protest_tracker.store.campaign_sync import campaign_traction as traction_of

    return traction_of(_campaign(public_id))


def campaign_show(
    campaign_id: str = typer.Argument(..., help="Campaign id, e.g. CMP-KZ-00001."),
    as_json: bool = typer.Option(False, "--json", help="Print the summary and weekly series as JSON."),
) -> None:
    """Print a campaign's traction summary."""
    _ready()
    data = campaign_traction(campaign_id)
    if as_json:
        console.print_json(json.dumps(data, ensure_ascii=False))
        return
    s = data["summary"]
    console.print(f"[bold]{data['campaign']['id']}[/bold] {data['campaign']['name']} ({data['campaign']['status']})")
    table = Table(show_header=False, box=None)
    size = s["size"]
    rows = [
        ("events", f"{s['events']} (+{s['aggregate_reports']} aggregate reports)"),
        ("first / latest event", f"{s['first_event']} / {s['latest_event']}"),
        *((" claimed by", f"aggregate report: {a['start']} to {a['end'] or '?'} ({a['reports']} article(s))")
          for a in s.get("aggregates", [])),
        ("active days", f"{s['active_days']} of {s['duration_days']}"),
        ("events per week", f"{s['events_per_week']}" + (f" (peak: {s['peak_week']['events']} in the week of "
                                                         f"{s['peak_week']['week']})" if s["peak_week"] else "")),
        ("distinct cities", str(s["distinct_cities"])),
        *((" city", f"{c['city']} from {c['first_date']} ({c['events']} event{'s' if c['events'] != 1 else ''})")
          for c in s["cities"]),
        ("participant groups", str(s["distinct_participant_groups"])),
        *((" group", f"{g['label']} from {g['first_date']}" + (" (joined later)" if g["joined_later"] else ""))
          for g in s["participant_groups"]),
        ("size", f"median {size['median']}, first {size['first']}, latest {size['latest']}, trend {size['direction']}"),
        ("state responses", ", ".join(
            f"{k} {v['share']:.0%} from {v['first_date']}"
            for k, v in sorted(s["responses"].items(), key=lambda kv: (kv[1]["first_date"], kv[0]))) or "-"),
        ("repressive share", f"{s['repressive_share']:.0%}"),
        ("reports / outlets / languages", f"{s['reports']} / {s['distinct_outlets']} / {', '.join(s['languages']) or '-'}"),
    ]
    for label, value in rows:
        table.add_row(f"[dim]{label}[/dim]", str(value))
    console.print(table)


def campaign_list() -> None:
    """List campaigns with their number of events."""
    _ready()
    from django.db.models import Count, Max, Min

    from protest_tracker.store.models import Campaign

    table = Table("id", "name", "status", "events", "first", "latest")
    for c in Campaign.objects.annotate(n=Count("events"), first=Min("events__date"), last=Max("events__date")).order_by("public_id"):
        table.add_row(c.public_id, c.name, c.status, str(c.n), str(c.first or "-"), str(c.last or "-"))
    console.print(table)


def campaign_confirm(campaign_id: str, user: str = typer.Option("", help="Analyst user name for the audit log.")) -> None:
    """Confirm a campaign: regrouping keeps its events."""
    _ready()
    from protest_tracker.store.campaign_sync import confirm_campaign

    confirm_campaign(_campaign(campaign_id), actor=_actor(user))
    console.print(f"{campaign_id} confirmed")


def campaign_merge(target: str, others: list[str],
                   user: str = typer.Option("", help="Analyst user name for the audit log.")) -> None:
    """Merge campaigns OTHERS into TARGET."""
    _ready()
    from protest_tracker.store.campaign_sync import merge_campaigns

    merge_campaigns(_campaign(target), [_campaign(o) for o in others], actor=_actor(user))
    console.print(f"merged {', '.join(others)} into {target}")


def campaign_split(campaign_id: str, event_ids: list[str],
                   name: str = typer.Option("", help="Name of the new campaign."),
                   user: str = typer.Option("", help="Analyst user name for the audit log.")) -> None:
    """Move the events EVENT_IDS of a campaign into a new campaign."""
    _ready()
    from protest_tracker.store.campaign_sync import split_campaign

    new = split_campaign(_campaign(campaign_id), event_ids, actor=_actor(user), name=name)
    console.print(f"split {len(event_ids)} event(s) into {new.public_id}")


def register_campaign_commands(group: typer.Typer) -> None:
    """Add the campaign sub-commands to ``group``."""
    group.command("list")(campaign_list)
    group.command("show")(campaign_show)
    group.command("confirm")(campaign_confirm)
    group.command("merge")(campaign_merge)
    group.command("split")(campaign_split)
