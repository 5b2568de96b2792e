"""Shared fixtures for the pipeline tests: one default pipeline per session (loading the gazetteer once)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from protest_tracker.model import Article
from protest_tracker.pipeline.config import default_pipeline
from protest_tracker.pipeline.framework import Pipeline
from protest_tracker.pipeline.runner import article_from_record

GOLD_DIR = Path(__file__).resolve().parents[2] / "fixtures" / "gold"


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return default_pipeline()


def _rules_pipeline(**confidence_options: float) -> Pipeline:
    """The default configuration with ``events.detect@2`` for the assembler (and the given
    ``events.confidence@3`` options)."""
    from protest_tracker.pipeline.config import build_pipeline, load_config

    config = load_config()
    for entry in config["stages"]:
        if entry["use"] == "events.assemble@1":
            entry["use"] = "events.detect@2"
        if entry["use"] == "events.confidence@3":
            entry.setdefault("options", {}).update(confidence_options)
    return build_pipeline(config)


@pytest.fixture(scope="session")
def rules_pipeline() -> Pipeline:
    """The rule segmentation alone (``events.detect@2``): the candidate generator of the learned
    assembler, tested on its own where a test pins a rule's exact behaviour."""
    return _rules_pipeline()


@pytest.fixture(scope="session")
def rules_pipeline_ungated() -> Pipeline:
    """``rules_pipeline`` without the undated-article gate (``min_undated_article_confidence`` 0)."""
    return _rules_pipeline(min_undated_article_confidence=0.0)


@pytest.fixture(scope="session")
def gold_records() -> list[dict]:
    records = []
    for path in sorted(GOLD_DIR.glob("*.jsonl")):
        records += [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    return records


def _runner(pipeline: Pipeline):
    """Run ``pipeline`` on one article given as keyword fields of an input record."""

    def run(text: str, *, published: str | None = None, language: str | None = None,
            title: str | None = None, url: str | None = None) -> Article:
        record = {"id": "t1", "text": text, "published": published, "language": language, "title": title, "url": url}
        return pipeline.run(article_from_record(record))

    return run


@pytest.fixture
def extract(pipeline):
    """Run the default pipeline on one article given as keyword fields of an input record."""
    return _runner(pipeline)


@pytest.fixture
def extract_rules(rules_pipeline):
    """Like ``extract``, with the rule segmentation alone."""
    return _runner(rules_pipeline)


@pytest.fixture
def extract_rules_ungated(rules_pipeline_ungated):
    """Like ``extract_rules``, without the undated-article gate."""
    return _runner(rules_pipeline_ungated)
