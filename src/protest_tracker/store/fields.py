"""A portable multi-valued code field.

Codes are stored as text ``|a|b|`` so a filter for one code is a plain
``LIKE '%|code|%'`` that works the same on SQLite and PostgreSQL (JSON
containment does not exist on SQLite). Python sees a list of strings.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db import models
from django.db.models import Q


def encode_codes(codes: Iterable[str] | None) -> str:
    values = sorted({str(c).strip() for c in codes or () if str(c).strip()})
    return "|" + "|".join(values) + "|" if values else ""


def decode_codes(value: str | None) -> list[str]:
    return [c for c in (value or "").split("|") if c]


class CodeListField(models.TextField):
    """A sorted set of vocabulary codes, stored as ``|a|b|``; reads back as ``list[str]``."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("default", list)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def from_db_value(self, value, expression, connection):
        return decode_codes(value)

    def to_python(self, value):
        if isinstance(value, list | tuple | set):
            return sorted(set(value))
        return decode_codes(value)

    def get_prep_value(self, value):
        if isinstance(value, str):
            return value if value.startswith("|") or not value else encode_codes([value])
        return encode_codes(value)

    def value_to_string(self, obj):
        return encode_codes(self.value_from_object(obj))


def has_code(field_name: str, code: str) -> Q:
    """A filter for rows whose ``field_name`` contains ``code``."""
    return Q(**{f"{field_name}__contains": f"|{code}|"})
