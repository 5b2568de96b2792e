"""`protest-tracker run` in-process: a real feed server, schedules, backoff, the lease, notifications, /healthz."""

from __future__ import annotations

import datetime as dt
import json
import random
import socket

import pytest
from django.core import mail
from django.db.models import Q
from django.utils import timezone

from protest_tracker.errors import ConfigurationError
from protest_tracker.ops.lock import LeaseLost, LockHeld, RunLock
from protest_tracker.ops.models import Cycle, Lease, Marker, SourceSchedule
from protest_tracker.ops.notify import (
    SIGNATURE_HEADER,
    TIMESTAMP_HEADER,
    NotifyConfig,
    notify_new_candidates,
    verify_signature,
)
from protest_tracker.ops.runner import Runner, RunOptions
from protest_tracker.ops.schedule import next_delay
from protest_tracker.pipeline.config import default_pipeline
from protest_tracker.store.models import Article, Event
from protest_tracker.store.roles import create_user

SECRET = "a-shared-secret-of-32-characters"


@pytest.fixture(scope="module")
def pipeline():
    return default_pipeline()


def make_runner(sources_file, policy, pipeline, *, site=None, **notify) -> Runner:
    config = NotifyConfig(min_confidence=0.0, site_url="https://tracker.example",
                          webhook_url=site.url("/hook") if site else "", webhook_secret=SECRET if site else "",
                          **notify)
    options = RunOptions(sources_path=sources_file, policy=policy, pipeline=pipeline, notify=config, seed=7)
    return Runner(options=options, lock=RunLock())


@pytest.mark.django_db
@pytest.mark.both_backends
def test_run_once_ingests_processes_notifies_and_resumes(ops_site, quick_policy, sources_file, pipeline):
    create_user("nurlan", password="a long password 1", role="coder", email="analyst@example.org")
    runner = make_runner(sources_file, quick_policy, pipeline, site=ops_site, email_analysts=True)
    assert runner.run(once=True) == 1
    assert not Lease.objects.exists()  # released
    cycle = Cycle.objects.get()
    assert cycle.ok and (cycle.sources_fetched, cycle.sources_failed, cycle.new_articles) == (2, 1, 2)
    assert Article.objects.filter(source__slug="aral").count() == 2
    assert cycle.processed_articles == 2 and cycle.last_article in set(Article.objects.values_list("id", flat=True))
    assert Article.objects.filter(processed_at__isnull=True).count() == 0
    unvouched = Q(status="candidate") | Q(status="published", verification="machine-coded")
    candidates = list(Event.objects.filter(unvouched).order_by("pk").values_list("public_id", flat=True))
    assert candidates and cycle.notified_events == len(candidates)

    aral, broken = SourceSchedule.objects.get(source__slug="aral"), SourceSchedule.objects.get(source__slug="broken")
    assert aral.failures == 0 and aral.last_success_at and aral.interval_minutes == 30
    assert dt.timedelta(minutes=26) < aral.next_due_at - aral.last_attempt_at < dt.timedelta(minutes=34)
    assert broken.failures == 1 and broken.last_success_at is None and "http_503" in broken.last_error
    assert dt.timedelta(minutes=107) < broken.next_due_at - broken.last_attempt_at < dt.timedelta(minutes=133)

    # e-mail to the analyst, webhook signed; both name events by public id and link, nothing else
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["analyst@example.org"]
    assert all(f"https://tracker.example/review/event/{pid}/" in mail.outbox[0].body for pid in candidates)
    (headers, body), = ops_site.hooks
    assert verify_signature(SECRET, timestamp=headers[TIMESTAMP_HEADER.lower()], body=body,
                            signature=headers[SIGNATURE_HEADER.lower()])
    assert not verify_signature("another-secret-entirely!!", timestamp=headers[TIMESTAMP_HEADER.lower()],
                                body=body, signature=headers[SIGNATURE_HEADER.lower()])
    assert [e["id"] for e in json.loads(body)["events"]] == candidates

    # a restart right away: nothing is due, nothing is fetched, processed or announced twice
    feed_gets = ops_site.gets.count("/feed.rss")
    assert make_runner(sources_file, quick_policy, pipeline, site=ops_site, email_analysts=True).run(once=True) == 1
    assert ops_site.gets.count("/feed.rss") == feed_gets and len(ops_site.hooks) == 1 and len(mail.outbox) == 1
    assert Cycle.objects.filter(ok=True).count() == 2 and Article.objects.count() == 2

    # once due again, the feed is asked conditionally and nothing new is stored
    SourceSchedule.objects.filter(source__slug="aral").update(next_due_at=timezone.now() - dt.timedelta(seconds=1))
    make_runner(sources_file, quick_policy, pipeline, site=ops_site).run(once=True)
    assert ops_site.gets.count("/feed.rss") == feed_gets + 1 and Article.objects.count() == 2


