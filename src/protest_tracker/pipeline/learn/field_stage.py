"""Stage ``events.classify@1``: the learned field classifiers override type, responses, grievances.

Runs after ``events.fields@1``. For each event it reads the scope that stage read
(:func:`~.field_examples.rule_scopes`) and the labels it gave (the cue rules are not run again),
asks the :class:`~.fields.FieldModel`, which keeps or drops each rule label and adds its own
(:func:`~.fields.choose`), and replaces ``event_type``, ``state_response`` (``none_reported``
when no label is chosen) and ``grievance_categories``. Every value keeps its evidence: where the
model agrees with the cue rules the rule's span stays; a label only the model chose points at the
scope sentence that scores highest for it; evidence (and response counts) of labels the model
dropped is removed.

The default artefact is ``protest_tracker/data/models/fields.json`` (plain JSON, weights only);
:func:`fingerprint` is the sha256 of its bytes. ``cross_validate_fields`` measures the model
out of fold, grouped by article: on gold scopes and, optionally, end to end through the pipeline.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from protest_tracker.model import Article, EventCandidate, Evidence
from protest_tracker.pipeline.events.stages import stage_factory
from protest_tracker.pipeline.framework import StageSpec
from protest_tracker.pipeline.learn.field_examples import rule_scopes
from protest_tracker.pipeline.learn.fields import (
    FieldExample,
    FieldModel,
    FieldPrediction,
    example_for_event,
    examples_from_gold,
    f1,
    group_folds,
    set_counts,
    train_field_model,
)

DEFAULT_MODEL = Path(__file__).resolve().parents[2] / "data" / "models" / "fields.json"


def artefact_bytes(model: FieldModel) -> bytes:
    """The artefact as written to disk (compact, key order fixed): what :func:`fingerprint` hashes."""
    return (json.dumps(model.to_json(), separators=(",", ":"), ensure_ascii=True) + "\n").encode("ascii")


def write_artefact(model: FieldModel, path: str | Path) -> None:
    Path(path).write_bytes(artefact_bytes(model))


def _default_bytes() -> bytes:
    return DEFAULT_MODEL.read_bytes()


@lru_cache(maxsize=1)
def load_field_model(path: str | None = None) -> FieldModel:
    """The model at ``path`` (default: the shipped artefact); parsed as plain JSON only."""
    raw = Path(path).read_bytes() if path else _default_bytes()
    return FieldModel.from_json(json.loads(raw))


def fingerprint(path: str | None = None) -> str:
    """sha256 of the artefact bytes (the shipped one by default)."""
    return hashlib.sha256(Path(path).read_bytes() if path else _default_bytes()).hexdigest()


class LearnedFields:
    """Override type, responses and grievances of each event with the model's choice."""

    def __init__(self, *, model: FieldModel | None = None, model_path: str | None = None) -> None:
        self._model = model
        self._model_path = str(model_path) if model_path else None

    @property
    def model(self) -> FieldModel:
        """The model given, else the artefact at ``model_path`` (default: shipped), loaded on first use."""
        if self._model is None:
            self._model = load_field_model(self._model_path)
        return self._model

    def fingerprint(self) -> str:
        """sha256 of the artefact bytes (of the given model as it would be written)."""
        if self._model is None:
            return fingerprint(self._model_path)
        return hashlib.sha256(artefact_bytes(self._model)).hexdigest()

    def __call__(self, article: Article) -> Article:
        if not article.events:
            return article
        sentences = article.annotations["sentences"]
        events = []
        for event, indices in zip(article.events, rule_scopes(article), strict=True):
            if not indices:
                events.append(event)
                continue
            example = example_for_event(article, event, indices)
            events.append(self.apply(event, self.model.predict(example), [sentences[i] for i in indices]))
        return article.with_events(tuple(events))

    def apply(self, event: EventCandidate, prediction: FieldPrediction, scope: Sequence[Any]) -> EventCandidate:
        """``event`` with the predicted labels and evidence for each of them."""
        wanted = {f"state_response:{r}" for r in prediction.chosen_responses}
        wanted |= {f"grievance:{g}" for g in prediction.chosen_grievances}
        wanted |= {f"response_count:{r}" for r in prediction.chosen_responses}
        kept = [e for e in event.evidence if not _labelled(e.field) or e.field in wanted]
        if prediction.event_type != event.event_type:
            kept = [e for e in kept if e.field != "event_type"]
            if prediction.event_type != "demonstration":
                kept.append(self._evidence("type", prediction.event_type, "event_type", scope))
        have = {e.field for e in kept}
        for field_name, prefix, labels in (("response", "state_response", prediction.chosen_responses),
                                           ("grievance", "grievance", prediction.chosen_grievances)):
            for label in labels:
                if f"{prefix}:{label}" not in have:
                    kept.append(self._evidence(field_name, label, f"{prefix}:{label}", scope))
        responses = prediction.chosen_responses
        counts = tuple((k, n) for k, n in event.response_counts if k in responses)
        return replace(event, event_type=prediction.event_type, state_response=responses or ("none_reported",),
                       grievance_categories=prediction.chosen_grievances, response_counts=counts,
                       fatalities=event.fatalities if "fatalities" in responses else None,
                       evidence=tuple(kept))

    def _evidence(self, field_name: str, label: str, name: str, scope: Sequence[Any]) -> Evidence:
        column = self.model.column(field_name, label)
        best = scope[0]
        if column is not None and len(scope) > 1:
            scores = [float(self.model.text_scores(s.text, [column])[0]) for s in scope]
            best = scope[int(np.argmax(scores))]
        return Evidence(name, best.text, best.start, best.end)


