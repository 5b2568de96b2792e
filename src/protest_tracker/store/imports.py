"""Importing existing event datasets (ACLED, MMP) as candidate events with their own provenance.

Each imported event keeps ``source_dataset`` and ``original_id`` (unique together),
gets status ``candidate`` and an audit row, so analysts can compare and merge it
with events the pipeline found. Re-importing a file changes nothing. Rows that do
not parse are reported (row, column, reason), stored as ingest failures and skipped;
rows are checked against the event-field declaration while they are read (bounds,
lengths, codes), so a ``fatalities`` of 10^23 is that row's error and the rest go on.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from django.db import DataError, IntegrityError, transaction

from protest_tracker.ingest.acled import read_acled
from protest_tracker.ingest.datasets import DatasetRow, OutOfScope, RowError, RowOutcome
from protest_tracker.ingest.errors import DatasetError
from protest_tracker.ingest.mmp import read_mmp
from protest_tracker.ingest.records import Failure
from protest_tracker.store import audit
from protest_tracker.store.events import create_event
from protest_tracker.store.models import Event
from protest_tracker.store.sink import record_failure

READERS: dict[str, Callable[[Path], Iterator[RowOutcome]]] = {"acled": read_acled, "mmp": read_mmp}


@dataclass(slots=True)
class ImportSummary:
    """Counts of one import, and the rows that failed."""

    dataset: str
    rows: int = 0
    imported: int = 0
    existing: int = 0
    out_of_scope: Counter = field(default_factory=Counter)
    errors: list[RowError] = field(default_factory=list)

    def describe(self) -> str:
        scope = sum(self.out_of_scope.values())
        kinds = ", ".join(f"{kind} {count}" for kind, count in sorted(self.out_of_scope.items()))
        return (f"{self.dataset}: rows {self.rows} · imported {self.imported} · already present {self.existing}"
                f" · out of scope {scope}{f' ({kinds})' if kinds else ''} · failed {len(self.errors)}")


def import_dataset(path: str | Path, *, dataset: str, actor: object = None,
                   progress: Callable[[RowOutcome], None] | None = None) -> ImportSummary:
    """Import an ACLED or MMP CSV file; raises :class:`DatasetError` when the file itself is unusable."""
    if dataset not in READERS:
        raise DatasetError(str(path), f"unknown dataset {dataset!r}; use one of {', '.join(READERS)}")
    path = Path(path)
    actor = actor if actor is not None else f"import:{dataset}"
    summary = ImportSummary(dataset=dataset)
    batch = audit.new_batch()
    try:
        for outcome in READERS[dataset](path):
            summary.rows += 1
            _handle(outcome, path=path, dataset=dataset, actor=actor, summary=summary)
            if progress is not None:
                progress(outcome)
    except DatasetError as error:
        record_failure(Failure.from_error(error))
        if summary.rows == 0:
            raise
        summary.errors.append(RowError(summary.rows + 2, "(file)", error.message))
    audit.record(actor=actor, action="import", object_type="dataset", object_id=f"{dataset}:{path.name}",
                 new={"rows": summary.rows, "imported": summary.imported, "existing": summary.existing,
                      "out_of_scope": sum(summary.out_of_scope.values()), "failed": len(summary.errors)},
                 reason=f"import {dataset} {path}", batch=batch)
    return summary


def _handle(outcome: RowOutcome, *, path: Path, dataset: str, actor: object, summary: ImportSummary) -> None:
    if isinstance(outcome, OutOfScope):
        summary.out_of_scope[outcome.kind] += 1
        return
    if isinstance(outcome, RowError):
        summary.errors.append(outcome)
        record_failure(Failure(location=f"{path}: row {outcome.row}", reason="bad_row",
                               detail=f"column {outcome.column}: {outcome.reason}"))
        return
    _create(outcome, path=path, dataset=dataset, actor=actor, summary=summary)


def _create(row: DatasetRow, *, path: Path, dataset: str, actor: object, summary: ImportSummary) -> None:
    if Event.objects.filter(source_dataset=dataset, original_id=row.original_id).exists():
        summary.existing += 1
        return
    try:
        with transaction.atomic():
            event = create_event(row.candidate, actor=actor, status="candidate", source_dataset=dataset,
                                 original_id=row.original_id[:64], reason=f"imported from {path.name} row {row.row}")
            if row.notes:
                event.notes = row.notes
                event.save(update_fields=["notes"])
    except IntegrityError:
        summary.existing += 1
        return
    except (DataError, OverflowError) as exc:  # a value the checks let through: this row fails, the rest go on
        _handle(RowError(row.row, "(row)", f"the database refused the row ({exc})", original_id=row.original_id),
                path=path, dataset=dataset, actor=actor, summary=summary)
        return
    summary.imported += 1
