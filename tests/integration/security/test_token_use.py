"""API tokens record their last use at most once a minute, so reads never queue behind a writer."""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading

import psycopg
import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from protest_tracker.review.testing import make_user
from protest_tracker.web.models import ApiToken
from protest_tracker.web.tokens import USE_RECORD_INTERVAL, create_token, record_use

pytestmark = pytest.mark.both_backends


def _token_writes(queries) -> list[str]:
    return [q["sql"] for q in queries if q["sql"].startswith("UPDATE") and "web_apitoken" in q["sql"]]


@pytest.mark.django_db
def test_last_use_is_written_once_a_minute_at_most():
    make_user("tok-coder", role="coder")
    auth = {"Authorization": f"Bearer {create_token('tok-coder', name='sync')}"}
    client = Client()
    with CaptureQueriesContext(connection) as first:
        assert client.get("/api/v1/events", headers=auth).status_code == 200
    used = ApiToken.objects.get().last_used_at
    assert used is not None and len(_token_writes(first.captured_queries)) == 1
    with CaptureQueriesContext(connection) as again:
        for _ in range(5):
            assert client.get("/api/v1/events", headers=auth).status_code == 200
    assert _token_writes(again.captured_queries) == []
    assert ApiToken.objects.get().last_used_at == used
    ApiToken.objects.update(last_used_at=timezone.now() - dt.timedelta(seconds=USE_RECORD_INTERVAL + 1))
    assert client.get("/api/v1/events", headers=auth).status_code == 200
    assert ApiToken.objects.get().last_used_at > used


@pytest.mark.django_db
def test_simultaneous_uses_of_a_stale_token_write_once():
    make_user("tok-coder", role="coder")
    create_token("tok-coder", name="sync")
    ApiToken.objects.update(last_used_at=timezone.now() - dt.timedelta(hours=1))
    seen_by_two = [ApiToken.objects.get(), ApiToken.objects.get()]  # both requests read the old time
    assert [record_use(row) for row in seen_by_two] == [True, False]


def _hold_write_lock(db: dict) -> tuple[object, str]:
    """Another connection that holds what an ingest run holds while it writes (SQLite: the database's
    write lock; PostgreSQL: a lock on every token row)."""
    if db["ENGINE"].endswith("sqlite3"):
        other = sqlite3.connect(db["NAME"], isolation_level=None, timeout=1)
        other.execute("BEGIN IMMEDIATE")
        other.execute("UPDATE web_apitoken SET name = name")
        return other, "ROLLBACK"
    other = psycopg.connect(dbname=db["NAME"], user=db["USER"], password=db["PASSWORD"] or None,
                            host=db["HOST"] or None, port=db["PORT"] or None)
    other.execute("SELECT id FROM web_apitoken FOR UPDATE")
    return other, "ROLLBACK"


@pytest.mark.django_db(transaction=True)
def test_api_reads_do_not_wait_for_a_writer_once_the_use_is_recorded():
    make_user("tok-coder", role="coder")
    auth = {"Authorization": f"Bearer {create_token('tok-coder', name='sync')}"}
    assert Client().get("/api/v1/events", headers=auth).status_code == 200  # the use of this minute
    other, release = _hold_write_lock(connection.settings_dict)
    statuses: list[int] = []

    def read() -> None:
        try:
            statuses.extend(Client().get("/api/v1/events", headers=auth).status_code for _ in range(3))
        finally:
            connection.close()

    try:
        reader = threading.Thread(target=read)
        reader.start()
        reader.join(timeout=10)
        finished = not reader.is_alive()
    finally:
        other.execute(release)
        other.close()
    reader.join(timeout=60)
    assert finished, "an API read waited for the writer"
    assert statuses == [200, 200, 200]
