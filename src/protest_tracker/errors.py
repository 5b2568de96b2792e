"""The exception tree. Library code raises these; only the CLI turns them into exit codes.

::

    TrackerError
    ├── ConfigurationError      bad DATABASE_URL, settings, config files
    ├── DatabaseUnavailable     the database cannot be reached or opened
    ├── IngestError             (ingest/) a source could not be read; subclasses per cause
    ├── PipelineError           (pipeline/) a stage or its configuration is broken
    ├── LinkingError            (linking/)
    ├── ReviewError             (review/) an action that the rules forbid
    └── ExportError             (export/)
"""

from __future__ import annotations


class TrackerError(Exception):
    """Base class of every error the tracker raises on purpose."""


class ConfigurationError(TrackerError):
    """A setting, URL or configuration file is malformed."""


class DatabaseUnavailable(TrackerError):
    """The configured database cannot be reached or opened."""


class IngestError(TrackerError):
    """A source could not be ingested."""


class PipelineError(TrackerError):
    """A pipeline stage or its configuration is broken."""


class LinkingError(TrackerError):
    """Reports could not be linked."""


class ReviewError(TrackerError):
    """A review action is not allowed."""


class ExportError(TrackerError):
    """An export could not be written."""
