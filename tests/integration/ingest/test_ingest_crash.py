"""Crash safety: kill `protest-tracker ingest files` mid-run; the database stays whole and a re-run finishes."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from protest_tracker import identity

ARTICLES = 1200
CLI = [str(Path(sys.executable).with_name("protest-tracker"))]


def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(DATABASE_URL=f"sqlite:///{tmp_path / 'crash.db'}", PROTEST_TRACKER_HOME=str(tmp_path))
    return env


def _count(database: Path) -> int:
    try:
        with sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=5) as connection:
            return connection.execute("SELECT count(*) FROM store_article").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


@pytest.mark.slow
def test_killed_ingest_leaves_whole_articles_and_rerun_completes(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    with corpus.open("w", encoding="utf-8") as handle:
        for number in range(ARTICLES):
            text = f"Сообщение {number}: жители собрались у акимата и попросили починить мост. " * 4
            handle.write(json.dumps({"url": f"https://crash.test/news/{number}", "title": f"№{number}",
                                     "published": "2024-03-01", "language": "ru", "text": text},
                                    ensure_ascii=False) + "\n")
    env = _env(tmp_path)
    database = tmp_path / "crash.db"
    subprocess.run([*CLI, "init"], env=env, check=True, capture_output=True, timeout=120)
    process = subprocess.Popen([*CLI, "ingest", "files", str(corpus)], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while _count(database) < 50 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL, "the run finished before it could be killed"

    with sqlite3.connect(database) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = connection.execute("SELECT id, url, text, content_hash FROM store_article").fetchall()
    assert 50 <= len(rows) < ARTICLES
    for article_id, url, text, digest in rows:
        assert text and digest == identity.content_hash(text) and article_id == identity.article_id(url=url)

    rerun = subprocess.run([*CLI, "ingest", "files", str(corpus)], env=env, capture_output=True, text=True,
                           timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert f"fetched {ARTICLES} · new {ARTICLES - len(rows)} · unchanged {len(rows)} · revised 0" in rerun.stdout
    assert _count(database) == ARTICLES
