"""The backup drill, as an operator runs it: a store filled by the real demo → backup → restore into a new
database → every table's rows identical. SQLite → SQLite, SQLite → PostgreSQL (``copy``), PostgreSQL →
PostgreSQL (throwaway databases made with createdb/dropdb on the local server)."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
import threading
import uuid
from urllib.parse import urlsplit

import pytest

pytestmark = pytest.mark.slow

PRINTS = ("import json; from protest_tracker.cli.context import setup_django; setup_django(); "
          "from protest_tracker.ops.tables import fingerprints; print(json.dumps(fingerprints()))")
OLD_SCHEMA = ("from protest_tracker.cli.context import setup_django; setup_django(create=True); "
              "from django.core.management import call_command; "
              "call_command('migrate', 'store', '0003', verbosity=0); call_command('migrate', 'review', verbosity=0)")


def sqlite_tables(path) -> dict[str, list[tuple]]:
    with sqlite3.connect(path) as db:
        names = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        return {name: db.execute(f'SELECT * FROM "{name}" ORDER BY rowid').fetchall() for name in names}


def fingerprints(url: str, env: dict[str, str]) -> dict[str, list]:
    done = subprocess.run([sys.executable, "-c", PRINTS], capture_output=True, text=True,
                          env={**os.environ, **env, "DATABASE_URL": url}, timeout=300)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory):
    """A SQLite store filled by `protest-tracker demo`: articles, events, reports, campaigns, audit, a user."""
    folder = tmp_path_factory.mktemp("drill")
    env = {"PROTEST_TRACKER_HOME": str(folder / "home"), "DATABASE_URL": f"sqlite:///{folder / 'live.db'}"}
    done = subprocess.run([sys.executable, "-m", "protest_tracker.cli", "demo", "--no-serve"], capture_output=True,
                          text=True, env={**os.environ, **env}, timeout=600)
    assert done.returncode == 0, done.stderr
    tables = sqlite_tables(folder / "live.db")
    for table in ("store_article", "store_event", "store_eventreport", "store_campaign", "store_auditlog",
                  "auth_user"):
        assert tables[table], f"the demo left {table} empty"
    return folder, env


@pytest.fixture(scope="module")
def postgres_base():
    """(host, port, user) of the local PostgreSQL server; skips when it cannot be reached."""
    url = os.environ.get("PROTEST_TRACKER_TEST_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/postgres")
    parts = urlsplit(url)
    host, port, user = parts.hostname or "127.0.0.1", str(parts.port or 5432), parts.username or "postgres"
    probe = subprocess.run(["psql", "-h", host, "-p", port, "-U", user, "-d", "postgres", "-tAc", "select 1"],
                           capture_output=True, text=True, check=False)
    if probe.returncode != 0:
        pytest.skip(f"no PostgreSQL server at {host}:{port} ({probe.stderr.strip()[:100]})")
    return host, port, user


@pytest.fixture
def throwaway(postgres_base):
    """A factory of empty PostgreSQL databases (createdb), all dropped afterwards (dropdb)."""
    host, port, user = postgres_base
    made = []

    def make() -> str:
        name = f"pt_drill_{uuid.uuid4().hex[:10]}"
        subprocess.run(["createdb", "-h", host, "-p", port, "-U", user, name], check=True)
        made.append(name)
        return f"postgres://{user}@{host}:{port}/{name}"

    yield make
    for name in made:
        subprocess.run(["dropdb", "-h", host, "-p", port, "-U", user, "--if-exists", name], check=False)


def test_sqlite_backup_restore_drill(demo_store, tmp_path, cli):
    folder, env = demo_store
    backup = tmp_path / "tracker-backup.db"
    done = cli("backup", "--output", str(backup), env=env)
    assert done.returncode == 0, done.stderr
    assert "store_event" in done.stdout and re.search(r"wrote .*tracker-backup\.db \([\d.,]+ [KM]iB\)", done.stdout)
    assert not list(tmp_path.glob(".*.part"))  # the temporary file was renamed, nothing left behind
    refused = cli("backup", "--output", str(backup), env=env)
    assert refused.returncode == 1 and "use --force" in refused.stderr

    target = {**env, "DATABASE_URL": f"sqlite:///{tmp_path / 'restored.db'}"}
    restored = cli("restore", str(backup), env=target)
    assert restored.returncode == 0, restored.stderr
    assert sqlite_tables(tmp_path / "restored.db") == sqlite_tables(folder / "live.db")
    again = cli("restore", str(backup), env=target)
    assert again.returncode == 1 and "not empty" in again.stderr and "--force" in again.stderr
    assert cli("restore", "--force", str(backup), env=target).returncode == 0
    assert cli("init", env=target).stdout.count("(0 migration(s) applied)") == 1


def test_sqlite_backup_while_another_process_writes(demo_store, tmp_path, cli):
    folder, env = demo_store
    live = folder / "live.db"
    with sqlite3.connect(live) as db:
        db.execute("CREATE TABLE IF NOT EXISTS drill_writes (n INTEGER)")
    stop = threading.Event()

    def write() -> None:
        db = sqlite3.connect(live, timeout=30)
        n = 0
        while not stop.is_set():
            with db:
                db.execute("INSERT INTO drill_writes VALUES (?)", (n,))
            n += 1
        db.close()

    writer = threading.Thread(target=write)
    writer.start()
    try:
        done = cli("backup", "--output", str(tmp_path / "hot.db"), env=env)
    finally:
        stop.set()
        writer.join()
    with sqlite3.connect(live) as db:
        db.execute("DROP TABLE drill_writes")
    assert done.returncode == 0, done.stderr
    with sqlite3.connect(tmp_path / "hot.db") as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        rows = db.execute("SELECT count(*), coalesce(max(n), -1) FROM drill_writes").fetchone()
    assert rows[0] == rows[1] + 1  # a consistent snapshot: every write up to one point, none after


def test_old_backup_restores_and_upgrades(tmp_path, cli):
    old = {"PROTEST_TRACKER_HOME": str(tmp_path / "home"), "DATABASE_URL": f"sqlite:///{tmp_path / 'old.db'}"}
    made = subprocess.run([sys.executable, "-c", OLD_SCHEMA], capture_output=True, text=True,
                          env={**os.environ, **old}, timeout=300)
    assert made.returncode == 0, made.stderr
    with sqlite3.connect(tmp_path / "old.db") as db:
        db.execute("INSERT INTO store_source (slug, name, homepage, country, languages, source_type, feed_urls, "
                   "created_at) VALUES ('old-outlet', 'Old Outlet', '', 'KG', '[]', 'independent', '[]', "
                   "'2024-01-01 00:00:00')")
    assert cli("backup", "-o", str(tmp_path / "old-backup.db"), env=old).returncode == 0
    new = {**old, "DATABASE_URL": f"sqlite:///{tmp_path / 'new.db'}"}
    done = cli("restore", str(tmp_path / "old-backup.db"), env=new)
    assert done.returncode == 0, done.stderr
    applied = int(done.stdout.rsplit("; ", 1)[1].split()[0])
    assert applied >= 2  # store 0004 and ops 0001 at least
    with sqlite3.connect(tmp_path / "new.db") as db:
        assert db.execute("SELECT name FROM store_source").fetchall() == [("Old Outlet",)]
        assert db.execute("SELECT count(*) FROM ops_sourceschedule").fetchone()[0] == 0
        assert "publishable" in {r[1] for r in db.execute("PRAGMA table_info(store_person)")}


def test_restore_refuses_a_file_that_is_no_backup(tmp_path, cli):
    junk = tmp_path / "notes.txt"
    junk.write_text("not a database", encoding="utf-8")
    env = {"PROTEST_TRACKER_HOME": str(tmp_path / "home"), "DATABASE_URL": f"sqlite:///{tmp_path / 'x.db'}"}
    done = cli("restore", str(junk), env=env)
    assert done.returncode == 1 and "neither a SQLite database nor a pg_dump" in done.stderr


def test_sqlite_to_postgresql_copy_then_postgresql_drill(demo_store, tmp_path, throwaway, cli):
    folder, env = demo_store
    source_prints = fingerprints(env["DATABASE_URL"], env)
    moved = throwaway()
    done = cli("copy", "--to", moved, env=env)
    assert done.returncode == 0, done.stderr
    assert "every table's rows are identical" in done.stdout
    assert fingerprints(moved, env) == source_prints
    refused = cli("copy", "--to", moved, env=env)
    assert refused.returncode == 1 and "not empty" in refused.stderr

    on_pg = {**env, "DATABASE_URL": moved}
    # sequences were moved past the copied ids: new rows get fresh ids
    grow = subprocess.run([sys.executable, "-c", (
        "from protest_tracker.cli.context import setup_django; setup_django(); "
        "from protest_tracker.store import audit; audit.record(actor='drill', action='note', "
        "object_type='event', object_id='x', reason='after the copy')")],
        capture_output=True, text=True, env={**os.environ, **on_pg}, timeout=120)
    assert grow.returncode == 0, grow.stderr
    dump = tmp_path / "tracker.dump"
    backed = cli("backup", "--output", str(dump), env=on_pg)
    assert backed.returncode == 0, backed.stderr
    assert dump.read_bytes()[:5] == b"PGDMP"
    restored_url = throwaway()
    restored = cli("restore", str(dump), env={**env, "DATABASE_URL": restored_url})
    assert restored.returncode == 0, restored.stderr
    after = fingerprints(restored_url, env)
    assert after == fingerprints(moved, env)
    assert after["store_auditlog"][0] == source_prints["store_auditlog"][0] + 1
    wrong = cli("restore", str(dump), env={**env, "DATABASE_URL": f"sqlite:///{tmp_path / 'y.db'}"})
    assert wrong.returncode == 1 and "postgresql backup" in wrong.stderr
