"""The stage framework: versioned stages that declare what they require and assign.

A stage is a callable ``Article -> Article``. It either returns the article with
what it learnt (``dataclasses.replace`` / :func:`annotate`) or returns
``article.drop(reason)``; a dropped article skips the remaining stages and is
counted under its reason, scrapy-style, never lost.

Stages are described by :class:`StageSpec` values (``name@version`` plus the
fields they require and assign) and collected in a :class:`StageRegistry`.
:class:`Pipeline` runs an ordered list of built stages and keeps
:class:`StageCounts` (in, out, dropped by reason) for each of them.

``Pipeline.version_id`` (``name/version+hash8``) names what produced an output:
the hash covers every stage key, every stage's *resolved* options (the given
options over the defaults of the stage's constructor, or what the stage's own
``resolved_options()`` returns) and every stage's ``fingerprint()`` when it has
one (a learned stage returns the sha256 of its model artefact). A configuration
or model change therefore changes the version, and the database reprocesses.
"""

from __future__ import annotations

import hashlib
import inspect
import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from functools import cached_property, partial
from pathlib import PurePath
from types import BuiltinFunctionType, FunctionType, MappingProxyType, MethodType
from typing import Any, Protocol

from protest_tracker.model import Article
from protest_tracker.pipeline.errors import StageConfigError, StageFailure, UnknownStageError

#: Fields every incoming article provides before any stage runs.
BASE_FIELDS = frozenset({"id", "text", "title", "url", "published", "language"})


class Stage(Protocol):
    """What a built stage looks like: a callable over articles."""

    def __call__(self, article: Article) -> Article: ...


@dataclass(frozen=True, slots=True)
class StageSpec:
    """A registered stage: its versioned name, declared inputs/outputs and factory."""

    name: str
    version: int
    factory: Callable[..., Stage]
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()
    description: str = ""

    @property
    def key(self) -> str:
        return f"{self.name}@{self.version}"


class StageRegistry:
    """Stage specs by ``name@version``. Build one with :func:`default_registry` or by hand."""

    def __init__(self, specs: Iterable[StageSpec] = ()) -> None:
        self._specs: dict[str, StageSpec] = {}
        for spec in specs:
            self.register(spec)

    def register(self, spec: StageSpec) -> None:
        """Add ``spec``; registering the same key twice is an error."""
        if spec.key in self._specs:
            raise StageConfigError(f"stage {spec.key} is registered twice")
        self._specs[spec.key] = spec

    def get(self, key: str) -> StageSpec:
        """The spec for ``name@version`` (or ``name`` alone: its highest version)."""
        if key in self._specs:
            return self._specs[key]
        if "@" not in key:
            versions = [s for s in self._specs.values() if s.name == key]
            if versions:
                return max(versions, key=lambda s: s.version)
        known = ", ".join(sorted(self._specs)) or "none"
        raise UnknownStageError(f"unknown stage {key!r} (known: {known})")

    def keys(self) -> list[str]:
        return sorted(self._specs)


@dataclass(slots=True)
class StageCounts:
    """How many articles entered a stage, left it, and were dropped (by reason)."""

    key: str
    seen: int = 0
    passed: int = 0
    dropped: Counter = field(default_factory=Counter)
    notes: Counter = field(default_factory=Counter)


@dataclass(frozen=True, slots=True)
class BuiltStage:
    """A stage built from its spec, with the options its configuration gave it."""

    spec: StageSpec
    stage: Stage
    options: Mapping[str, Any] = field(default_factory=dict)


