"""Processing inside the database: extract new articles, link their reports to events, regroup campaigns.

:func:`process_pending` takes the articles the current pipeline version has not
processed, runs the pure pipeline on them through
:func:`protest_tracker.pipeline.runner.process_articles` (the runner ``extract``
and ``backfill`` use: an article a stage crashes on comes out dropped as
``stage_error``, is audited and counted, and is stamped with the version like
any dropped article, so it is retried when the pipeline version changes), and links every candidate
incrementally: a blocking query (same country, dates within a month and a day)
fetches the events it could belong to, the pure linking rules score them, and
the candidate either joins the best event or becomes a new candidate event.
Events an analyst has acted on (``in_review``, ``verified``, ``published``) get
the new report attached and ``needs_review`` set, but no field changes; campaign
regrouping never moves them either (see :mod:`protest_tracker.store.campaign_sync`).
Every change goes through :func:`protest_tracker.store.audit.record`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any, NamedTuple

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from protest_tracker import model
from protest_tracker.errors import TrackerError
from protest_tracker.linking.merge import merge_reports
from protest_tracker.linking.reports import Report, report_from_candidate
from protest_tracker.linking.similarity import MERGE_THRESHOLD, features, pair_score, same_city_day
from protest_tracker.pipeline.runner import process_articles
from protest_tracker.store import audit
from protest_tracker.store.articles import to_model_article
from protest_tracker.store.campaign_sync import recompute_campaigns
from protest_tracker.store.events import attach_report, candidate_values, create_event
from protest_tracker.store.linking_rows import (
    PROTECTED_STATUSES,
    conflicts_to_store,
    linked_event_of,
    reports_with_articles,
    with_reports,
)
from protest_tracker.store.models import Article, Event
from protest_tracker.store.people import record_people

ACTOR = "linking"
#: How far back the blocking query looks: a month-precision event is stored on the 1st.
WINDOW_DAYS = 32


@dataclass
class ProcessSummary:
    """What one run of :func:`process_pending` did."""

    articles: int = 0
    dropped: int = 0
    #: Articles a pipeline stage crashed on (also in ``dropped``; audited as ``stage_error``).
    stage_errors: int = 0
    failed: int = 0
    candidates: int = 0
    new_events: int = 0
    attached: int = 0
    updated_events: int = 0
    flagged_for_review: int = 0
    campaigns: int = 0
    #: Pinned events regrouping would have moved to another campaign, flagged ``needs_review`` instead.
    campaign_moves_flagged: int = 0

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


def _report(row: Article, candidate: model.EventCandidate, index: int) -> Report:
    return report_from_candidate(candidate, article_id=row.id, revision=str(row.revision), index=index,
                                 outlet=row.outlet or None, language=row.language or None,
                                 published=row.published.isoformat() if row.published else None)


class _Match(NamedTuple):
    """A stored event a report is compatible with."""

    score: float
    same_day: bool  # same city, same day as the report
    event: Event
    articles: frozenset[str]  # the articles that report it


def find_event(report: Report, *, exclude: set[int], threshold: float = MERGE_THRESHOLD) -> Event | None:
    """The stored event ``report`` most likely describes, or ``None``."""
    feature = features(report)
    if not feature.country or feature.days is None:
        return None
    low = dt.date.fromordinal(feature.days[0] - WINDOW_DAYS - 1)
    high = dt.date.fromordinal(feature.days[1] + 1)
    rows = with_reports(Event.objects.filter(country=feature.country, date__range=(low, high))
                        .exclude(status="rejected").exclude(pk__in=exclude)
                        .select_related("campaign").order_by("public_id"))
    compatible: list[_Match] = []
    for event in rows:
        linked = linked_event_of(event)
        headline = features(Report(article_id=f"event:{event.public_id}", revision="h", index=0,
                                   candidate=linked.headline))
        score = pair_score(feature, headline)
        if score is None:
            continue
        others = [r for r in linked.reports if r.article_id != report.article_id]
        if any(pair_score(feature, features(r)) is None for r in others):
            continue
        if len(others) < len(linked.reports):
            score += 0.1  # this article already reports the event (a revision or a re-run)
        compatible.append(_Match(score, same_city_day(feature, headline), event,
                                 frozenset(r.article_id for r in linked.reports)))
    # day to day (as in linking.coref): an event a day apart is no candidate when an outlet of it
    # also reports the report's very day in its city (a compatible event): that outlet told the
    # two days apart, however many details the day-apart event shares with the report
    told_apart = frozenset().union(*(c.articles for c in compatible if c.same_day))
    eligible = [c for c in compatible if c.score >= threshold and (c.same_day or not c.articles & told_apart)]
    best = max(eligible, key=lambda c: c.score, default=None)
    return best.event if best else None


def _refresh_event(event: Event, *, version: str, batch: str) -> bool:
    """Re-merge an unprotected event's reports into its fields; audited per field. True when changed."""
    linked = linked_event_of(event, reports_with_articles().filter(event=event))
    headline, conflicts, _ = merge_reports(linked.reports)
    values = candidate_values(headline)
    values["conflicts"] = conflicts_to_store(conflicts)
    values["pipeline_version"] = version
    changed = False
    for name, new in values.items():
        old = getattr(event, name)
        if old == new or (name == "confidence" and abs(old - new) < 1e-9):
            continue
        setattr(event, name, new)
        changed = True
        audit.record(actor=ACTOR, action="update", object_type="event", object_id=event.public_id,
                     field=name, old=old, new=new, reason="linking: reports merged", batch=batch)
    if changed:
        event.save()
    return changed


