"""The ``work`` lease: a manual ``process`` / ``ingest`` / ``import`` never works alongside a ``run`` cycle.

In-process tests run on both backends; the command-line test drives real ``protest-tracker``
processes on a SQLite file. The status page is checked after a real cycle against the local feed server.
"""

from __future__ import annotations

import datetime as dt
import json
import socket
import sqlite3
import time

import pytest
from django.utils import timezone

from protest_tracker.ops.lock import WORK_LEASE, LockHeld, RunLock, holder_command, working
from protest_tracker.ops.models import Cycle, Lease
from protest_tracker.ops.runner import Runner, RunOptions
from protest_tracker.pipeline.config import default_pipeline
from protest_tracker.store.models import Article
from protest_tracker.store.roles import create_user


@pytest.fixture(scope="module")
def pipeline():
    return default_pipeline()


def make_runner(sources_file, policy, pipeline) -> Runner:
    return Runner(options=RunOptions(sources_path=sources_file, policy=policy, pipeline=pipeline, seed=3),
                  lock=RunLock())


def test_holder_names_its_command():
    assert holder_command("host:12:process-1a2b3c4d") == "process"
    assert holder_command("host:12:ingest_files-1a2b3c4d") == "ingest files"
    assert holder_command("elsewhere:1:abcd") == "run"  # holders written before commands were named
    assert RunLock(command="import_acled").holder.split(":")[-1].startswith("import_acled-")


@pytest.mark.django_db
@pytest.mark.both_backends
def test_a_manual_command_and_a_cycle_exclude_each_other(ops_site, quick_policy, sources_file, pipeline):
    with working("process") as manual:
        assert Lease.objects.get(name=WORK_LEASE).holder == manual.holder
        with pytest.raises(LockHeld, match=r"another `protest-tracker process` is running \(.*:process-"), \
                working("ingest files"):
            pass
        started = time.monotonic()
        with pytest.raises(LockHeld, match=r"waited 2 s"):
            RunLock(name=WORK_LEASE, command="ingest_files").acquire(wait=2)
        assert time.monotonic() - started >= 1.0
        runner = make_runner(sources_file, quick_policy, pipeline)
        with pytest.raises(LockHeld, match="`protest-tracker process`"):
            runner.run(once=True)
        assert not Cycle.objects.exists() and not Article.objects.exists()  # refused before writing anything
        assert not Lease.objects.filter(name="run").exists()  # the runner gave its own lease back

        # unattended, the runner waits for the manual command instead of failing its cycle
        waiting = make_runner(sources_file, quick_policy, pipeline)
        said: list[str] = []

        def log(line: str) -> None:
            said.append(line)
            waiting.stop.set()

        waiting.log = log
        assert waiting.run() == 0
        assert said and said[0].startswith("waiting: another `protest-tracker process` is running")
        assert not Cycle.objects.exists()
    assert not Lease.objects.filter(name=WORK_LEASE).exists()  # released on leaving the block

    runner = make_runner(sources_file, quick_policy, pipeline)
    with runner.lock:
        cycle = runner.cycle()
        # during the cycle the runner held the work lease; afterwards it is free again
        assert cycle.ok and not Lease.objects.filter(name=WORK_LEASE).exists()
    assert Article.objects.count() == 2


@pytest.mark.django_db
@pytest.mark.both_backends
def test_a_dead_or_expired_holder_does_not_block_a_manual_command():
    now = timezone.now()
    Lease.objects.create(name=WORK_LEASE, holder=f"{socket.gethostname()}:{2**22 + 19}:run-dead",
                         acquired_at=now, expires_at=now + dt.timedelta(hours=1))
    with working("process") as lease:
        assert Lease.objects.get(name=WORK_LEASE).holder == lease.holder
    Lease.objects.create(name=WORK_LEASE, holder="elsewhere:7:run-1234", acquired_at=now - dt.timedelta(hours=1),
                         expires_at=now - dt.timedelta(minutes=1))
    with working("ingest telegram"):
        assert holder_command(Lease.objects.get(name=WORK_LEASE).holder) == "ingest telegram"


@pytest.mark.django_db
@pytest.mark.both_backends
def test_status_page_shows_each_source_the_queue_and_the_last_article(client, ops_site, quick_policy, sources_file,
                                                                       pipeline):
    assert make_runner(sources_file, quick_policy, pipeline).run(once=True) == 1
    create_user("viewer2", password="a long password 2", role="viewer")
    client.login(username="viewer2", password="a long password 2")
    text = client.get("/ops/status/").content.decode()
    rows = {row.split("</td>")[0].split("<td>")[-1]: row for row in text.split("<tr")[1:] if "<td>" in row}
    today = f"{timezone.now():%Y-%m-%d}"
    assert today in rows["aral"] and "<td>0</td>" in rows["aral"]  # last successful fetch, no failures
    assert "<td>never</td>" in rows["broken"] and "<td>1</td>" in rows["broken"] and "503" in rows["broken"]
    assert "Sources failing now: 1 of 2" in text
    last = Article.objects.filter(processed_at__isnull=False).order_by("-processed_at").first()
    assert f"Last processed article: <code>{last.id}</code>" in text
    assert "Candidate events waiting for review: <strong>" in text
    assert json.loads(client.get("/healthz").content)["last_cycle_at"] is not None


@pytest.mark.slow
def test_commands_refuse_while_another_works_and_name_it(tmp_path, ops_site, cli):
    db_path = tmp_path / "tracker.db"
    env = {"PROTEST_TRACKER_HOME": str(tmp_path / "home"), "DATABASE_URL": f"sqlite:///{db_path}"}
    assert cli("init", env=env).returncode == 0
    report = tmp_path / "report.txt"
    report.write_text("12 марта 2024 года в Жанаозене около двухсот жителей вышли на митинг у акимата.",
                      encoding="utf-8")
    with sqlite3.connect(db_path) as db:
        db.execute("INSERT INTO ops_lease (name, holder, acquired_at, expires_at) VALUES "
                   "('work', 'otherhost:41:run-5eed', datetime('now'), datetime('now', '+1 hour'))")
    refused = cli("process", "--wait", "0", env=env)
    assert refused.returncode == 1
    assert "another `protest-tracker run` is running (otherhost:41:run-5eed" in refused.stderr
    assert "Traceback" not in refused.stderr
    waited = cli("ingest", "files", str(report), "--wait", "1", env=env)
    assert waited.returncode == 1 and "(waited 1 s)" in waited.stderr
    with sqlite3.connect(db_path) as db:
        assert db.execute("SELECT count(*) FROM store_article").fetchone()[0] == 0
        db.execute("DELETE FROM ops_lease")
    assert cli("ingest", "files", str(report), env=env).returncode == 0
    done = cli("process", env=env)
    assert done.returncode == 0, done.stderr
    with sqlite3.connect(db_path) as db:
        assert db.execute("SELECT count(*) FROM ops_lease").fetchone()[0] == 0  # given back
        assert db.execute("SELECT count(*) FROM store_article WHERE processed_at IS NOT NULL").fetchone()[0] == 1
