"""``events.assemble@1``: a trained model decides which candidate (place, date) pairs are events.

The stage reuses everything :class:`~protest_tracker.pipeline.events.stages.DetectEvents`
computes — dating, places, per-sentence facts and the rule segmentation — and turns it
into :mod:`candidates <protest_tracker.pipeline.learn.candidates>`. A boosted-tree model
(:mod:`~protest_tracker.pipeline.learn.trees`) scores each one; :func:`select` keeps
those above the event threshold, one per country + city + day (±1) or month, and none
at all when the article's best candidate is below the document threshold. The kept
candidates become drafts, so the field stages after this one work unchanged and every
field keeps its evidence span.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from protest_tracker.model import Article
from protest_tracker.pipeline.events.stages import DetectEvents, EventContext, stage_factory
from protest_tracker.pipeline.framework import StageSpec
from protest_tracker.pipeline.learn.candidates import (
    FEATURES,
    Candidate,
    CandidateBuilder,
    add_document_score,
    add_sentence_scores,
    protest_sentences,
)
from protest_tracker.pipeline.learn.sentences import SentenceModel, document_text
from protest_tracker.pipeline.learn.trees import TreeModel

DEFAULT_MODEL = Path(__file__).resolve().parents[2] / "data" / "models" / "assembler.json"


@dataclass(frozen=True)
class AssemblerModel:
    """The scoring trees plus the two decision thresholds tuned in cross-validation."""

    trees: TreeModel
    sentences: SentenceModel
    document: SentenceModel | None
    threshold: float
    doc_threshold: float
    rule_threshold: float
    digest: str

    @classmethod
    def from_json(cls, data: Mapping[str, Any], *, digest: str = "") -> AssemblerModel:
        if tuple(data["trees"]["features"]) != FEATURES:
            raise ValueError("assembler artefact was trained with other features; retrain it")
        document = SentenceModel(data["document"]) if data.get("document") else None
        return cls(trees=TreeModel(data["trees"]), sentences=SentenceModel(data["sentences"]), document=document,
                   threshold=float(data["threshold"]),
                   doc_threshold=float(data["doc_threshold"]),
                   rule_threshold=float(data.get("rule_threshold", data["threshold"])), digest=digest)

    @classmethod
    def load(cls, path: Path | None = None) -> AssemblerModel:
        raw = (path or DEFAULT_MODEL).read_bytes()
        return cls.from_json(json.loads(raw), digest=hashlib.sha256(raw).hexdigest())


@dataclass(slots=True)
class Prepared:
    """An article with its context, rule drafts and scored-to-be candidates."""

    article: Article
    ctx: EventContext | None
    rule_drafts: list[Any]
    rejected: list[str]
    candidates: list[Candidate]


def _day(value: str | None) -> dt.date | None:
    if not value or len(value) != 10:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def clashes(a: Candidate, b: Candidate) -> bool:
    """Whether two candidates would report the same event (the second is then dropped)."""
    if a.country != b.country:
        return False
    if a.city != b.city and a.city is not None and b.city is not None:
        return False
    if a.date is None or b.date is None:
        return a.city == b.city or a.date == b.date
    if a.date[:7] != b.date[:7] and (a.precision == "month" or b.precision == "month"):
        return False
    if a.precision == "month" or b.precision == "month":
        return True
    if a.date == b.date:
        return True
    da, db = _day(a.date), _day(b.date)
    if da is None or db is None or abs((da - db).days) > 1:
        return False
    # next days in one place are two events when the text dates both; a day apart from a
    # reference or relative date is more likely one event read twice
    return not ("sentence" in a.date_sources and "sentence" in b.date_sources)


def _stated(cand: Candidate) -> bool:
    """Whether the candidate's date is written in its own sentences (not only the reference date)."""
    return "sentence" in cand.date_sources


def _rule_placed(cand: Candidate) -> bool:
    """A rule candidate placed below the country level (a country-only rule event has to earn
    its place like any other candidate: most of them are a story's summary line)."""
    return cand.rule and getattr(cand.place_mention, "kind", "city") != "country"


def ranked(candidates: Sequence[Candidate], probs: Sequence[float]) -> list[tuple[Candidate, float]]:
    """Candidates with their scores, best first (ties in a fixed order: by key)."""
    return sorted(zip(candidates, probs, strict=True), key=lambda cp: (-cp[1], repr(cp[0].key)))


