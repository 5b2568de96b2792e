"""Build a :class:`~protest_tracker.pipeline.framework.Pipeline` from a TOML configuration.

The shipped configuration is ``pipeline/default.toml``::

    [pipeline]
    name = "default"
    version = "1"

    [[stages]]
    use = "text.normalise@1"
    [stages.options]
    max_chars = 200000

Each ``[[stages]]`` table names a registered stage (``name@version``) and may
pass keyword options to its factory. Requirements are checked when the
pipeline is built, so a stage listed before what it needs fails fast. The
options are kept with each built stage: ``Pipeline.version_id`` hashes them
resolved (defaults filled in), so changing one reprocesses.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from typing import Any

from protest_tracker.pipeline.errors import StageConfigError
from protest_tracker.pipeline.framework import BuiltStage, Pipeline, StageRegistry, options_of

DEFAULT_CONFIG = "default.toml"


def default_registry() -> StageRegistry:
    """A registry holding every stage shipped with the package."""
    from protest_tracker.pipeline import stages_text
    from protest_tracker.pipeline.events import stages as stages_events
    from protest_tracker.pipeline.learn import assembler, field_stage
    from protest_tracker.pipeline.people import stage as stages_people

    return StageRegistry(stages_text.STAGES + stages_events.STAGES + assembler.STAGES
                         + field_stage.STAGES + stages_people.STAGES)


def load_config(path: str | Path | None = None) -> dict[str, Any]:
    """The parsed configuration at ``path``, or the shipped default when ``path`` is ``None``."""
    try:
        if path is None:
            raw = resources.files("protest_tracker.pipeline").joinpath(DEFAULT_CONFIG).read_text("utf-8")
        else:
            raw = Path(path).read_text("utf-8")
        return tomllib.loads(raw)
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise StageConfigError(f"cannot read pipeline configuration {path or DEFAULT_CONFIG}: {exc}") from exc


def build_pipeline(
    config: Mapping[str, Any] | None = None,
    *,
    registry: StageRegistry | None = None,
    resources_: Mapping[str, Any] | None = None,
) -> Pipeline:
    """Build the pipeline described by ``config`` (default: the shipped configuration).

    ``resources_`` are shared objects (e.g. a loaded gazetteer) handed to every
    stage factory that declares a keyword of that name.
    """
    config = load_config() if config is None else config
    registry = registry or default_registry()
    header = config.get("pipeline") or {}
    entries = config.get("stages")
    if not isinstance(entries, list) or not entries:
        raise StageConfigError("a pipeline configuration needs a non-empty [[stages]] list")
    shared = dict(resources_ or {})
    built = []
    for index, entry in enumerate(entries, 1):
        if not isinstance(entry, Mapping) or not isinstance(entry.get("use"), str):
            raise StageConfigError(f"stage #{index} has no 'use = \"name@version\"' entry")
        spec = registry.get(entry["use"])
        options = options_of(entry.get("options"))
        try:
            stage = spec.factory(options=options, resources=shared)
        except TypeError as exc:
            raise StageConfigError(f"stage {spec.key}: bad options {options}: {exc}") from exc
        built.append(BuiltStage(spec, stage, options))
    return Pipeline(built, name=str(header.get("name", "default")), version=str(header.get("version", "1")))


def default_pipeline(*, config_path: str | Path | None = None) -> Pipeline:
    """The pipeline of the shipped (or given) configuration file."""
    return build_pipeline(load_config(config_path))
