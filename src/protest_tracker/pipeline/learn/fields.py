"""Learned field classifiers: event type, state responses and grievances of one event.

A :class:`FieldExample` is one event as the classifiers see it: the sentences that report it
(its *scope*), the title, the article, the number of events in the article and what the cue rules
of :mod:`protest_tracker.pipeline.fields` say for that scope. The rules become features, not
verdicts: the model learns when to trust them and what the text adds.

Features (see :mod:`.text_features`): hashed character n-grams of the scope, the title and the
article head, each block in its own salted space, plus a small dense block (rule labels, language,
single/multi-event article). Heads: one binary logistic regression per label (the type is the
best-scoring of its one-vs-rest heads), each chosen when its probability reaches the
field's threshold (picked by inner cross-validation); an event always gets at least its most likely
grievance. :class:`FieldModel` keeps only the non-zero weights (the largest per head after training)
and reads and writes plain JSON; :func:`train_field_model` is deterministic (fixed folds, lbfgs,
weights rounded), so the same examples give a byte-identical artefact.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from protest_tracker.pipeline.fields import classify, scope_for
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
from protest_tracker.pipeline.text import Sentence, fold, split_sentences

FOLLOWING = 2
TYPE_BONUSES = (0.0, 0.1, 0.2, 0.3, 0.5, 1.0)


@dataclass(frozen=True, slots=True)
class FieldExample:
    """One event for the field classifiers (gold labels are ``None`` at inference)."""

    language: str
    title: str
    scope_text: str
    article_text: str
    n_events: int
    rule_type: str
    rule_responses: tuple[str, ...]
    rule_grievances: tuple[str, ...]
    wide_responses: tuple[str, ...] = ()
    wide_grievances: tuple[str, ...] = ()
    event_type: str | None = None
    state_response: tuple[str, ...] | None = None
    grievance_categories: tuple[str, ...] | None = None


def scope_indices(anchors: Iterable[int], *, count: int, following: int = FOLLOWING) -> tuple[int, ...]:
    """The anchor sentences and the ``following`` sentences after each (within the article)."""
    out = {i + k for i in anchors for k in range(following + 1)}
    return tuple(sorted(i for i in out if 0 <= i < count))


def example_for_scope(*, text: str, title: str, language: str, sentences: Sequence[Sentence],
                      anchors: Sequence[int], n_events: int, folded: str | None = None,
                      gold: Mapping[str, Any] | None = None) -> FieldExample:
    """The example of one event whose report starts at the ``anchors`` sentences. The rules are run
    on the same scope the model reads (so training and inference see the same rule features) and
    on the whole article (what the rules find anywhere in it: "wide")."""
    folded = fold(text) if folded is None else folded
    indices = scope_indices(anchors, count=len(sentences))
    folded_title = fold(title)
    values = classify(text, folded, scope_for(sentences, indices, anchors, folded_title))
    wide = classify(text, folded, scope_for(sentences, range(len(sentences)), anchors, folded_title))
    return FieldExample(
        language=language, title=title, scope_text="\n".join(sentences[i].text for i in indices),
        article_text=text, n_events=n_events, rule_type=values.event_type,
        rule_responses=tuple(r for r in values.state_response if r != "none_reported"),
        rule_grievances=tuple(values.grievances),
        wide_responses=tuple(r for r in wide.state_response if r != "none_reported"),
        wide_grievances=tuple(wide.grievances),
        event_type=None if gold is None else str(gold.get("event_type") or "demonstration"),
        state_response=None if gold is None else tuple(
            sorted(set(gold.get("state_response") or ()) - {"none_reported"})),
        grievance_categories=None if gold is None else tuple(sorted(set(gold.get("grievance_categories") or ()))),
    )


def examples_from_gold(record: Mapping[str, Any], *, missing: list[str] | None = None) -> list[FieldExample]:
    """One example per gold event of a gold-format record; the scope starts at the sentence(s)
    holding the event's ``evidence``. Events whose evidence is not in the text are skipped (their
    record id is appended to ``missing`` when given)."""
    text = str(record.get("text") or "")
    golds = [g for g in record.get("gold") or () if isinstance(g, Mapping)]
    if not golds:
        return []
    sentences = split_sentences(text)
    folded = fold(text)
    out = []
    for gold in golds:
        evidence = str(gold.get("evidence") or "").strip()
        start = text.find(evidence) if evidence else -1
        if start < 0:
            if missing is not None:
                missing.append(str(record.get("id")))
            continue
        end = start + len(evidence)
        anchors = [s.index for s in sentences if s.start < end and s.end > start]
        if not anchors:
            if missing is not None:
                missing.append(str(record.get("id")))
            continue
        out.append(example_for_scope(text=text, title=str(record.get("title") or ""),
                                     language=str(record.get("language") or "und"), sentences=sentences,
                                     anchors=anchors, n_events=len(golds), folded=folded, gold=gold))
    return out


def set_counts(gold: Iterable[str], predicted: Iterable[str]) -> tuple[int, int, int]:
    """``(tp, fp, fn)`` of two label sets (``none_reported`` ignored, as the scorer does)."""
    g, p = set(gold) - {"none_reported"}, set(predicted) - {"none_reported"}
    return len(g & p), len(p - g), len(g - p)


def f1(tp: int, fp: int, fn: int) -> float:
    return round(2 * tp / (2 * tp + fp + fn), 3) if tp else 0.0


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
        probs = self.probabilities(example)
        types = probs["type"] or {example.rule_type: 1.0}
        best_type = pick_type(types, example.rule_type, bonus=self.thresholds.get("type_bonus", 0.0))
        responses = tuple(label for label, p in probs["response"].items()
                          if p >= self.thresholds.get("response", 0.5))
        ranked = sorted(probs["grievance"], key=lambda label: (-probs["grievance"][label], label))
        grievances = [label for label in ranked if probs["grievance"][label] >= self.thresholds.get("grievance", 0.5)]
        chosen = tuple((grievances or ranked[:1])[: self.max_grievances])
        return FieldPrediction(event_type=best_type, type_prob=types[best_type], responses=probs["response"],
                               grievances=probs["grievance"], chosen_responses=responses,
                               chosen_grievances=tuple(label for label in ranked if label in chosen))

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


def _allowed(field_name: str, label: str, spec: HashSpec) -> np.ndarray:
    """Columns a head may weigh: the hashed text, language and event count, and only the rule
    features about its own label (all rule types for a type head): with a few hundred examples,
    cross-label rule weights are mostly noise."""
    own = (f"rule_type={label}", f"rule_response={label}", f"rule_grievance={label}",
           f"wide_response={label}|", f"wide_grievance={label}|", "language=", "single_event", "several_events")
    if field_name == "type":
        own += ("rule_type=",)
    dense = [k for k, name in enumerate(DENSE_NAMES) if name.startswith(own)]
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


def _best_threshold(pairs: Sequence[tuple[set[str], dict[str, float]]], *, at_least_one: bool) -> float:
    best, best_f1 = 0.5, -1.0
    for threshold in np.round(np.arange(0.15, 0.71, 0.05), 2):
        tp = fp = fn = 0
        for gold, probs in pairs:
            chosen = {label for label, p in probs.items() if p >= threshold}
            if at_least_one and not chosen and probs:
                chosen = {max(probs, key=lambda label: (probs[label], label))}
            a, b, c = set_counts(gold, chosen)
            tp, fp, fn = tp + a, fp + b, fn + c
        score = f1(tp, fp, fn)
        if score > best_f1:
            best, best_f1 = float(threshold), score
    return best


def train_field_model(examples: Sequence[FieldExample], *, seed: int = 0,
                      options: TrainOptions | None = None, tune: bool = True) -> FieldModel:
    """A :class:`FieldModel` fitted on gold-labelled ``examples``; with ``tune`` the response and
    grievance thresholds are chosen by grouped inner cross-validation (groups: articles)."""
    options = options or TrainOptions()
    spec = HashSpec()
    x = _matrix(examples, spec)
    thresholds = {"response": 0.5, "grievance": 0.5}
    if tune and len(examples) >= 4 * options.inner_folds:
        folds = group_folds([e.article_text for e in examples], folds=options.inner_folds, seed=seed)
        collected: dict[str, list[tuple[set[str], dict[str, float]]]] = {"response": [], "grievance": []}
        types: list[tuple[str, str, dict[str, float]]] = []
        for k in range(options.inner_folds):
            train = [i for i, f in enumerate(folds) if f != k]
            inner = FieldModel(spec=spec, heads=_fit_heads(x[train], [examples[i] for i in train], spec=spec,
                                                           options=options, seed=seed), thresholds=thresholds)
            for i in (i for i, f in enumerate(folds) if f == k):
                probs = inner.probabilities(examples[i])
                collected["response"].append((set(examples[i].state_response or ()), probs["response"]))
                collected["grievance"].append((set(examples[i].grievance_categories or ()), probs["grievance"]))
                types.append((examples[i].event_type or "demonstration", examples[i].rule_type, probs["type"]))
        thresholds = {"response": _best_threshold(collected["response"], at_least_one=False),
                      "grievance": _best_threshold(collected["grievance"], at_least_one=True),
                      "type_bonus": max(TYPE_BONUSES, key=lambda b: (sum(
                          pick_type(p, rule, bonus=b) == gold for gold, rule, p in types if p), -b))}
    heads = _fit_heads(x, examples, spec=spec, options=options, seed=seed)
    return FieldModel(spec=spec, heads=heads, thresholds=thresholds)
