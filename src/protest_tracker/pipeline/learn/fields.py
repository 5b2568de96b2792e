"""Learned field classifiers: event type, state responses and grievances of one event.

Examples (:mod:`.field_examples`) are events as ``events.fields@1`` left them: the sentences that
report them (their *scope*), the title, the article, the event count and the cue rules' labels.
The rules are both features and the vote the decision starts from.

Features (see :mod:`.text_features`): hashed character n-grams of the scope, the title and the
article head, each block in its own salted space, plus a small dense block (rule labels, language,
single/multi-event article). Heads: one binary logistic regression per label (the type is the
best-scoring of its one-vs-rest heads, the rules' type given a prior bonus). Decision per label
(:func:`choose`): a label the rules chose stays unless the model's probability is below the
field's ``drop`` threshold; a label they did not choose is added when it reaches ``add``. Both
(and, for labels with enough support, a pair of their own) are picked by grouped inner
cross-validation (:func:`tune_cuts`), the grid starting at "the rules unchanged" so the model
only moves away from the rules where that scored better out of fold.
:class:`FieldModel` keeps only the non-zero weights (the largest per head after training)
and reads and writes plain JSON; :func:`train_field_model` is deterministic (fixed folds,
liblinear with a fixed seed, weights rounded), so the same examples give a byte-identical artefact.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from protest_tracker.pipeline.learn.field_decide import Collected, choose, f1, set_counts, tune_cuts
from protest_tracker.pipeline.learn.field_examples import (
    FieldExample,
    example_for_event,
    example_for_scope,
    examples_from_gold,
    examples_from_pipeline,
    scope_indices,
)
from protest_tracker.pipeline.learn.text_features import (
    BLOCKS,
    DENSE_NAMES,
    GRIEVANCE_LABELS,
    RESPONSE_LABELS,
    TYPE_LABELS,
    HashSpec,
    featurise,
    hashed_counts,
)

__all__ = ["FieldExample", "FieldModel", "FieldPrediction", "TrainOptions", "choose", "example_for_event",
           "example_for_scope", "examples_from_gold", "examples_from_pipeline", "scope_indices",
           "f1", "set_counts", "train_field_model", "tune_cuts"]

TYPE_BONUSES = (0.0, 0.1, 0.2, 0.3, 0.5, 1.0)


FORMAT = "protest_tracker.fields/1"
HEAD_FIELDS = ("type", "response", "grievance")
_DIGITS = 4


@dataclass(frozen=True, slots=True)
class FieldPrediction:
    """What the model says for one event: probabilities per label and the labels chosen."""

    event_type: str
    type_prob: float
    responses: dict[str, float]
    grievances: dict[str, float]
    chosen_responses: tuple[str, ...]
    chosen_grievances: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Head:
    """One linear scorer: ``bias + sum(weights[k] * x[indices[k]])``."""

    field: str
    label: str
    bias: float
    indices: tuple[int, ...]
    weights: tuple[float, ...]


def pick_type(probs: Mapping[str, float], rule_type: str, *, bonus: float) -> str:
    """The most likely type, the rules' type counting ``bonus`` more (a prior learnt by inner CV)."""
    return max(probs, key=lambda label: (probs[label] + (bonus if label == rule_type else 0.0), label))


