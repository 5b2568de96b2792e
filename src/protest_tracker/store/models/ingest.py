"""State kept between ingest runs: the conditional-GET validators of each feed."""

from __future__ import annotations

from django.db import models

from protest_tracker.store.models.articles import Source


class FeedState(models.Model):
    """ETag / Last-Modified of a feed's last successful fetch, sent back next time (conditional GET).

    Kept in the database (not a file) so that a fresh database never believes it has
    already seen a feed. Saved only after every item of the fetch was handled, so a run
    that is killed half-way fetches the feed again in full.
    """

    url = models.CharField(max_length=2000, unique=True)
    source = models.ForeignKey(Source, null=True, blank=True, on_delete=models.SET_NULL, related_name="feed_states")
    etag = models.CharField(max_length=500, blank=True)
    last_modified = models.CharField(max_length=100, blank=True)
    last_checked_at = models.DateTimeField(null=True, blank=True)
    last_outcome = models.CharField(max_length=64, blank=True, help_text="ok, not_modified or a failure reason")
    items_last_run = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["url"]

    def __str__(self) -> str:
        return self.url
