"""The kinds of event field that hold codes or collections: codes, code lists, text lists, counts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from protest_tracker import codebook
from protest_tracker.event_fields.kinds import CONTROL_CHARACTERS, COUNT_MAX, EventField, show_value


@dataclass(frozen=True, slots=True, kw_only=True)
class CodeField(EventField):
    """One code of a codebook vocabulary (``countries``: ISO codes; ``integer``: stored as a number)."""

    vocabulary: str
    integer: bool = False

    @property
    def kind(self) -> str:  # type: ignore[override]
        return "country" if self.vocabulary == "countries" else "geo" if self.integer else "choice"

    @property
    def column_kind(self) -> str:
        return self.export_type or ("integer" if self.integer else "string")

    @property
    def codes(self) -> tuple[str, ...]:
        if self.vocabulary == "countries":
            return tuple(codebook.COUNTRIES)
        return codebook.vocabulary(self.vocabulary).codes

    def empty(self) -> Any:
        return None if self.integer else ""

    def _check(self, value: Any, shown: str) -> Any:
        text = value.strip() if isinstance(value, str) else "" if isinstance(value, bool) else str(value)
        if text not in self.codes:
            raise self.fail(f"{shown} is not one of the codebook choices", enum=list(self.codes))
        return int(text) if self.integer else text


@dataclass(frozen=True, slots=True, kw_only=True)
class CodeListField(EventField):
    """Several codes of a codebook vocabulary, kept sorted and without repeats."""

    vocabulary: str
    kind: ClassVar[str] = "multi"
    export_kind: ClassVar[str] = "codes"

    @property
    def codes(self) -> tuple[str, ...]:
        return codebook.vocabulary(self.vocabulary).codes

    def empty(self) -> Any:
        return []

    def _check(self, value: Any, shown: str) -> Any:
        items = value if isinstance(value, list | tuple) else [value]
        codes = sorted({str(item).strip() for item in items if item is not None and str(item).strip()})
        unknown = [code for code in codes if code not in self.codes]
        if unknown:
            raise self.fail(f"unknown code(s) {', '.join(unknown)}", enum=list(self.codes))
        return codes


@dataclass(frozen=True, slots=True, kw_only=True)
class TextListField(EventField):
    """A list of short texts (form input: one per line)."""

    max_items: int = 50
    item_max_length: int = 1000
    kind: ClassVar[str] = "lines"
    export_kind: ClassVar[str] = "array"

    def empty(self) -> Any:
        return []

    def _check(self, value: Any, shown: str) -> Any:
        items = value.splitlines() if isinstance(value, str) else value
        if not isinstance(items, list | tuple) or not all(isinstance(item, str) for item in items):
            raise self.fail(f"{shown} is not a list of texts")
        lines = [CONTROL_CHARACTERS.sub("", item).strip() for item in items]
        lines = [line for line in lines if line]
        if len(lines) > self.max_items:
            raise self.fail(f"at most {self.max_items} entries", max_items=self.max_items)
        if any(len(line) > self.item_max_length for line in lines):
            raise self.fail(f"at most {self.item_max_length} characters per entry", max_length=self.item_max_length)
        return lines


@dataclass(frozen=True, slots=True, kw_only=True)
class CountMapField(EventField):
    """Codes of a vocabulary -> a number of people, each from 0 to ``maximum``."""

    vocabulary: str
    maximum: int = COUNT_MAX
    kind: ClassVar[str] = "counts"
    export_kind: ClassVar[str] = "object"

    def empty(self) -> Any:
        return {}

    def _check(self, value: Any, shown: str) -> Any:
        if not isinstance(value, dict):
            raise self.fail(f"{shown} is not an object of counts")
        codes = codebook.vocabulary(self.vocabulary).codes
        for code, count in value.items():
            if code not in codes:
                raise self.fail(f"{show_value(code)} is not a code of {self.vocabulary}", enum=list(codes))
            if isinstance(count, bool) or not isinstance(count, int) or not 0 <= count <= self.maximum:
                raise self.fail(f"{code}: {show_value(count)} is not a whole number from 0 to {self.maximum:,}",
                                minimum=0, maximum=self.maximum)
        return dict(value)