class Pipeline:
    """An ordered list of built stages with per-stage counters."""

    def __init__(self, stages: Iterable[BuiltStage], *, name: str = "custom", version: str = "0") -> None:
        self.stages = tuple(stages)
        self.name = name
        self.version = version
        self.counts = {b.spec.key: StageCounts(b.spec.key) for b in self.stages}
        check_requirements(self.stages)

    @cached_property
    def version_id(self) -> str:
        """``name/version+hash8``: the hash covers stage keys, resolved options and fingerprints."""
        payload = [
            {"stage": b.spec.key, "options": resolved_options(b.stage, b.options),
             "fingerprint": stage_fingerprint(b)}
            for b in self.stages
        ]
        text = json.dumps(payload, sort_keys=True, ensure_ascii=False, default=_plain)
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]
        return f"{self.name}/{self.version}+{digest}"

    @property
    def stage_keys(self) -> tuple[str, ...]:
        return tuple(b.spec.key for b in self.stages)

    def run(self, article: Article) -> Article:
        """Pass one article through every stage; stop at the first drop (an article that
        arrives already dropped, e.g. an unreadable input line, passes through untouched)."""
        if article.dropped:
            return article
        for built in self.stages:
            counts = self.counts[built.spec.key]
            counts.seen += 1
            try:
                article = built.stage(article)
            except Exception as exc:  # a bug in a stage must not lose the article
                counts.dropped["stage_error"] += 1  # process_articles yields it dropped
                raise StageFailure(f"stage {built.spec.key} failed on article {article.id}: {exc!r}") from exc
            for note in article.annotations.get("_notes", ()):
                counts.notes[note] += 1
            if article.annotations.get("_notes"):
                article = annotate(article, _notes=())
            if article.dropped:
                counts.dropped[article.dropped] += 1
                return article
            counts.passed += 1
        return article

    def run_many(self, articles: Iterable[Article]) -> Iterator[Article]:
        """Lazily run every article (constant memory: one article at a time)."""
        for article in articles:
            yield self.run(article)

    def summary(self) -> list[dict[str, Any]]:
        """Per-stage counts as plain dicts (for printing or JSON)."""
        return [
            {"stage": c.key, "in": c.seen, "out": c.passed, "dropped": dict(c.dropped), "notes": dict(c.notes)}
            for c in self.counts.values()
        ]


def resolved_options(stage: Any, given: Mapping[str, Any]) -> dict[str, Any]:
    """The options ``stage`` runs with: ``stage.resolved_options()`` when it has one, else the
    given options over the keyword defaults of its class's constructor (plain functions: as given)."""
    own = getattr(stage, "resolved_options", None)
    if callable(own):
        return dict(own())
    defaults: dict[str, Any] = {}
    if isinstance(stage, partial):
        defaults = dict(stage.keywords)
    elif not isinstance(stage, FunctionType | MethodType | BuiltinFunctionType):
        parameters: Iterable[inspect.Parameter]
        try:
            parameters = inspect.signature(type(stage)).parameters.values()
        except (TypeError, ValueError):
            parameters = ()
        keyword = (inspect.Parameter.KEYWORD_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
        defaults = {p.name: p.default for p in parameters
                    if p.kind in keyword and p.default is not inspect.Parameter.empty}
    return {**defaults, **dict(given)}


def stage_fingerprint(built: BuiltStage) -> str | None:
    """What the stage's ``fingerprint()`` returns (e.g. its model artefact's sha256), else ``None``."""
    fingerprint = getattr(built.stage, "fingerprint", None)
    if not callable(fingerprint):
        return None
    try:
        return str(fingerprint())
    except Exception as exc:
        raise StageConfigError(f"stage {built.spec.key}: fingerprint() failed: {exc!r}") from exc


def _plain(value: Any) -> Any:
    """A stable JSON stand-in for option values JSON cannot hold (no memory addresses)."""
    if isinstance(value, set | frozenset):
        return sorted(map(str, value))
    if isinstance(value, PurePath):
        return str(value)
    if isinstance(value, Mapping):
        return dict(value)
    return f"<{type(value).__module__}.{type(value).__qualname__}>"


def check_requirements(stages: Iterable[BuiltStage]) -> None:
    """Raise :class:`StageConfigError` when a stage requires a field no earlier stage assigns."""
    available = set(BASE_FIELDS)
    for built in stages:
        missing = [r for r in built.spec.requires if r not in available]
        if missing:
            raise StageConfigError(
                f"stage {built.spec.key} requires {', '.join(missing)}, which no earlier stage assigns"
            )
        available.update(built.spec.assigns)


def annotate(article: Article, **values: Any) -> Article:
    """A copy of ``article`` with ``values`` merged into its (read-only) annotations."""
    merged = dict(article.annotations)
    merged.update(values)
    return replace(article, annotations=MappingProxyType(merged))


def note(article: Article, *labels: str) -> Article:
    """Record counted notes (e.g. candidate rejections) for the current stage's counters."""
    notes = tuple(article.annotations.get("_notes", ())) + labels
    return annotate(article, _notes=notes)


def with_flags(article: Article, *flags: str) -> Article:
    """A copy of ``article`` with ``flags`` added (no duplicates)."""
    merged = tuple(dict.fromkeys(article.flags + flags))
    return replace(article, flags=merged)


def options_of(mapping: Mapping[str, Any] | None) -> dict[str, Any]:
    """Stage options from a config table (``None`` → empty)."""
    return dict(mapping or {})
