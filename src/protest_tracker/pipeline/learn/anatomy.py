"""Where events are lost: the out-of-fold errors of a cross-validation, counted by cause.

An F1 figure says how much is wrong, not where to work next. For every gold event the
extractor missed, :func:`error_anatomy` asks how far the article got:

* ``dropped`` — the article never reached event detection (no protest wording, or a stage
  before it dropped the article);
* ``no_candidate_date`` — a candidate names the event's place but none its date (most often an
  article with no publication date and no year in the text);
* ``no_candidate_place`` — a candidate has the date but none the place (a village missing from
  the gazetteer, a capital or region centre taken instead);
* ``no_candidate`` — no candidate has the place or the date, or each only in candidates that
  lack the other (a place and a date the generator never paired);
* ``not_kept`` — a candidate matches the event, but the assembler scored it below its threshold
  or kept a clashing one instead.

Every predicted event that matches nothing is ``spurious`` either in an article that reports
no event (a ban, a trial, an anniversary: a non-event on a public page) or beside real events
(a second day or city read from the same report). Counts follow the evaluation's rules: optional
gold events are neither missed nor matched, and an article whose only gold events are optional
is left out, as it is in the document score.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from protest_tracker.pipeline.learn.assembler import Prepared
from protest_tracker.pipeline.learn.train import candidate_label
from protest_tracker.pipeline.scoring import city_key, date_agreement, match_events, required_events

#: causes of a missed gold event, in the order an article goes through the pipeline
MISSED = ("dropped", "no_candidate", "no_candidate_place", "no_candidate_date", "not_kept")
#: kinds of predicted events that match no gold event
SPURIOUS = ("spurious_in_article_without_events", "spurious_beside_events")
CAUSES = (*MISSED, *SPURIOUS)


def miss_cause(gold: Mapping[str, Any], prepared: Prepared | None) -> str:
    """Why ``gold`` (an event the extractor missed) was lost; one of :data:`MISSED`."""
    if prepared is None:
        return "dropped"
    candidates = prepared.candidates
    if any(candidate_label(c, [gold]) == 1 for c in candidates):
        return "not_kept"
    country = gold.get("country")
    place = any(c.country == country and city_key(c.city) == city_key(gold.get("city")) for c in candidates)
    day = any(date_agreement(gold, {"date": c.date}) >= 1 for c in candidates)
    if place and not day:
        return "no_candidate_date"
    if day and not place:
        return "no_candidate_place"
    return "no_candidate"


def article_anatomy(golds: Sequence[Mapping[str, Any]], preds: Sequence[Mapping[str, Any]],
                    prepared: Prepared | None) -> Counter[str]:
    """The causes of one article's missed and spurious events."""
    counts: Counter[str] = Counter()
    required = required_events(golds)
    if golds and not required and preds:
        return counts  # only optional events: either answer is acceptable
    pairs = match_events(golds, preds, strict=False)
    matched_gold = {gi for gi, _ in pairs}
    for gi, gold in enumerate(golds):
        if not gold.get("optional") and gi not in matched_gold:
            counts[miss_cause(gold, prepared)] += 1
    spurious = len(preds) - len(pairs)
    if spurious:
        counts[SPURIOUS[1] if required else SPURIOUS[0]] += spurious
    return counts


def error_anatomy(records: Sequence[Mapping[str, Any]], preps: Sequence[Prepared | None],
                  predictions: Sequence[tuple[Mapping[str, Any], Sequence[Mapping[str, Any]]]],
                  ) -> dict[str, dict[str, int]]:
    """Per language, then ``all``: the count of each cause in :data:`CAUSES` (zeros included)
    over the scored articles; ``predictions`` pairs records (the same objects as in
    ``records``) with the events found for them."""
    prepared = {id(r): p for r, p in zip(records, preps, strict=True)}
    totals: dict[str, Counter[str]] = {}
    for record, events in predictions:
        counts = article_anatomy(record.get("gold") or [], events, prepared.get(id(record)))
        for key in (str(record.get("language") or "?"), "all"):
            totals.setdefault(key, Counter()).update(counts)
    order = sorted(k for k in totals if k != "all") + (["all"] if totals else [])
    return {key: {cause: totals[key][cause] for cause in CAUSES} for key in order}
