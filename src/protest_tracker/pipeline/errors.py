"""Exceptions raised by the pipeline (all subclasses of :class:`protest_tracker.errors.PipelineError`)."""

from __future__ import annotations

from protest_tracker.errors import PipelineError


class UnknownStageError(PipelineError):
    """A configuration names a stage (``name@version``) that is not registered."""


class StageConfigError(PipelineError):
    """A pipeline configuration file is malformed or a stage's requirements are not met."""


class StageFailure(PipelineError):
    """A stage raised an unexpected exception on one article (the article id is in the message)."""
