"""Central Asia Protest Tracker: ingest, extract, link, review and publish protest events."""

__version__ = "0.1.0"
