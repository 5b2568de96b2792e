"""Every path that runs the pipeline isolates one bad article: ``extract``, ``eval`` and ``process``.

Each test runs the real default pipeline with one extra stage that raises on one
article id (``backfill`` has the same test in ``tests/integration/backfill``).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from protest_tracker import model
from protest_tracker.cli import extract as extract_cli
from protest_tracker.cli.main import app
from protest_tracker.errors import LinkingError
from protest_tracker.pipeline.config import default_pipeline
from protest_tracker.pipeline.framework import BuiltStage, Pipeline, StageSpec

GOLD_TG = Path(__file__).resolve().parents[2] / "fixtures" / "gold" / "gold_tg.jsonl"

# Written for this test (our own words).
GOOD = {"id": "ok-1", "published": "2022-05-02", "language": "en",
        "text": "Hundreds of workers went on strike in Aktobe on Sunday over unpaid wages."}
BAD = {"id": "bad-1", "published": "2022-05-02", "language": "en",
       "text": "Dozens of traders rallied in Osh on Monday against new market fees."}


def failing_pipeline(bad_id: str, *, error: type[BaseException] = RuntimeError) -> Pipeline:
    """The default pipeline plus a last stage that raises ``error`` on article ``bad_id``."""

    def boom(article: model.Article) -> model.Article:
        if article.id == bad_id:
            raise error("stage bug")
        return article

    spec = StageSpec("test.boom", 1, lambda *, options, resources: boom)
    return Pipeline([*default_pipeline().stages, BuiltStage(spec, boom)], name="default", version="1")


@pytest.fixture
def broken(monkeypatch):
    def install(bad_id: str, **kwargs) -> Pipeline:
        pipeline = failing_pipeline(bad_id, **kwargs)
        monkeypatch.setattr(extract_cli, "default_pipeline", lambda config_path=None: pipeline)
        return pipeline

    return install


def test_extract_drops_the_failing_article_and_an_unparseable_line_and_goes_on(tmp_path, broken):
    broken("bad-1")
    source = tmp_path / "in.jsonl"
    deep = "[" * 100_000 + "]" * 100_000
    source.write_text("\n".join([json.dumps(BAD), deep, json.dumps(GOOD)]) + "\n", encoding="utf-8")
    target = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["extract", "-i", str(source), "-o", str(target), "--quiet"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in target.read_text("utf-8").splitlines()]
    assert [(r["id"], r.get("dropped")) for r in lines] == [
        ("bad-1", "stage_error"), ("line-2", "malformed_record"), ("ok-1", None)]
    assert lines[1]["line"] == 2 and "nested too deeply" in lines[1]["error"]
    assert lines[2]["events"] and any(f.startswith("stage_error:") for f in lines[0]["flags"])
    assert "1 malformed lines, 1 stage errors" in result.output and "stage_error 1" in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "out.jsonl"]


def test_extract_that_dies_leaves_no_truncated_output(tmp_path, broken):
    broken("ok-1", error=KeyboardInterrupt)  # not an Exception: nothing may swallow it
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps(BAD) + "\n" + json.dumps(GOOD) + "\n", encoding="utf-8")
    target = tmp_path / "out.jsonl"
    target.write_text("previous run\n", encoding="utf-8")
    with pytest.raises(KeyboardInterrupt):
        extract_cli.run_extract(input_path=source, output_path=target, show_progress=False)
    assert target.read_text("utf-8") == "previous run\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "out.jsonl"]


def test_eval_scores_every_gold_article_when_a_stage_fails_on_one(tmp_path, broken):
    records = [json.loads(line) for line in GOLD_TG.read_text("utf-8").splitlines() if line.strip()]
    broken(records[0]["id"])
    predictions = tmp_path / "pred.jsonl"
    report = extract_cli.run_eval(gold_path=GOLD_TG, predictions=predictions, show_errors=0, as_json=True)
    lines = [json.loads(line) for line in predictions.read_text("utf-8").splitlines()]
    assert [r["id"] for r in lines] == [r["id"] for r in records]
    assert lines[0]["dropped"] == "stage_error" and lines[0]["events"] == []
    assert report["overall"]["articles"] == len(records)


@pytest.mark.django_db
@pytest.mark.both_backends
def test_process_stamps_a_failing_article_as_stage_error_and_keeps_going(monkeypatch):
    from protest_tracker.store import processing
    from protest_tracker.store.articles import save_article
    from protest_tracker.store.models import Article, AuditLog

    for record in (GOOD, BAD):
        save_article(model.Article(id=record["id"], text=record["text"], language="en",
                                   published=model.parse_published(record["published"])), origin="file")
    pipeline = failing_pipeline("bad-1")
    summary = processing.process_pending(pipeline=pipeline, campaigns=False)
    assert (summary.articles, summary.stage_errors, summary.dropped, summary.failed) == (2, 1, 1, 0)
    assert summary.new_events >= 1
    assert set(Article.objects.values_list("processed_version", flat=True)) == {pipeline.version_id}
    audit = AuditLog.objects.get(action="stage_error", object_id="bad-1")
    assert "test.boom@1" in audit.reason
    assert pipeline.counts["test.boom@1"].dropped["stage_error"] == 1
    # A linking failure (not a stage failure) is left unprocessed for the next run.
    Article.objects.update(processed_version="")

    def refuse(row, result, **kwargs):
        raise LinkingError("no link today")

    monkeypatch.setattr(processing, "process_article", refuse)
    again = processing.process_pending(pipeline=pipeline, campaigns=False)
    assert (again.articles, again.failed) == (0, 2)
    assert AuditLog.objects.filter(action="process_failed").count() == 2
