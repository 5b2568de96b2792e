"""``protest-tracker extract`` / ``eval`` through the real Typer app, on files."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from protest_tracker.cli.main import app

GOLD_DIR = Path(__file__).resolve().parents[2] / "fixtures" / "gold"


def _write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_extract_streams_every_line_out_with_stage_counts(tmp_path):
    articles = [
        json.dumps({"id": "a1", "published": "2022-05-02", "language": "en",
                    "text": "Hundreds of workers went on strike in Aktobe on Sunday over unpaid wages."}),
        "{not json",
        json.dumps({"id": "a2", "text": ""}),
        "",
        json.dumps(["a", "list"]),
        json.dumps({"id": "a3", "published": "garbage", "text": "Курс валют и погода на завтра."}),
    ]
    source = _write(tmp_path / "in.jsonl", articles)
    target = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["extract", "--input", str(source), "--output", str(target), "--quiet"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in target.read_text("utf-8").splitlines()]
    assert [line["id"] for line in lines] == ["a1", "line-2", "a2", "line-5", "a3"]
    assert lines[0]["events"][0]["city"] == "Aktobe" and lines[0]["events"][0]["event_type"] == "strike"
    assert lines[0]["events"][0]["date"] == "2022-05-01"
    assert lines[1]["dropped"] == "malformed_record" and "not JSON" in lines[1]["error"]
    assert lines[2]["dropped"] == "empty_text"
    assert lines[4]["events"] == [] and "published_malformed" in lines[4]["flags"]
    assert "relevance.protest@1" in result.output and "no_protest_language" in result.output
    assert "5 articles, 1 with events" in result.output


def test_extract_reports_a_missing_input_file_cleanly(tmp_path):
    result = CliRunner().invoke(app, ["extract", "--input", str(tmp_path / "nope.jsonl"),
                                      "--output", str(tmp_path / "out.jsonl"), "--quiet"])
    assert result.exit_code == 1
    assert "cannot read" in result.output


def test_eval_prints_scores_per_language_and_errors(tmp_path):
    predictions = tmp_path / "pred.jsonl"
    result = CliRunner().invoke(app, ["eval", str(GOLD_DIR / "gold_ky.jsonl"), "--predictions", str(predictions),
                                      "--errors", "5"])
    assert result.exit_code == 0, result.output
    assert "ky" in result.output and "all" in result.output and "errors worth looking at" in result.output
    gold_lines = [line for line in (GOLD_DIR / "gold_ky.jsonl").read_text("utf-8").splitlines() if line.strip()]
    assert len(predictions.read_text("utf-8").splitlines()) == len(gold_lines)
    as_json = CliRunner().invoke(app, ["eval", str(GOLD_DIR / "gold_tg.jsonl"), "--json", "--errors", "0"])
    report = json.loads(as_json.output)
    assert set(report["by_language"]) == {"tg"} and report["overall"]["articles"] == 3
