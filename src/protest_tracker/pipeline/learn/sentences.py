"""A sentence model: does this protest sentence report a protest event of the article's own news?

The same kind of model, over the title and lead of the whole article (:func:`document_text`),
is the document model: does the article report any protest event at all? Bans, trials,
anniversaries and explainers tell themselves apart in their titles and first lines.

Hashed character 3–5-grams of the normalised sentence (the stateless numpy hashing of
:mod:`.text_features`: no vocabulary is stored and inference needs neither scikit-learn nor
scipy) feed a logistic regression. The artefact keeps only the weights that matter, as JSON:
``{"bias": b, "weights": {"<bucket>": w}}``. Its score is a feature of every candidate the
sentence supports; what the words say (a court ruling, an anniversary, a queue, a rally
abroad) is learnt from the gold data in every language, not listed by hand.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from protest_tracker.pipeline.learn.text_features import HashSpec, hashed_counts

SPEC = HashSpec(bits=18, ngrams=(3, 4, 5))
SALT = 11
_PRUNE = 1e-3
#: characters of the article body the document model reads after the title
LEAD_CHARS = 1200


def document_text(title: str | None, text: str) -> str:
    """What the document model reads: the title, then the lead of the body."""
    return f"{title or ''}\n{text[:LEAD_CHARS]}"


def features(texts: Sequence[str]) -> Any:
    """The sparse (CSR) feature matrix of ``texts``, for training."""
    from scipy.sparse import csr_matrix

    rows = [hashed_counts(t, spec=SPEC, salt=SALT) for t in texts]
    indptr = np.cumsum([0] + [len(i) for i, _ in rows])
    indices = np.concatenate([i for i, _ in rows]) if rows else np.zeros(0, dtype=np.int64)
    values = np.concatenate([v for _, v in rows]) if rows else np.zeros(0)
    return csr_matrix((values, indices, indptr), shape=(len(texts), SPEC.size))


class SentenceModel:
    """Loaded weights: ``score(texts)`` is P(reports an event) per text."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        if data.get("kind") != "hashed_logistic" or int(data.get("bits", -1)) != SPEC.bits:
            raise ValueError("not a hashed_logistic artefact of this feature space")
        self.bias = float(data["bias"])
        self.weights = np.zeros(SPEC.size)
        for key, value in data["weights"].items():
            self.weights[int(key)] = float(value)

    def score(self, texts: Sequence[str]) -> np.ndarray:
        out = np.empty(len(texts))
        for n, text in enumerate(texts):
            indices, values = hashed_counts(text, spec=SPEC, salt=SALT)
            out[n] = float(np.dot(values, self.weights[indices])) + self.bias
        return 1.0 / (1.0 + np.exp(-out))


def fit_sentences(texts: Sequence[str], labels: Sequence[int], *, c: float = 4.0) -> dict[str, Any]:
    """Fit the sentence model (deterministic: liblinear, fixed order) and return its JSON form."""
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=c, solver="liblinear", class_weight="balanced", max_iter=2000)
    model.fit(features(texts), np.asarray(labels, dtype=np.int64))
    coef = model.coef_[0]
    keep = np.flatnonzero(np.abs(coef) >= _PRUNE)
    weights = {str(int(i)): float(f"{coef[i]:.4g}") for i in keep}
    return {"kind": "hashed_logistic", "bits": SPEC.bits, "ngrams": list(SPEC.ngrams), "salt": SALT,
            "bias": float(f"{model.intercept_[0]:.6g}"), "weights": weights}
