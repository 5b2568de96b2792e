"""The sample corpus: linking its gold events, and the demo path (real pipeline, real database)."""

from __future__ import annotations

from collections import Counter, defaultdict

import pytest
from rich.console import Console
from typer.testing import CliRunner

from protest_tracker.cli.main import app
from protest_tracker.linking.evaluation import pairwise_score
from protest_tracker.linking.service import link_records
from protest_tracker.linking.traction import compute_traction
from protest_tracker.samples import iter_sample_records


def gold_input():
    """Sample gold events as extract records; an updated report is a revision of its original."""
    records = list(iter_sample_records())
    lines = [{"id": r.get("revision_of") or r["id"], "content_hash": r["id"], "outlet": r.get("outlet"),
              "language": r["language"], "published": r["published"], "events": r["gold"]} for r in records]
    labels = {(line["id"], line["content_hash"], i): (event["event_key"], event.get("campaign"))
              for line in lines for i, event in enumerate(line["events"])}
    return lines, labels


def test_sample_gold_events_merge_as_the_readme_expects():
    lines, labels = gold_input()
    result = link_records(lines)
    gold = defaultdict(list)
    for (article, revision, index), (event_key, _) in labels.items():
        gold[event_key].append(f"{article}:{revision}#{index}")
    predicted = [[f"{r.article_id}:{r.revision}#{r.index}" for r in e.reports] for e in result.events]
    score = pairwise_score(predicted, list(gold.values()))
    print(f"[sample corpus gold] {score.describe()}")
    assert score.gold_pairs >= 20 and score.precision >= 0.95 and score.recall >= 0.95
    same_day = [e for e in result.events if e.headline.date == "2021-04-05" and e.headline.city == "Almaty"]
    assert len(same_day) == 2  # mortgage borrowers and relatives in Almaty that day stay apart


def test_sample_campaigns_are_pure_and_the_consulate_campaign_spreads():
    lines, labels = gold_input()
    result = link_records(lines)
    members = defaultdict(list)
    for event in result.events:
        if event.campaign_id:
            members[event.campaign_id].append(event)
    for events in members.values():
        slugs = Counter(labels[(r.article_id, r.revision, r.index)][1] for e in events for r in e.reports)
        assert len(slugs) == 1, slugs  # every machine campaign lies inside one gold campaign
    [consulate] = [c for c in result.campaigns if "Zhanaozen" in c.cities and "Astana" in c.cities]
    slugs = Counter(labels[(r.article_id, r.revision, r.index)][1] for e in members[consulate.campaign_id]
                    for r in e.reports)
    expected = sum(1 for _, slug in labels.values() if slug == "almaty-consulate-xinjiang")
    assert slugs["almaty-consulate-xinjiang"] == expected  # every report of the campaign, the 500th day included
    assert consulate.last_date == "2022-06-15"
    assert consulate.title == ("Relatives of detainees (Xinjiang / ethnic kin in China) — pickets at the "
                               "Chinese consulate general, Almaty and 2 other cities, February 2021 – June 2022")
    khorog = {labels[(r.article_id, r.revision, r.index)][1]: e.campaign_id for e in result.events
              for r in e.reports if e.headline.city == "Khorog"}
    assert khorog["gbao-may-2022"] and khorog["gbao-may-2022"] != khorog["khorog-november-2021"]
    summary = compute_traction(members[consulate.campaign_id]).summary
    assert [c["city"] for c in summary["cities"]] == ["Almaty", "Zhanaozen", "Astana"]
    assert summary["cities"][1]["first_date"] == "2021-07-09"
    assert summary["aggregate_reports"] == 1
    assert any(g["joined_later"] for g in summary["participant_groups"])
    assert "detention" in summary["responses"] and summary["distinct_languages"] >= 2


def test_sample_campaign_pairs_match_the_gold_campaigns():
    """Pairs of gold events put in one campaign, against the gold ``campaign`` slugs (one-off gold
    campaigns such as Bishkek October 2020 give no pair)."""
    lines, labels = gold_input()
    result = link_records(lines)
    predicted, gold = defaultdict(set), defaultdict(set)
    for event in result.events:
        for report in event.reports:
            event_key, slug = labels[(report.article_id, report.revision, report.index)]
            predicted[event.campaign_id or event_key].add(event_key)
            gold[slug or event_key].add(event_key)
    score = pairwise_score([sorted(c) for c in predicted.values()], [sorted(c) for c in gold.values()])
    print(f"[sample corpus campaigns] {score.describe()}")
    assert score.gold_pairs >= 90 and score.precision == 1.0 and score.recall >= 0.95


@pytest.mark.django_db
@pytest.mark.both_backends
def test_demo_path_real_pipeline_gives_merged_events_and_a_campaign():
    from protest_tracker.demo_steps import load_samples
    from protest_tracker.pipeline.config import default_pipeline
    from protest_tracker.store.models import Campaign, Event
    from protest_tracker.store.processing import process_pending

    load_samples(console=Console(quiet=True))
    processed = CliRunner().invoke(app, ["process", "--batch-size", "20"])
    assert processed.exit_code == 0, processed.output
    assert "articles 54, " in processed.output and "failed 0" in processed.output  # one line is a revision
    merged = [e for e in Event.objects.all() if e.reports.count() > 1]
    assert len(merged) >= 5
    campaign = max(Campaign.objects.all(), key=lambda c: c.events.count())
    assert len({e.city for e in campaign.events.all()}) >= 2  # the consulate pickets spread
    shown = CliRunner().invoke(app, ["campaign", "show", campaign.public_id, "--json"])
    assert shown.exit_code == 0, shown.output
    assert '"distinct_cities"' in shown.output and '"series"' in shown.output
    assert process_pending(pipeline=default_pipeline()).articles == 0
