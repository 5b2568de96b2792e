"""The analysts' workspace: queue, event pages, edits, merges, agreement (Django app)."""
