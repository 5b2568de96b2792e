"""The steps of the demo, each a call into the library (kept apart so each can be swapped)."""

from __future__ import annotations

from rich.console import Console

from protest_tracker.samples import sample_articles_path


def load_samples(*, console: Console) -> dict[str, int]:
    """Ingest the bundled sample corpus like any JSONL file (idempotent); returns counts by outcome."""
    from rich.progress import Progress

    from protest_tracker.store.sink import ingest_paths

    with Progress(console=console, transient=True) as progress:
        task = progress.add_task("ingesting the sample corpus", total=None)
        summary = ingest_paths([sample_articles_path()], origin="sample",
                               progress=lambda *_: progress.advance(task))
    return {"new": summary.new, "unchanged": summary.unchanged, "revised": summary.revised,
            "failed": summary.failed_total}


def process_samples(*, console: Console) -> dict[str, int]:
    """Extract and link every article not yet processed by the current pipeline (then group campaigns)."""
    from rich.progress import Progress

    from protest_tracker.pipeline.config import default_pipeline
    from protest_tracker.store.processing import process_pending

    pipeline = default_pipeline()
    with Progress(console=console, transient=True) as progress:
        task = progress.add_task("extracting and linking", total=None)
        summary = process_pending(pipeline=pipeline,
                                  progress=lambda done, total: progress.update(task, completed=done, total=total))
    from protest_tracker.review.services.duplicates import merge_same_occasion

    merged = merge_same_occasion()  # one event per date + place + group (then campaigns regrouped)
    return {"articles": summary.articles, "failed": summary.failed, "campaigns": summary.campaigns,
            "merged_duplicates": len(merged.merged)}


def create_demo_user(username: str, *, password: str, role: str) -> None:
    from protest_tracker.store.roles import create_user

    create_user(username, password=password, role=role)
