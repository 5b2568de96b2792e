"""Where the assembler's headroom is: its out-of-fold scores with one decision made perfectly.

The assembler makes two decisions from the candidates' scores: whether an article reports any
event at all (the document gate) and how many of its candidates to keep (the event threshold and
the clash rule). :func:`headroom` re-runs both on the same out-of-fold candidate scores with
one of them replaced by the gold answer, so a team can see which decision is worth work:

* ``as_run`` — the assembler's own choices (equal to the cross-validation's learned scores);
* ``perfect_document`` — the same choices, but events only in articles that report one;
* ``perfect_count`` — in every article the best-scored candidates that do not clash, as many as
  the article has gold events (none where it has none): a perfect document gate *and* count,
  the scores still choosing *which* candidates;
* ``candidate_ceiling`` — every gold event that some candidate matches, and nothing else: the
  most any choice among these candidates can reach (the candidate generators' limit).

Counts follow the evaluation (:mod:`protest_tracker.pipeline.evaluate`): an article whose gold
events are all optional, and optional events, count neither way.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from protest_tracker.pipeline.evaluate import evaluate
from protest_tracker.pipeline.learn.assembler import Prepared, clashes, ranked
from protest_tracker.pipeline.learn.candidates import Candidate
from protest_tracker.pipeline.learn.thresholds import kept_at
from protest_tracker.pipeline.learn.train import candidate_label
from protest_tracker.pipeline.scoring import match_events, required_events

VARIANTS = ("as_run", "perfect_document", "perfect_count", "candidate_ceiling")


@dataclass(frozen=True)
class Scored:
    """One held-out article's candidates with their out-of-fold scores and its fold's thresholds."""

    prepared: Prepared | None
    probs: Sequence[float]
    threshold: float
    doc_threshold: float
    rule_threshold: float


def best_clear(candidates: Sequence[Candidate], probs: Sequence[float], k: int) -> list[Candidate]:
    """The ``k`` best-scored candidates that do not clash with a better one."""
    kept: list[Candidate] = []
    for cand, _ in ranked(candidates, probs):
        if len(kept) >= k:
            break
        if not any(clashes(other, cand) for other in kept):
            kept.append(cand)
    return kept


def _as_run(record: Mapping[str, Any], s: Scored) -> list[Candidate]:
    return kept_at(s.prepared, s.probs, threshold=s.threshold, doc_threshold=s.doc_threshold,
                   rule_threshold=s.rule_threshold)


def _perfect_document(record: Mapping[str, Any], s: Scored) -> list[Candidate]:
    return _as_run(record, s) if required_events(record.get("gold") or []) else []


def _perfect_count(record: Mapping[str, Any], s: Scored) -> list[Candidate]:
    if s.prepared is None or not s.probs:
        return []
    return best_clear(s.prepared.candidates, s.probs, len(required_events(record.get("gold") or [])))


def _ceiling(record: Mapping[str, Any], s: Scored) -> list[Candidate]:
    if s.prepared is None:
        return []
    golds = record.get("gold") or []
    required = required_events(golds)
    matching = [c for c in s.prepared.candidates if any(candidate_label(c, [g]) == 1 for g in required)]
    pairs = match_events(golds, [c.as_prediction() for c in matching], strict=False)
    return [matching[pi] for gi, pi in pairs if not golds[gi].get("optional")]


CHOOSERS: dict[str, Callable[[Mapping[str, Any], Scored], list[Candidate]]] = {
    "as_run": _as_run, "perfect_document": _perfect_document, "perfect_count": _perfect_count,
    "candidate_ceiling": _ceiling,
}


def headroom(records: Sequence[Mapping[str, Any]], scored: Mapping[int, Scored]) -> dict[str, dict[str, Any]]:
    """Per variant of :data:`VARIANTS`: document F1, lenient event F1 and its tp / fp / fn over the
    scored articles (``scored`` maps an index into ``records`` to its :class:`Scored`)."""
    out: dict[str, dict[str, Any]] = {}
    for name in VARIANTS:
        choose = CHOOSERS[name]
        report = evaluate((records[i], [c.as_prediction() for c in choose(records[i], s)]) for i, s in sorted(scored.items()))
        overall = report.overall.report()
        event = overall["event_lenient"]
        out[name] = {"document_f1": overall["document"]["f1"], "event_f1": event["f1"],
                     "tp": event["tp"], "fp": event["fp"], "fn": event["fn"]}
    return out
