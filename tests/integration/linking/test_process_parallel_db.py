"""`process --workers 2` (extraction on a real Dask LocalCluster) stores exactly what the sequential
run stores: the same events with the same public ids, reports, campaigns, people and audit trail.
A run killed mid-way leaves a consistent store that the next run completes to the same content."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

from protest_tracker.cli.main import app
from protest_tracker.pipeline.runner import article_from_record
from protest_tracker.samples import iter_input_records
from protest_tracker.samples.synthetic import synthetic_articles, write_synthetic
from protest_tracker.store.articles import save_article
from protest_tracker.store.events import event_to_exchange
from protest_tracker.store.models import (
    Article,
    AuditLog,
    Campaign,
    Event,
    EventReport,
    EventTombstone,
    Person,
    PublicIdCounter,
)
from protest_tracker.store.parallel import pending_batches

pytestmark = [pytest.mark.django_db(transaction=False), pytest.mark.both_backends]


def corpus() -> list[dict]:
    return list(iter_input_records()) + list(synthetic_articles(45, seed=4))


def snapshot() -> dict:
    """Everything `process` writes, keyed by public ids (never by primary keys or timestamps)."""
    events = {}
    for event in Event.objects.select_related("campaign").order_by("public_id"):
        record = event_to_exchange(event)
        record.update(needs_review=event.needs_review, conflicts=event.conflicts,
                      pipeline_version=event.pipeline_version,
                      reports=sorted((r.article_id, json.dumps(r.extracted, sort_keys=True))
                                     for r in event.reports.all()),
                      people=sorted((p.name, p.role, p.source_field) for p in event.people.all()))
        events[event.public_id] = record
    def value(row: AuditLog, value) -> str:  # "people" rows hold Person primary keys: compare how many
        return str(len(value or ())) if row.action == "people" else json.dumps(value, sort_keys=True)

    audit = Counter((a.actor_label, a.action, a.object_type, a.object_id, a.field, value(a, a.old_value),
                     value(a, a.new_value), a.reason) for a in AuditLog.objects.all())
    return {
        "events": events,
        "campaigns": sorted((c.public_id, c.name, c.status, tuple(sorted(c.events.values_list("public_id", flat=True))))
                            for c in Campaign.objects.all()),
        "articles": sorted(Article.objects.values_list("id", "processed_version")),
        "counters": sorted(PublicIdCounter.objects.values_list("country", "year", "last")),
        "tombstones": sorted(EventTombstone.objects.values_list("public_id", "reason", "merged_into")),
        "audit": audit,
    }


def wipe_processing() -> None:
    """Back to the stored articles alone, as before the first `process`."""
    for model in (EventReport, Person, Event, Campaign, PublicIdCounter, EventTombstone, AuditLog):
        model.objects.all().delete()
    Article.objects.update(processed_version="", processed_at=None)


@pytest.mark.slow
def test_process_on_two_dask_workers_stores_what_the_sequential_run_stores():
    for record in corpus():
        save_article(article_from_record(record), origin="file")
    runner = CliRunner()
    sequential = runner.invoke(app, ["process", "--batch-size", "7"])
    assert sequential.exit_code == 0, sequential.output
    expected = snapshot()
    assert len(expected["events"]) >= 40 and expected["campaigns"]
    assert sum(len(e["reports"]) > 1 for e in expected["events"].values()) >= 5  # linking across batches
    wipe_processing()
    parallel = runner.invoke(app, ["process", "--batch-size", "7", "--workers", "2"])
    assert parallel.exit_code == 0, parallel.output
    got = snapshot()
    for key in expected:
        assert got[key] == expected[key], key
    assert parallel.output.splitlines()[0] == sequential.output.splitlines()[0]  # the same summary


def test_pending_batches_follow_process_order_without_offsets():
    records = [{"id": f"pb-{n:03d}", "text": f"text {n}", "published": None if n % 4 == 0 else
                f"2021-0{1 + n % 3}-1{n % 5}"} for n in range(23)]
    for record in records:
        save_article(article_from_record(record), origin="file")
    Article.objects.filter(id="pb-005").update(processed_version="v1")
    batches = list(pending_batches("v1", batch_size=5))
    ids = [row.id for rows in batches for row in rows]
    expected = [r["id"] for r in sorted(records, key=lambda r: (r["published"] is not None, r["published"] or "",
                                                                  r["id"])) if r["id"] != "pb-005"]
    assert ids == expected and [len(b) for b in batches] == [5, 5, 5, 5, 2]
    assert [row.id for rows in pending_batches("v1", batch_size=4, limit=6) for row in rows] == expected[:6]


# --- a run killed mid-way (subprocesses on a SQLite file) ------------------------------------------


def _cli(env: dict, *args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "protest_tracker.cli", *args], env=env, capture_output=True,
                          text=True, timeout=600, check=True, **kwargs)


def _rows(db: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return sorted(conn.execute(sql).fetchall())


def _store(db: Path) -> dict:
    return {
        "events": _rows(db, "SELECT public_id, date, city, event_type, status, size_min, size_max, confidence "
                            "FROM store_event"),
        "reports": _rows(db, "SELECT e.public_id, r.article_id, r.extracted FROM store_eventreport r "
                             "JOIN store_event e ON e.id = r.event_id"),
        "campaigns": _rows(db, "SELECT c.public_id, c.name, e.public_id FROM store_campaign c "
                               "JOIN store_event e ON e.campaign_id = c.id"),
        "processed": _rows(db, "SELECT id FROM store_article WHERE processed_version != ''"),
    }


@pytest.mark.slow
@pytest.mark.skipif(os.environ.get("DATABASE_URL", "sqlite").startswith("postgres"), reason="SQLite file test")
def test_a_killed_parallel_run_leaves_a_consistent_store_that_the_next_run_completes(tmp_path):
    articles = tmp_path / "articles.jsonl"
    write_synthetic(articles, count=160, seed=9)
    stores = {}
    for name in ("killed", "straight"):
        env = {**os.environ, "PROTEST_TRACKER_HOME": str(tmp_path / name),
               "DATABASE_URL": f"sqlite:///{tmp_path / name}.db", "PYTHONUNBUFFERED": "1"}
        _cli(env, "init")
        _cli(env, "ingest", "files", str(articles))
        db = tmp_path / f"{name}.db"
        if name == "killed":
            run = subprocess.Popen([sys.executable, "-m", "protest_tracker.cli", "process", "--workers", "2",
                                    "--batch-size", "10"], env=env, start_new_session=True,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            deadline = time.monotonic() + 300
            while time.monotonic() < deadline and len(_store(db)["processed"]) < 30:
                time.sleep(0.2)
            os.killpg(run.pid, signal.SIGKILL)  # the CLI and its Dask workers, mid-run
            run.wait()
            state = _store(db)
            assert 30 <= len(state["processed"]) < 160, "the kill came too late to test anything"
            assert len(state["processed"]) % 10 == 0  # whole batches only
            reported = {article for _, article, _ in state["reports"]}
            assert reported <= {article for (article,) in state["processed"]}
            assert {public_id for public_id, *_ in state["events"]} == {e for e, _, _ in state["reports"]}
            _cli(env, "process", "--workers", "2", "--batch-size", "10")  # resume
        else:
            _cli(env, "process", "--batch-size", "10")
        stores[name] = _store(db)
    assert len(stores["straight"]["processed"]) == 160
    assert stores["killed"] == stores["straight"]
