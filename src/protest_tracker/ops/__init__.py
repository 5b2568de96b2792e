"""Operations: backups and restore, moving to another database, and running unattended.

A Django app (its models keep the scheduler's state: per-source schedules, the run lease,
finished cycles, notification watermarks). ``cli/ops.py`` wraps it; docs/operations.md
describes it for administrators.
"""
