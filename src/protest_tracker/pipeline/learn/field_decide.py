"""The decision of the learned field stage: the rules' vote and the model's probability per label.

:func:`choose` keeps a label the cue rules gave unless the model's probability falls below a
``drop`` threshold and adds a label they did not give when its probability reaches ``add``.
:func:`tune_cuts` picks both per field (and per label, for labels with enough support) on inner
out-of-fold predictions; its grid starts at "the rules unchanged" (``drop`` 0, ``add`` above 1),
so on a tie the rules' labels stand and the model only moves away from them where that scored
better. ``set_counts`` and ``f1`` count as the scorer does (``none_reported`` ignored).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any


def set_counts(gold: Iterable[str], predicted: Iterable[str]) -> tuple[int, int, int]:
    """``(tp, fp, fn)`` of two label sets (``none_reported`` ignored, as the scorer does)."""
    g, p = set(gold) - {"none_reported"}, set(predicted) - {"none_reported"}
    return len(g & p), len(p - g), len(g - p)


def f1(tp: int, fp: int, fn: int) -> float:
    return round(2 * tp / (2 * tp + fp + fn), 3) if tp else 0.0


def choose(probs: Mapping[str, float], rule: Sequence[str], *, cut: Any,
           at_least_one: bool = False) -> tuple[str, ...]:
    """The labels chosen from the rules' vote and the model's probabilities, most likely first: a
    rule label stays unless its probability is below ``cut(label, True)`` (kept when the model has
    no head for it), another label is added when it reaches ``cut(label, False)``; with
    ``at_least_one`` an empty choice becomes the most likely label."""
    ruled = set(rule) - {"none_reported"}
    chosen = {label for label in ruled if label not in probs}
    chosen |= {label for label, p in probs.items() if p >= cut(label, label in ruled)}
    if at_least_one and not chosen and probs:
        chosen = {max(probs, key=lambda label: (probs[label], label))}
    return tuple(sorted(chosen, key=lambda label: (-probs.get(label, 1.0), label)))


DROPS = (0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5)
ADDS = (1.01, 0.9, 0.85, 0.8, 0.75, 0.7, 0.65, 0.6, 0.55, 0.5, 0.45, 0.4, 0.35, 0.3)
#: One inner out-of-fold event of a field: gold labels, rule labels, the model's probabilities.
Collected = tuple[set[str], tuple[str, ...], dict[str, float]]


def _score(rows: Sequence[Collected], cuts: Mapping[str, float], *, field_name: str, at_least_one: bool) -> float:
    def cut(label: str, ruled: bool) -> float:
        kind = "drop" if ruled else "add"
        return cuts.get(f"{field_name}:{label}:{kind}", cuts[f"{field_name}_{kind}"])

    tp = fp = fn = 0
    for gold, rule, probs in rows:
        a, b, c = set_counts(gold, choose(probs, rule, cut=cut, at_least_one=at_least_one))
        tp, fp, fn = tp + a, fp + b, fn + c
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def tune_cuts(rows: Sequence[Collected], *, field_name: str, label_support: int) -> dict[str, float]:
    """The ``drop``/``add`` thresholds of one field that score best on inner out-of-fold rows
    (ties keep the rules: the grid starts at "keep every rule label, add none"); then, for each
    label with at least ``label_support`` gold occurrences, its own pair when that scores better.
    Grievances also choose whether an event always gets at least one."""
    best: dict[str, float] = {}
    best_score = -1.0
    for least in ((0.0, 1.0) if field_name == "grievance" else (0.0,)):
        for drop in DROPS:
            for add in ADDS:
                cuts = {f"{field_name}_drop": drop, f"{field_name}_add": add}
                score = _score(rows, cuts, field_name=field_name, at_least_one=bool(least))
                if score > best_score + 1e-9:
                    best, best_score = {**cuts, f"{field_name}_at_least_one": least}, score
    least = bool(best.pop(f"{field_name}_at_least_one"))
    support: dict[str, int] = {}
    for gold, _, _ in rows:
        for label in gold:
            support[label] = support.get(label, 0) + 1
    for label in sorted(k for k, n in support.items() if label_support and n >= label_support):
        base = best_score
        for drop in DROPS:
            for add in ADDS:
                cuts = {**best, f"{field_name}:{label}:drop": drop, f"{field_name}:{label}:add": add}
                score = _score(rows, cuts, field_name=field_name, at_least_one=least)
                if score > best_score + 1e-9:
                    best, best_score = cuts, score
        if best_score <= base + 1e-9:
            best = {k: v for k, v in best.items() if not k.startswith(f"{field_name}:{label}:")}
    if field_name == "grievance":
        best["grievance_at_least_one"] = float(least)
    return best
