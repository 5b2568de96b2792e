"""The kinds of event field: one small class per kind of value, with its checks.

In the manner of Frictionless field types: ``TextField`` with a maximum length,
``IntegerField`` / ``FloatField`` with bounds, ``DateField``, ``BoolField``, ``CodeField`` /
``CodeListField`` with a codebook vocabulary, ``TextListField`` and ``CountMapField``.
:meth:`EventField.clean` checks a Python or JSON value, :meth:`EventField.parse` text typed
into a form or read from a file; both raise :class:`FieldValueError` naming the field and the
bound it broke.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass
from typing import Any, ClassVar

#: Upper bound of every count (people at a protest, killed, injured, detained): far above any real
#: event, far below PostgreSQL's ``integer`` (2**31 - 1) and SQLite's 64-bit integers.
COUNT_MAX = 10_000_000
#: Upper bound of identifiers stored in ``integer`` columns (GeoNames ids).
ID_MAX = 2**31 - 1
DATE_MIN, DATE_MAX = dt.date(1900, 1, 1), dt.date(2100, 12, 31)
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class FieldValueError(ValueError):
    """A value that does not fit its field: which field, why, and the bound it broke (if any)."""

    def __init__(self, field: str, label: str, reason: str, *, bound: dict[str, Any] | None = None) -> None:
        super().__init__(f"{label}: {reason}")
        self.field, self.label, self.reason, self.bound = field, label, reason, bound or {}


def show_value(value: Any) -> str:
    """A short quoted rendering of a rejected value (huge numbers cut, never a ValueError)."""
    try:
        text = str(value)
    except ValueError:  # an integer beyond Python's int-to-str digit limit
        text = "a number with thousands of digits"
    return repr(text if len(text) <= 40 else text[:30] + "…")


def _number(value: float) -> str:
    return f"{value:g}" if isinstance(value, float) else f"{value}"


@dataclass(frozen=True, slots=True, kw_only=True)
class EventField:
    """One field of :class:`~protest_tracker.store.models.Event` as the outside world sees it.

    ``editable``: analysts change it (review form, ``PATCH /api/v1/events/{id}``); ``export``:
    a column of the same name in our exports; ``public``: part of the event records (API, pages).
    """

    name: str
    label: str
    help: str
    editable: bool = True
    required: bool = False
    export: bool = True
    public: bool = True
    export_type: str = ""

    kind: ClassVar[str] = "text"  # the review form's widget
    export_kind: ClassVar[str] = "string"  # the export column's kind (see export/fields.py)

    @property
    def column_kind(self) -> str:
        return self.export_type or self.export_kind

    def fail(self, reason: str, **bound: Any) -> FieldValueError:
        return FieldValueError(self.name, self.label, reason, bound=bound)

    def empty(self) -> Any:
        return None

    def clean(self, value: Any) -> Any:
        """``value`` (a Python or JSON value) normalised; :class:`FieldValueError` when it does not fit."""
        if value is None or value == "":
            if self.required:
                raise self.fail("is required")
            return self.empty()
        return self._check(value, show_value(value))

    def parse(self, text: str) -> Any:
        """Text typed into a form or read from a file, as a checked value."""
        text = text.strip()
        return self.clean(text) if not text else self._check(self._convert(text), show_value(text))

    def _convert(self, text: str) -> Any:
        return text

    def _check(self, value: Any, shown: str) -> Any:
        return value


@dataclass(frozen=True, slots=True, kw_only=True)
class TextField(EventField):
    """Free text written by people, at most ``max_length`` characters (control characters removed)."""

    max_length: int
    export_kind: ClassVar[str] = "text"

    def empty(self) -> Any:
        return ""

    def _check(self, value: Any, shown: str) -> Any:
        if not isinstance(value, str):
            raise self.fail(f"{shown} is not text")
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise self.fail("is not valid Unicode text (lone surrogate)") from None
        text = CONTROL_CHARACTERS.sub("", value).strip()
        if len(text) > self.max_length:
            raise self.fail(f"at most {self.max_length} characters", max_length=self.max_length)
        return text


@dataclass(frozen=True, slots=True, kw_only=True)
class IntegerField(EventField):
    """A whole number from ``minimum`` to ``maximum`` (counts: 0 to :data:`COUNT_MAX`)."""

    minimum: int = 0
    maximum: int = COUNT_MAX
    kind: ClassVar[str] = "int"
    export_kind: ClassVar[str] = "integer"

    def _convert(self, text: str) -> Any:
        try:
            return int(text)
        except ValueError:
            raise self.fail(f"{show_value(text)} is not a whole number") from None

    def _check(self, value: Any, shown: str) -> Any:
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(f"{shown} is not a whole number")
        if value < self.minimum:
            if self.minimum == 0:
                raise self.fail(f"{shown} is negative; enter 0 or more", minimum=0)
            raise self.fail(f"{shown} is below the minimum {self.minimum:,}", minimum=self.minimum)
        if value > self.maximum:
            raise self.fail(f"{shown} is above the maximum {self.maximum:,}", maximum=self.maximum)
        return value


@dataclass(frozen=True, slots=True, kw_only=True)
class FloatField(EventField):
    """A finite number from ``minimum`` to ``maximum``."""

    minimum: float
    maximum: float
    kind: ClassVar[str] = "float"
    export_kind: ClassVar[str] = "number"

    def _convert(self, text: str) -> Any:
        try:
            return float(text)
        except ValueError:
            raise self.fail(f"{show_value(text)} is not a number") from None

    def _check(self, value: Any, shown: str) -> Any:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.fail(f"{shown} is not a number")
        if not math.isfinite(value) or not self.minimum <= value <= self.maximum:
            raise self.fail(f"{shown} is outside {_number(self.minimum)} to {_number(self.maximum)}",
                            minimum=self.minimum, maximum=self.maximum)
        return float(value)


@dataclass(frozen=True, slots=True, kw_only=True)
class DateField(EventField):
    """A calendar day from :data:`DATE_MIN` to :data:`DATE_MAX` (ISO 8601 ``YYYY-MM-DD`` as text)."""

    kind: ClassVar[str] = "date"
    export_kind: ClassVar[str] = "date"

    def _convert(self, text: str) -> Any:
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            raise self.fail(f"{show_value(text)} is not a date (YYYY-MM-DD)") from None

    def _check(self, value: Any, shown: str) -> Any:
        if isinstance(value, str):
            value = self._convert(value.strip())
        if isinstance(value, dt.datetime):
            value = value.date()
        if not isinstance(value, dt.date):
            raise self.fail(f"{shown} is not a date (YYYY-MM-DD)")
        if not DATE_MIN <= value <= DATE_MAX:
            raise self.fail(f"{shown} is outside {DATE_MIN} to {DATE_MAX}",
                            minimum=DATE_MIN.isoformat(), maximum=DATE_MAX.isoformat())
        return value


@dataclass(frozen=True, slots=True, kw_only=True)
class BoolField(EventField):
    """Yes or no (form input: ``1``, ``true``, ``on`` or ``yes`` is yes)."""

    kind: ClassVar[str] = "bool"
    export_kind: ClassVar[str] = "boolean"

    def empty(self) -> Any:
        return False

    def _check(self, value: Any, shown: str) -> Any:
        if isinstance(value, str):
            return value.strip().lower() in ("1", "true", "on", "yes")
        return bool(value)