def link_candidate(row: Article, candidate: model.EventCandidate, *, index: int, used: set[int],
                   version: str, summary: ProcessSummary, batch: str) -> Event:
    """Attach one extracted candidate to an existing event or create one."""
    report = _report(row, candidate, index)
    event = find_event(report, exclude=used)
    if event is None:
        headline, _, _ = merge_reports([report])
        event = create_event(headline, actor=ACTOR, pipeline_version=version, reason="linking: new report")
        attach_report(event, row, candidate, actor=ACTOR, pipeline_version=version)
        record_people(event, candidate, actor=ACTOR, batch=batch)
        summary.new_events += 1
        return event
    attach_report(event, row, candidate, actor=ACTOR, pipeline_version=version)
    record_people(event, candidate, actor=ACTOR, batch=batch)
    summary.attached += 1
    if event.status in PROTECTED_STATUSES:
        if not event.needs_review:
            event.needs_review = True
            event.save(update_fields=["needs_review", "updated_at"])
            audit.record(actor=ACTOR, action="flag", object_type="event", object_id=event.public_id,
                         field="needs_review", old=False, new=True, batch=batch,
                         reason=f"linking: new report {row.id} on a {event.status} event")
        summary.flagged_for_review += 1
    elif _refresh_event(event, version=version, batch=batch):
        summary.updated_events += 1
    return event


def process_article(row: Article, result: model.Article, *, version: str, summary: ProcessSummary) -> None:
    """Link the events the pipeline found in ``row`` and mark it processed (one transaction)."""
    batch = audit.new_batch()
    with transaction.atomic():
        used: set[int] = set()
        for index, candidate in enumerate(() if result.dropped else result.events):
            summary.candidates += 1
            used.add(link_candidate(row, candidate, index=index, used=used, version=version,
                                    summary=summary, batch=batch).pk)
        row.processed_version = version
        row.processed_at = timezone.now()
        row.save(update_fields=["processed_version", "processed_at"])
    summary.dropped += bool(result.dropped)


def record_result(row: Article, result: model.Article, *, version: str, summary: ProcessSummary) -> bool:
    """Store one pipeline result (:func:`process_article`), counted and audited; False when linking
    failed (a ``TrackerError``: audited ``process_failed``, the article stays pending)."""
    try:
        process_article(row, result, version=version, summary=summary)
    except TrackerError as error:
        summary.failed += 1
        audit.record(actor=ACTOR, action="process_failed", object_type="article", object_id=row.id,
                     reason=str(error)[:500])
        return False
    summary.articles += 1
    if result.dropped == "stage_error":
        summary.stage_errors += 1
        audit.record(actor=ACTOR, action="stage_error", object_type="article", object_id=row.id,
                     reason=str(result.annotations.get("stage_error", ""))[:500])
    return True


def process_pending(
    *, pipeline: Any, batch_size: int = 100, progress: Callable[[int, int], None] | None = None,
    limit: int | None = None, campaigns: bool = True,
) -> ProcessSummary:
    """Process every article the pipeline's current version has not seen, then regroup campaigns.

    ``pipeline`` needs ``version_id`` and ``run(article) -> article`` (see
    ``protest_tracker.pipeline``). ``progress(done, total)`` is called after each
    article. An article a stage crashes on is processed as dropped ``stage_error``
    (counted in ``stage_errors``, audited); an article whose linking fails is
    counted in ``failed`` and left unprocessed for the next run; nothing is lost.
    """
    version = pipeline.version_id
    summary = ProcessSummary()
    failed: set[str] = set()
    pending = Article.objects.exclude(processed_version=version)
    total = pending.count() if limit is None else min(limit, pending.count())
    while limit is None or summary.articles + summary.failed < limit:
        size = batch_size if limit is None else min(batch_size, limit - summary.articles - summary.failed)
        ordered = pending.order_by(F("published").asc(nulls_first=True), "id")  # same on both backends
        # Failed articles stay pending; they are skipped here rather than in an ``IN`` list that grows.
        rows = [row for row in ordered[:size + len(failed)] if row.id not in failed][:size]
        if not rows:
            break
        results = process_articles((to_model_article(row) for row in rows), pipeline=pipeline)
        for row, result in zip(rows, results, strict=True):
            if not record_result(row, result, version=version, summary=summary):
                failed.add(row.id)
            if progress:
                progress(summary.articles + summary.failed, total)
    if campaigns:
        regrouped = recompute_campaigns(actor=ACTOR)
        summary.campaigns, summary.campaign_moves_flagged = regrouped.campaigns, regrouped.flagged_events
    return summary
