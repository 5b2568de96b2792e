"""Shared parts of the ACLED and MMP importers: row outcomes, CSV reading and value parsers.

Rows are numbered as in a spreadsheet: the header is row 1, the first data row is row 2.
Every row stands alone: a byte that is not UTF-8, a row the CSV reader cannot split or any
exception while parsing one row becomes that row's :class:`RowError` (row, column, reason), and
the rows after it are read (:func:`read_outcomes`). Values go through
:func:`~protest_tracker.ingest.records.clean_text` (no NUL or other control characters).
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from protest_tracker import model
from protest_tracker.ingest.errors import DatasetError
from protest_tracker.ingest.records import clean_text

MAX_FIELD_BYTES = 1024 * 1024


@dataclass(frozen=True, slots=True)
class DatasetRow:
    """A row that parsed: the event candidate, its id in the dataset and the notes to keep."""

    row: int
    original_id: str
    candidate: model.EventCandidate
    notes: str = ""
    extra: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class RowError:
    """A row that did not parse: which row, which column, why."""

    row: int
    column: str
    reason: str
    original_id: str = ""

    def describe(self) -> str:
        return f"row {self.row}, column {self.column}: {self.reason}"


@dataclass(frozen=True, slots=True)
class OutOfScope:
    """A valid row that is not a protest in the five countries (counted, not imported)."""

    row: int
    kind: str  # "other_country" or "not_a_protest"
    reason: str


RowOutcome = DatasetRow | RowError | OutOfScope


class BadValue(Exception):
    """Raised by the parsers below: ``column`` and ``reason`` become a :class:`RowError`."""

    def __init__(self, column: str, reason: str) -> None:
        super().__init__(f"{column}: {reason}")
        self.column = column
        self.reason = reason


#: Characters ``surrogateescape`` stands bytes that are not UTF-8 in for.
_BAD_BYTE = re.compile("[\udc80-\udcff]")
RowParser = Callable[[int, dict[str, str]], "RowOutcome"]


def read_rows(path: Path, *, required: tuple[str, ...],
              dataset: str) -> Iterator[tuple[int, dict[str, str] | BadValue]]:
    """``(row number, row)`` pairs of a CSV file; :class:`DatasetError` when the file or header is unusable.

    A row that cannot be read (a byte that is not UTF-8, a CSV syntax error) comes as
    ``(row number, BadValue)`` and reading goes on with the next row.
    """
    location = str(path)
    csv.field_size_limit(MAX_FIELD_BYTES)
    try:
        # surrogateescape: a bad byte spoils its own row only, and rows keep their true numbers
        handle = path.open("r", encoding="utf-8-sig", errors="surrogateescape", newline="")
    except OSError as exc:
        raise DatasetError(location, f"cannot read the file ({exc.strerror or exc})") from None
    with handle:
        reader = csv.DictReader(handle)
        try:
            header = reader.fieldnames or []
        except csv.Error as exc:
            raise DatasetError(location, f"not a readable CSV file ({exc})") from None
        if any(_BAD_BYTE.search(name) for name in header):
            raise DatasetError(location, "the header row is not UTF-8 text (save the file as UTF-8)")
        missing = [column for column in required if column not in header]
        if missing:
            raise DatasetError(location, f"not an {dataset} CSV: missing column(s) {', '.join(missing)}")
        number, line = 1, reader.reader.line_num
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                number += 1
                if reader.reader.line_num == line:  # the reader cannot move on: nothing more can be read
                    raise DatasetError(location, f"row {number}: unreadable CSV ({exc}); stopped there") from None
                line = reader.reader.line_num
                yield number, BadValue("(row)", f"unreadable CSV ({exc})")
                continue
            number, line = number + 1, reader.reader.line_num
            yield number, _row_values(row)


def _row_values(row: dict[str | None, str | list[str] | None]) -> dict[str, str] | BadValue:
    values: dict[str, str] = {}
    for key, value in row.items():
        if key is None:  # cells beyond the header
            continue
        text = value if isinstance(value, str) else ""
        bad = _BAD_BYTE.search(text)
        if bad:
            byte = ord(bad.group()) - 0xDC00
            return BadValue(key, f"byte 0x{byte:02x} at character {bad.start() + 1} is not UTF-8 text")
        values[key] = clean_text(text).strip()
    return values


def read_outcomes(path: Path, *, required: tuple[str, ...], dataset: str, id_column: str,
                  parse: RowParser) -> Iterator[RowOutcome]:
    """One outcome per data row: ``parse(number, row)``, or the row's :class:`RowError` whatever went wrong."""
    for number, row in read_rows(path, required=required, dataset=dataset):
        if isinstance(row, BadValue):
            yield RowError(number, row.column, row.reason)
            continue
        original_id = row.get(id_column, "")
        try:
            yield parse(number, row)
        except BadValue as problem:
            yield RowError(number, problem.column, problem.reason, original_id=original_id)
        except Exception as exc:  # one row never stops the import (e.g. a number too large for a float)
            yield RowError(number, "(row)", f"could not be read: {type(exc).__name__}: {exc}"[:300],
                           original_id=original_id)


