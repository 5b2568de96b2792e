"""What an event's confidence is worth: out-of-fold precision at each confidence threshold.

The auto-publish policy (``web/publishing.py``) publishes machine-coded events whose
``confidence`` is at or above ``min_confidence``. An operator choosing that threshold needs to
know what it buys. :func:`reliability` takes the out-of-fold predictions of a cross-validation
and reports, for each threshold, how many events would be published, how many of them a careful
coder also coded (the same place and day, lenient matching), and how many come from articles
that report no protest at all — the non-events a public page must not show.

The counts follow the evaluation's rules (as :mod:`~protest_tracker.pipeline.learn.anatomy`
does): an article whose gold events are all optional is left out, and a predicted event matched
to an optional gold event is neither right nor wrong, so it is not counted. ``ranking_auc`` says
how well confidence orders right events above wrong ones (0.5: not at all; 1.0: perfectly).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from protest_tracker.pipeline.scoring import match_events, required_events

#: the thresholds reported (``0.0``: every event the extractor keeps)
THRESHOLDS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9)


def scored_events(predictions: Sequence[tuple[Mapping[str, Any], Sequence[Mapping[str, Any]]]],
                  ) -> list[tuple[float, bool, bool]]:
    """(confidence, matches a gold event, article reports an event) for every counted event."""
    rows: list[tuple[float, bool, bool]] = []
    for record, events in predictions:
        golds = record.get("gold") or []
        required = required_events(golds)
        if golds and not required:
            continue  # only optional events: either answer is acceptable
        pairs = match_events(golds, events, strict=False)
        matched = {pi: gi for gi, pi in pairs}
        for pi, event in enumerate(events):
            if pi in matched and golds[matched[pi]].get("optional"):
                continue
            rows.append((float(event.get("confidence") or 0.0), pi in matched, bool(required)))
    return rows


def ranking_auc(rows: Sequence[tuple[float, bool, bool]]) -> float | None:
    """The probability that a right event has a higher confidence than a wrong one (ties: half)."""
    # scikit-learn is imported when used, as in trees.py and sentences.py
    from sklearn.metrics import roc_auc_score

    labels = [ok for _, ok, _ in rows]
    if all(labels) or not any(labels):
        return None
    return round(float(roc_auc_score(labels, [c for c, _, _ in rows])), 3)


def reliability(predictions: Sequence[tuple[Mapping[str, Any], Sequence[Mapping[str, Any]]]], *,
                thresholds: Sequence[float] = THRESHOLDS) -> dict[str, Any]:
    """``{"events", "ranking_auc", "rows", "by_language"}``; one row per threshold:
    ``min_confidence``, ``events`` at or above it, ``matched`` (a gold event agrees),
    ``precision``, ``in_articles_without_events`` and their ``non_event_share``;
    ``by_language`` holds the same (without ``by_language``) per record ``language``."""
    by_language: dict[str, list[tuple[float, bool, bool]]] = {}
    for record, events in predictions:
        by_language.setdefault(str(record.get("language") or "?"), []).extend(scored_events([(record, events)]))
    found = _table([row for rows in by_language.values() for row in rows], thresholds)
    found["by_language"] = {lang: _table(by_language[lang], thresholds) for lang in sorted(by_language)}
    return found


def _table(rows: Sequence[tuple[float, bool, bool]], thresholds: Sequence[float]) -> dict[str, Any]:
    """The rows of one table (see :func:`reliability`) from :func:`scored_events`' rows."""
    table = []
    for threshold in thresholds:
        kept = [(ok, real) for c, ok, real in rows if c >= threshold]
        matched = sum(ok for ok, _ in kept)
        non_events = sum(not real for _, real in kept)
        table.append({"min_confidence": threshold, "events": len(kept), "matched": matched,
                      "precision": round(matched / len(kept), 3) if kept else None,
                      "in_articles_without_events": non_events,
                      "non_event_share": round(non_events / len(kept), 3) if kept else None})
    return {"events": len(rows), "ranking_auc": ranking_auc(rows), "rows": table}
