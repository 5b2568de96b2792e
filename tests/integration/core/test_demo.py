"""The demo end to end, as a user runs it: load, process, create the analyst, serve."""

from __future__ import annotations

import os
import socket
import sqlite3
import subprocess
import sys
import time

import httpx
import pytest

from protest_tracker.demo import DEMO_REVIEW_QUEUE
from protest_tracker.web.publishing import AutoPublishPolicy

pytestmark = pytest.mark.slow

COUNTS = {
    "articles": "select count(*) from store_article",
    "revisions": "select count(*) from store_articlerevision",
    "events": "select count(*) from store_event",
    "reports": "select count(*) from store_eventreport",
    "campaigns": "select count(*) from store_campaign",
    "users": "select count(*) from auth_user",
}


def run_cli(*args, env, timeout=300):
    return subprocess.run([sys.executable, "-m", "protest_tracker.cli", *args], capture_output=True, text=True,
                          env={**os.environ, **env}, timeout=timeout)


def counts(db_path):
    with sqlite3.connect(db_path) as db:
        return {name: db.execute(query).fetchone()[0] for name, query in COUNTS.items()}


@pytest.fixture(scope="module")
def demo_env(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo")
    env = {"PROTEST_TRACKER_HOME": str(folder / "home"), "DATABASE_URL": f"sqlite:///{folder / 'demo.db'}"}
    first = run_cli("demo", "--no-serve", env=env)
    assert first.returncode == 0, first.stderr
    return env, folder / "demo.db", first.stdout


def test_demo_loads_processes_and_prints_credentials(demo_env):
    env, db_path, output = demo_env
    loaded = counts(db_path)
    assert 30 <= loaded["articles"] <= 60
    assert loaded["revisions"] >= 1  # the sample corpus carries one revised article
    assert loaded["events"] >= 20 and loaded["reports"] > loaded["events"]  # several reports merge into one event
    assert loaded["campaigns"] >= 1
    assert "Demo analyst: user analyst password demo-" in output
    password = (db_path.parent / "home" / "demo_credentials").read_text().strip()
    assert password in output
    with sqlite3.connect(db_path) as db:
        assert db.execute("pragma journal_mode").fetchone()[0] == "wal"
        assert db.execute("pragma integrity_check").fetchone()[0] == "ok"
        statuses = dict(db.execute("select status, count(*) from store_event group by status").fetchall())
        vouched = dict(db.execute("select verification, count(*) from store_event where status = 'published' "
                                  "group by verification").fetchall())
        least_published = db.execute("select min(confidence) from store_event where status = 'published'").fetchone()[0]
    # Confident events are published for the public dashboard; doubtful ones wait for an analyst:
    # the demo's review queue, and any under the policy's threshold.
    assert set(statuses) == {"candidate", "published"}
    assert DEMO_REVIEW_QUEUE <= statuses["candidate"] < statuses["published"]
    assert least_published >= AutoPublishPolicy.from_settings().min_confidence
    # ... published by the auto-publish policy: machine-coded, never called verified
    assert vouched == {"machine-coded": statuses["published"]}
    assert "machine-coded by the auto-publish policy" in output


def test_demo_twice_duplicates_nothing(demo_env):
    env, db_path, output = demo_env
    before = counts(db_path)
    again = run_cli("demo", "--no-serve", env=env)
    assert again.returncode == 0, again.stderr
    assert counts(db_path) == before
    assert output.splitlines()[-1] == again.stdout.splitlines()[-1]  # same credentials


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_serve_answers_with_login_and_event_list(demo_env):
    env, db_path, _ = demo_env
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "protest_tracker.cli", "serve", "--port", str(port)],
                              env={**os.environ, **env}, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(100):
            try:
                response = httpx.get(base + "/accounts/login/", timeout=2)
                break
            except httpx.TransportError:
                time.sleep(0.2)
        else:
            pytest.fail("server did not start: " + (server.stderr.read() if server.poll() is not None else ""))
        assert response.status_code == 200 and 'name="password"' in response.text
        assert httpx.get(base + "/", timeout=5).status_code == 200
        queue = httpx.get(base + "/review/", timeout=5, follow_redirects=False)
        assert queue.status_code == 302 and "/accounts/login/" in queue.headers["location"]
    finally:
        server.terminate()
        server.wait(timeout=10)
