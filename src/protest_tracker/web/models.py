"""API tokens for analysts' write access. Only a SHA-256 hash of each token is stored."""

from __future__ import annotations

from django.conf import settings
from django.db import models


class ApiToken(models.Model):
    """A bearer token of one user; the clear token is shown once, at creation."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens")
    name = models.CharField(max_length=100, help_text="what the token is for")
    prefix = models.CharField(max_length=12, db_index=True, help_text="first characters, to recognise a token")
    key_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked = models.BooleanField(default=False)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.prefix}… ({self.name})"


from protest_tracker.web.summary_models import (  # noqa: E402,F401
    EventSummary,
    SummaryMap,
    SummaryPlace,
    SummaryStack,
)
