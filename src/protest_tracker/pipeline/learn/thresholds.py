"""The assembler's three decision thresholds, chosen on out-of-fold tree scores.

:func:`tune_thresholds` scores every cell of a grid (event threshold × document threshold ×
rule-candidate threshold) by the sum of lenient event F1 and document F1 — a gate that drops
whole articles must pay for the real reports it loses — and takes the cell at the centre of the
best **plateau**: the cell whose neighbourhood (one step each way on every axis, itself included,
cut at the grid's edges) has the best mean objective. :func:`plateau` is that choice alone.

Why a plateau and not the best cell: over ~380 articles the objective surface is ragged, and its
single best cell moved from an event threshold of 0.4 to 0.8 between the folds of one
cross-validation, or when one training article changed. The centre of a good neighbourhood is
what the next set of articles is likely to share (docs/evaluation.md, "Thresholds on a plateau").
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from typing import Any

from protest_tracker.pipeline.evaluate import evaluate
from protest_tracker.pipeline.learn.assembler import Prepared, select
from protest_tracker.pipeline.learn.candidates import Candidate

#: the event threshold: a candidate's tree score needed to keep it
THRESHOLDS = (0.4, 0.5, 0.6, 0.7, 0.8)
#: the document threshold: the best candidate's score needed to report any event in an article.
#: One value, not tuned: tuned per fold over 0.1–0.4 it was 0.1 in 22 of 30 folds (seeds 0–5) and in
#: the shipped model, and the folds that chose more lost reports for nothing (docs/evaluation.md,
#: "A fixed document threshold")
DOC_THRESHOLDS = (0.1,)
#: the score a rule-made candidate needs when no learned candidate is kept
RULE_THRESHOLDS = (0.0, 0.05, 0.1, 0.2, 0.3)
GRID = (THRESHOLDS, DOC_THRESHOLDS, RULE_THRESHOLDS)

Cell = tuple[int, ...]


def plateau(objective: Mapping[Cell, float]) -> Cell:
    """The cell (a tuple of grid indices) whose neighbourhood has the best mean objective.

    Ties go to the better cell itself, then to the lower indices (lower thresholds: an axis that
    changes nothing, as the rule threshold often does, stays at its first value)."""
    if not objective:
        raise ValueError("plateau() needs at least one scored cell")

    def neighbourhood(cell: Cell) -> list[float]:
        around = itertools.product(*((i - 1, i, i + 1) for i in cell))
        return [objective[n] for n in around if n in objective]

    def key(cell: Cell) -> tuple[float, float, tuple[int, ...]]:
        values = neighbourhood(cell)
        return round(sum(values) / len(values), 9), objective[cell], tuple(-i for i in cell)

    return max(objective, key=key)


def kept_at(prep: Prepared | None, probs: Sequence[float], *, threshold: float, doc_threshold: float,
            rule_threshold: float) -> list[Candidate]:
    """The candidates one article keeps from their scores at the given thresholds."""
    if prep is None or not prep.candidates or len(probs) != len(prep.candidates):
        return []  # no out-of-fold scores (its fold's training part had one class only: a small corpus)
    kept = select(prep.candidates, probs, threshold=threshold, doc_threshold=doc_threshold,
                  rule_threshold=rule_threshold)
    return [c for c, _ in kept]


def tune_thresholds(records: Sequence[Mapping[str, Any]], preps: Sequence[Prepared | None],
                    probs: Mapping[int, Sequence[float]], items: Sequence[int], *,
                    grid: Sequence[Sequence[float]] = GRID) -> tuple[float, float, float]:
    """The (event, document, rule) thresholds at the centre of the best plateau of ``grid``
    (see the module docstring), from the out-of-fold ``probs`` of the articles in ``items``."""
    objective: dict[Cell, float] = {}
    for cell in itertools.product(*(range(len(axis)) for axis in grid)):
        threshold, doc_threshold, rule_threshold = (axis[i] for axis, i in zip(grid, cell, strict=True))
        report = evaluate((records[i], [c.as_prediction() for c in kept_at(
            preps[i], probs.get(i, []), threshold=threshold, doc_threshold=doc_threshold,
            rule_threshold=rule_threshold)]) for i in items).overall.report()
        objective[cell] = report["event_lenient"]["f1"] + report["document"]["f1"]
    best = plateau(objective)
    event, document, rule = (axis[i] for axis, i in zip(grid, best, strict=True))
    return event, document, rule
