"""`protest-tracker run` as a service runs it: a second instance refuses, SIGTERM stops it cleanly."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

pytestmark = pytest.mark.slow


def wait_for(condition, *, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.2)
    raise AssertionError("timed out")


def count(db_path, query: str) -> int:
    try:
        with sqlite3.connect(db_path, timeout=5) as db:
            return db.execute(query).fetchone()[0]
    except sqlite3.OperationalError:
        return 0


def test_second_run_refuses_and_sigterm_stops_cleanly(tmp_path, ops_site, sources_file, cli):
    db_path = tmp_path / "tracker.db"
    env = {"PROTEST_TRACKER_HOME": str(tmp_path / "home"), "DATABASE_URL": f"sqlite:///{db_path}",
           "PROTEST_TRACKER_ALLOW_PRIVATE": "1", "PROTEST_TRACKER_NOTIFY_WEBHOOK_URL": ops_site.url("/hook"),
           "PROTEST_TRACKER_NOTIFY_WEBHOOK_SECRET": "x" * 32, "PROTEST_TRACKER_NOTIFY_MIN_CONFIDENCE": "0"}
    assert cli("init", env=env).returncode == 0
    args = [sys.executable, "-m", "protest_tracker.cli", "run", "--sources", str(sources_file)]
    service = subprocess.Popen(args, env={**os.environ, **env}, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True)
    try:
        wait_for(lambda: count(db_path, "SELECT count(*) FROM ops_cycle WHERE finished_at IS NOT NULL") >= 1
                 or service.poll() is not None)
        assert service.poll() is None, service.stderr.read()
        assert count(db_path, "SELECT count(*) FROM ops_lease") == 1
        second = cli("run", "--once", "--sources", str(sources_file), env=env)
        assert second.returncode == 1 and "another `protest-tracker run` is running" in second.stderr
        service.send_signal(signal.SIGTERM)
        out, err = service.communicate(timeout=60)
    finally:
        if service.poll() is None:
            service.kill()
    assert service.returncode == 0, err
    assert "stopped after 1 cycle(s)" in out and "aral: ok, 2 new" in out and "broken: failed" in out
    assert count(db_path, "SELECT count(*) FROM ops_lease") == 0
    assert count(db_path, "SELECT count(*) FROM store_article") == 2 and len(ops_site.hooks) == 1
    # the lease is free again; a restart finds nothing due and repeats nothing
    again = cli("run", "--once", "--sources", str(sources_file), env=env)
    assert again.returncode == 0, again.stderr
    assert count(db_path, "SELECT count(*) FROM store_article") == 2 and len(ops_site.hooks) == 1
    assert count(db_path, "SELECT count(*) FROM ops_cycle WHERE ok") == 2
