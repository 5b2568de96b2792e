"""The ``link`` command on real files, and merge quality on the dev set's duplicate reports."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from linking_support import FIXTURES
from protest_tracker.cli.main import app
from protest_tracker.linking.evaluation import gold_clusters, pairs_of, pairwise_score
from protest_tracker.linking.service import link_records


def test_link_command_writes_one_line_per_event_and_campaigns(tmp_path):
    source = tmp_path / "extracted.jsonl"
    source.write_text("".join((FIXTURES / f"{n}.jsonl").read_text(encoding="utf-8")
                              for n in ("same_rally", "daily_picket")), encoding="utf-8")
    out, campaigns = tmp_path / "linked.jsonl", tmp_path / "campaigns.jsonl"
    result = CliRunner().invoke(app, ["link", "--input", str(source), "--output", str(out),
                                      "--campaigns", str(campaigns)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    oral = [line for line in lines if "fx-oral-azat" in line["report_ids"]][0]
    assert len(oral["report_ids"]) == 5 and oral["conflicts"]["size_min"]["fx-oral-vlast"] == 15
    assert oral["campaign_id"] is None
    for key in ("event_id", "report_ids", "conflicts", "campaign_id", "date", "city", "event_type"):
        assert all(key in line for line in lines)
    linked = [json.loads(line) for line in campaigns.read_text(encoding="utf-8").splitlines()]
    picket = [c for c in linked if "Zhanaozen" in c["cities"]][0]
    assert picket["traction"]["summary"]["distinct_cities"] == 2
    assert {line["campaign_id"] for line in lines if line["event_id"] in picket["event_ids"]} == {picket["campaign_id"]}
    again = tmp_path / "again.jsonl"
    shuffled = tmp_path / "shuffled.jsonl"
    shuffled.write_text("".join(reversed(source.read_text(encoding="utf-8").splitlines(keepends=True))), encoding="utf-8")
    assert CliRunner().invoke(app, ["link", "-i", str(shuffled), "-o", str(again)]).exit_code == 0
    assert again.read_text(encoding="utf-8") == out.read_text(encoding="utf-8")


def test_link_command_rejects_bad_input_and_keeps_the_old_output(tmp_path):
    source = tmp_path / "bad.jsonl"
    source.write_text('{"id": "a", "events": []}\n{"id": "b", "events": [\n', encoding="utf-8")
    out = tmp_path / "linked.jsonl"
    out.write_text("previous\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["link", "-i", str(source), "-o", str(out)])
    assert result.exit_code == 1
    assert "bad.jsonl:2" in result.output and "not valid JSON" in result.output
    assert out.read_text(encoding="utf-8") == "previous\n"
    missing = CliRunner().invoke(app, ["link", "-i", str(tmp_path / "nope.jsonl"), "-o", str(out)])
    assert missing.exit_code == 1 and "does not exist" in missing.output


def test_dev_set_duplicate_reports_pairwise(dev_set_path):
    """Gold events of the dev set linked as if extracted; gold pairs from :func:`gold_clusters`."""
    articles = [json.loads(line) for line in dev_set_path.read_text(encoding="utf-8").splitlines()]
    records = [{"id": a["id"], "language": a.get("language"), "published": a.get("published"),
                "events": a["gold"]} for a in articles]
    result = link_records(records)
    predicted = [[f"{r.article_id}#{r.index}" for r in e.reports] for e in result.events]
    gold = gold_clusters(articles)
    score = pairwise_score(predicted, gold)
    print(f"[dev set, {len(pairs_of(gold))} gold pairs] {score.describe()}")
    assert score.gold_pairs >= 10
    assert score.precision >= 0.85 and score.recall >= 0.85
