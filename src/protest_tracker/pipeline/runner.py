"""Run a pipeline over a stream of articles (constant memory) and read/write the exchange format.

``process_articles`` is what the database command (``protest-tracker process``)
and the ``extract`` command both call; every article comes out, dropped ones
with their reason and no events.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from protest_tracker.identity import article_id
from protest_tracker.model import Article, parse_published
from protest_tracker.pipeline.errors import StageFailure
from protest_tracker.pipeline.framework import Pipeline, with_flags


def process_articles(articles: Iterable[Article], *, pipeline: Pipeline) -> Iterator[Article]:
    """Each article after the pipeline (lazily). A stage that crashes on one article does not
    stop the stream: that article comes out dropped with reason ``stage_error`` and a flag."""
    for article in articles:
        try:
            yield pipeline.run(article)
        except StageFailure as exc:
            failed = with_flags(article.drop("stage_error"), f"stage_error:{str(exc)[:200]}")
            pipeline.counts[pipeline.stage_keys[-1]].notes["stage_error"] += 1
            yield failed


def article_from_record(record: Mapping[str, Any]) -> Article:
    """An :class:`Article` from an exchange-format input record (missing fields tolerated).

    A malformed ``published`` becomes ``None`` and flags the article ``published_malformed``.
    """
    text = record.get("text")
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    ident = record.get("id") or record.get("article_id")
    url = record.get("url") if isinstance(record.get("url"), str) else None
    if not ident:
        ident = article_id(url=url, text=text) if (url or text) else "empty"
    published = parse_published(record.get("published"))
    language = record.get("language") if isinstance(record.get("language"), str) else None
    title = record.get("title") if isinstance(record.get("title"), str) else None
    article = Article(id=str(ident), text=text, url=url, title=title, published=published,
                      language=language or None)
    if record.get("published") not in (None, "") and published is None:
        article = with_flags(article, "published_malformed")
    return article


def output_record(article: Article, *, pipeline_version: str | None = None) -> dict[str, Any]:
    """The exchange-format output line for ``article`` (plus our diagnostic keys)."""
    record = article.to_output_record()
    if pipeline_version:
        record["pipeline_version"] = pipeline_version
    return record