@pytest.mark.django_db
@pytest.mark.both_backends
def test_failing_source_backs_off_and_recovers_its_interval(ops_site, quick_policy, sources_file, pipeline):
    runner = make_runner(sources_file, quick_policy, pipeline)
    delays = []
    for _ in range(3):
        SourceSchedule.objects.update(next_due_at=None)
        runner.run(once=True)
        broken = SourceSchedule.objects.get(source__slug="broken")
        delays.append((broken.next_due_at - broken.last_attempt_at).total_seconds() / 60)
    assert broken.failures == 3
    for failures, minutes in enumerate(delays, start=1):
        assert 60 * 2 ** failures * 0.89 < minutes < 60 * 2 ** failures * 1.11
    assert SourceSchedule.objects.get(source__slug="aral").failures == 0


def test_next_delay_is_jittered_doubled_and_capped():
    rng = random.Random(1)
    plain = [next_delay(interval_minutes=60, failures=0, rng=rng).total_seconds() for _ in range(200)]
    assert 3240 <= min(plain) < 3400 and 3800 < max(plain) <= 3960  # 60 min ± 10 %
    assert next_delay(interval_minutes=60, failures=3, rng=rng, jitter=0) == dt.timedelta(hours=8)
    assert next_delay(interval_minutes=60, failures=40, rng=rng, jitter=0) == dt.timedelta(days=1)


@pytest.mark.django_db
@pytest.mark.both_backends
def test_one_run_at_a_time_and_takeover_of_dead_or_expired_holders(ops_site, quick_policy, sources_file, pipeline):
    first = RunLock().acquire()
    with pytest.raises(LockHeld, match="another `protest-tracker run` is running"):
        RunLock().acquire()
    with pytest.raises(LockHeld):
        make_runner(sources_file, quick_policy, pipeline).run(once=True)
    assert not Cycle.objects.exists()
    first.release()
    # a holder on this machine whose process is gone (kill -9) is replaced at once
    Lease.objects.create(name="run", holder=f"{socket.gethostname()}:{2**22 + 17}:dead", acquired_at=timezone.now(),
                         expires_at=timezone.now() + dt.timedelta(hours=1))
    second = RunLock().acquire()
    assert Lease.objects.get().holder == second.holder
    # an expired lease of another machine is replaced; the old holder notices on its next renewal
    Lease.objects.filter(name="run").update(holder="elsewhere:1:abcd", expires_at=timezone.now() - dt.timedelta(1))
    third = RunLock().acquire()
    with pytest.raises(LeaseLost):
        second.renew(every=0)
    third.renew(every=0)
    assert Lease.objects.get().holder == third.holder


@pytest.mark.django_db
@pytest.mark.both_backends
def test_stop_request_leaves_work_for_the_next_run(ops_site, quick_policy, sources_file, pipeline):
    runner = make_runner(sources_file, quick_policy, pipeline)
    runner.stop.set()
    with runner.lock:
        cycle = runner.cycle()
    assert not cycle.ok and "stopped" in cycle.error
    assert Article.objects.count() == 0 and SourceSchedule.objects.get(source__slug="aral").next_due_at is None
    assert make_runner(sources_file, quick_policy, pipeline).run(once=True) == 1
    assert Article.objects.count() == 2


