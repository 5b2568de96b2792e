"""Saving articles idempotently: new, unchanged or revised — never a duplicate."""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from protest_tracker import identity, model
from protest_tracker.store.models import Article, ArticleRevision, Source


@dataclass(frozen=True, slots=True)
class SaveResult:
    article_id: str
    status: str  # "new" | "unchanged" | "revised"


def save_article(
    article: model.Article,
    *,
    origin: str,
    raw: str = "",
    source: Source | None = None,
    metadata: dict | None = None,
) -> SaveResult:
    """Store ``article`` in one transaction.

    Same id and a content hash seen before (the current version or an older
    revision): nothing changes (``unchanged``). Same id and a new hash: the previous version is kept as an :class:`ArticleRevision`
    and the article is updated (``revised``) and queued for processing again.
    """
    text = unicodedata.normalize("NFC", article.text or "")
    digest = article.content_hash or identity.content_hash(article.text)
    fetched = article.fetched_at or timezone.now()
    if timezone.is_naive(fetched):
        fetched = timezone.make_aware(fetched, dt.UTC)
    with transaction.atomic():
        existing = Article.objects.select_for_update().filter(pk=article.id).first()
        if existing is not None and (
            existing.content_hash == digest or existing.revisions.filter(content_hash=digest).exists()
        ):
            # This version was seen before (now or as an older revision): re-ingesting it is a no-op.
            return SaveResult(article.id, "unchanged")
        fields = {
            "url": article.url or "",
            "canonical_url": identity.canonical_url(article.url) if article.url else "",
            "source": source,
            "outlet": article.outlet or (source.name if source else ""),
            "source_type": article.source_type or (source.source_type if source else ""),
            "origin": origin,
            "title": article.title or "",
            "published": article.published,
            "language": article.language or "",
            "raw": raw,
            "text": text,
            "content_hash": digest,
            "metadata": metadata or {},
            "fetched_at": fetched,
        }
        if existing is None:
            Article.objects.create(id=article.id, revision=1, **fields)
            return SaveResult(article.id, "new")
        ArticleRevision.objects.create(
            article=existing,
            revision=existing.revision,
            content_hash=existing.content_hash,
            title=existing.title,
            text=existing.text,
            raw=existing.raw,
            fetched_at=existing.fetched_at,
        )
        for name, value in fields.items():
            setattr(existing, name, value)
        existing.revision += 1
        existing.processed_version = ""
        existing.processed_at = None
        existing.save()
        return SaveResult(article.id, "revised")


def to_model_article(row: Article) -> model.Article:
    """The pipeline's view of a stored article."""
    return model.Article(
        id=row.id,
        text=row.text,
        url=row.url or None,
        title=row.title or None,
        published=row.published,
        language=row.language or None,
        outlet=row.outlet or None,
        source_type=row.source_type or None,
        fetched_at=row.fetched_at,
        content_hash=row.content_hash,
    )
