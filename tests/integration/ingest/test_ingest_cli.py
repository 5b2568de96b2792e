"""The ingest and import commands, in-process against the test database and a real local server."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from protest_tracker.cli.main import app
from protest_tracker.store.models import Article, Event, IngestFailure

pytestmark = pytest.mark.django_db
FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "ingest"
FAST = ["--allow-private", "--per-host-interval", "0", "--timeout", "0.5"]


def run(*args: str):
    return CliRunner().invoke(app, list(args))


def test_ingest_url_prints_summary(site):
    result = run("ingest", "url", site.url("/articles/en-rally.html"), site.url("/articles/gone.html"), *FAST)
    assert result.exit_code == 0, result.output
    assert "fetched 1 · new 1 · unchanged 0 · revised 0 · failed 1 (http_404 1)" in result.output
    assert f"{site.url('/articles/gone.html')}: http_404" in result.output
    assert Article.objects.count() == 1


def test_ingest_url_refused_without_allow_private_exits_1(site, no_private_env):
    result = run("ingest", "url", site.url("/articles/en-rally.html"), "--per-host-interval", "0")
    assert result.exit_code == 1
    assert "blocked_address" in result.output and "SSRF guard" in result.output
    assert Article.objects.count() == 0 and site.paths() == []
    assert IngestFailure.objects.get().reason == "blocked_address"


def test_ingest_feed_twice_and_status(site):
    first = run("ingest", "feed", site.url("/feed.rss"), *FAST)
    assert first.exit_code == 0, first.output
    assert "fetched 5 · new 5 · unchanged 0 · revised 0 · from feed summary 3 · failed 0" in first.output
    assert "stored the feed summary instead" in first.output
    second = run("ingest", "feed", site.url("/feed.rss"), *FAST)
    assert "skipped 1 (feed_not_modified 1)" in second.output and Article.objects.count() == 5
    status = run("ingest", "status")
    assert status.exit_code == 0
    assert "articles: feed 5" in status.output and "not_modified" in status.output


def test_ingest_broken_feed_exits_1_and_is_listed_by_status(site):
    result = run("ingest", "feed", site.url("/malformed.xml"), *FAST)
    assert result.exit_code == 1
    assert "malformed_feed" in result.output and "malformed.xml" in result.output
    status = run("ingest", "status")
    assert "failures: malformed_feed 1" in status.output


def test_ingest_files_and_telegram(tmp_path):
    files = run("ingest", "files", str(FIXTURES / "files"))
    assert files.exit_code == 0, files.output
    assert "new 6" in files.output and "failed 5" in files.output
    telegram = run("ingest", "telegram", str(FIXTURES / "telegram" / "result_list_text.json"),
                   "--username", "valley_live")
    assert telegram.exit_code == 0 and "new 2" in telegram.output
    broken = run("ingest", "telegram", str(FIXTURES / "telegram" / "truncated.json"))
    assert broken.exit_code == 1 and "truncated.json" in broken.output and "not valid JSON" in broken.output
    assert Article.objects.count() == 8


def test_ingest_files_nothing_ingested_exits_1(tmp_path):
    binary = tmp_path / "scan.txt"
    binary.write_bytes(b"\x00\x01\x02")
    result = run("ingest", "files", str(binary))
    assert result.exit_code == 1 and "binary" in result.output


def test_import_commands():
    acled = run("import", "acled", str(FIXTURES / "datasets" / "acled_central_asia.csv"))
    assert acled.exit_code == 0, acled.output
    assert "acled: rows 10 · imported 4 · already present 0 · out of scope 2" in acled.output
    assert "row 8, column latitude: 'forty-three' is not a number" in acled.output
    mmp = run("import", "mmp", str(FIXTURES / "datasets" / "mmp_central_asia.csv"))
    assert mmp.exit_code == 0 and "imported 2" in mmp.output
    wrong = run("import", "acled", str(FIXTURES / "datasets" / "not_acled.csv"))
    assert wrong.exit_code == 1 and "missing column(s) event_id_cnty" in wrong.output
    assert Event.objects.count() == 6


def test_sources_list_shows_shipped_outlets():
    result = run("ingest", "sources", "--list")
    assert result.exit_code == 0
    assert "kloop" in result.output and "gazeta-uz" in result.output
