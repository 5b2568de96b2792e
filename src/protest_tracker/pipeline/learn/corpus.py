"""Reading gold-format training files: every record checked before anything is trained.

A gold file is JSONL in the evaluation kit's format (``id``, ``text``, ``gold`` list of
events with ``country``, ``city``, ``date``, ``date_precision``, ``event_type``,
``state_response``, ``grievance_categories``, ``evidence`` …). :func:`read_corpus`
reads all of them and raises one :class:`TrainingDataError` naming the file, the
line and the field of the first problem, so a bad file never yields half a model.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from protest_tracker import codebook
from protest_tracker.pipeline.errors import PipelineError

_DATE = re.compile(r"^\d{4}-\d{2}(?:-\d{2})?$")
COUNTRIES = frozenset({"KZ", "KG", "TJ", "TM", "UZ"})


class TrainingDataError(PipelineError):
    """A training file that cannot be used; the message names file, line and field."""

    def __init__(self, path: Path | str, line: int, field: str, reason: str) -> None:
        self.path, self.line, self.field, self.reason = str(path), line, field, reason
        super().__init__(f"{path}: line {line}: field '{field}': {reason}")


def _real_date(value: str) -> bool:
    try:
        dt.date.fromisoformat(value if len(value) == 10 else value + "-01")
    except ValueError:
        return False
    return True


def _check_list(value: Any, allowed: Iterable[str] | None, *, where: tuple[Path, int], field: str) -> None:
    if value is None:
        return
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise TrainingDataError(*where, field, "must be a list of strings")
    if allowed is not None:
        unknown = sorted(set(value) - set(allowed))
        if unknown:
            raise TrainingDataError(*where, field, f"unknown code(s) {', '.join(unknown)}")


def check_event(event: Any, *, text: str, where: tuple[Path, int], index: int) -> None:
    """Raise :class:`TrainingDataError` unless ``event`` is a usable gold event."""
    prefix = f"gold[{index}]"
    if not isinstance(event, Mapping):
        raise TrainingDataError(*where, prefix, "must be an object")
    if event.get("country") not in COUNTRIES:
        raise TrainingDataError(*where, f"{prefix}.country", f"must be one of {', '.join(sorted(COUNTRIES))}")
    date = event.get("date")
    if not isinstance(date, str) or not _DATE.match(date) or not _real_date(date):
        raise TrainingDataError(*where, f"{prefix}.date", "must be a real date, YYYY-MM-DD or YYYY-MM")
    if event.get("city") is not None and not isinstance(event.get("city"), str):
        raise TrainingDataError(*where, f"{prefix}.city", "must be a string or null")
    kind = event.get("event_type")
    if kind is not None and kind not in codebook.EVENT_TYPES.codes:
        raise TrainingDataError(*where, f"{prefix}.event_type", f"unknown event type {kind!r}")
    _check_list(event.get("state_response"), codebook.STATE_RESPONSES.codes, where=where,
                field=f"{prefix}.state_response")
    _check_list(event.get("grievance_categories"), codebook.GRIEVANCES.codes, where=where,
                field=f"{prefix}.grievance_categories")
    evidence = event.get("evidence")
    if evidence is not None and not isinstance(evidence, str):
        raise TrainingDataError(*where, f"{prefix}.evidence", "must be a string")


def check_record(record: Any, *, where: tuple[Path, int]) -> dict[str, Any]:
    """The record if it is a usable gold article; else :class:`TrainingDataError`."""
    if not isinstance(record, dict):
        raise TrainingDataError(*where, "(record)", "must be a JSON object")
    if not isinstance(record.get("id"), str) or not record["id"]:
        raise TrainingDataError(*where, "id", "must be a non-empty string")
    if not isinstance(record.get("text"), str) or not record["text"].strip():
        raise TrainingDataError(*where, "text", "must be a non-empty string")
    gold = record.get("gold")
    if not isinstance(gold, list):
        raise TrainingDataError(*where, "gold", "must be a list of events (empty for a negative)")
    for index, event in enumerate(gold):
        check_event(event, text=record["text"], where=where, index=index)
    return record


def read_corpus(paths: Iterable[Path | str]) -> list[dict[str, Any]]:
    """Every record of every file, checked; duplicate ids across files are an error."""
    paths = list(paths)
    records: list[dict[str, Any]] = []
    seen: dict[str, tuple[str, int]] = {}
    for raw in paths:
        path = Path(raw)
        try:
            # JSONL lines end at "\n" only: str.splitlines() would also split a text at U+2028 or U+0085
            lines = path.read_text("utf-8-sig").split("\n")
        except (OSError, UnicodeDecodeError) as exc:
            raise TrainingDataError(path, 0, "(file)", f"cannot read: {exc}") from exc
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except (json.JSONDecodeError, RecursionError) as exc:
                raise TrainingDataError(path, number, "(record)", f"not valid JSON: {exc}") from None
            except ValueError as exc:  # e.g. an integer of more than 4,300 digits
                raise TrainingDataError(path, number, "(record)", f"not valid JSON: {str(exc)[:120]}") from None
            record = check_record(record, where=(path, number))
            if record["id"] in seen:
                first = seen[record["id"]]
                raise TrainingDataError(path, number, "id", f"duplicate of {first[0]} line {first[1]}")
            seen[record["id"]] = (str(path), number)
            records.append(record)
    if not records:
        raise TrainingDataError(str(paths[0]) if paths else "(none)", 0, "(file)", "no records")
    return records
