"""``protest-tracker extract`` and ``protest-tracker eval``: the pipeline without a database.

``extract`` streams an exchange-format JSONL file through the pipeline (one
article in memory at a time) and writes one output line per input line; a line
that is not a JSON object (or too deeply nested to parse) still gets an output
line (no events, ``dropped: malformed_record``, with its file, line and reason),
and an article a stage crashes on comes out dropped as ``stage_error``, so
nothing is lost. The output is written to a temporary file beside it and renamed
at the end: a crash never leaves a truncated output. ``eval`` runs the extractor
over a gold file and prints the scores per language and the errors worth reading.
Both go through :func:`protest_tracker.pipeline.runner.process_articles`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from protest_tracker.cli.context import console, err_console
from protest_tracker.pipeline.config import default_pipeline
from protest_tracker.pipeline.evaluate import evaluate, worst_errors
from protest_tracker.pipeline.framework import Pipeline
from protest_tracker.pipeline.runner import (
    InputError,
    article_from_record,
    articles_from_lines,
    atomic_output,
    output_record,
    process_articles,
    read_jsonl,
)

__all__ = ["InputError", "register", "run_eval", "run_extract"]


def _stage_table(pipeline: Pipeline) -> Table:
    table = Table(title=f"pipeline {pipeline.version_id}", show_lines=False)
    for column in ("stage", "in", "out", "dropped (reason)", "notes"):
        table.add_column(column, overflow="fold")
    for row in pipeline.summary():
        dropped = ", ".join(f"{k} {v}" for k, v in sorted(row["dropped"].items())) or "-"
        notes = ", ".join(f"{k} {v}" for k, v in sorted(row["notes"].items())) or "-"
        table.add_row(row["stage"], str(row["in"]), str(row["out"]), dropped, notes)
    return table


def run_extract(*, input_path: Path, output_path: Path, config: Path | None = None,
                show_progress: bool = True) -> dict[str, int]:
    """Stream ``input_path`` through the pipeline into ``output_path``; returns simple totals."""
    pipeline = default_pipeline(config_path=config)
    try:  # before the output is opened: a missing input must not leave an output behind
        size = input_path.stat().st_size
    except OSError as exc:
        raise InputError(f"cannot read {input_path}: {exc.strerror or exc}") from None
    totals = {"articles": 0, "with_events": 0, "events": 0, "malformed": 0, "stage_errors": 0}
    progress = Progress(TextColumn("extracting"), BarColumn(), TextColumn("{task.completed:.0f}/{task.total:.0f} bytes"),
                        TimeElapsedColumn(), console=err_console, disable=not show_progress, transient=True)
    with progress, atomic_output(output_path) as out:
        task = progress.add_task("extract", total=size)
        lines = read_jsonl(input_path, on_bytes=lambda n: progress.advance(task, n))
        for article in process_articles(articles_from_lines(lines), pipeline=pipeline):
            out.write(json.dumps(output_record(article, pipeline_version=pipeline.version_id),
                                 ensure_ascii=False) + "\n")
            totals["articles"] += 1
            totals["malformed"] += article.dropped == "malformed_record"
            totals["stage_errors"] += article.dropped == "stage_error"
            totals["events"] += len(article.events)
            totals["with_events"] += bool(article.events)
    err_console.print(_stage_table(pipeline))
    return totals


def _score_line(name: str, report: dict[str, Any]) -> list[str]:
    def f1(part: dict[str, Any]) -> str:
        return f"{part['f1']:.3f}"

    fields = report["matched_fields"]
    return [name, str(report["articles"]), f1(report["document"]), f1(report["event_lenient"]),
            f1(report["event_strict"]), str(fields["event_type_accuracy"]), f"{fields['state_response']['f1']:.3f}",
            f"{fields['grievance_categories']['f1']:.3f}", str(fields["size_accuracy"])]


def run_eval(*, gold_path: Path, config: Path | None = None, predictions: Path | None = None,
             show_errors: int = 30, as_json: bool = False) -> dict[str, Any]:
    """Extract the gold file's articles, score them, print the report; returns it as a dict."""
    pipeline = default_pipeline(config_path=config)
    gold_records = []
    for line in read_jsonl(gold_path):
        if line.record is None:
            raise InputError(f"{gold_path}: line {line.line}: {line.error}")
        if "id" not in line.record:
            raise InputError(f"{gold_path}: line {line.line} has no id")
        gold_records.append(line.record)
    articles = process_articles((article_from_record(r) for r in gold_records), pipeline=pipeline)
    lines = [output_record(a, pipeline_version=pipeline.version_id) for a in articles]
    if predictions:
        with atomic_output(predictions) as out:
            out.writelines(json.dumps(line, ensure_ascii=False) + "\n" for line in lines)
    pairs = [(record, line["events"]) for record, line in zip(gold_records, lines, strict=True)]
    report = evaluate(pairs)
    result = report.as_dict()
    if as_json:
        console.print_json(json.dumps(result))
        return result
    table = Table(title=f"{gold_path.name} — pipeline {pipeline.version_id}")
    for column in ("lang", "articles", "doc F1", "event F1", "strict F1", "type acc",
                   "response F1", "grievance F1", "size acc"):
        table.add_column(column)
    for language, score in sorted(report.by_language.items()):
        table.add_row(*_score_line(language, score.report()))
    table.add_row(*_score_line("all", report.overall.report()), style="bold")
    console.print(table)
    if show_errors:
        console.print(f"[bold]errors worth looking at[/bold] (first {show_errors} of {len(report.errors)})")
        for error in worst_errors(report.errors, limit=show_errors):
            console.print(f"  {error.kind:15s} {error.article_id} [{error.language}] {error.detail}", markup=False)
    return result


