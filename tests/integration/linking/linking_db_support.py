"""Helpers for the linking tests that run on a real database: a stand-in pipeline and article loading.

The extractor is stood in for by :class:`FixturePipeline`, which returns the events
our fixture files give for each article text, so the tests exercise the real store,
linking and audit code with known candidates.
"""

from __future__ import annotations

import datetime as dt

from protest_tracker import model
from protest_tracker.pipeline.errors import StageFailure


def text_of(record: dict) -> str:
    """The article text a fixture record is saved with (unique per record and revision)."""
    evidence = " ".join(e.get("evidence", "") for e in record["events"])
    return f"{record['id']} {record.get('content_hash', '')}: {evidence}"


class FixturePipeline:
    """Returns the fixture events of an article (looked up by its text)."""

    def __init__(self, records, *, version: str = "fixture/1", fail: set[str] = frozenset()):
        self.by_text = {text_of(r): r for r in records}
        self.version_id = version
        self.fail = fail

    def run(self, article: model.Article) -> model.Article:
        if article.id in self.fail:
            raise StageFailure(f"stage broke on {article.id}")
        record = self.by_text[article.text]
        events = tuple(model.EventCandidate.from_exchange(e) for e in record["events"])
        return article.with_events(events) if events else article.drop("no_protest")


def save(records) -> None:
    """Store fixture records as articles (Django must be set up)."""
    from protest_tracker.store.articles import save_article

    for record in records:
        published = dt.date.fromisoformat(record["published"]) if record.get("published") else None
        save_article(model.Article(id=record["id"], text=text_of(record), language=record.get("language"),
                                   outlet=record.get("outlet"), published=published), origin="file")


def event_with(article_id: str):
    """The stored event the article reports."""
    from protest_tracker.store.models import Event

    return Event.objects.get(reports__article_id=article_id)
