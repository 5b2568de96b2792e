"""Every table of every installed app: dependency order, row counts, content fingerprints.

Backups print the row counts; ``copy`` and the drill tests compare fingerprints, which
are the same on SQLite and PostgreSQL for the same rows (values are normalised: times in
UTC ISO form, JSON with sorted keys, floats by ``repr``).
"""

from __future__ import annotations

import datetime as dt
import decimal
import hashlib
import json
import uuid
from collections.abc import Iterator
from typing import Any

from django.apps import apps
from django.db import connections, models

#: Tables ``migrate`` fills by itself (content types and permissions): not data, never "non-empty".
SEEDED_TABLES = frozenset({"django_content_type", "auth_permission", "django_migrations"})
BATCH = 2000
MODULUS = 2**256


def all_models() -> list[type[models.Model]]:
    """Every concrete model with a table (many-to-many tables included), referenced tables first."""
    found = [m for m in apps.get_models(include_auto_created=True)
             if not m._meta.proxy and m._meta.managed and not m._meta.swapped]
    by_label = {m._meta.label: m for m in found}
    deps = {m._meta.label: {f.related_model._meta.concrete_model._meta.label
                            for f in m._meta.concrete_fields
                            if f.is_relation and f.related_model is not None
                            and f.related_model._meta.concrete_model._meta.label in by_label
                            and f.related_model._meta.concrete_model is not m}
            for m in found}
    ordered: list[str] = []
    remaining = dict(deps)
    while remaining:
        ready = sorted(label for label, needs in remaining.items() if needs <= set(ordered))
        if not ready:  # a cycle: foreign keys are deferred to the commit on both backends
            ready = sorted(remaining)[:1]
        for label in ready:
            ordered.append(label)
            remaining.pop(label)
    return [by_label[label] for label in ordered]


def row_counts(alias: str = "default") -> dict[str, int]:
    """Rows per table of every model (table name → count)."""
    return {m._meta.db_table: m._default_manager.using(alias).count() for m in all_models()}


def tables_with_data(alias: str = "default") -> list[str]:
    """Tables holding rows ``migrate`` did not put there (an empty database answers ``[]``)."""
    existing = set(connections[alias].introspection.table_names())
    return [m._meta.db_table for m in all_models()
            if m._meta.db_table in existing and m._meta.db_table not in SEEDED_TABLES
            and m._default_manager.using(alias).exists()]


def column_names(model: type[models.Model]) -> list[str]:
    return [f.attname for f in model._meta.concrete_fields]


def iter_rows(model: type[models.Model], alias: str, *, batch: int = BATCH) -> Iterator[list[tuple]]:
    """The model's rows as tuples of Python values (``column_names`` order), in primary-key batches."""
    names = column_names(model)
    pk = model._meta.pk.attname
    position = names.index(pk)
    queryset = model._default_manager.using(alias).order_by(pk).values_list(*names)
    last = None
    while True:
        chunk = list((queryset if last is None else queryset.filter(**{f"{pk}__gt": last}))[:batch])
        if not chunk:
            return
        yield chunk
        last = chunk[-1][position]


def _normal(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(dt.UTC).replace(tzinfo=None)
        return value.isoformat()
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, decimal.Decimal | uuid.UUID):
        return str(value)
    if isinstance(value, bytes | memoryview):
        return bytes(value).hex()
    return value


def fingerprints(alias: str = "default") -> dict[str, tuple[int, str]]:
    """Table → (rows, a hash of its set of normalised rows); equal rows, equal prints, on any backend.

    The rows' SHA-256 digests are added modulo 2**256, so the print does not depend on the
    order a backend sorts text keys in.
    """
    result = {}
    for model in all_models():
        total, count = 0, 0
        for chunk in iter_rows(model, alias):
            for row in chunk:
                line = json.dumps([_normal(v) for v in row], sort_keys=True, ensure_ascii=False, default=str)
                total = (total + int.from_bytes(hashlib.sha256(line.encode()).digest(), "big")) % MODULUS
                count += 1
        result[model._meta.db_table] = (count, f"{total:064x}")
    return result