class FieldModel:
    """Linear heads over :func:`featurise` vectors, evaluated with numpy (no scikit-learn)."""

    def __init__(self, *, spec: HashSpec, heads: Sequence[Head], thresholds: Mapping[str, float],
                 max_grievances: int = 3) -> None:
        self.spec = spec
        self.heads = tuple(heads)
        self.thresholds = dict(thresholds)
        self.max_grievances = max_grievances
        rows = sorted({i for h in self.heads for i in h.indices})
        self._lookup = np.full(spec.size + len(DENSE_NAMES), -1, dtype=np.int64)
        self._lookup[np.array(rows, dtype=np.int64)] = np.arange(len(rows))
        self._matrix = np.zeros((len(rows), len(self.heads)))
        for column, head in enumerate(self.heads):
            self._matrix[self._lookup[np.array(head.indices, dtype=np.int64)], column] = head.weights
        self._bias = np.array([h.bias for h in self.heads])
        self._columns = {f: [k for k, h in enumerate(self.heads) if h.field == f] for f in HEAD_FIELDS}

    def scores(self, indices: np.ndarray, values: np.ndarray) -> np.ndarray:
        """Raw head scores of one sparse vector."""
        rows = self._lookup[indices]
        keep = rows >= 0
        return values[keep] @ self._matrix[rows[keep]] + self._bias

    def column(self, field_name: str, label: str) -> int | None:
        """The head of ``label`` in ``field_name`` (``None`` when the model has none)."""
        return next((c for c in self._columns[field_name] if self.heads[c].label == label), None)

    def text_scores(self, text: str, columns: Sequence[int]) -> np.ndarray:
        """What ``text`` alone, read as a scope, adds to the score of each of ``columns``."""
        indices, values = hashed_counts(text, spec=self.spec, salt=BLOCKS["scope"][0])
        rows = self._lookup[indices]
        keep = rows >= 0
        return values[keep] @ self._matrix[rows[keep]][:, list(columns)]

    def probabilities(self, example: FieldExample) -> dict[str, dict[str, float]]:
        """Per field, the probability of each label (type: softmax; others: sigmoid)."""
        raw = self.scores(*featurise(example, spec=self.spec))
        out: dict[str, dict[str, float]] = {}
        for field_name, columns in self._columns.items():
            if not columns:
                out[field_name] = {}
                continue
            values = raw[columns]
            if field_name == "type":
                exp = np.exp(values - values.max())
                probs = exp / exp.sum()
            else:
                probs = 1.0 / (1.0 + np.exp(-values))
            out[field_name] = {self.heads[c].label: float(p) for c, p in zip(columns, probs, strict=True)}
        return out

    def predict(self, example: FieldExample) -> FieldPrediction:
        """The model's labels for ``example``: the rule labels it keeps and the ones it adds."""
        probs = self.probabilities(example)
        types = probs["type"] or {example.rule_type: 1.0}
        best_type = pick_type(types, example.rule_type, bonus=self.thresholds.get("type_bonus", 0.0))
        responses = choose(probs["response"], example.rule_responses,
                           cut=lambda label, ruled: self.cut("response", label, ruled))
        grievances = choose(probs["grievance"], example.rule_grievances,
                            cut=lambda label, ruled: self.cut("grievance", label, ruled),
                            at_least_one=bool(self.thresholds.get("grievance_at_least_one", 1.0)))
        return FieldPrediction(event_type=best_type, type_prob=types[best_type], responses=probs["response"],
                               grievances=probs["grievance"], chosen_responses=responses,
                               chosen_grievances=grievances[: self.max_grievances])

    def cut(self, field_name: str, label: str, ruled: bool) -> float:
        """The probability a label needs: to stay when the rules chose it (``drop``), to be added
        when they did not (``add``); a per-label threshold overrides the field's."""
        kind = "drop" if ruled else "add"
        default = self.thresholds.get(f"{field_name}_{kind}", 0.0 if ruled else 1.01)
        return self.thresholds.get(f"{field_name}:{label}:{kind}", default)

    def to_json(self) -> dict[str, Any]:
        """The artefact: plain JSON data, weights only (no text, no code)."""
        blocks = {name: {"salt": salt, "weight": weight} for name, (salt, weight) in BLOCKS.items()}
        return {"format": FORMAT, "hash": self.spec.to_json(), "blocks": blocks, "dense": list(DENSE_NAMES),
                "thresholds": {k: self.thresholds[k] for k in sorted(self.thresholds)},
                "max_grievances": self.max_grievances,
                "heads": [{"field": h.field, "label": h.label, "bias": h.bias, "indices": list(h.indices),
                           "weights": list(h.weights)} for h in self.heads]}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> FieldModel:
        if data.get("format") != FORMAT:
            raise ValueError(f"not a field model artefact (format {data.get('format')!r})")
        blocks = {name: (b["salt"], b["weight"]) for name, b in data["blocks"].items()}
        if blocks != BLOCKS or tuple(data["dense"]) != DENSE_NAMES:
            raise ValueError("field model artefact was written for other features; retrain it")
        heads = [Head(field=str(h["field"]), label=str(h["label"]), bias=float(h["bias"]),
                      indices=tuple(int(i) for i in h["indices"]), weights=tuple(float(w) for w in h["weights"]))
                 for h in data["heads"]]
        return cls(spec=HashSpec.from_json(data["hash"]), heads=heads,
                   thresholds={k: float(v) for k, v in data["thresholds"].items()},
                   max_grievances=int(data.get("max_grievances", 3)))


def _round(value: float) -> float:
    return float(f"{value:.{_DIGITS}g}")


def _matrix(examples: Sequence[FieldExample], spec: HashSpec) -> Any:
    from scipy.sparse import csr_matrix

    pairs = [featurise(e, spec=spec) for e in examples]
    indptr = np.cumsum([0] + [len(i) for i, _ in pairs])
    indices = np.concatenate([i for i, _ in pairs]) if pairs else np.zeros(0, dtype=np.int64)
    values = np.concatenate([v for _, v in pairs]) if pairs else np.zeros(0)
    return csr_matrix((values, indices, indptr), shape=(len(examples), spec.size + len(DENSE_NAMES)))


def _head(field_name: str, label: str, bias: float, coef: np.ndarray, *, spec: HashSpec, top: int) -> Head:
    hashed = np.flatnonzero(coef[: spec.size])
    if len(hashed) > top:
        hashed = np.sort(hashed[np.argsort(-np.abs(coef[hashed]), kind="stable")[:top]])
    kept = np.concatenate([hashed, spec.size + np.flatnonzero(coef[spec.size:])])
    pairs = [(int(i), _round(float(coef[i]))) for i in kept]
    pairs = [(i, w) for i, w in pairs if w != 0.0]
    return Head(field_name, label, _round(bias), tuple(i for i, _ in pairs), tuple(w for _, w in pairs))


