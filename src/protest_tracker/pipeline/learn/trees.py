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
    """A loaded tree ensemble: ``predict_proba(rows)`` gives P(positive) per row."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        if data.get("kind") != "gradient_boosted_trees":
            raise ValueError("not a gradient_boosted_trees artefact")
        self.features = tuple(data["features"])
        self.prior = float(data["prior"])
        self.learning_rate = float(data["learning_rate"])
        self._trees = [tuple(np.asarray(t[k], dtype=dtype) for k, dtype in (
            ("feature", np.int64), ("threshold", np.float64), ("left", np.int64), ("right", np.int64),
            ("value", np.float64))) for t in data["trees"]]

    def decision(self, rows: Sequence[Sequence[float]]) -> np.ndarray:
        x = np.asarray(rows, dtype=np.float64).reshape(-1, len(self.features))
        total = np.full(len(x), self.prior)
        index = np.arange(len(x))
        for feature, threshold, left, right, value in self._trees:
            node = np.zeros(len(x), dtype=np.int64)
            while True:
                inner = left[node] >= 0
                if not inner.any():
                    break
                go_left = x[index, np.maximum(feature[node], 0)] <= threshold[node]
                node = np.where(inner, np.where(go_left, left[node], right[node]), node)
            total += self.learning_rate * value[node]
        return total

    def predict_proba(self, rows: Sequence[Sequence[float]]) -> np.ndarray:
        return 1.0 / (1.0 + np.exp(-self.decision(rows)))


def fit_trees(rows: Sequence[Sequence[float]], labels: Sequence[int], *, features: Sequence[str],  # noqa: E501
              seed: int = 0, n_estimators: int = 150, max_depth: int = 3,
              learning_rate: float = 0.08) -> dict[str, Any]:
    """Fit a deterministic boosted-tree classifier and return its JSON form."""
    from sklearn.ensemble import GradientBoostingClassifier

    model = GradientBoostingClassifier(n_estimators=n_estimators, max_depth=max_depth,
                                       learning_rate=learning_rate, subsample=1.0, random_state=seed,
                                       min_samples_leaf=5)
    model.fit(np.asarray(rows, dtype=np.float64), np.asarray(labels, dtype=np.int64))
    return trees_to_json(model, features=features)