def select(candidates: Sequence[Candidate], probs: Sequence[float], *, threshold: float,
           doc_threshold: float, rule_threshold: float | None = None,
           max_events: int = 12) -> list[tuple[Candidate, float]]:
    """Candidates kept as events, best first: above ``threshold`` (``rule_threshold`` for those the
    rule segmentation also made) and not clashing with a better one; nothing when the best is
    below ``doc_threshold`` (the article reports no event)."""
    rule_threshold = threshold if rule_threshold is None else rule_threshold
    order = ranked(candidates, probs)
    if not order or order[0][1] < doc_threshold:
        return []
    kept: list[tuple[Candidate, float]] = []
    for cand, p in order:
        if kept and p < (rule_threshold if _rule_placed(cand) else threshold):
            continue
        clashing = [n for n, (k, _) in enumerate(kept) if clashes(k, cand)]
        if clashing:
            # one event read twice: a day the text states beats the article's own date
            n = clashing[0]
            if len(clashing) == 1 and _stated(cand) and not _stated(kept[n][0]):
                kept[n] = (cand, kept[n][1])
            continue
        kept.append((cand, float(p)))
        if len(kept) >= max_events:
            break
    return kept


class LearnedAssembler(DetectEvents):
    """Events chosen by a trained model from rule candidates (see the module doc)."""

    def __init__(self, *, recognisers: Any, model: AssemblerModel | None = None,
                 model_path: str | None = None, **options: Any) -> None:
        super().__init__(recognisers=recognisers, **options)
        self._model = model
        self._model_path = Path(model_path) if model_path else None

    @property
    def model(self) -> AssemblerModel:
        """The scoring model (the shipped artefact unless one was given), loaded on first use."""
        if self._model is None:
            self._model = AssemblerModel.load(self._model_path)
        return self._model

    def fingerprint(self) -> str:
        return self.model.digest

    def prepare(self, article: Article) -> Prepared:
        article, ctx = self.context(article)
        vetoed: set[int] = set()
        drafts, rejected = self.rule_drafts(article, ctx, vetoed=vetoed)
        builder = CandidateBuilder(text=article.text, facts=ctx.facts, ctx=ctx, language=article.language,
                                   published=article.published is not None,
                                   title_protest=bool(article.annotations.get("title_protest")),
                                   title=article.title or "")
        builder.from_sentences(options=self.options, vetoed=vetoed)
        builder.from_rules(drafts)
        return Prepared(article, ctx, drafts, rejected, builder.candidates())

    def scores(self, prepared: Prepared, model: AssemblerModel | None = None) -> list[float]:
        """The model's probability that each candidate is an event the article reports."""
        model = model or self.model
        cands, ctx = prepared.candidates, prepared.ctx
        if not cands or ctx is None:
            return []
        facts = ctx.facts
        indices = protest_sentences(facts)
        sentence_scores = model.sentences.score([facts[i].sentence.text for i in indices])
        add_sentence_scores(cands, dict(zip(indices, (float(x) for x in sentence_scores), strict=True)))
        if model.document is not None:
            article = prepared.article
            add_document_score(cands, float(model.document.score([document_text(article.title, article.text)])[0]))
        return [float(p) for p in model.trees.predict_proba([c.features for c in cands])]

    def decide(self, prepared: Prepared, model: AssemblerModel | None = None,
               probs: Sequence[float] | None = None) -> Article:
        """The article with the kept candidates as events (``probs``: :meth:`scores`, if already computed)."""
        model = model or self.model
        cands, ctx = prepared.candidates, prepared.ctx
        if ctx is None:
            raise ValueError("an article prepared without its context cannot be decided")
        probs = self.scores(prepared, model) if probs is None else probs
        kept = select(cands, list(probs), threshold=model.threshold, doc_threshold=model.doc_threshold,
                      rule_threshold=model.rule_threshold, max_events=self.options.max_events)
        kept.sort(key=lambda cp: min(cp[0].triggers or cp[0].weak or {0}))
        drafts = [c.to_draft(facts=ctx.facts) for c, _ in kept]
        support = [{"assembler_score": round(p, 4)} for _, p in kept]
        return self.emit(prepared.article, ctx, drafts, prepared.rejected, extra_support=support)

    def __call__(self, article: Article) -> Article:
        return self.decide(self.prepare(article))


STAGES = (
    StageSpec("events.assemble", 1, stage_factory(LearnedAssembler, needs_recognisers=True),
              requires=("folded", "sentences", "language"),
              assigns=("events", "event_scopes", "event_support", "rejected"),
              description="a trained model picks the events from rule candidates (place × date)"),
)