@pytest.mark.django_db
@pytest.mark.both_backends
def test_webhook_failure_keeps_the_watermark_and_payload_has_no_names(ops_site):
    Marker.objects.create(name="notify:webhook", value=0)
    event = Event.objects.create(public_id="KZ-2024-000901", country="KZ", city="Aktau", confidence=0.9,
                                 organisers="Организатор Ерлан Досымбеков", participants="Айгуль Сапарова и другие")
    Event.objects.create(public_id="KZ-2024-000902", country="KZ", confidence=0.3)  # under the threshold
    config = NotifyConfig(webhook_url=ops_site.url("/hook"), webhook_secret=SECRET, min_confidence=0.8)
    ops_site.hook_status = 500
    assert notify_new_candidates(config)[1] and Marker.objects.get(name="notify:webhook").value == 0
    ops_site.hook_status = 200
    assert notify_new_candidates(config) == (1, [])
    assert notify_new_candidates(config) == (0, [])
    bodies = [body.decode() for _, body in ops_site.hooks]
    assert len(bodies) == 2 and json.loads(bodies[0])["events"] == json.loads(bodies[1])["events"]
    payload = json.loads(bodies[-1])
    assert [e["id"] for e in payload["events"]] == [event.public_id]
    assert "Досымбеков" not in bodies[-1] and "Сапарова" not in bodies[-1]
    assert Marker.objects.get(name="notify:webhook").value == event.pk


def test_notify_config_from_env(monkeypatch):
    monkeypatch.setenv("PROTEST_TRACKER_NOTIFY_EMAIL", "analysts, desk@example.org")
    monkeypatch.setenv("PROTEST_TRACKER_NOTIFY_WEBHOOK_URL", "https://hooks.example/tracker")
    monkeypatch.setenv("PROTEST_TRACKER_NOTIFY_WEBHOOK_SECRET", SECRET)
    monkeypatch.setenv("PROTEST_TRACKER_NOTIFY_MIN_CONFIDENCE", "0.75")
    config = NotifyConfig.from_env()
    assert config.email_analysts and config.emails == ("desk@example.org",) and config.min_confidence == 0.75
    assert config.channels() == ["email", "webhook"]
    monkeypatch.setenv("PROTEST_TRACKER_NOTIFY_WEBHOOK_SECRET", "short")
    with pytest.raises(ConfigurationError, match="SECRET"):
        NotifyConfig.from_env()


@pytest.mark.django_db
@pytest.mark.both_backends
def test_healthz_and_status_page(client, monkeypatch):
    answer = client.get("/healthz")
    assert answer.status_code == 200 and answer["Content-Type"] == "application/json"
    assert answer.json() == {"ok": True, "db": True, "last_cycle_at": None, "last_cycle_age_seconds": None,
                             "stale": False, "max_age_seconds": None}
    old = timezone.now() - dt.timedelta(hours=3)
    Cycle.objects.create(started_at=old, finished_at=old, ok=True)
    monkeypatch.setenv("PROTEST_TRACKER_HEALTH_MAX_AGE", "3600")
    stale = client.get("/healthz")
    assert stale.status_code == 503 and stale.json()["stale"] is True
    assert 10700 < stale.json()["last_cycle_age_seconds"] < 10900
    Cycle.objects.create(started_at=timezone.now(), finished_at=timezone.now(), ok=True)
    assert client.get("/healthz").json()["ok"] is True

    assert client.get("/ops/status/").status_code == 302  # login required
    create_user("viewer1", password="a long password 1", role="viewer")
    client.login(username="viewer1", password="a long password 1")
    Event.objects.create(public_id="KZ-2024-000903", country="KZ", confidence=0.9)
    page = client.get("/ops/status/")
    assert page.status_code == 200
    text = page.content.decode()
    assert "Candidate events waiting for review: <strong>1</strong>" in text and "Recent cycles" in text


@pytest.mark.parametrize("value", ["30", 2, 20000, 1.5, True])
def test_sources_file_rejects_a_bad_interval(tmp_path, value):
    from protest_tracker.ingest.sources import SourcesFileError, load_sources

    path = tmp_path / "sources.toml"
    shown = f'"{value}"' if isinstance(value, str) else str(value).lower()
    path.write_text(f'[[source]]\nslug = "a"\nname = "A"\ninterval_minutes = {shown}\n', encoding="utf-8")
    with pytest.raises(SourcesFileError, match="interval_minutes"):
        load_sources(path)
    path.write_text('[[source]]\nslug = "a"\nname = "A"\ninterval_minutes = 15\n', encoding="utf-8")
    assert load_sources(path)[0].interval_minutes == 15
