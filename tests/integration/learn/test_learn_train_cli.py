"""``protest-tracker train`` as a user runs it: same gold file → byte-identical artefacts; a bad
file → one clear line naming file, line and field, and nothing written."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

GOLD = Path(__file__).resolve().parents[2] / "fixtures" / "gold"
CLI = [sys.executable, "-m", "protest_tracker.cli"]


def _train(output: Path, *corpus: Path) -> subprocess.CompletedProcess:
    args = [*CLI, "train", *[a for c in corpus for a in ("--corpus", str(c))], "--output", str(output)]
    return subprocess.run(args, capture_output=True, text=True, timeout=600,
                          env={**os.environ, "COLUMNS": "200"})


@pytest.mark.slow
def test_training_twice_on_the_same_file_writes_the_same_bytes(tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    for out in (first, second):
        done = _train(out, GOLD)
        assert done.returncode == 0, done.stderr
    for name in ("assembler.json", "fields.json"):
        assert (first / name).read_bytes() == (second / name).read_bytes(), name
        data = json.loads((first / name).read_text("utf-8"))
        assert isinstance(data, dict) and data  # plain JSON, not a pickle
    card = (first / "MODEL_CARD.md").read_text("utf-8")
    assert "| ru |" in card and "assembler.json" in card


@pytest.mark.slow
def test_trained_artefacts_run_in_the_pipeline(tmp_path):
    out = tmp_path / "models"
    assert _train(out, GOLD / "gold_en.jsonl", GOLD / "gold_ru.jsonl").returncode == 0
    config = (Path(__file__).resolve().parents[3] / "src" / "protest_tracker" / "pipeline"
              / "default.toml").read_text("utf-8")
    config = config.replace('use = "events.assemble@1"\n[stages.options]',
                            f'use = "events.assemble@1"\n[stages.options]\nmodel_path = "{out / "assembler.json"}"')
    if '\nuse = "events.classify@1"' in config:
        config = config.replace('\nuse = "events.classify@1"',
                                f'\nuse = "events.classify@1"\n[stages.options]\nmodel_path = "{out / "fields.json"}"', 1)
    (tmp_path / "custom.toml").write_text(config, "utf-8")
    article = {"id": "t1", "language": "en", "published": "2022-03-02",
               "text": "ZHANAOZEN, Kazakhstan — Hundreds of oil workers rallied on the central square of "
                       "Zhanaozen on Tuesday, demanding higher wages. Police watched but did not intervene."}
    (tmp_path / "in.jsonl").write_text(json.dumps(article) + "\n", "utf-8")
    done = subprocess.run([*CLI, "extract", "--input", str(tmp_path / "in.jsonl"), "--output",
                           str(tmp_path / "out.jsonl"), "--config", str(tmp_path / "custom.toml"), "-q"],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    line = json.loads((tmp_path / "out.jsonl").read_text("utf-8"))
    assert line["id"] == "t1" and "events" in line


def test_a_malformed_training_file_is_one_clear_error_and_writes_nothing(tmp_path):
    bad = tmp_path / "bad.jsonl"
    good = (GOLD / "gold_en.jsonl").read_text("utf-8").splitlines()[0]
    record = json.loads(good)
    record["id"] = "broken"
    record["gold"] = [{"country": "KZ", "date": "2022-13", "event_type": "flashmob"}]
    bad.write_text(good + "\n" + json.dumps(record) + "\n", "utf-8")
    out = tmp_path / "never"
    done = _train(out, bad)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    message = " ".join(done.stderr.split())
    assert str(bad.name) in message and "line 2" in message and "gold[0].date" in message
    assert not out.exists()


@pytest.mark.slow
def test_cross_validation_writes_its_out_of_fold_predictions(tmp_path):
    """`eval --cv K --predictions F`: one line per article, in the evaluation kit's format."""
    files = sorted(GOLD.glob("*.jsonl"))
    out = tmp_path / "oof.jsonl"
    done = subprocess.run([*CLI, "eval", *map(str, files), "--cv", "2", "--json", "--predictions", str(out)],
                          capture_output=True, text=True, timeout=600, env={**os.environ, "COLUMNS": "200"})
    assert done.returncode == 0, done.stderr
    ids = sorted(json.loads(line)["id"] for f in files for line in f.read_text("utf-8").splitlines() if line.strip())
    lines = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert sorted(line["id"] for line in lines) == ids
    assert any(line["events"] for line in lines)  # the learned pipeline found events out of fold
    assert all({"country", "city", "date"} <= set(e) for line in lines for e in line["events"])
    # the error anatomy accounts for every missed and every spurious event of the score, per language
    report = json.loads(done.stdout)
    from protest_tracker.pipeline.learn.anatomy import MISSED, SPURIOUS

    for lang, counts in report["anatomy"].items():
        scores = report["learned"]["overall" if lang == "all" else "by_language"]
        lenient = (scores if lang == "all" else scores[lang])["event_lenient"]
        assert sum(counts[c] for c in MISSED) == lenient["fn"], lang
        assert sum(counts[c] for c in SPURIOUS) == lenient["fp"], lang
    # the reliability table's first row (every kept event) is the event score's tp + fp
    every = report["reliability"]["rows"][0]
    overall = report["learned"]["overall"]["event_lenient"]
    assert every["min_confidence"] == 0.0
    assert (every["events"], every["matched"]) == (overall["tp"] + overall["fp"], overall["tp"])
    assert every["events"] == sum(t["rows"][0]["events"] for t in report["reliability"]["by_language"].values())
    assert [row["events"] for row in report["reliability"]["rows"]] == sorted(
        (row["events"] for row in report["reliability"]["rows"]), reverse=True)
    # headroom: "as run" is the score itself; a perfect document gate keeps no event where there is none
    room = report["headroom"]
    assert (room["as_run"]["tp"], room["as_run"]["fp"], room["as_run"]["fn"]) == (
        overall["tp"], overall["fp"], overall["fn"])
    assert room["as_run"]["document_f1"] == report["learned"]["overall"]["document"]["f1"]
    assert room["perfect_document"]["tp"] == overall["tp"] and room["perfect_document"]["fp"] <= overall["fp"]
    assert room["candidate_ceiling"]["fp"] == 0 and room["candidate_ceiling"]["tp"] >= overall["tp"]


def test_too_few_articles_to_cross_validate_is_one_clear_error(tmp_path):
    tiny = tmp_path / "tiny.jsonl"  # three one-event stories: no fold part has a candidate that is not an event
    tiny.write_text("\n".join((GOLD / "gold_en.jsonl").read_text("utf-8").splitlines()[:3]) + "\n", "utf-8")
    done = subprocess.run([*CLI, "eval", str(tiny), "--cv", "2"],
                          capture_output=True, text=True, timeout=600, env={**os.environ, "COLUMNS": "200"})
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    assert "fewer folds" in done.stderr
