"""A portable multi-valued code field.

Codes are stored as text ``|a|b|`` so a filter for one code is a plain
``LIKE '%|code|%'`` that works the same on SQLite and PostgreSQL (JSON
containment does not exist on SQLite). Python sees a list of strings.

The ``has_any_code`` lookup (:func:`has_any_code`) keeps rows holding any of several codes with
one exact substring test per code: ``instr`` on SQLite, ``strpos(column, '|code|') > 0`` on
PostgreSQL with the code written into the SQL (:func:`code_test_sql`), the very predicate of the
partial indexes per code that the event summary has there (``web.code_indexes``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from django.db import models
from django.db.models import Lookup, Q


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


#: What a code may look like to be written into SQL (every codebook code does).
CODE_PATTERN = re.compile(r"[A-Za-z0-9_-]{1,60}")


def _checked(code: object) -> str:
    if not isinstance(code, str) or not CODE_PATTERN.fullmatch(code):
        raise ValueError(f"has_any_code needs codes of letters, digits, '_' or '-', not {code!r}")
    return code


def code_test_sql(column_sql: str, code: str) -> str:
    """PostgreSQL's test that ``column_sql`` holds ``code``, with the code as a literal (a partial
    index on this predicate answers the query only when the query has it to the character)."""
    return f"strpos({column_sql}, '|{_checked(code)}|') > 0"


@CodeListField.register_lookup
class HasAnyCode(Lookup):
    """``field__has_any_code=[codes]``: the rows whose code list holds at least one of ``codes``."""

    lookup_name = "has_any_code"
    prepare_rhs = False  # a list of codes, not a code list to encode

    def _codes(self) -> list[str]:
        codes = [self.rhs] if isinstance(self.rhs, str) else list(self.rhs)
        if not codes:
            raise ValueError("has_any_code needs one or more codes, not none")
        return sorted({_checked(code) for code in codes})

    def as_sql(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        terms, params = [], []
        for code in self._codes():
            terms.append(f"instr({lhs}, %s) > 0")
            params += [*lhs_params, f"|{code}|"]
        return "(" + " OR ".join(terms) + ")", params

    def as_postgresql(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        codes = self._codes()
        return "(" + " OR ".join(code_test_sql(lhs, code) for code in codes) + ")", lhs_params * len(codes)


def has_any_code(field_name: str, codes: Iterable[str]) -> Q:
    """A filter for rows whose ``field_name`` holds any of ``codes`` (indexed on PostgreSQL)."""
    return Q(**{f"{field_name}__has_any_code": sorted(set(codes))})


def has_code(field_name: str, code: str) -> Q:
    """A filter for rows whose ``field_name`` contains ``code``."""
    return Q(**{f"{field_name}__contains": f"|{code}|"})
