"""The Dask backfill on a real LocalCluster gives exactly what sequential extraction gives."""

from __future__ import annotations

import json

import pytest

from protest_tracker.backfill import extract_partition, run_backfill
from protest_tracker.errors import ConfigurationError

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
    assert summary.dropped["malformed_json"] == 1
    got = read_outputs(summary.outputs)
    expected = {}
    for shard in shards:
        expected.update({r["id"]: r for r in map(json.loads, extract_partition(shard.read_text("utf-8").splitlines()))})
    assert got == expected
    assert set(got) >= {r["id"] for r in RECORDS}
    assert summary.events == sum(len(r["events"]) for r in got.values())
    # Rerunning replaces the outputs instead of appending to them.
    again = run_backfill(shards, output_dir=tmp_path / "out", workers=1)
    assert read_outputs(again.outputs) == got


def test_missing_inputs_are_a_clear_error(tmp_path):
    with pytest.raises(ConfigurationError, match="not found"):
        run_backfill([tmp_path / "nope.jsonl"], output_dir=tmp_path / "out")