def _labelled(name: str) -> bool:
    return name.split(":", 1)[0] in ("state_response", "grievance", "response_count")


STAGES = (
    StageSpec("events.classify", 1, stage_factory(LearnedFields), requires=("events", "event_scopes", "events.fields"),
              assigns=("events.classify",),
              description="learned type, state responses and grievances (rules as features)"),
)


def _tally(rows: dict[str, dict[str, int]], language: str, example: FieldExample, *, event_type: str,
           responses: Sequence[str], grievances: Sequence[str]) -> None:
    for key in (language, "all"):
        row = rows[key]
        row["n"] += 1
        row["type_ok"] += int(event_type == example.event_type)
        for name, gold, got in (("response", example.state_response or (), responses),
                                ("grievance", example.grievance_categories or (), grievances)):
            tp, fp, fn = set_counts(gold, got)
            row[f"{name}_tp"] += tp
            row[f"{name}_fp"] += fp
            row[f"{name}_fn"] += fn


def _figures(rows: Mapping[str, Mapping[str, int]]) -> dict[str, dict[str, float | int]]:
    return {lang: {"events": r["n"], "type_accuracy": round(r["type_ok"] / r["n"], 3) if r["n"] else 0.0,
                   "response_f1": f1(r["response_tp"], r["response_fp"], r["response_fn"]),
                   "grievance_f1": f1(r["grievance_tp"], r["grievance_fp"], r["grievance_fn"])}
            for lang, r in sorted(rows.items())}


def cross_validate_fields(records: Sequence[Mapping[str, Any]], *, folds: int = 5, seed: int = 0,
                          end_to_end: bool = False) -> dict[str, Any]:
    """Grouped (by article) K-fold over gold records: out-of-fold figures per language for the
    model and for the cue rules on the same gold scopes; with ``end_to_end`` also the pipeline's
    matched-event scores (rules only vs. with this stage built on each fold's model)."""
    fold_of = dict(zip([str(r.get("id")) for r in records],
                       group_folds([str(r.get("id")) for r in records], folds=folds, seed=seed), strict=True))
    per_record = {str(r.get("id")): examples_from_gold(r) for r in records}
    model_rows: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    rule_rows: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    fold_models = []
    for k in range(folds):
        train = [e for rid, ex in sorted(per_record.items()) if fold_of[rid] != k for e in ex]
        model = train_field_model(train, seed=seed)
        fold_models.append(model)
        for rid, ex in sorted(per_record.items()):
            if fold_of[rid] != k:
                continue
            for e in ex:
                p = model.predict(e)
                _tally(model_rows, e.language, e, event_type=p.event_type, responses=p.chosen_responses,
                       grievances=p.chosen_grievances)
                _tally(rule_rows, e.language, e, event_type=e.rule_type, responses=e.rule_responses,
                       grievances=e.rule_grievances)
    out: dict[str, Any] = {"gold_scope": {"model": _figures(model_rows), "rules": _figures(rule_rows)}}
    if end_to_end:
        out["end_to_end"] = _end_to_end(records, fold_of=fold_of, models=fold_models)
    return out


def _end_to_end(records: Sequence[Mapping[str, Any]], *, fold_of: Mapping[str, int],
                models: Sequence[FieldModel]) -> dict[str, Any]:
    from protest_tracker.pipeline.config import build_pipeline, default_pipeline, load_config
    from protest_tracker.pipeline.evaluate import evaluate
    from protest_tracker.pipeline.framework import BuiltStage, Pipeline
    from protest_tracker.pipeline.runner import article_from_record

    base = default_pipeline()
    try:
        base.run(article_from_record(records[0]))
    except Exception:  # noqa: BLE001 — e.g. an event-detector artefact being retrained: use the rule detector
        config = load_config()
        config["stages"] = [{"use": "events.detect@2"} if e["use"].startswith("events.assemble") else e
                            for e in config["stages"]]
        base = build_pipeline(config)
    rules = Pipeline([b for b in base.stages if b.spec.name != "events.classify"], name="rules")
    spec = next((b.spec for b in base.stages if b.spec.name == "events.classify"), STAGES[0])
    out = {}
    for name, pipeline_of in (("rules", lambda k: rules),
                              ("model", lambda k: Pipeline(_with_stage(rules, BuiltStage(spec, LearnedFields(
                                  model=models[k]))), name="model"))):
        pairs = []
        for k in range(len(models)):
            pipeline = pipeline_of(k)
            for record in records:
                if fold_of[str(record.get("id"))] == k:
                    article = pipeline.run(article_from_record(record))
                    pairs.append((record, [e.to_exchange() for e in article.events]))
        report = evaluate(pairs).as_dict()
        out[name] = {lang: _matched(score) for lang, score in
                     {**report["by_language"], "all": report["overall"]}.items()}
    out["detector"] = {"all": {"stage": next(b.spec.key for b in rules.stages if b.spec.name.startswith("events."))}}
    return out


def _with_stage(rules: Any, built: Any) -> list[Any]:
    stages = list(rules.stages)
    at = next(i for i, b in enumerate(stages) if b.spec.name == "events.fields") + 1
    return stages[:at] + [built] + stages[at:]


def _matched(score: Mapping[str, Any]) -> dict[str, Any]:
    fields = score["matched_fields"]
    return {"event_f1": score["event_lenient"]["f1"], "type_accuracy": fields["event_type_accuracy"],
            "response_f1": fields["state_response"]["f1"], "grievance_f1": fields["grievance_categories"]["f1"]}