def register(app: typer.Typer) -> None:
    """Add ``extract`` and ``eval`` to ``app``."""

    @app.command("extract")
    def extract_command(
        input: Annotated[Path, typer.Option("--input", "-i", help="Articles, one JSON object per line.")],
        output: Annotated[Path, typer.Option("--output", "-o", help="Where to write one events line per article.")],
        config: Annotated[Path | None, typer.Option("--config", help="Pipeline configuration (TOML).")] = None,
        quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    ) -> None:
        """Extract protest events from articles (no database). Streams; prints per-stage counts."""
        totals = run_extract(input_path=input, output_path=output, config=config, show_progress=not quiet)
        err_console.print(f"{totals['articles']} articles, {totals['with_events']} with events, "
                          f"{totals['events']} events, {totals['malformed']} malformed lines, "
                          f"{totals['stage_errors']} stage errors → {output}")

    @app.command("eval")
    def eval_command(
        gold: Annotated[list[Path], typer.Argument(help="Gold file(s): articles with a 'gold' list of events.")],
        config: Annotated[Path | None, typer.Option("--config", help="Pipeline configuration (TOML).")] = None,
        predictions: Annotated[Path | None, typer.Option("--predictions", help="Also write predictions here "
                                                                    "(with --cv: the out-of-fold ones).")] = None,
        errors: Annotated[int, typer.Option("--errors", help="How many errors to list (0: none).")] = 30,
        as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
        cv: Annotated[int, typer.Option("--cv", help="Grouped K-fold cross-validation of the learned "
                                        "stages (trained per fold) beside the rule pipeline.")] = 0,
        seed: Annotated[int, typer.Option("--seed", help="Fold assignment seed (with --cv).")] = 0,
    ) -> None:
        """Run the extractor over gold file(s) and print the scores per language and the errors;
        with --cv K, cross-validate the learned stages on them instead."""
        if cv:
            from protest_tracker.cli.train import run_cv

            run_cv(gold=gold, folds=cv, seed=seed, config=config, as_json=as_json, predictions=predictions)
            return
        for path in gold:
            run_eval(gold_path=path, config=config, predictions=predictions, show_errors=errors,
                     as_json=as_json)
