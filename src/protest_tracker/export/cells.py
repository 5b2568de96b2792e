"""Turning typed values into CSV cells and back, with formula neutralisation for free text.

A spreadsheet treats a cell that starts with ``= + - @`` (or a tab / carriage return) as a
formula. Free-text cells that start that way get a leading apostrophe. To keep the encoding
reversible, a cell that already starts with apostrophes followed by such a character gets one
more; :func:`restore_text` removes exactly one.
"""

from __future__ import annotations

import json
import re
from typing import Any

from protest_tracker.export.fields import CODE_SEPARATOR, Column

_FORMULA = re.compile(r"^'*[=+\-@\t\r]")


def neutralise(text: str) -> str:
    """``text`` safe to open in a spreadsheet (reversible with :func:`restore_text`)."""
    return "'" + text if _FORMULA.match(text) else text


def restore_text(cell: str) -> str:
    """The original text of a cell written by :func:`neutralise`."""
    return cell[1:] if cell.startswith("'") and _FORMULA.match(cell[1:]) else cell


def to_cell(column: Column, value: Any) -> str:
    """The CSV text of ``value`` for ``column`` (empty string for missing values)."""
    if value is None:
        return ""
    kind = column.kind
    if kind == "boolean":
        return "true" if value else "false"
    if kind == "codes":
        return CODE_SEPARATOR.join(value)
    if kind in ("array", "object"):
        return json.dumps(value, ensure_ascii=False, sort_keys=kind == "object")
    if kind == "number":
        return repr(float(value))
    if kind == "text":
        return neutralise(str(value))
    return str(value)


def from_cell(column: Column, cell: str) -> Any:
    """The typed value of a cell written by :func:`to_cell`."""
    kind = column.kind
    if cell == "":
        return {"codes": [], "array": [], "object": {}, "boolean": False}.get(kind)
    if kind == "boolean":
        if cell not in ("true", "false"):
            raise ValueError(f"{column.name}: {cell!r} is not true/false")
        return cell == "true"
    if kind == "integer":
        return int(cell)
    if kind == "number":
        return float(cell)
    if kind == "codes":
        return cell.split(CODE_SEPARATOR)
    if kind in ("array", "object"):
        return json.loads(cell)
    if kind == "text":
        return restore_text(cell)
    return cell
