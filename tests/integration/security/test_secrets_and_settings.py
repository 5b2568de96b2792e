"""Secrets stay private (key file modes, no passwords or tokens in output) and the defaults are safe."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from protest_tracker import config
from protest_tracker.cli.main import app


def test_secret_key_file_and_folder_are_private(tmp_path, monkeypatch):
    monkeypatch.delenv("PROTEST_TRACKER_SECRET_KEY", raising=False)
    monkeypatch.setenv("PROTEST_TRACKER_HOME", str(tmp_path / "home"))
    key = config.secret_key()
    path = tmp_path / "home" / "secret_key"
    assert path.stat().st_mode & 0o777 == 0o600 and (tmp_path / "home").stat().st_mode & 0o077 == 0
    path.chmod(0o644)  # e.g. restored from a backup with loose permissions
    assert config.secret_key() == key
    assert path.stat().st_mode & 0o777 == 0o600


def test_config_show_hides_the_database_password_and_the_key(tmp_path, monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "postgres://tracker:s3cr3t-pa55@127.0.0.1:5432/tracker")
    monkeypatch.setenv("PROTEST_TRACKER_SECRET_KEY", "key-that-must-not-be-printed-1234567890")
    result = CliRunner().invoke(app, ["config", "show"])
    assert result.exit_code == 0, result.output
    assert "s3cr3t-pa55" not in result.output and "key-that-must-not-be-printed" not in result.output
    assert "tracker" in result.output


def test_safe_defaults_without_any_environment(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PROTEST_TRACKER_", "DJANGO_"))}
    env.update(PROTEST_TRACKER_HOME=str(tmp_path / "home"), DATABASE_URL=f"sqlite:///{tmp_path / 'x.db'}")
    code = ("import django, json, os; os.environ['DJANGO_SETTINGS_MODULE'] = 'protest_tracker.settings'; django.setup();"
            "from django.conf import settings as s;"
            "print(json.dumps([s.DEBUG, s.ALLOWED_HOSTS, s.SESSION_COOKIE_HTTPONLY, s.CSRF_COOKIE_HTTPONLY,"
            " s.PASSWORD_HASHERS[0].rsplit('.', 1)[1], s.PUBLIC_SHOW_PERSON_NAMES, s.X_FRAME_OPTIONS]))")
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True, timeout=60)
    debug, hosts, *rest = json.loads(out.stdout)
    assert debug is False
    assert "*" not in hosts and set(hosts) <= {"127.0.0.1", "localhost", "testserver"}
    assert rest == [True, True, "Argon2PasswordHasher", False, "DENY"]


@pytest.mark.django_db
def test_api_token_is_printed_once_and_never_logged(caplog):
    from protest_tracker.review.testing import make_user

    make_user("sec-token-cli", role="coder")
    result = CliRunner().invoke(app, ["api-token", "sec-token-cli", "--name", "sync"])
    assert result.exit_code == 0
    token = next(word for word in result.output.split() if word.startswith("capt_"))
    assert token not in caplog.text
    from protest_tracker.store.models import AuditLog

    assert all(token not in str(row.new_value) for row in AuditLog.objects.all())
