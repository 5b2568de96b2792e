"""Store models, one module per aggregate; import them from here."""

from protest_tracker.store.models.articles import Article, ArticleRevision, IngestFailure, Source
from protest_tracker.store.models.audit import AuditLog
from protest_tracker.store.models.campaigns import Campaign
from protest_tracker.store.models.events import (
    Event,
    EventReport,
    EventTombstone,
    Person,
    PublicIdCounter,
)
from protest_tracker.store.models.ingest import FeedState

__all__ = [
    "Article",
    "ArticleRevision",
    "AuditLog",
    "Campaign",
    "Event",
    "EventReport",
    "EventTombstone",
    "FeedState",
    "IngestFailure",
    "Person",
    "PublicIdCounter",
    "Source",
]
