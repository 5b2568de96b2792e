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
from protest_tracker.pipeline.events.stages import DetectEvents
from protest_tracker.pipeline.framework import Pipeline
from protest_tracker.pipeline.learn.anatomy import error_anatomy
from protest_tracker.pipeline.learn.assembler import AssemblerModel, LearnedAssembler, Prepared
from protest_tracker.pipeline.learn.headroom import Scored, headroom
from protest_tracker.pipeline.learn.reliability import reliability
from protest_tracker.pipeline.learn.train import fit_assembler, folds_of
from protest_tracker.pipeline.runner import article_from_record

Progress = Callable[[str], None]


def _is_learned(stage: Any) -> bool:
    """Whether a stage after event detection is a learned one (replaced per fold in CV)."""
    from protest_tracker.pipeline.learn.field_stage import LearnedFields

    return isinstance(stage, LearnedFields)


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
        assert isinstance(detect, DetectEvents)  # found above
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
        if prepared is None or prepared.ctx is None:
            return []
        article = DetectEvents.emit(prepared.article, prepared.ctx, prepared.rule_drafts, prepared.rejected)
        return self.finish(article, after=self._rule_after())

    def _rule_after(self) -> list[Any]:
        return [s for s in self.after if not _is_learned(s)]


@dataclass
class CVResult:
    """Out-of-fold reports of the learned pipeline and of the rule pipeline on the same articles."""

    learned: EvalReport
    rules: EvalReport
    folds: int
    thresholds: list[dict[str, float]] = field(default_factory=list)
    #: every scored article with the events the learned pipeline found out of fold, in input order
    predictions: list[tuple[Mapping[str, Any], list[dict[str, Any]]]] = field(default_factory=list)
    #: per language and ``all``: the learned pipeline's missed and spurious events by cause
    #: (:func:`~protest_tracker.pipeline.learn.anatomy.error_anatomy`)
    anatomy: dict[str, dict[str, int]] = field(default_factory=dict)
    #: what the events' confidence is worth: out-of-fold precision per confidence threshold
    #: (:func:`~protest_tracker.pipeline.learn.reliability.reliability`)
    reliability: dict[str, Any] = field(default_factory=dict)
    #: the same out-of-fold scores with a perfect document gate, a perfect event count…
    #: (:func:`~protest_tracker.pipeline.learn.headroom.headroom`)
    headroom: dict[str, dict[str, Any]] = field(default_factory=dict)


#: the measures the rules → learned comparison can show: column title → path into a score report
MEASURES: dict[str, tuple[str, ...]] = {
    "doc F1": ("document", "f1"), "event F1": ("event_lenient", "f1"), "strict F1": ("event_strict", "f1"),
    "response F1": ("matched_fields", "state_response", "f1"),
    "grievance F1": ("matched_fields", "grievance_categories", "f1"),
    "type acc": ("matched_fields", "event_type_accuracy"),
}


def comparison(cv: CVResult, measures: Sequence[str]) -> list[tuple[str, int, list[tuple[Any, Any]]]]:
    """Per language, then ``all``: (language, articles, [(rules, learned) per measure])."""

    def pick(report: dict[str, Any], path: tuple[str, ...]) -> Any:
        for key in path:
            report = report[key] if report is not None else None
        return report

    rows = []
    for lang in [*sorted(set(cv.learned.by_language) | set(cv.rules.by_language)), "all"]:
        learned = (cv.learned.overall if lang == "all" else cv.learned.by_language[lang]).report()
        rules = (cv.rules.overall if lang == "all" else cv.rules.by_language[lang]).report()
        rows.append((lang, learned["articles"],
                     [(pick(rules, MEASURES[m]), pick(learned, MEASURES[m])) for m in measures]))
    return rows


FieldTrainer = Callable[[Sequence[Mapping[str, Any]]], Sequence[Any]]


def run_fold(records: Sequence[Mapping[str, Any]], preps: Sequence[Prepared | None], *, bench: Workbench,
             fold: Sequence[int], part: int, seed: int = 0, field_stages: FieldTrainer | None = None,
             scored: dict[int, Scored] | None = None,
             ) -> tuple[list[tuple[Mapping[str, Any], list[dict[str, Any]]]], dict[str, float]]:
    """Train on every fold but ``part``; the held-out articles with the events the pipeline finds.
    ``scored`` (when given) receives each held-out article's candidate scores, by index."""
    train = [i for i in range(len(records)) if fold[i] != part]
    artefact = fit_assembler(records, preps, train, seed=seed)
    model = AssemblerModel.from_json(artefact)
    after = None
    if field_stages is not None and any(_is_learned(s) for s in bench.after):
        trained = list(field_stages([records[i] for i in train]))
        after = [s for s in bench.after if not _is_learned(s)]
        at = next((n for n, s in enumerate(bench.after) if _is_learned(s)), len(after))
        after[at:at] = trained
    out = []
    for i in range(len(records)):
        if fold[i] == part:
            prep = preps[i]
            probs = [] if prep is None else bench.assembler.scores(prep, model)
            if scored is not None:
                scored[i] = Scored(prep, probs, threshold=model.threshold, doc_threshold=model.doc_threshold,
                                   rule_threshold=model.rule_threshold)
            events = [] if prep is None else bench.finish(bench.assembler.decide(prep, model, probs), after=after)
            out.append((records[i], events))
    return out, {k: artefact[k] for k in ("threshold", "doc_threshold", "rule_threshold")}


def cross_validate(records: Sequence[Mapping[str, Any]], *, bench: Workbench, folds: int = 5, seed: int = 0,
                   field_stages: FieldTrainer | None = None, progress: Progress | None = None) -> CVResult:
    """Grouped K-fold CV (see the module doc). ``field_stages(train_records)`` returns the learned
    field stages of a fold (trained on those records), used where the configuration has a learned
    field stage; without it the shipped ones are used."""
    say = progress or (lambda _m: None)
    say("preparing articles")
    preps = [bench.prepare(r) for r in records]
    fold = folds_of(len(records), k=folds, seed=seed)
    learned: list[tuple[Mapping[str, Any], list[dict[str, Any]]]] = []
    thresholds = []
    held_out: dict[int, Scored] = {}
    for part in range(folds):
        say(f"fold {part + 1}/{folds}: training on {sum(f != part for f in fold)} articles")
        pairs, chosen = run_fold(records, preps, bench=bench, fold=fold, part=part, seed=seed,
                                 field_stages=field_stages, scored=held_out)
        learned += pairs
        thresholds.append(chosen)
    say("rule pipeline on the same articles")
    scored = {id(r) for r, _ in learned}
    order = {id(r): n for n, r in enumerate(records)}
    learned.sort(key=lambda pair: order[id(pair[0])])
    rules = [(records[i], bench.rule_events(preps[i])) for i in range(len(records)) if id(records[i]) in scored]
    return CVResult(learned=evaluate(learned), rules=evaluate(rules), folds=folds, thresholds=thresholds,
                    predictions=learned, anatomy=error_anatomy(records, preps, learned),
                    reliability=reliability(learned), headroom=headroom(records, held_out))


def fold_field_stages(*, seed: int = 0) -> FieldTrainer:
    """A :data:`FieldTrainer` that trains the learned field model on a fold's records."""

    def build(train: Sequence[Mapping[str, Any]]) -> list[Any]:
        from protest_tracker.pipeline.learn.artefacts import train_fields
        from protest_tracker.pipeline.learn.field_stage import LearnedFields

        return [LearnedFields(model=train_fields(train, seed=seed))]

    return build
