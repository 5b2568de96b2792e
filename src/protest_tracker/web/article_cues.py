"""Concession cues per article, stored: a campaign's traction reads them instead of every text.

Recomputing a campaign's traction (the first read after one of its events changes) used to fetch
the text of every report and search each for concession cues: for a 500-event campaign about half
of the work. :func:`cues_by_article` returns the stored cues (:class:`ArticleConcessions`) and
computes, stores and returns those of the articles that have none or an older
:data:`CONCESSIONS_VERSION`. The receivers below drop an article's row whenever it is saved
(its text may have changed) or deleted, in the same transaction; ``QuerySet.update()`` sends no
signal, so a bulk change of texts runs ``protest-tracker aggregates rebuild`` (which empties the
table) as it must for the stored traction.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.db import IntegrityError, transaction
from django.db.models.signals import post_delete, post_save

from protest_tracker.pipeline.fields.concessions import CONCESSIONS_VERSION, find_concessions
from protest_tracker.store.models import Article
from protest_tracker.web import sql
from protest_tracker.web.summary_models import ArticleConcessions, insert_batch

#: Articles read (ids, texts) per query.
CHUNK = 500


def cues_by_article(article_ids: Iterable[str]) -> dict[str, list[dict[str, str]]]:
    """The concession cues (``ConcessionCue.to_dict()``) of each article, stored or computed now."""
    wanted = sorted(set(article_ids))
    found: dict[str, list[dict[str, str]]] = {}
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start:start + CHUNK]
        found.update(ArticleConcessions.objects.filter(article_id__in=chunk, version=CONCESSIONS_VERSION)
                     .values_list("article_id", "cues"))
    missing = [pk for pk in wanted if pk not in found]
    computed: dict[str, list[dict[str, str]]] = {}
    for start in range(0, len(missing), CHUNK):
        for pk, text in Article.objects.filter(pk__in=missing[start:start + CHUNK]).values_list("pk", "text"):
            computed[pk] = [cue.to_dict() for cue in find_concessions(text)]
    if computed:
        _store(computed)
    return {**found, **computed}


def _store(computed: dict[str, list[dict[str, str]]]) -> None:
    try:
        with transaction.atomic():
            sql.derived_rows_commit()  # a crash may lose them: computed again
            ids = list(computed)
            for start in range(0, len(ids), CHUNK):
                ArticleConcessions.objects.filter(article_id__in=ids[start:start + CHUNK]).delete()  # older versions
            ArticleConcessions.objects.bulk_create(
                [ArticleConcessions(article_id=pk, version=CONCESSIONS_VERSION, cues=cues) for pk, cues in computed.items()],
                batch_size=insert_batch(ArticleConcessions))
    except IntegrityError:  # a concurrent reader stored them first: the same cues
        pass


def forget(article_ids: Iterable[str], *, using: str = "default") -> None:
    """Drop the stored cues of these articles."""
    ids = list(set(article_ids))
    if ids:
        ArticleConcessions.objects.using(using).filter(article_id__in=ids).delete()


def stored_current() -> bool:
    """Whether every stored row of the current version equals the cues of its article's text now."""
    rows = ArticleConcessions.objects.filter(version=CONCESSIONS_VERSION).values_list("article_id", "cues")
    for pk, cues in rows.iterator(chunk_size=CHUNK):
        text = Article.objects.filter(pk=pk).values_list("text", flat=True).first()
        if text is None or [c.to_dict() for c in find_concessions(text)] != cues:
            return False
    return True


def _article_changed(sender, instance: Article, using: str = "default", created: bool = False, **kwargs: Any) -> None:
    if not created:  # a new article has no stored cues yet
        forget([instance.pk], using=using)


def connect() -> None:
    """Connect the receivers (from the web app's ``ready()``)."""
    post_save.connect(_article_changed, sender=Article, dispatch_uid="article-cues-saved")
    post_delete.connect(_article_changed, sender=Article, dispatch_uid="article-cues-deleted")
