"""Gradient-boosted trees stored as plain JSON (no pickle) and evaluated with numpy.

Training uses scikit-learn's ``GradientBoostingClassifier`` (binary, deterministic with a
fixed ``random_state`` and no subsampling); :func:`trees_to_json` keeps only what
prediction needs — per tree the split feature, threshold, children and leaf values —
so loading an artefact runs no code from it and needs no scikit-learn.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

_DIGITS = 6


def _round(values: Any) -> list[float]:
    return [float(f"{float(x):.{_DIGITS}g}") for x in values]


def trees_to_json(model: Any, *, features: Sequence[str]) -> dict[str, Any]:
    """The fitted binary ``GradientBoostingClassifier`` as a JSON-ready dict."""
    init = model.init_
    prior = float(np.log(init.class_prior_[1] / init.class_prior_[0])) if hasattr(init, "class_prior_") else 0.0
    trees = []
    for estimator in model.estimators_[:, 0]:
        t = estimator.tree_
        trees.append({
            "feature": [int(x) for x in t.feature],
            "threshold": _round(t.threshold),
            "left": [int(x) for x in t.children_left],
            "right": [int(x) for x in t.children_right],
            "value": _round(t.value[:, 0, 0]),
        })
    return {"kind": "gradient_boosted_trees", "features": list(features), "prior": float(f"{prior:.{_DIGITS}g}"),
            "learning_rate": float(model.learning_rate), "trees": trees}


class TreeModel:
    """A loaded tree ensemble: ``predict_proba(rows)`` gives P(positive) per row.

    The trees are packed into ``(trees, nodes)`` arrays and walked level by level for every row
    and every tree at once (a handful of numpy operations per level, whatever the tree count).
    """

    def __init__(self, data: Mapping[str, Any]) -> None:
        if data.get("kind") != "gradient_boosted_trees":
            raise ValueError("not a gradient_boosted_trees artefact")
        self.features = tuple(data["features"])
        self.prior = float(data["prior"])
        self.learning_rate = float(data["learning_rate"])
        trees = data["trees"]
        width = max((len(t["left"]) for t in trees), default=1)
        shape = (len(trees), width)
        self._feature = np.zeros(shape, dtype=np.int64)
        self._threshold = np.zeros(shape)
        self._left = np.full(shape, -1, dtype=np.int64)
        self._right = np.full(shape, -1, dtype=np.int64)
        self._value = np.zeros(shape)
        for k, t in enumerate(trees):
            n = len(t["left"])
            self._feature[k, :n] = np.maximum(np.asarray(t["feature"], dtype=np.int64), 0)
            self._threshold[k, :n] = t["threshold"]
            self._left[k, :n] = t["left"]
            self._right[k, :n] = t["right"]
            self._value[k, :n] = t["value"]
        self._depth = _depth(self._left, self._right)

    def decision(self, rows: Sequence[Sequence[float]]) -> np.ndarray:
        x = np.asarray(rows, dtype=np.float64).reshape(-1, len(self.features))
        n_trees = self._feature.shape[0]
        tree = np.arange(n_trees)[None, :]
        node = np.zeros((len(x), n_trees), dtype=np.int64)
        sample = np.arange(len(x))[:, None]
        for _ in range(self._depth):
            left = self._left[tree, node]
            inner = left >= 0
            go_left = x[sample, self._feature[tree, node]] <= self._threshold[tree, node]
            node = np.where(inner, np.where(go_left, left, self._right[tree, node]), node)
        return self.prior + self.learning_rate * self._value[tree, node].sum(axis=1)

    def predict_proba(self, rows: Sequence[Sequence[float]]) -> np.ndarray:
        return 1.0 / (1.0 + np.exp(-self.decision(rows)))


def _depth(left: np.ndarray, right: np.ndarray) -> int:
    """The largest number of splits from a root to a leaf over all trees."""
    depth = 0
    frontier = [(k, 0) for k in range(left.shape[0])]
    while frontier:
        frontier = [(k, child) for k, node in frontier if left[k, node] >= 0
                    for child in (left[k, node], right[k, node])]
        depth += bool(frontier)
    return depth


def fit_trees(rows: Sequence[Sequence[float]] | np.ndarray, labels: Sequence[int] | np.ndarray, *,
              features: Sequence[str], seed: int = 0, n_estimators: int = 200, max_depth: int = 2,
              learning_rate: float = 0.08) -> dict[str, Any]:
    """Fit a deterministic boosted-tree classifier and return its JSON form."""
    from sklearn.ensemble import GradientBoostingClassifier

    model = GradientBoostingClassifier(n_estimators=n_estimators, max_depth=max_depth,
                                       learning_rate=learning_rate, subsample=1.0, random_state=seed,
                                       min_samples_leaf=15)
    model.fit(np.asarray(rows, dtype=np.float64), np.asarray(labels, dtype=np.int64))
    return trees_to_json(model, features=features)