def parse_int(row: dict[str, str], column: str, *, low: int | None = None, high: int | None = None,
              required: bool = False) -> int | None:
    value = row.get(column, "")
    if value in ("", "."):
        if required:
            raise BadValue(column, "is empty")
        return None
    if not re.fullmatch(r"-?\d+(\.0+)?", value):
        raise BadValue(column, f"{value!r} is not a whole number")
    try:  # not int(float(...)): 400 digits would overflow the float
        number = int(value.split(".", 1)[0])
    except ValueError:  # beyond Python's 4,300-digit limit
        raise BadValue(column, f"{value[:20]!r}… is not a whole number in range") from None
    if (low is not None and number < low) or (high is not None and number > high):
        raise BadValue(column, f"{number} is out of range {low}..{high}")
    return number


def parse_float(row: dict[str, str], column: str, *, low: float, high: float) -> float | None:
    value = row.get(column, "")
    if value == "":
        return None
    try:
        number = float(value)
    except ValueError:
        raise BadValue(column, f"{value!r} is not a number") from None
    if not low <= number <= high:
        raise BadValue(column, f"{number} is out of range {low}..{high}")
    return number


_DATE_FORMATS = ("%Y-%m-%d", "%d %B %Y", "%d %b %Y", "%d-%m-%Y", "%d/%m/%Y", "%d-%B-%Y", "%d-%b-%Y")


def parse_date(row: dict[str, str], column: str) -> dt.date:
    value = row.get(column, "")
    if not value:
        raise BadValue(column, "is empty")
    for layout in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(value, layout).date()
        except ValueError:
            continue
    raise BadValue(column, f"{value!r} is not a date (expected e.g. '16 May 2025' or 2025-05-16)")


_NUMBER = re.compile(r"\d[\d,]*")
_WORD_SIZES = (("tens of thousands", 10000), ("thousands", 2000), ("hundreds", 200), ("dozens", 20),
               ("several dozen", 20), ("a dozen", 12))


def parse_crowd_size(text: str) -> tuple[int | None, int | None]:
    """``(size_min, size_max)`` from a crowd-size phrase (ACLED's ``crowd size=`` tag, MMP's participants)."""
    lowered = text.lower()
    numbers = [int(n.replace(",", "")) for n in _NUMBER.findall(lowered)]
    if len(numbers) >= 2 and ("between" in lowered or "-" in lowered or " to " in lowered):
        return min(numbers[:2]), max(numbers[:2])
    if numbers:
        if any(word in lowered for word in ("more than", "over", "at least", "several", "up from")):
            return numbers[0], None
        return numbers[0], numbers[0]
    for words, size in _WORD_SIZES:
        if words in lowered:
            return size, None
    return None, None
