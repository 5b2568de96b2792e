"""Examples for the learned field classifiers: one event, as the classifiers see it.

A :class:`FieldExample` is one event: the sentences that report it (its *scope*), the title, the
article, the number of events in the article and the labels the cue rules of ``events.fields@1``
gave it. The rules become features (and votes the decision starts from), not verdicts.

Training and inference read the SAME scopes. :func:`rule_scopes` reproduces the scope
``events.fields@1`` reads for each event (its sentences, the two lead sentences before the first
report, background sentences left out), :func:`example_for_event` turns an extracted event into an
example with the labels the rules already put on it (the rules are not run again), and
:func:`examples_from_pipeline` runs the pipeline up to and including ``events.fields@1`` on gold
records, matches the extracted events to the gold ones (lenient, as the scorer) and gives each
matched event's example the GOLD labels. :func:`examples_from_gold` builds examples from the gold
evidence instead (the scope starts at the evidence sentences; the rules are run on that scope),
for gold events the pipeline missed.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from protest_tracker.model import Article, EventCandidate
from protest_tracker.pipeline.events.cues import CAUSE_CUES, TRIGGERS
from protest_tracker.pipeline.fields.classify import classify, scope_for
from protest_tracker.pipeline.text import Sentence, fold, split_sentences

FOLLOWING = 2
LEAD = 2


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
    event_type: str | None = None
    state_response: tuple[str, ...] | None = None
    grievance_categories: tuple[str, ...] | None = None


def _gold_labels(gold: Mapping[str, Any] | None) -> dict[str, Any]:
    if gold is None:
        return {}
    return {"event_type": str(gold.get("event_type") or "demonstration"),
            "state_response": tuple(sorted(set(gold.get("state_response") or ()) - {"none_reported"})),
            "grievance_categories": tuple(sorted(set(gold.get("grievance_categories") or ())))}


def scope_indices(anchors: Iterable[int], *, count: int, following: int = FOLLOWING) -> tuple[int, ...]:
    """The anchor sentences and the ``following`` sentences after each (within the article)."""
    out = {i + k for i in anchors for k in range(following + 1)}
    return tuple(sorted(i for i in out if 0 <= i < count))


def rule_scopes(article: Article) -> list[tuple[int, ...]]:
    """Per event, the sentence indices ``events.fields@1`` reads its type and responses from: the
    event's sentences (the two before the article's first report join the event reported first),
    background sentences removed unless they are a trigger of the event."""
    scopes = article.annotations["event_scopes"]
    first = min((min(t) for _, t in scopes if t), default=0)
    lead = tuple(range(max(0, first - LEAD), first))
    background = set(article.annotations.get("background_sentences", ()))
    out = []
    for indices, triggers in scopes:
        if triggers and min(triggers) == first:
            indices = lead + tuple(indices)
        chosen = sorted({i for i in indices if i not in background or i in triggers})
        out.append(tuple(chosen or sorted(triggers)))
    return out


def topical(folded: str, sentence: Sentence) -> bool:
    """Whether a sentence says what a protest was about (a trigger or a cause marker)."""
    return bool(TRIGGERS.find(folded, sentence.start, sentence.end)
                or CAUSE_CUES.find(folded, sentence.start, sentence.end))


def example_for_event(article: Article, event: EventCandidate, indices: Sequence[int], *,
                      gold: Mapping[str, Any] | None = None) -> FieldExample:
    """The example of an event extracted by the pipeline, read from the sentences ``indices``
    (see :func:`rule_scopes`) with the labels ``events.fields@1`` already put on it."""
    sentences = article.annotations["sentences"]
    return FieldExample(
        language=article.language or "und", title=article.title or "",
        scope_text="\n".join(sentences[i].text for i in indices), article_text=article.text,
        n_events=len(article.events), rule_type=event.event_type or "demonstration",
        rule_responses=tuple(r for r in event.state_response if r != "none_reported"),
        rule_grievances=tuple(event.grievance_categories), **_gold_labels(gold))


def example_for_scope(*, text: str, title: str, language: str, sentences: Sequence[Sentence],
                      anchors: Sequence[int], n_events: int, folded: str | None = None,
                      gold: Mapping[str, Any] | None = None) -> FieldExample:
    """The example of one event whose report starts at the ``anchors`` sentences, the rules run
    on that scope (for a single-event article, grievances from its topical sentences, as
    ``events.fields@1`` does)."""
    folded = fold(text) if folded is None else folded
    indices = scope_indices(anchors, count=len(sentences))
    scope = scope_for(sentences, indices, anchors, fold(title))
    topics = None
    if n_events == 1:
        wide = [s.index for s in sentences if s.index in anchors or topical(folded, s)]
        topics = scope_for(sentences, tuple(wide) + indices, anchors, fold(title))
    values = classify(text, folded, scope, topics=topics)
    return FieldExample(
        language=language, title=title, scope_text="\n".join(sentences[i].text for i in indices),
        article_text=text, n_events=n_events, rule_type=values.event_type,
        rule_responses=tuple(r for r in values.state_response if r != "none_reported"),
        rule_grievances=tuple(values.grievances), **_gold_labels(gold))


def examples_from_gold(record: Mapping[str, Any], *, missing: list[str] | None = None,
                       only: Iterable[int] | None = None) -> list[FieldExample]:
    """One example per gold event of a gold-format record (only the events numbered ``only`` when
    given); the scope starts at the sentence(s) holding the event's ``evidence``. Events whose
    evidence is not in the text are skipped (their record id is appended to ``missing``)."""
    text = str(record.get("text") or "")
    golds = [g for g in record.get("gold") or () if isinstance(g, Mapping)]
    if not golds:
        return []
    wanted = set(range(len(golds)) if only is None else only)
    sentences = split_sentences(text)
    folded = fold(text)
    out = []
    for number, gold in enumerate(golds):
        if number not in wanted:
            continue
        evidence = str(gold.get("evidence") or "").strip()
        start = text.find(evidence) if evidence else -1
        end = start + len(evidence)
        anchors = [s.index for s in sentences if s.start < end and s.end > start] if start >= 0 else []
        if not anchors:
            if missing is not None:
                missing.append(str(record.get("id")))
            continue
        out.append(example_for_scope(text=text, title=str(record.get("title") or ""),
                                     language=str(record.get("language") or "und"), sentences=sentences,
                                     anchors=anchors, n_events=len(golds), folded=folded, gold=gold))
    return out


@lru_cache(maxsize=4)
def rule_field_pipeline(config_path: str | None = None) -> Any:
    """The configured pipeline (default: shipped) up to and including ``events.fields@1``. When
    its event assembler's artefact cannot be loaded (e.g. being retrained for a new feature space)
    the rule event detector ``events.detect@2`` stands in, so field training still runs."""
    from protest_tracker.pipeline.config import build_pipeline, load_config
    from protest_tracker.pipeline.framework import Pipeline

    config = load_config(config_path)
    stages = list(build_pipeline(config).stages)
    try:
        for built in stages:
            getattr(built.stage, "model", None)
    except Exception:  # noqa: BLE001 — an unreadable artefact: fall back to the rule detector
        config["stages"] = [{"use": "events.detect@2"} if e["use"].startswith("events.assemble") else e
                            for e in config["stages"]]
        stages = list(build_pipeline(config).stages)
    at = next(i for i, b in enumerate(stages) if b.spec.name == "events.fields")
    return Pipeline(stages[: at + 1], name="fields-training")


_CACHE: dict[tuple[int, str], tuple[Any, tuple[list[FieldExample], list[int]]]] = {}


def pipeline_examples(record: Mapping[str, Any], *, pipeline: Any = None) -> tuple[list[FieldExample], list[int]]:
    """The examples of the events the pipeline (default: :func:`rule_field_pipeline`) extracts from
    ``record`` that match a gold event (with the gold labels), and the numbers of the gold events
    no extracted event matched. Results are cached per pipeline and record."""
    from protest_tracker.pipeline.runner import article_from_record
    from protest_tracker.pipeline.scoring import match_events

    pipeline = pipeline or rule_field_pipeline()
    key = (id(pipeline), hashlib.sha256(json.dumps(record, sort_keys=True, default=str).encode()).hexdigest())
    cached = _CACHE.get(key)
    if cached is not None and cached[0] is pipeline:  # the pipeline is kept: its id is not reused
        return cached[1]
    golds = [g for g in record.get("gold") or () if isinstance(g, Mapping)]
    article = pipeline.run(article_from_record(record))
    events = list(article.events) if golds and not article.dropped else []
    pairs = match_events(golds, [e.to_exchange() for e in events], strict=False) if events else []
    scopes = rule_scopes(article) if events else []
    examples = [example_for_event(article, events[p], scopes[p], gold=golds[g]) for g, p in sorted(pairs)]
    result = (examples, sorted(set(range(len(golds))) - {g for g, _ in pairs}))
    if len(_CACHE) > 5000:
        _CACHE.clear()
    _CACHE[key] = (pipeline, result)
    return result


def examples_from_pipeline(records: Iterable[Mapping[str, Any]], *, missed_from_gold: bool = False,
                           pipeline: Any = None) -> list[FieldExample]:
    """Training examples on inference scopes (see the module doc); with ``missed_from_gold`` also
    the gold-evidence example of every gold event the pipeline missed."""
    out: list[FieldExample] = []
    for record in records:
        examples, missed = pipeline_examples(record, pipeline=pipeline)
        out += examples
        if missed_from_gold and missed:
            out += examples_from_gold(record, only=missed)
    return out
