"""Commands run in a folder with no database: one clear line, exit 1, and nothing written there.

Only ``init`` and ``demo`` may create the SQLite file; every other database command used to leave an
empty ``protest-tracker.db`` behind and print a Django traceback. ``config show`` names the file.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from protest_tracker.cli.main import app


def cli_in(folder, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    """Run ``protest-tracker`` in ``folder`` with the default settings (no DATABASE_URL, no home)."""
    env = {key: value for key, value in os.environ.items()
           if key not in ("DJANGO_SETTINGS_MODULE", "DATABASE_URL", "PROTEST_TRACKER_HOME")}
    env["COLUMNS"] = "250"
    return subprocess.run([sys.executable, "-m", "protest_tracker.cli", *args], cwd=folder, env=env,
                          capture_output=True, text=True, input=stdin, timeout=120)


@pytest.mark.parametrize(
    "args",
    [
        ("export", "--format", "csv", "--output", "events.csv"),
        ("process",),
        ("serve",),
        ("ingest", "status"),
        ("campaign", "list"),
        ("api-token", "someone"),
    ],
    ids=lambda args: " ".join(args[:2]),
)
def test_database_command_without_a_database_is_one_line_and_writes_nothing(tmp_path, args):
    result = cli_in(tmp_path, *args)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert f"no database at {tmp_path / 'protest-tracker.db'}" in lines[0]
    assert "protest-tracker init" in lines[0] and "DATABASE_URL" in lines[0]
    assert list(tmp_path.iterdir()) == []  # no stray database, no secret-key folder


def test_init_still_creates_the_database_and_then_commands_work(tmp_path):
    assert cli_in(tmp_path, "init").returncode == 0
    assert (tmp_path / "protest-tracker.db").exists()
    status = cli_in(tmp_path, "ingest", "status")
    assert status.returncode == 0, status.stderr


def test_config_show_prints_the_absolute_sqlite_path(tmp_path):
    result = cli_in(tmp_path, "config", "show")
    assert result.returncode == 0, result.stderr
    assert str(tmp_path / "protest-tracker.db") in result.stdout
    assert "does not exist yet" in result.stdout
    assert list(tmp_path.iterdir()) == []


def test_config_show_prints_postgres_host_and_name_without_password(monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "postgres://tracker:topsecret@db.example.org:6543/events")
    monkeypatch.setenv("COLUMNS", "250")
    result = CliRunner().invoke(app, ["config", "show"])
    assert result.exit_code == 0
    assert "db.example.org:6543/events" in result.output
    assert "topsecret" not in result.output
