"""Train every learned component and write the artefacts plus a model card.

Artefacts are plain JSON written with sorted keys and rounded numbers, so the same
corpus and seed give byte-identical files (a test checks it). Nothing is written
until everything is trained: files go to a temporary folder beside the output and
are moved in at the end.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import tempfile
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from protest_tracker.pipeline.learn.crossval import CVResult, Workbench, comparison
from protest_tracker.pipeline.learn.train import fit_assembler

ASSEMBLER_FILE = "assembler.json"
FIELDS_FILE = "fields.json"
CARD_FILE = "MODEL_CARD.md"


def dumps(data: Any) -> bytes:
    """The canonical bytes of an artefact (sorted keys, compact, UTF-8, trailing newline)."""
    return (json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":")) + "\n").encode()


@dataclass
class TrainResult:
    output: Path
    digests: dict[str, str] = field(default_factory=dict)
    counts: dict[str, Counter] = field(default_factory=dict)


def corpus_counts(records: Sequence[Mapping[str, Any]]) -> dict[str, Counter]:
    """Articles, positive articles and events per language."""
    counts: dict[str, Counter] = {}
    for record in records:
        c = counts.setdefault(str(record.get("language") or "und"), Counter())
        gold = record.get("gold") or []
        c["articles"] += 1
        c["positive"] += bool(gold)
        c["events"] += len(gold)
    return counts


def train_fields(records: Sequence[Mapping[str, Any]], *, seed: int = 0) -> Any:
    """The learned field model trained on the events the pipeline extracts from ``records`` (up to
    ``events.fields@1``) that match a gold event: inference scopes, gold labels. Gold-evidence
    examples stand in when the pipeline matches too few events (tiny corpora)."""
    from protest_tracker.pipeline.learn.fields import (
        examples_from_gold,
        examples_from_pipeline,
        train_field_model,
    )

    examples = examples_from_pipeline(records)
    if len(examples) < 12:
        examples += [e for record in records for e in examples_from_gold(record)]
    return train_field_model(examples, seed=seed)


def train_artefacts(records: Sequence[Mapping[str, Any]], *, bench: Workbench, output: Path,
                    sources: Sequence[str], seed: int = 0, cv: CVResult | None = None,
                    trained_on: dt.date | None = None, progress: Callable[[str], None] | None = None) -> TrainResult:
    """Train the assembler and the field model on ``records``; write them and the model card."""
    say = progress or (lambda _m: None)
    say("preparing articles")
    preps = [bench.prepare(r) for r in records]
    assembler = fit_assembler(records, preps, seed=seed, progress=say)
    say("field classifiers")
    fields = train_fields(records, seed=seed).to_json()
    files = {ASSEMBLER_FILE: dumps(assembler), FIELDS_FILE: dumps(fields)}
    result = TrainResult(output=output, counts=corpus_counts(records))
    result.digests = {name: hashlib.sha256(data).hexdigest() for name, data in files.items()}
    card = model_card(result, sources=sources, seed=seed, cv=cv, assembler=assembler,
                      trained_on=trained_on or dt.date.today())
    files[CARD_FILE] = card.encode()
    output.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".train-", dir=output))
    try:
        for name, data in files.items():
            (staging / name).write_bytes(data)
        for name in files:
            os.replace(staging / name, output / name)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return result


def score_table(cv: CVResult) -> list[str]:
    """Markdown rows: per language, learned vs rules (doc F1, event F1, response F1, grievance F1)."""
    rows = ["| lang | articles | doc F1 (rules → learned) | event F1 | state-response F1 | grievance F1 | type acc |",
            "|---|---|---|---|---|---|---|"]
    measures = ("doc F1", "event F1", "response F1", "grievance F1", "type acc")
    for lang, articles, pairs in comparison(cv, measures):
        cells = " | ".join(f"{fmt(rules)} → **{fmt(learned)}**" for rules, learned in pairs)
        rows.append(f"| {lang} | {articles} | {cells} |")
    return rows


def fmt(value: float | None) -> str:
    """A score with three decimals, or a dash when there is none."""
    return "–" if value is None else f"{value:.3f}"


def model_card(result: TrainResult, *, sources: Sequence[str], seed: int, cv: CVResult | None,
               assembler: Mapping[str, Any], trained_on: dt.date) -> str:
    lines = ["# Model card: learned extraction components", "",
             f"Trained on {trained_on.isoformat()} with seed {seed} by `protest-tracker train`.", "",
             "## Components", "",
             f"- `{ASSEMBLER_FILE}` (sha256 `{result.digests[ASSEMBLER_FILE][:16]}`): the event assembler — "
             "a sentence model and a document model (title and lead; hashed n-gram logistic regressions) "
             "and boosted trees over candidate "
             f"(place × date) features; thresholds: event {assembler['threshold']}, rule candidates "
             f"{assembler['rule_threshold']}, document {assembler['doc_threshold']}.",
             f"- `{FIELDS_FILE}` (sha256 `{result.digests[FIELDS_FILE][:16]}`): event type, state responses "
             "and grievances (hashed n-gram logistic regressions with the cue rules as features).", "",
             "Both are plain JSON (weights only, no text, no pickle).", "",
             "## Data", "", "| language | articles | with events | events |", "|---|---|---|---|"]
    for lang, c in sorted(result.counts.items()):
        lines.append(f"| {lang} | {c['articles']} | {c['positive']} | {c['events']} |")
    lines += ["", "Files: " + ", ".join(f"`{Path(s).name}`" for s in sources) + ".", ""]
    if cv is not None:
        lines += [f"## Grouped {cv.folds}-fold cross-validation (by article, out-of-fold)", "",
                  "Each fold trains every learned component on the other folds; the rule pipeline is run "
                  "on the same articles. Lenient event matching (±1 day), as the evaluation kit.", "",
                  *score_table(cv), ""]
    lines += ["## Limits", "",
              "- Candidates come from the recognisers: an event whose place or date they miss cannot be found.",
              "- Languages with few training articles (tg, tk) rely mostly on the rule features.", ""]
    return "\n".join(lines)
