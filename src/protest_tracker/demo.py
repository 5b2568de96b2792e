"""The demo: migrate, load the bundled sample corpus, process it, create a demo analyst.

Running it twice changes nothing the second time (articles are saved idempotently,
processing skips what the current pipeline version already processed, the
demo user is reused with its stored password).
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from rich.console import Console

from protest_tracker import config

DEMO_USERNAME = "analyst"
DEMO_ROLE = "admin"
#: How many of the least confident events the demo leaves as candidates for the review queue.
DEMO_REVIEW_QUEUE = 12


@dataclass
class DemoSummary:
    username: str
    password: str
    role: str
    credentials_file: Path
    migrations_applied: int = 0
    ingest: dict[str, int] = field(default_factory=dict)
    processing: dict[str, int] = field(default_factory=dict)
    events: int = 0
    campaigns: int = 0
    published: int = 0

    def describe(self) -> str:
        ingest = ", ".join(f"{k} {v}" for k, v in self.ingest.items())
        return (f"Articles: {ingest}. Events in the store: {self.events} ({self.published} published now as "
                f"machine-coded by the auto-publish policy, the least confident wait in the review queue); "
                f"campaigns: {self.campaigns}.")


def demo_credentials() -> tuple[str, Path]:
    """The demo analyst's password, generated once and kept (mode 0600) in the home folder."""
    path = config.home_dir() / "demo_credentials"
    if path.exists():
        return path.read_text(encoding="utf-8").strip(), path
    path.parent.mkdir(parents=True, exist_ok=True)
    password = "demo-" + secrets.token_urlsafe(12)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(password)
    return password, path


def run_demo(*, console: Console | None = None) -> DemoSummary:
    """Do every demo step; Django must be set up."""
    from protest_tracker.demo_steps import create_demo_user, load_samples, process_samples
    from protest_tracker.store.models import Campaign, Event
    from protest_tracker.store.setup import migrate

    console = console or Console()
    password, path = demo_credentials()
    summary = DemoSummary(username=DEMO_USERNAME, password=password, role=DEMO_ROLE, credentials_file=path)
    summary.migrations_applied = migrate()
    summary.ingest = load_samples(console=console)
    summary.processing = process_samples(console=console)
    create_demo_user(DEMO_USERNAME, password=password, role=DEMO_ROLE)
    from protest_tracker.web.publishing import AutoPublishPolicy, auto_publish

    # The demo turns the auto-publish policy on: confident events go public as machine-coded (never
    # "verified": no analyst looked at them) so the dashboard has data; doubtful ones wait for review.
    policy = AutoPublishPolicy(enabled=True, min_confidence=AutoPublishPolicy.from_settings().min_confidence)
    summary.published = auto_publish(policy, hold_back=DEMO_REVIEW_QUEUE, origin="sample")
    summary.events = Event.objects.count()
    summary.campaigns = Campaign.objects.count()
    return summary
