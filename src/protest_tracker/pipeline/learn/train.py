"""Training of the learned assembler from gold-format records, and grouped cross-validation.

``fit_assembler`` learns, from articles with gold events: the sentence model
(which protest sentences report an event), then the boosted trees over candidate
features (with the sentence scores computed out-of-fold, so the trees see scores
like the ones they will get on new text), then the three decision thresholds (the
centre of the best plateau of a grid over out-of-fold tree scores, :mod:`.thresholds`).
Everything is deterministic for a given seed and input order.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import numpy as np

from protest_tracker.errors import PipelineError
from protest_tracker.pipeline.learn.assembler import Prepared
from protest_tracker.pipeline.learn.candidates import (
    FEATURES,
    Candidate,
    add_document_score,
    add_sentence_scores,
    protest_sentences,
)
from protest_tracker.pipeline.learn.sentences import SentenceModel, document_text, fit_sentences
from protest_tracker.pipeline.learn.thresholds import tune_thresholds
from protest_tracker.pipeline.learn.trees import TreeModel, fit_trees
from protest_tracker.pipeline.scoring import city_key, date_agreement

#: regularisation of the document model (fewer examples than the sentence model: one per article)
DOC_C = 0.3


class TooLittleTrainingData(PipelineError):
    """The articles given to train on (or a cross-validation fold of them) hold no right or no
    wrong candidate event, so there is nothing to learn a decision from."""


def candidate_label(candidate: Candidate, golds: Sequence[Mapping[str, Any]]) -> int | None:
    """1 when the candidate matches a gold event (lenient), 0 when none, ``None`` when it matches
    only an optional one (left out of training: neither right nor wrong)."""
    pred = {"country": candidate.country, "city": candidate.city, "date": candidate.date}
    optional = False
    for gold in golds:
        if gold.get("country") != candidate.country or city_key(gold.get("city")) != city_key(candidate.city):
            continue
        if date_agreement(gold, pred) >= 1:
            if not gold.get("optional"):
                return 1
            optional = True
    return None if optional else 0


def folds_of(n: int, *, k: int, seed: int) -> list[int]:
    """A fold number per item (grouped by article: an article is one item), shuffled with ``seed``."""
    order = list(range(n))
    random.Random(seed).shuffle(order)
    fold = [0] * n
    for rank, i in enumerate(order):
        fold[i] = rank % k
    return fold


def _sentence_rows(records: Sequence[Mapping[str, Any]], preps: Sequence[Prepared | None],
                   items: Iterable[int]) -> tuple[list[str], list[int], list[int]]:
    texts, labels, owners = [], [], []
    for i in items:
        prep = preps[i]
        if prep is None or prep.ctx is None:
            continue
        golds = records[i].get("gold") or []
        positive = set()
        for cand in prep.candidates:
            if candidate_label(cand, golds) == 1:
                positive |= cand.triggers | cand.weak
        for s in protest_sentences(prep.ctx.facts):
            texts.append(prep.ctx.facts[s].sentence.text)
            labels.append(int(s in positive))
            owners.append(i)
    return texts, labels, owners


def _document_rows(records: Sequence[Mapping[str, Any]], preps: Sequence[Prepared | None],
                   items: Iterable[int]) -> tuple[list[str], list[int]]:
    """Title + lead of each article that reached the assembler, labelled 1 when it reports an event."""
    texts, labels = [], []
    for i in items:
        prep = preps[i]
        if prep is None or not prep.candidates:
            continue
        golds = records[i].get("gold") or []
        texts.append(document_text(prep.article.title, prep.article.text))
        labels.append(int(any(not g.get("optional") for g in golds)))
    return texts, labels


def _score_sentences(prep: Prepared, model: SentenceModel) -> None:
    if not prep.candidates or prep.ctx is None:
        return
    facts = prep.ctx.facts
    indices = protest_sentences(facts)
    scores = model.score([facts[i].sentence.text for i in indices])
    add_sentence_scores(prep.candidates, dict(zip(indices, (float(x) for x in scores), strict=True)))


def _oof_sentence_scores(records: Sequence[Mapping[str, Any]], preps: Sequence[Prepared | None],
                         items: Sequence[int], *, k: int, seed: int) -> None:
    fold = dict(zip(items, folds_of(len(items), k=k, seed=seed + 1), strict=True))
    for part in range(k):
        train = [i for i in items if fold[i] != part]
        texts, labels, _ = _sentence_rows(records, preps, train)
        model = SentenceModel(fit_sentences(texts, labels)) if len(set(labels)) == 2 else None
        doc_texts, doc_labels = _document_rows(records, preps, train)
        document = SentenceModel(fit_sentences(doc_texts, doc_labels, c=DOC_C)) if len(set(doc_labels)) == 2 else None
        for i in items:
            prep = preps[i]
            if fold[i] != part or prep is None:
                continue
            if model is not None:
                _score_sentences(prep, model)
            if document is not None and prep.candidates:
                score = document.score([document_text(prep.article.title, prep.article.text)])[0]
                add_document_score(prep.candidates, float(score))


def _tree_rows(records: Sequence[Mapping[str, Any]], preps: Sequence[Prepared | None],
               items: Iterable[int]) -> tuple[list[list[float]], list[int], list[int]]:
    rows, labels, owners = [], [], []
    for i in items:
        prep = preps[i]
        if prep is None:
            continue
        golds = records[i].get("gold") or []
        for cand in prep.candidates:
            label = candidate_label(cand, golds)
            if label is not None:
                rows.append(list(cand.features))
                labels.append(label)
                owners.append(i)
    return rows, labels, owners


def fit_assembler(records: Sequence[Mapping[str, Any]], preps: Sequence[Prepared | None],
                  items: Sequence[int] | None = None, *, seed: int = 0, k: int = 5,
                  progress: Callable[[str], None] | None = None) -> dict[str, Any]:
    """Train the assembler artefact (JSON-ready dict) on ``items`` (default: all records)."""
    items = list(range(len(records))) if items is None else list(items)
    say = progress or (lambda _msg: None)
    say("sentence model: out-of-fold scores")
    _oof_sentence_scores(records, preps, items, k=k, seed=seed)
    rows, labels, owners = _tree_rows(records, preps, items)
    if len(set(labels)) < 2:
        raise TooLittleTrainingData(
            f"training needs at least one candidate that is a gold event and one that is not; the {len(items)} "
            "articles to train on (with --cv: a fold's training part) have "
            f"{sum(labels)} and {len(labels) - sum(labels)}: give more annotated articles or fewer folds")
    say("trees: out-of-fold scores for the thresholds")
    fold = dict(zip(items, folds_of(len(items), k=k, seed=seed + 2), strict=True))
    x, y = np.asarray(rows), np.asarray(labels)
    probs: dict[int, list[float]] = {}
    for part in range(k):
        mask = np.asarray([fold[o] != part for o in owners])
        if len(set(y[mask])) < 2:
            continue
        trees = TreeModel(fit_trees(x[mask], y[mask], features=FEATURES, seed=seed))
        for i in items:
            prep = preps[i]
            if fold[i] == part and prep is not None and prep.candidates:
                probs[i] = list(trees.predict_proba([c.features for c in prep.candidates]))
    threshold, doc_threshold, rule_threshold = tune_thresholds(records, preps, probs, items)
    say("final models")
    texts, sentence_labels, _ = _sentence_rows(records, preps, items)
    doc_texts, doc_labels = _document_rows(records, preps, items)
    return {"kind": "assembler", "features": list(FEATURES), "threshold": threshold,
            "doc_threshold": doc_threshold, "rule_threshold": rule_threshold, "trees": fit_trees(x, y, features=FEATURES, seed=seed),
            "sentences": fit_sentences(texts, sentence_labels),
            "document": fit_sentences(doc_texts, doc_labels, c=DOC_C) if len(set(doc_labels)) == 2 else None}
