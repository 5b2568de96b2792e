"""The stage framework: registry, requirements, drops counted, failures wrapped, config building."""

from __future__ import annotations

import json
import re

import pytest

from protest_tracker.errors import PipelineError
from protest_tracker.model import Article
from protest_tracker.pipeline.config import build_pipeline, default_registry, load_config
from protest_tracker.pipeline.errors import StageConfigError, StageFailure, UnknownStageError
from protest_tracker.pipeline.framework import (
    BuiltStage,
    Pipeline,
    StageRegistry,
    StageSpec,
    annotate,
)


def _spec(name: str, *, version: int = 1, requires=(), assigns=(), fn=None) -> StageSpec:
    def factory(*, options, resources):
        return fn or (lambda article: annotate(article, **{a: True for a in assigns}))

    return StageSpec(name, version, factory, requires=tuple(requires), assigns=tuple(assigns))


def test_default_registry_has_versioned_stages_in_default_config():
    registry = default_registry()
    keys = registry.keys()
    for entry in load_config()["stages"]:
        assert entry["use"] in keys
    assert registry.get("language.detect").key == "language.detect@1"


def test_unknown_stage_and_duplicate_registration_are_errors():
    registry = StageRegistry([_spec("a.b")])
    with pytest.raises(UnknownStageError, match="a.c@1"):
        registry.get("a.c@1")
    with pytest.raises(StageConfigError):
        registry.register(_spec("a.b"))
    assert issubclass(UnknownStageError, PipelineError)


def test_requirements_are_checked_when_building():
    registry = StageRegistry([_spec("first", assigns=["x"]), _spec("second", requires=["x"])])
    ok = build_pipeline({"stages": [{"use": "first@1"}, {"use": "second@1"}]}, registry=registry)
    assert ok.stage_keys == ("first@1", "second@1")
    with pytest.raises(StageConfigError, match="second@1 requires x"):
        build_pipeline({"stages": [{"use": "second@1"}, {"use": "first@1"}]}, registry=registry)


def test_bad_configurations_raise_clear_errors(tmp_path):
    with pytest.raises(StageConfigError, match="non-empty"):
        build_pipeline({"pipeline": {"name": "x"}}, registry=StageRegistry())
    with pytest.raises(StageConfigError, match="use"):
        build_pipeline({"stages": [{"options": {}}]}, registry=StageRegistry())
    broken = tmp_path / "bad.toml"
    broken.write_text("[[stages]\nuse=", encoding="utf-8")
    with pytest.raises(StageConfigError, match="cannot read"):
        load_config(broken)
    with pytest.raises(StageConfigError, match="bad options"):
        build_pipeline({"stages": [{"use": "text.normalise@1", "options": {"no_such_option": 1}}]})


def test_dropped_article_stops_and_is_counted_by_reason():
    seen = []

    def dropper(article: Article) -> Article:
        return article.drop("too_short") if len(article.text) < 5 else article

    def recorder(article: Article) -> Article:
        seen.append(article.id)
        return article

    pipeline = Pipeline([BuiltStage(_spec("drop"), dropper), BuiltStage(_spec("record"), recorder)])
    results = list(pipeline.run_many([Article(id="a", text="abc"), Article(id="b", text="long enough")]))
    assert [r.dropped for r in results] == ["too_short", None]
    assert seen == ["b"]
    summary = {row["stage"]: row for row in pipeline.summary()}
    assert summary["drop@1"] == {"stage": "drop@1", "in": 2, "out": 1, "dropped": {"too_short": 1}, "notes": {}}
    assert summary["record@1"]["in"] == 1


def test_a_crashing_stage_is_wrapped_with_the_article_id():
    def boom(article: Article) -> Article:
        raise ValueError("kaput")

    pipeline = Pipeline([BuiltStage(_spec("boom"), boom)])
    with pytest.raises(StageFailure, match="boom@1 failed on article x1"):
        pipeline.run(Article(id="x1", text="text"))


def test_version_id_changes_when_a_stage_version_changes():
    one = Pipeline([BuiltStage(_spec("s", version=1), lambda a: a)], name="p", version="1")
    two = Pipeline([BuiltStage(_spec("s", version=2), lambda a: a)], name="p", version="1")
    assert one.version_id.startswith("p/1+") and one.version_id != two.version_id


class _Tunable:
    """A stage with constructor defaults, like the shipped ones."""

    def __init__(self, *, threshold: float = 0.5, words: tuple[str, ...] = ("a", "b")) -> None:
        self.threshold = threshold

    def __call__(self, article: Article) -> Article:
        return article


class _Learned(_Tunable):
    """A stage with a model artefact: its fingerprint is part of the version."""

    def __init__(self, digest: str) -> None:
        super().__init__()
        self.digest = digest

    def fingerprint(self) -> str:
        return self.digest


def _tunable_pipeline(**options) -> Pipeline:
    registry = StageRegistry([StageSpec("tune", 1, lambda *, options, resources: _Tunable(**options))])
    return build_pipeline({"pipeline": {"name": "p", "version": "1"}, "stages": [{"use": "tune@1", "options": options}]},
                          registry=registry)


def test_version_id_hashes_the_resolved_options():
    default = _tunable_pipeline()
    assert re.fullmatch(r"p/1\+[0-9a-f]{8}", default.version_id)
    assert _tunable_pipeline(threshold=0.5).version_id == default.version_id  # the default, spelt out
    assert _tunable_pipeline(threshold=0.7).version_id != default.version_id
    assert _tunable_pipeline(words=["a", "c"]).version_id != default.version_id


def test_version_id_changes_with_a_stage_fingerprint():
    def pipeline(digest: str) -> Pipeline:
        return Pipeline([BuiltStage(_spec("learned"), _Learned(digest))], name="p", version="1")

    assert pipeline("aa11").version_id == pipeline("aa11").version_id
    assert pipeline("aa11").version_id != pipeline("bb22").version_id
    plain = Pipeline([BuiltStage(_spec("learned"), _Tunable())], name="p", version="1")
    assert plain.version_id != pipeline("aa11").version_id


def test_the_shipped_configuration_versions_its_options():
    config = load_config()
    changed = json.loads(json.dumps(config))
    for entry in changed["stages"]:
        if entry["use"].startswith(("events.detect", "events.assemble")):
            entry["options"]["background_days"] += 1
    assert build_pipeline(changed).version_id != build_pipeline(config).version_id
