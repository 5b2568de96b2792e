"""Ingest: read feeds, web pages, files, Telegram exports and event datasets.

The only package that touches the network or input files. It knows nothing of
Django: every reader yields :class:`~protest_tracker.ingest.records.Collected`
items (an :class:`~protest_tracker.model.Article` with its raw payload and
metadata) or :class:`~protest_tracker.ingest.records.Failure` items (a location
and a reason), and ``store.sink`` saves them.
"""
