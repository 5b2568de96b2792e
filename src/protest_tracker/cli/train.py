"""``protest-tracker train`` and ``protest-tracker eval --cv``: learn from gold-format files.

``train`` reads every given gold file (folders: every ``*.jsonl`` inside), checks every
record first (one clear error naming file, line and field; nothing written), trains the
learned components and writes them with a model card to ``--output``. With ``--cv K`` the
card carries a grouped K-fold cross-validation table beside the rule pipeline's scores.
Point the pipeline at the new artefacts with a configuration whose ``events.assemble``
and ``events.classify`` stages set ``model_path``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from protest_tracker.cli.context import console, err_console
from protest_tracker.pipeline.learn.corpus import read_corpus


def corpus_files(paths: Sequence[Path]) -> list[Path]:
    """The files behind ``paths`` (a folder stands for its ``*.jsonl`` files, sorted)."""
    files: list[Path] = []
    for path in paths:
        files += sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
    return files


def _progress(message: str) -> None:
    err_console.print(f"[dim]… {message}[/dim]")


def run_cv(*, gold: Sequence[Path], folds: int = 5, seed: int = 0, config: Path | None = None,
           as_json: bool = False, predictions: Path | None = None) -> dict[str, Any]:
    """Grouped cross-validation of the learned pipeline beside the rule pipeline; prints a table.
    ``predictions``: also write the out-of-fold events, one ``{"id", "events"}`` line per article
    (the evaluation kit's format: score any one gold file against it)."""
    from protest_tracker.pipeline.learn.crossval import Workbench, cross_validate, fold_field_stages

    records = read_corpus(corpus_files(gold))
    bench = Workbench.load(config_path=str(config) if config else None)
    with console.status("cross-validating…"):
        result = cross_validate(records, bench=bench, folds=folds, seed=seed, progress=_progress,
                                field_stages=fold_field_stages(seed=seed))
    if predictions:
        from protest_tracker.pipeline.runner import atomic_output

        with atomic_output(predictions) as stream:
            stream.writelines(json.dumps({"id": record.get("id"), "events": events}, ensure_ascii=False) + "\n"
                              for record, events in result.predictions)
    out: dict[str, Any] = {"folds": folds, "learned": result.learned.as_dict(), "rules": result.rules.as_dict(),
           "thresholds": result.thresholds, "anatomy": result.anatomy,
           "reliability": result.reliability, "headroom": result.headroom}
    out["learned"].pop("errors"), out["rules"].pop("errors")
    if as_json:
        console.print_json(json.dumps(out))
        return out
    from protest_tracker.pipeline.learn.artefacts import fmt
    from protest_tracker.pipeline.learn.crossval import MEASURES, comparison

    table = Table(title=f"grouped {folds}-fold cross-validation (out-of-fold) — rules → learned")
    for column in ("lang", "articles", *MEASURES):
        table.add_column(column)
    for lang, articles, pairs in comparison(result, list(MEASURES)):
        table.add_row(lang, str(articles), *(f"{fmt(r)} → {fmt(m)}" for r, m in pairs),
                      style="bold" if lang == "all" else None)
    console.print(table)
    console.print(_anatomy_table(result.anatomy))
    console.print(_reliability_table(result.reliability))
    console.print(_reliability_by_language(result.reliability))
    console.print(_headroom_table(result.headroom))
    return out


def _anatomy_table(anatomy: dict[str, dict[str, int]]) -> Table:
    """Missed and spurious events of the learned pipeline by cause (rows) and language (columns)."""
    from protest_tracker.pipeline.learn.anatomy import CAUSES

    table = Table(title="where events are lost (out-of-fold, learned pipeline)")
    table.add_column("cause")
    for lang in anatomy:
        table.add_column(lang, justify="right", style="bold" if lang == "all" else None)
    for cause in CAUSES:
        table.add_row(cause.replace("_", " "), *(str(counts[cause]) for counts in anatomy.values()))
    return table


def _reliability_table(found: dict[str, Any]) -> Table:
    """Out-of-fold precision of the learned pipeline's events at each confidence threshold."""
    from protest_tracker.pipeline.learn.artefacts import fmt

    table = Table(title="what confidence is worth (out-of-fold; the auto-publish threshold is min_confidence)",
                  caption=f"ranking AUC of confidence: {fmt(found['ranking_auc'])}")
    for column in ("min_confidence", "events", "matched", "precision", "in no-event articles"):
        table.add_column(column, justify="right")
    for row in found["rows"]:
        table.add_row(f"{row['min_confidence']:.2f}", str(row["events"]), str(row["matched"]), fmt(row["precision"]),
                      f"{row['in_articles_without_events']} ({fmt(row['non_event_share'])})")
    return table


def _reliability_by_language(found: dict[str, Any]) -> Table:
    """Precision (events) at each confidence threshold, per language."""
    from protest_tracker.pipeline.learn.artefacts import fmt

    languages = found["by_language"]
    table = Table(title="precision (events) at each confidence threshold, per language (out-of-fold)")
    for column in ("at least", *languages):
        table.add_column(column, justify="right")
    for n, row in enumerate(found["rows"]):
        cells = [languages[lang]["rows"][n] for lang in languages]
        table.add_row(f"{row['min_confidence']:.2f}", *(f"{fmt(c['precision'])} ({c['events']})" for c in cells))
    return table


def _headroom_table(found: dict[str, dict[str, Any]]) -> Table:
    """The same out-of-fold scores with one of the assembler's decisions made perfectly."""
    from protest_tracker.pipeline.learn.artefacts import fmt

    labels = {"as_run": "as run", "perfect_document": "perfect document decision",
              "perfect_count": "perfect event count (and document)", "candidate_ceiling": "every matching candidate"}
    table = Table(title="headroom: the assembler's candidate scores with one decision taken from the gold (out-of-fold)")
    for column in ("decisions", "doc F1", "event F1", "tp", "fp", "fn"):
        table.add_column(column, justify="right")
    for name, row in found.items():
        table.add_row(labels.get(name, name), fmt(row["document_f1"]), fmt(row["event_f1"]),
                      *(str(row[k]) for k in ("tp", "fp", "fn")))
    return table


def register(app: typer.Typer) -> None:
    """Add ``train`` to ``app``."""

    @app.command("train")
    def train_command(
        corpus: Annotated[list[Path], typer.Option("--corpus", help="Gold-format JSONL file or folder (repeatable).")],
        output: Annotated[Path, typer.Option("--output", "-o", help="Folder for the artefacts and model card.")],
        cv: Annotated[int, typer.Option("--cv", help="Also cross-validate with K folds (0: skip).")] = 0,
        seed: Annotated[int, typer.Option("--seed", help="Random seed (same data + seed → same bytes).")] = 0,
        config: Annotated[Path | None, typer.Option("--config", help="Pipeline configuration (TOML).")] = None,
    ) -> None:
        """Train the learned extraction components from gold-format files (dev set, corpus,
        your analysts' verified events from `export --format gold`)."""
        from protest_tracker.pipeline.learn.artefacts import train_artefacts
        from protest_tracker.pipeline.learn.crossval import (
            Workbench,
            cross_validate,
            fold_field_stages,
        )

        files = corpus_files(corpus)
        records = read_corpus(files)
        err_console.print(f"{len(records)} articles from {len(files)} file(s)")
        bench = Workbench.load(config_path=str(config) if config else None)
        result_cv = None
        if cv:
            result_cv = cross_validate(records, bench=bench, folds=cv, seed=seed, progress=_progress,
                                       field_stages=fold_field_stages(seed=seed))
        result = train_artefacts(records, bench=bench, output=output, sources=[str(f) for f in files],
                                 seed=seed, cv=result_cv, progress=_progress)
        for name, digest in sorted(result.digests.items()):
            err_console.print(f"wrote {output / name}  sha256 {digest[:16]}")
        err_console.print(f"model card: {output / 'MODEL_CARD.md'}")
