"""Sources (outlets and channels), articles (reports) with their revisions, and ingest failures."""

from __future__ import annotations

from django.db import models

from protest_tracker.codebook import SOURCE_TYPES


class Source(models.Model):
    """An outlet, Telegram channel or imported dataset."""

    slug = models.SlugField(max_length=100, unique=True)
    name = models.CharField(max_length=200)
    homepage = models.URLField(max_length=500, blank=True)
    country = models.CharField(max_length=2, blank=True, help_text="ISO 3166-1 alpha-2, blank for international")
    languages = models.JSONField(default=list, blank=True)
    source_type = models.CharField(max_length=20, choices=SOURCE_TYPES.choices(), default="other")
    feed_urls = models.JSONField(default=list, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Article(models.Model):
    """A report as last collected. Older versions of the same URL live in :class:`ArticleRevision`."""

    id = models.CharField(primary_key=True, max_length=32, help_text="hash of the canonical URL, or of the text")
    url = models.TextField(blank=True)
    canonical_url = models.TextField(blank=True, db_index=True)
    source = models.ForeignKey(Source, null=True, blank=True, on_delete=models.SET_NULL, related_name="articles")
    outlet = models.CharField(max_length=200, blank=True)
    source_type = models.CharField(max_length=20, choices=SOURCE_TYPES.choices(), blank=True)
    origin = models.CharField(max_length=20, default="file", help_text="feed, url, file, telegram, sample, import")
    title = models.TextField(blank=True)
    published = models.DateField(null=True, blank=True, db_index=True)
    language = models.CharField(max_length=8, blank=True)
    raw = models.TextField(blank=True, help_text="the payload as collected (HTML, JSON, text)")
    text = models.TextField(blank=True, help_text="clean main text, NFC")
    content_hash = models.CharField(max_length=64, db_index=True)
    revision = models.PositiveIntegerField(default=1)
    metadata = models.JSONField(default=dict, blank=True)
    fetched_at = models.DateTimeField()
    processed_version = models.CharField(max_length=64, blank=True, db_index=True)
    processed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-published", "id"]

    def __str__(self) -> str:
        return self.title or self.url or self.id


class ArticleRevision(models.Model):
    """A superseded version of an article (kept whole: hash, text and raw payload)."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="revisions")
    revision = models.PositiveIntegerField()
    content_hash = models.CharField(max_length=64)
    title = models.TextField(blank=True)
    text = models.TextField(blank=True)
    raw = models.TextField(blank=True)
    fetched_at = models.DateTimeField()

    class Meta:
        ordering = ["article", "revision"]
        constraints = [models.UniqueConstraint(fields=["article", "revision"], name="unique_article_revision")]


class IngestFailure(models.Model):
    """A source, URL or file that could not be ingested, with the reason."""

    source = models.ForeignKey(Source, null=True, blank=True, on_delete=models.SET_NULL, related_name="failures")
    location = models.TextField(help_text="URL or file path")
    reason = models.CharField(max_length=64, db_index=True)
    detail = models.TextField(blank=True)
    occurred_at = models.DateTimeField(auto_now_add=True, db_index=True)
    resolved = models.BooleanField(default=False)

    class Meta:
        ordering = ["-occurred_at"]
