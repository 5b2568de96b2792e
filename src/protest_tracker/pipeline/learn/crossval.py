"""Grouped cross-validation of the whole extractor, learned stages against the rule pipeline.

Articles are the groups: each fold trains every learned component on the other folds'
articles and runs the complete pipeline (event assembly, then the field stages with the
fold's own field model) on its held-out articles, so no article is ever scored by a
model that saw it. The rule pipeline needs no training; it is run on the same articles
for the comparison table.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from protest_tracker.model import Article
from protest_tracker.pipeline.config import default_pipeline
from protest_tracker.pipeline.evaluate import EvalReport, evaluate
from protest_tracker.pipeline.framework import Pipeline
from protest_tracker.pipeline.learn.assembler import AssemblerModel, LearnedAssembler, Prepared
from protest_tracker.pipeline.learn.train import fit_assembler, folds_of
from protest_tracker.pipeline.runner import article_from_record
from protest_tracker.pipeline.stages_events import DetectEvents

Progress = Callable[[str], None]


@dataclass
class Workbench:
    """The default pipeline split around its event-detection stage, for training and CV."""

    pipeline: Pipeline
    before: list[Any]
    detect: Any
    after: list[Any]
    assembler: LearnedAssembler

    @classmethod
    def load(cls, *, config_path: str | None = None) -> Workbench:
        pipeline = default_pipeline(config_path=config_path)
        stages = [b.stage for b in pipeline.stages]
        at = next((i for i, s in enumerate(stages) if isinstance(s, DetectEvents)), None)
        if at is None:
            raise ValueError("the pipeline has no event-detection stage to train")
        detect = stages[at]
        assembler = detect if isinstance(detect, LearnedAssembler) else LearnedAssembler(
            recognisers=detect.recognisers)
        return cls(pipeline, stages[:at], detect, stages[at + 1:], assembler)

    def prepare(self, record: Mapping[str, Any]) -> Prepared | None:
        """The article up to event detection, with its candidates (``None`` when dropped)."""
        article: Article = article_from_record(record)
        for stage in self.before:
            article = stage(article)
            if article.dropped:
                return None
        return self.assembler.prepare(article)

    def finish(self, article: Article, *, after: Sequence[Any] | None = None) -> list[dict[str, Any]]:
        for stage in self.after if after is None else after:
            article = stage(article)
            if article.dropped:
                return []
        return list(article.to_output_record()["events"])

    def rule_events(self, prepared: Prepared | None) -> list[dict[str, Any]]:
        if prepared is None:
            return []
        article = DetectEvents.emit(prepared.article, prepared.ctx, prepared.rule_drafts, prepared.rejected)
        return self.finish(article, after=self._rule_after())

    def _rule_after(self) -> list[Any]:
        return [s for s in self.after if not getattr(s, "learned", False)]


@dataclass
class CVResult:
    """Out-of-fold reports of the learned pipeline and of the rule pipeline on the same articles."""

    learned: EvalReport
    rules: EvalReport
    folds: int
    thresholds: list[dict[str, float]] = field(default_factory=list)


FieldTrainer = Callable[[Sequence[Mapping[str, Any]]], Sequence[Any]]


def cross_validate(records: Sequence[Mapping[str, Any]], *, bench: Workbench, folds: int = 5, seed: int = 0,
                   field_stages: FieldTrainer | None = None, progress: Progress | None = None) -> CVResult:
    """Grouped K-fold CV (see the module doc). ``field_stages(train_records)`` returns the learned
    field stages of a fold (trained on those records); without it the shipped ones are used."""
    say = progress or (lambda _m: None)
    say("preparing articles")
    preps = [bench.prepare(r) for r in records]
    fold = folds_of(len(records), k=folds, seed=seed)
    learned: list[tuple[Mapping[str, Any], list[dict[str, Any]]]] = []
    thresholds = []
    for part in range(folds):
        train = [i for i in range(len(records)) if fold[i] != part]
        say(f"fold {part + 1}/{folds}: training on {len(train)} articles")
        artefact = fit_assembler(records, preps, train, seed=seed)
        model = AssemblerModel.from_json(artefact)
        thresholds.append({k: artefact[k] for k in ("threshold", "doc_threshold", "rule_threshold")})
        after = None
        if field_stages is not None:
            trained = list(field_stages([records[i] for i in train]))
            after = [s for s in bench.after if not getattr(s, "learned", False)]
            at = next((n for n, s in enumerate(bench.after) if getattr(s, "learned", False)), len(after))
            after[at:at] = trained
        for i in range(len(records)):
            if fold[i] != part:
                continue
            prep = preps[i]
            events = [] if prep is None else bench.finish(bench.assembler.decide(prep, model), after=after)
            learned.append((records[i], events))
    say("rule pipeline on the same articles")
    order = {id(r): n for n, r in enumerate(records)}
    learned.sort(key=lambda pair: order[id(pair[0])])
    rules = [(records[i], bench.rule_events(preps[i])) for i in range(len(records))]
    return CVResult(learned=evaluate(learned), rules=evaluate(rules), folds=folds, thresholds=thresholds)


def fold_field_stages(*, seed: int = 0) -> FieldTrainer:
    """A :data:`FieldTrainer` that trains the learned field model on a fold's records."""

    def build(train: Sequence[Mapping[str, Any]]) -> list[Any]:
        from protest_tracker.pipeline.learn.artefacts import train_fields
        from protest_tracker.pipeline.learn.field_stage import LearnedFields

        return [LearnedFields(model=train_fields(train, seed=seed))]

    return build