@dataclass(frozen=True, slots=True)
class TrainOptions:
    """Hyper-parameters (fixed: chosen by the grouped cross-validation of ``scripts/cv_fields.py``)."""

    c_type: float = 1.0
    c_labels: float = 1.0
    top_weights: int = 1500
    min_positives: int = 2
    inner_folds: int = 3
    label_support: int = 0


def _allowed(field_name: str, label: str, spec: HashSpec) -> np.ndarray:
    """Columns a head may weigh: the hashed text, language and event count, and only the rule
    features about its own label (all rule types for a type head): with a few hundred examples,
    cross-label rule weights are mostly noise."""
    own = {f"rule_type={label}", f"rule_response={label}", f"rule_grievance={label}"}

    def allowed(name: str) -> bool:
        return (name.split("|")[0] in own or name.startswith(("language=", "single_event", "several_events"))
                or (field_name == "type" and name.startswith("rule_type=")))

    dense = [k for k, name in enumerate(DENSE_NAMES) if allowed(name)]
    return np.concatenate([np.arange(spec.size), spec.size + np.array(dense, dtype=np.int64)])


def _fit_heads(x: Any, examples: Sequence[FieldExample], *, spec: HashSpec, options: TrainOptions,
               seed: int) -> list[Head]:
    """One binary logistic regression per label (liblinear, dual: fast while examples are far fewer
    than features, and deterministic with a fixed ``random_state``); the type is one-vs-rest."""
    from sklearn.linear_model import LogisticRegression

    heads: list[Head] = []
    for field_name, labels, gold_of, c in (
            ("type", TYPE_LABELS, lambda e: (e.event_type or "demonstration",), options.c_type),
            ("response", RESPONSE_LABELS, lambda e: e.state_response or (), options.c_labels),
            ("grievance", GRIEVANCE_LABELS, lambda e: e.grievance_categories or (), options.c_labels)):
        for label in labels:
            y = np.array([int(label in gold_of(e)) for e in examples])
            if y.sum() < options.min_positives or (1 - y).sum() < options.min_positives:
                continue
            columns = _allowed(field_name, label, spec)
            model = LogisticRegression(solver="liblinear", dual=True, C=c, max_iter=2000,
                                       random_state=seed).fit(x[:, columns], y)
            coef = np.zeros(x.shape[1])
            coef[columns] = model.coef_[0]
            heads.append(_head(field_name, label, float(model.intercept_[0]), coef, spec=spec,
                               top=options.top_weights))
    return heads


def group_folds(groups: Sequence[str], *, folds: int, seed: int) -> list[int]:
    """A fold number per item, items of one group together; groups are dealt round-robin after a
    seeded shuffle of their sorted names (deterministic)."""
    names = sorted(set(groups))
    order = np.random.RandomState(seed).permutation(len(names))
    fold_of = {names[j]: k % folds for k, j in enumerate(order)}
    return [fold_of[g] for g in groups]


def train_field_model(examples: Sequence[FieldExample], *, seed: int = 0,
                      options: TrainOptions | None = None, tune: bool = True) -> FieldModel:
    """A :class:`FieldModel` fitted on gold-labelled ``examples``; with ``tune`` the type prior and
    the keep/add thresholds of responses and grievances are chosen by grouped inner
    cross-validation (groups: articles)."""
    options = options or TrainOptions()
    spec = HashSpec()
    x = _matrix(examples, spec)
    thresholds: dict[str, float] = {"response_drop": 0.0, "response_add": 1.01, "grievance_drop": 0.0,
                                    "grievance_add": 1.01, "grievance_at_least_one": 0.0}
    if tune and len(examples) >= 4 * options.inner_folds:
        folds = group_folds([e.article_text for e in examples], folds=options.inner_folds, seed=seed)
        rows: dict[str, list[Collected]] = {"response": [], "grievance": []}
        types: list[tuple[str, str, dict[str, float]]] = []
        for k in range(options.inner_folds):
            train = [i for i, f in enumerate(folds) if f != k]
            inner = FieldModel(spec=spec, heads=_fit_heads(x[train], [examples[i] for i in train], spec=spec,
                                                           options=options, seed=seed), thresholds=thresholds)
            for i in (i for i, f in enumerate(folds) if f == k):
                e = examples[i]
                probs = inner.probabilities(e)
                rows["response"].append((set(e.state_response or ()), e.rule_responses, probs["response"]))
                rows["grievance"].append((set(e.grievance_categories or ()), e.rule_grievances, probs["grievance"]))
                types.append((e.event_type or "demonstration", e.rule_type, probs["type"]))
        thresholds = {**tune_cuts(rows["response"], field_name="response", label_support=options.label_support),
                      **tune_cuts(rows["grievance"], field_name="grievance", label_support=options.label_support),
                      "type_bonus": max(TYPE_BONUSES, key=lambda b: (sum(
                          pick_type(p, rule, bonus=b) == gold for gold, rule, p in types if p), b))}
    heads = _fit_heads(x, examples, spec=spec, options=options, seed=seed)
    return FieldModel(spec=spec, heads=heads, thresholds=thresholds)
