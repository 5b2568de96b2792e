"""Cross-validate the learned field stage end to end on the pipeline's own events (fast).

    .venv/bin/python scripts/cv_fields.py ../shared/eval/dev.jsonl ../shared/corpus/train.jsonl \\
        [--folds 5] [--seed 0] [--config C.toml] [--missed-from-gold] [--label-support N] [--json OUT.json]

Every article is run once through the default pipeline up to ``events.fields@1`` (event detector
as configured, shipped artefact). The articles are split in grouped folds exactly as
``protest-tracker eval --cv`` splits them; each fold's field model is trained on the other folds'
matched events (inference scopes, gold labels: ``train_fields``) and applied to the held-out
articles' events. Printed per language: matched-event type accuracy, state-response F1 and
grievance F1 of the rules (``events.fields@1`` alone) and of the learned stage on the SAME events,
so the difference is the field stage's alone. (``eval --cv`` also retrains the event detector per
fold; use it for the final figures.)
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
        out += [{**json.loads(line), "_file": Path(path).stem}
                for line in Path(path).read_text("utf-8").splitlines() if line.strip()]
    return out


def _figures(pairs: list, evaluate) -> dict[str, dict]:
    report = evaluate(pairs).as_dict()
    return {lang: {"type": s["matched_fields"]["event_type_accuracy"],
                   "response": s["matched_fields"]["state_response"]["f1"],
                   "grievance": s["matched_fields"]["grievance_categories"]["f1"]}
            for lang, s in {**report["by_language"], "all": report["overall"]}.items()}


def _print(title: str, rules: dict, learned: dict) -> None:
    print(f"\n{title}\nlang   type acc (rules → learned)   response F1            grievance F1")
    for lang in rules:
        r, m = rules[lang], learned[lang]
        print(f"{lang:5}  " + "   ".join(f"{r[k] if r[k] is not None else '-'} → {m[k] if m[k] is not None else '-'}"
                                       .ljust(20) for k in ("type", "response", "grievance")))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="+", help="gold-format JSONL files")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--missed-from-gold", action="store_true",
                        help="also train on gold-evidence examples of gold events the pipeline missed")
    parser.add_argument("--label-support", type=int, default=None, help="per-label thresholds from N events")
    parser.add_argument("--config", help="pipeline configuration (TOML) to extract events with")
    parser.add_argument("--json", help="also write the figures here")
    args = parser.parse_args(argv)

    from protest_tracker.pipeline.evaluate import evaluate
    from protest_tracker.pipeline.learn.field_examples import (
        examples_from_pipeline,
        rule_field_pipeline,
    )
    from protest_tracker.pipeline.learn.field_stage import LearnedFields
    from protest_tracker.pipeline.learn.fields import TrainOptions, train_field_model
    from protest_tracker.pipeline.learn.train import folds_of
    from protest_tracker.pipeline.runner import article_from_record

    start = time.perf_counter()
    records = _records(args.gold)
    pipeline = rule_field_pipeline(args.config)
    articles = [pipeline.run(article_from_record(r)) for r in records]
    fold = folds_of(len(records), k=args.folds, seed=args.seed)
    options = TrainOptions() if args.label_support is None else TrainOptions(label_support=args.label_support)
    rules, learned, cuts = [], [], []
    for part in range(args.folds):
        train = [r for r, f in zip(records, fold, strict=True) if f != part]
        examples = examples_from_pipeline(train, missed_from_gold=args.missed_from_gold, pipeline=pipeline)
        model = train_field_model(examples, seed=args.seed, options=options)
        cuts.append(model.thresholds)
        stage = LearnedFields(model=model)
        for record, article, f in zip(records, articles, fold, strict=True):
            if f != part:
                continue
            events = [] if article.dropped else list(article.events)
            rules.append((record, [e.to_exchange() for e in events]))
            out = stage(article).events if events else ()
            learned.append((record, [e.to_exchange() for e in out]))
    figures = {}
    for subset in ["all", *sorted({r["_file"] for r in records})]:
        keep = [subset in ("all", r["_file"]) for r, _ in rules]
        chosen = {name: [p for p, k in zip(pairs, keep, strict=True) if k]
                  for name, pairs in (("rules", rules), ("learned", learned))}
        figures[subset] = {name: _figures(pairs, evaluate) for name, pairs in chosen.items()}
        _print(f"{subset} files", figures[subset]["rules"], figures[subset]["learned"])
    for k, c in enumerate(cuts):
        print(f"fold {k + 1} thresholds: {json.dumps(c, sort_keys=True)}")
    print(f"{time.perf_counter() - start:.0f}s")
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=1, sort_keys=True), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
