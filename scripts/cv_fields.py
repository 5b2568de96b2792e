"""Cross-validate (and optionally train) the learned field classifiers.

    .venv/bin/python scripts/cv_fields.py ../shared/corpus/train.jsonl ../shared/eval/dev.jsonl \\
        [--folds 5] [--seed 0] [--end-to-end] [--json OUT.json] [--write src/protest_tracker/data/models/fields.json]

Grouped-by-article K-fold over the given gold files: per language, out of fold, event-type
accuracy, state-response F1 and grievance F1 of the model and of the cue rules on gold scopes;
with ``--end-to-end`` also the whole pipeline's matched-event scores on each held-out fold (rules
only, and with ``events.classify@1`` built on that fold's model). ``--write`` then trains on every
record and writes the artefact (weights only; no text from the gold files).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path


def _records(paths: list[str]) -> list[dict]:
    out = []
    for path in paths:
        out += [json.loads(line) for line in Path(path).read_text("utf-8").splitlines() if line.strip()]
    return out


def _table(title: str, rows: dict[str, dict]) -> None:
    print(f"\n{title}")
    keys = [k for k in next(iter(rows.values())) if k != "events"]
    print("lang  " + "  ".join(f"{k:>14}" for k in keys))
    for lang, row in rows.items():
        print(f"{lang:5} " + "  ".join(f"{row[k] if row[k] is not None else '-':>14}" for k in keys))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="+", help="gold-format JSONL files")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--end-to-end", action="store_true")
    parser.add_argument("--json", help="also write the figures here")
    parser.add_argument("--write", help="train on every record and write the artefact here")
    parser.add_argument("--no-cv", action="store_true", help="skip the cross-validation")
    args = parser.parse_args(argv)

    from protest_tracker.pipeline.learn.field_stage import cross_validate_fields, write_artefact
    from protest_tracker.pipeline.learn.fields import examples_from_gold, train_field_model

    records = _records(args.gold)
    if not args.no_cv:
        start = time.perf_counter()
        figures = cross_validate_fields(records, folds=args.folds, seed=args.seed, end_to_end=args.end_to_end)
        for scope, by_system in figures.items():
            for system, rows in by_system.items():
                _table(f"{scope} — {system} (out of fold, {args.folds} folds)", rows)
        print(f"\n{time.perf_counter() - start:.0f}s")
        if args.json:
            Path(args.json).write_text(json.dumps(figures, indent=1, sort_keys=True), "utf-8")
    if args.write:
        missing: list[str] = []
        examples = [e for r in records for e in examples_from_gold(r, missing=missing)]
        write_artefact(train_field_model(examples, seed=args.seed), args.write)
        size = Path(args.write).stat().st_size
        print(f"wrote {args.write}: {len(examples)} examples ({len(missing)} skipped), {size / 1e6:.2f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
