"""The Dask backfill on a real LocalCluster gives exactly what sequential extraction gives,
and one bad line or one crashing stage never costs more than that one record."""

from __future__ import annotations

import json

import pytest

from protest_tracker.backfill import extract_partition, run_backfill
from protest_tracker.backfill import runner as backfill_runner
from protest_tracker.cli.extract import run_extract
from protest_tracker.errors import ConfigurationError
from protest_tracker.model import Article
from protest_tracker.pipeline.config import default_pipeline
from protest_tracker.pipeline.framework import BuiltStage, Pipeline, StageSpec

# Written for this test (our own words).
RECORDS = [
    {"id": "bf-ru-1", "published": "2021-03-10", "language": "ru",
     "text": "В Алматы 10 марта около 15 родственников задержанных в Синьцзяне провели пикет у консульства Китая. "
             "Полиция оцепила здание."},
    {"id": "bf-en-1", "published": "2022-01-03", "language": "en",
     "text": "Hundreds of residents rallied in Zhanaozen on Monday against a sharp rise in the price of liquefied gas."},
    {"id": "bf-en-2", "published": "2021-05-01", "language": "en",
     "text": "Crowds filled the central park in Almaty to celebrate the spring holiday with concerts and food stalls."},
    {"id": "bf-ru-2", "published": None, "language": None, "text": ""},
]


@pytest.fixture
def shards(tmp_path):
    paths = []
    for index in range(2):
        path = tmp_path / f"shard-{index}.jsonl"
        lines = [json.dumps(r, ensure_ascii=False) for r in RECORDS[index * 2:(index + 1) * 2]]
        if index == 1:
            lines.append("{broken json")
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def read_outputs(paths):
    return {r["id"]: r for p in paths for r in map(json.loads, p.read_text(encoding="utf-8").splitlines())}


@pytest.mark.slow
def test_local_cluster_backfill_matches_sequential_extraction(shards, tmp_path):
    summary = run_backfill(shards, output_dir=tmp_path / "out", workers=2)
    assert summary.partitions == 2 and summary.articles == 5
    assert summary.dropped["malformed_record"] == 1
    got = read_outputs(summary.outputs)
    expected = {}
    for shard in shards:
        lines = shard.read_bytes().splitlines(keepends=True)
        expected.update({r["id"]: r for r in map(json.loads, extract_partition(lines, source=str(shard)))})
    assert got == expected
    assert set(got) >= {r["id"] for r in RECORDS}
    assert got["shard-1.jsonl:line-3"]["line"] == 3 and got["shard-1.jsonl:line-3"]["source"] == str(shards[1])
    assert summary.events == sum(len(r["events"]) for r in got.values())
    # The same records as `protest-tracker extract` writes (the runner and the parser are shared).
    for shard in shards:
        run_extract(input_path=shard, output_path=tmp_path / "x.jsonl", show_progress=False)
        for record in map(json.loads, (tmp_path / "x.jsonl").read_text("utf-8").splitlines()):
            if record.get("dropped") != "malformed_record":
                assert got[record["id"]] == record
    # Rerunning replaces the outputs instead of appending to them.
    again = run_backfill(shards, output_dir=tmp_path / "out", workers=1)
    assert read_outputs(again.outputs) == got


def test_blocks_end_on_line_ends_and_know_their_first_line(tmp_path):
    path = tmp_path / "big.jsonl"
    lines = [json.dumps({"id": f"a{n}", "text": "x" * (n % 7)}) + "\n" for n in range(1, 41)]
    path.write_text("".join(lines), encoding="utf-8")
    blocks = backfill_runner.plan_blocks([path, tmp_path / "big.jsonl"], blocksize=100)
    assert len(blocks) > 4 and [b.index for b in blocks] == list(range(len(blocks)))
    data = path.read_bytes()
    for block in blocks:
        assert block.start == 0 or data[block.start - 1:block.start] == b"\n"
        assert data[:block.start].count(b"\n") + 1 == block.first_line
    first_file = [b for b in blocks if b.index < len(blocks) // 2]
    assert b"".join(data[b.start:b.end] for b in first_file) == data
    assert len(backfill_runner.plan_blocks([path], blocksize=None)) == 1
    (tmp_path / "empty.jsonl").write_text("", encoding="utf-8")
    assert backfill_runner.plan_blocks([tmp_path / "empty.jsonl"], blocksize=100) == []


@pytest.mark.slow
def test_a_stage_that_raises_on_one_article_costs_only_that_article(tmp_path, monkeypatch):
    from distributed import LocalCluster

    def boom(article: Article) -> Article:
        if article.id == "bf-en-1":
            raise RuntimeError("stage bug")
        return article

    pipeline = Pipeline([*default_pipeline().stages,
                         BuiltStage(StageSpec("test.boom", 1, lambda *, options, resources: boom), boom)])
    monkeypatch.setattr(backfill_runner, "_pipeline", lambda config_path: pipeline)
    source = tmp_path / "in.jsonl"
    deep = "[" * 100_000 + "]" * 100_000
    source.write_text("\n".join([json.dumps(RECORDS[1]), deep, json.dumps(RECORDS[0])]) + "\n", encoding="utf-8")
    # In-process workers (threads) so that the monkeypatched pipeline is the one the tasks use.
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None,
                      silence_logs=40) as cluster:
        summary = run_backfill([source], output_dir=tmp_path / "out", scheduler_address=cluster.scheduler_address,
                               blocksize=None)
    got = read_outputs(summary.outputs)
    assert summary.articles == 3 and dict(summary.dropped) == {"stage_error": 1, "malformed_record": 1}
    assert got["bf-en-1"]["events"] == [] and got["bf-en-1"]["dropped"] == "stage_error"
    assert "nested too deeply" in got["in.jsonl:line-2"]["error"]
    assert got["bf-ru-1"]["events"]


def test_missing_inputs_are_a_clear_error(tmp_path):
    with pytest.raises(ConfigurationError, match="not found"):
        run_backfill([tmp_path / "nope.jsonl"], output_dir=tmp_path / "out")
