"""Backfills that outgrow one process: the extraction pipeline over JSONL shards with Dask."""

from protest_tracker.backfill.runner import BackfillSummary, extract_partition, run_backfill

__all__ = ["BackfillSummary", "extract_partition", "run_backfill"]
