"""The SQL the aggregate tables share: advisory locks, counts moved by a delta, ``INSERT ... SELECT``.

:mod:`web.summary`, :mod:`web.rollups`, :mod:`web.campaign_stats` and :mod:`web.sources` keep
their tables in step in the transaction of each change; these three statements are how they do it,
the same SQL on SQLite and PostgreSQL.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Mapping

from django.db import connections


def advisory_locks(names: Iterable[str], *, using: str) -> None:
    """PostgreSQL: take a transaction-scoped advisory lock per name, in sorted order (one transaction
    recounts a bucket, event or campaign at a time). SQLite runs one write transaction at a time."""
    connection = connections[using]
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        for name in sorted(names):
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [zlib.crc32(name.encode())])


def add_counts(model, key: tuple[str, ...], deltas: Mapping[tuple, tuple[int, ...]], counts: tuple[str, ...], *,
               using: str) -> None:
    """Add each delta to the ``counts`` columns of the row with that ``key`` (created when missing:
    ``INSERT ... ON CONFLICT DO UPDATE``); a row whose first count falls to zero is deleted."""
    deltas = {k: change for k, change in deltas.items() if any(change)}
    if not deltas:
        return
    connection = connections[using]
    quote = connection.ops.quote_name
    table = quote(model._meta.db_table)
    columns = ", ".join(quote(c) for c in (*key, *counts))
    added = ", ".join(f"{quote(c)} = {table}.{quote(c)} + excluded.{quote(c)}" for c in counts)
    sql = (f"INSERT INTO {table} ({columns}) VALUES ({', '.join(['%s'] * (len(key) + len(counts)))}) "
           f"ON CONFLICT ({', '.join(quote(c) for c in key)}) DO UPDATE SET {added}")
    with connection.cursor() as cursor:
        cursor.executemany(sql, [(*k, *change) for k, change in deltas.items()])
    for k, change in deltas.items():
        if change[0] < 0:
            model.objects.using(using).filter(**dict(zip(key, k, strict=True)), **{f"{counts[0]}__lte": 0}).delete()


def insert_select(model, columns: Iterable[str], select, *, using: str) -> None:
    """``INSERT INTO model (columns) <select>``: ``select`` is a queryset whose values are in that order."""
    connection = connections[using]
    sql, params = select.query.get_compiler(using=using).as_sql()
    quoted = ", ".join(connection.ops.quote_name(model._meta.get_field(c).column) for c in columns)
    with connection.cursor() as cursor:
        cursor.execute(f"INSERT INTO {connection.ops.quote_name(model._meta.db_table)} ({quoted}) {sql}", params)


def derived_rows_commit(*, using: str = "default") -> None:
    """Inside a transaction that writes only derived rows (computed again if lost): on PostgreSQL,
    do not wait for the disk at its commit (``SET LOCAL synchronous_commit = off``)."""
    connection = connections[using]
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL synchronous_commit = off")
