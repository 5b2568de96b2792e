"""A sentence model: does this protest sentence report a protest event of the article's own news?

Hashed character and word n-grams (scikit-learn's stateless ``HashingVectorizer``, so no
vocabulary is stored) feed a logistic regression. The artefact keeps only the weights
that matter, as JSON: ``{"bias": b, "weights": {"<feature index>": w}}``. Its score is a
feature of every candidate the sentence supports; what the words say (a court ruling, an
anniversary, a queue, a rally abroad) is learnt from the gold data in every language,
not listed by hand.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

N_FEATURES = 2 ** 18
_PRUNE = 1e-3


def _vectorizers() -> tuple[Any, Any]:
    from sklearn.feature_extraction.text import HashingVectorizer

    chars = HashingVectorizer(analyzer="char_wb", ngram_range=(3, 5), n_features=N_FEATURES,
                              alternate_sign=False, norm="l2", lowercase=True)
    words = HashingVectorizer(analyzer="word", ngram_range=(1, 2), n_features=N_FEATURES,
                              alternate_sign=False, norm="l2", lowercase=True, token_pattern=r"(?u)\b\w+\b")
    return chars, words


def features(texts: Sequence[str]) -> Any:
    """The sparse feature matrix of ``texts`` (char 3–5-grams and word 1–2-grams, hashed)."""
    from scipy.sparse import hstack

    chars, words = _vectorizers()
    return hstack([chars.transform(texts), words.transform(texts)]).tocsr()


class SentenceModel:
    """Loaded weights: ``score(texts)`` is P(reports an event) per text."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        if data.get("kind") != "hashed_logistic":
            raise ValueError("not a hashed_logistic artefact")
        self.bias = float(data["bias"])
        self.weights = np.zeros(2 * N_FEATURES)
        for key, value in data["weights"].items():
            self.weights[int(key)] = float(value)

    def score(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros(0)
        z = features(texts) @ self.weights + self.bias
        return 1.0 / (1.0 + np.exp(-np.asarray(z).ravel()))


def fit_sentences(texts: Sequence[str], labels: Sequence[int], *, c: float = 4.0) -> dict[str, Any]:
    """Fit the sentence model (deterministic: liblinear, fixed order) and return its JSON form."""
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=c, solver="liblinear", class_weight="balanced", max_iter=2000)
    model.fit(features(texts), np.asarray(labels, dtype=np.int64))
    coef = model.coef_[0]
    keep = np.flatnonzero(np.abs(coef) >= _PRUNE)
    weights = {str(int(i)): float(f"{coef[i]:.4g}") for i in keep}
    return {"kind": "hashed_logistic", "n_features": N_FEATURES, "bias": float(f"{model.intercept_[0]:.6g}"),
            "weights": weights}
