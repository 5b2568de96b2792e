"""The CLI against real databases: in-process (CliRunner, test database) and as a subprocess."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

import pytest
from django.contrib.auth import get_user_model
from typer.testing import CliRunner

from protest_tracker.cli.main import app
from protest_tracker.store.roles import role_of

runner = CliRunner()


def cli(*args: str, env: dict | None = None, stdin: str | None = None, timeout: int = 120):
    """Run ``protest-tracker`` in a fresh process with ``env`` added to the environment."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run([sys.executable, "-m", "protest_tracker.cli", *args], capture_output=True, text=True,
                          env=full_env, input=stdin, timeout=timeout)


@pytest.fixture
def home(tmp_path):
    return {"PROTEST_TRACKER_HOME": str(tmp_path / "home"), "DATABASE_URL": f"sqlite:///{tmp_path / 'cli.db'}"}


@pytest.mark.django_db
@pytest.mark.both_backends
def test_createuser_from_stdin_with_each_role():
    for name, role in (("ada", "admin"), ("cody", "coder"), ("vera", "viewer")):
        result = runner.invoke(app, ["createuser", name, "--role", role, "--password-stdin"],
                               input="correct-horse-battery\n")
        assert result.exit_code == 0, result.output
        user = get_user_model().objects.get(username=name)
        assert role_of(user) == role and user.check_password("correct-horse-battery")
        assert user.password.startswith("argon2")
    assert get_user_model().objects.get(username="ada").is_staff


@pytest.mark.django_db
def test_createuser_rejects_weak_passwords_and_unknown_roles():
    weak = runner.invoke(app, ["createuser", "x", "--role", "coder", "--password-stdin"], input="123\n")
    assert weak.exit_code == 1 and "password rejected" in weak.output
    bad_role = runner.invoke(app, ["createuser", "x", "--role", "boss", "--password-stdin"], input="correct-horse-battery\n")
    assert bad_role.exit_code == 1 and "unknown role" in bad_role.output
    assert not get_user_model().objects.filter(username="x").exists()


def test_config_show_hides_the_password(monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "postgres://tracker:hunter2@db.internal:5432/tracker")
    result = runner.invoke(app, ["config", "show"])
    assert result.exit_code == 0
    assert "db.internal" in result.output and "hunter2" not in result.output


def test_init_creates_then_migrates_without_losing_data(home, tmp_path):
    first = cli("init", env=home)
    assert first.returncode == 0, first.stderr
    assert "migration(s) applied" in first.stdout
    made = cli("createuser", "keeper", "--role", "viewer", "--password-stdin", env=home, stdin="correct-horse-battery\n")
    assert made.returncode == 0, made.stderr
    again = cli("init", env=home)
    assert again.returncode == 0 and "(0 migration(s) applied)" in again.stdout
    with sqlite3.connect(tmp_path / "cli.db") as db:
        assert db.execute("select count(*) from auth_user where username='keeper'").fetchone()[0] == 1
        assert db.execute("pragma journal_mode").fetchone()[0] == "wal"
        assert db.execute("pragma integrity_check").fetchone()[0] == "ok"


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("mysql://localhost/x", "scheme 'mysql' is not supported"),
        ("sqlite://oops.db", "must look like sqlite:///"),
        ("postgres://postgres@127.0.0.1:1/nothing", "cannot connect to postgres://postgres@127.0.0.1:1/nothing"),
        ("sqlite:////nonexistent-folder/x/db.sqlite3", "folder /nonexistent-folder/x does not exist"),
    ],
)
def test_bad_database_url_gives_one_clear_line(home, url, message):
    result = cli("init", env={**home, "DATABASE_URL": url})
    assert result.returncode == 1
    assert message in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
