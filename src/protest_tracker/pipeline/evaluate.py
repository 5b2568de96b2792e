"""Evaluation over gold records: overall and per-language scores plus the errors worth reading.

Pure functions over already-parsed records (the CLI reads the files): a gold
record is an input article with a ``gold`` list; predictions are the events the
extractor returned for it, in the exchange format.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from protest_tracker.pipeline.scoring import Score, match_events, required_events, score_article


@dataclass(frozen=True, slots=True)
class EvalError:
    """One thing the extractor got wrong, for a human to look at."""

    article_id: str
    language: str
    kind: str  # missed_article | false_article | missed_event | false_event
    detail: str


@dataclass(slots=True)
class EvalReport:
    overall: Score = field(default_factory=Score)
    by_language: dict[str, Score] = field(default_factory=dict)
    errors: list[EvalError] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "overall": self.overall.report(),
            "by_language": {lang: s.report() for lang, s in sorted(self.by_language.items())},
            "errors": [_error_dict(e) for e in self.errors],
        }


def _error_dict(error: EvalError) -> dict[str, str]:
    return {"article_id": error.article_id, "language": error.language, "kind": error.kind, "detail": error.detail}


def _describe(event: Mapping[str, Any]) -> str:
    where = "/".join(str(x) for x in (event.get("country"), event.get("city")) if x) or "?"
    evidence = str(event.get("evidence") or "")[:140]
    return f"{event.get('date') or '?'} {where} {event.get('event_type') or ''} — {evidence}"


def article_errors(article_id: str, language: str, golds: Sequence[Mapping[str, Any]],
                   preds: Sequence[Mapping[str, Any]]) -> list[EvalError]:
    """Document- and event-level errors for one article (lenient matching)."""
    required = required_events(golds)
    if required and not preds:
        return [EvalError(article_id, language, "missed_article", _describe(g)) for g in required]
    if preds and not golds:
        return [EvalError(article_id, language, "false_article", _describe(p)) for p in preds]
    pairs = match_events(golds, preds, strict=False)
    matched_g = {g for g, _ in pairs}
    matched_p = {p for _, p in pairs}
    out = [EvalError(article_id, language, "missed_event", _describe(g))
           for i, g in enumerate(golds) if i not in matched_g and not g.get("optional")]
    out += [EvalError(article_id, language, "false_event", _describe(p))
            for i, p in enumerate(preds) if i not in matched_p]
    return out


def evaluate(items: Iterable[tuple[Mapping[str, Any], Sequence[Mapping[str, Any]]]]) -> EvalReport:
    """Score ``(gold_record, predicted_events)`` pairs."""
    report = EvalReport()
    for record, preds in items:
        golds = list(record.get("gold") or [])
        language = str(record.get("language") or "und")
        article_id = str(record.get("id"))
        score_article(report.overall, golds, preds)
        score_article(report.by_language.setdefault(language, Score()), golds, preds)
        report.errors.extend(article_errors(article_id, language, golds, preds))
    return report


ERROR_ORDER = {"missed_article": 0, "false_article": 1, "missed_event": 2, "false_event": 3}


def worst_errors(errors: Sequence[EvalError], *, limit: int) -> list[EvalError]:
    """Errors ordered by kind (whole articles first), at most ``limit``."""
    return sorted(errors, key=lambda e: (ERROR_ORDER.get(e.kind, 9), e.language, e.article_id))[:limit]
