"""The steps of the demo, each a call into the library (kept apart so each can be swapped)."""

from __future__ import annotations

import json

from rich.console import Console

from protest_tracker import identity, model
from protest_tracker.samples import sample_articles_path


def load_samples(*, console: Console) -> dict[str, int]:
    """Save the bundled sample articles (idempotent); returns counts by outcome."""
    from protest_tracker.store.articles import save_article

    counts = {"new": 0, "unchanged": 0, "revised": 0}
    with sample_articles_path().open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            record = json.loads(line)
            text = record.get("text") or ""
            article = model.Article(
                id=identity.article_id(url=record.get("url"), text=text),
                text=text,
                url=record.get("url"),
                title=record.get("title"),
                published=model.parse_published(record.get("published")),
                language=record.get("language"),
                outlet=record.get("outlet"),
                source_type=record.get("source_type"),
            )
            result = save_article(article, origin="sample", raw=line.strip())
            counts[result.status] += 1
    return counts


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
    return {"articles": summary.articles, "failed": summary.failed, "campaigns": summary.campaigns}


def create_demo_user(username: str, *, password: str, role: str) -> None:
    from protest_tracker.store.roles import create_user

    create_user(username, password=password, role=role)
