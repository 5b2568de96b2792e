"""Commands run as a user runs them: a fresh process, where nothing has set Django up beforehand.

In-process ``CliRunner`` tests share the test session's Django set-up, so a command that imports
a Django model before calling ``setup_django()`` passes them and still crashes for every user.
"""

from __future__ import annotations

import csv
import os
import subprocess
import sys

import pytest


def cli(*args: str, env: dict, stdin: str | None = None):
    """Run ``protest-tracker`` in a fresh process with ``env`` added to the environment."""
    full_env = {key: value for key, value in os.environ.items() if key != "DJANGO_SETTINGS_MODULE"}
    return subprocess.run([sys.executable, "-m", "protest_tracker.cli", *args], capture_output=True, text=True,
                          env={**full_env, **env}, input=stdin, timeout=120)


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    folder = tmp_path_factory.mktemp("fresh")
    env = {"PROTEST_TRACKER_HOME": str(folder / "home"), "DATABASE_URL": f"sqlite:///{folder / 'fresh.db'}"}
    assert cli("init", env=env).returncode == 0
    made = cli("createuser", "ana", "--role", "coder", "--password-stdin", env=env, stdin="correct-horse-battery\n")
    assert made.returncode == 0, made.stderr
    return env, folder


def test_export_runs_in_a_fresh_process(home):
    env, folder = home
    target = folder / "release.csv"
    result = cli("export", "--format", "acled-csv", "--public", "--output", str(target), env=env)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    with target.open(encoding="utf-8") as handle:
        header = next(csv.reader(handle))
    assert "event_id_cnty" in header


def test_api_token_runs_in_a_fresh_process(home):
    env, _ = home
    result = cli("api-token", "ana", "--name", "sync", env=env)
    assert result.returncode == 0, result.stderr
    assert "capt_" in result.stdout


def test_serve_on_a_taken_port_is_one_clear_error(home):
    env, _ = home
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        result = cli("serve", "--port", str(port), env=env)
    assert result.returncode == 1
    assert f"cannot serve on 127.0.0.1:{port}" in result.stderr and "--port" in result.stderr
    assert "Traceback" not in result.stderr and "Serving on" not in result.stdout


def test_extract_with_a_missing_input_is_one_clear_error(tmp_path):
    output = tmp_path / "events.jsonl"
    result = cli("extract", "--input", str(tmp_path / "missing.jsonl"), "--output", str(output), env={})
    assert result.returncode == 1
    assert "cannot read" in result.stderr and "Traceback" not in result.stderr
    assert not output.exists()  # nothing half-written
