"""``export --format gold``: the articles behind analysts' decisions, as a training file.

Chooses what :mod:`protest_tracker.export.gold` writes. An event counts as *reviewed* when its
status is an analyst's decision (``verified``, ``published`` or ``rejected``, the set the review
services keep as training data) and no report has arrived since that decision
(``needs_review`` off); an event the auto-publish policy published (``machine-coded``) is no
analyst's decision and does not count. Every article with a report of such an event becomes one line: its gold
events are the reviewed, non-rejected events it reports, with their current (corrected) values.
Candidates and events still in review are never written as gold.

The file holds full article texts, so it is internal only (a public request is refused) and
every name of the people table is withheld from it, whatever the public-site setting says.
Each record is checked with the training reader's own check before it is written.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.db.models import Q

from protest_tracker.errors import ExportError
from protest_tracker.export.gold import (
    PUBLIC_REFUSED,
    GoldSummary,
    ReviewedArticle,
    ReviewedReport,
    write_gold,
)
from protest_tracker.export.progress import ProgressCallback
from protest_tracker.pipeline.learn.corpus import TrainingDataError, check_record
from protest_tracker.review.services.status import DECISIONS, MACHINE_CODED
from protest_tracker.store import audit
from protest_tracker.store.events import event_to_exchange
from protest_tracker.store.models import Article, EventReport
from protest_tracker.web.privacy import PublicPolicy, person_names

CHUNK = 500


@dataclass(frozen=True, slots=True)
class GoldExportResult:
    """Where the file went and what it holds."""

    path: Path
    summary: GoldSummary


def _decided() -> Q:
    """A report of an event an analyst decided on; a machine-coded published event is no decision."""
    return (Q(event__status__in=DECISIONS, event__needs_review=False)
            & ~Q(event__verification=MACHINE_CODED))


def _decided_reports():
    return EventReport.objects.filter(_decided())


def _undecided_counts(article_ids: list[str]) -> Counter:
    """article id -> number of its events nobody has decided on (or news since)."""
    rows = (EventReport.objects.filter(article_id__in=article_ids)
            .exclude(_decided())
            .values_list("article_id", flat=True))
    return Counter(rows)


def reviewed_articles() -> Iterator[ReviewedArticle]:
    """Every article that reports at least one reviewed event, with those reports (in id order)."""
    ids = sorted(set(_decided_reports().values_list("article_id", flat=True)))
    for offset in range(0, len(ids), CHUNK):
        chunk = ids[offset:offset + CHUNK]
        undecided = _undecided_counts(chunk)
        by_article: dict[str, list[ReviewedReport]] = {}
        reports = (_decided_reports().filter(article_id__in=chunk)
                   .select_related("event", "event__campaign", "article")
                   .defer("article__raw").order_by("article_id", "event_id"))
        articles: dict[str, Article] = {}
        for report in reports:
            articles[report.article_id] = report.article
            extracted = report.extracted if isinstance(report.extracted, dict) else {}
            main = extracted.get("evidence")
            by_article.setdefault(report.article_id, []).append(ReviewedReport(
                event=event_to_exchange(report.event),
                rejected=report.event.status == "rejected",
                spans=[s for s in report.evidence or () if isinstance(s, dict)],
                main_evidence=main if isinstance(main, str) else None,
                offsets_current=report.article_revision == report.article.revision,
            ))
        for article_id in chunk:
            article = articles.get(article_id)
            if article is None:  # its decision was undone while we read
                continue
            yield ReviewedArticle(
                id=article.id, text=article.text, reports=tuple(by_article[article_id]),
                url=article.url, title=article.title, published=article.published,
                language=article.language, undecided_events=undecided[article_id])


def count_reviewed_articles() -> int:
    """How many lines the export will have at most."""
    return _decided_reports().values("article_id").distinct().count()


def _check(output: Path):
    def check(record: dict[str, Any]) -> None:
        try:
            check_record(record, where=(output, 0))
        except TrainingDataError as exc:
            raise ValueError(f"{exc.field}: {exc.reason}") from None
    return check


def export_gold(
    *, output: Path, public: bool = False, progress: ProgressCallback | None = None,
    on_total: Any = None, actor: Any = "export",
) -> GoldExportResult:
    """Write the gold-format training file to ``output``; audited as an ``export`` of ``gold``."""
    if public:
        raise ExportError(PUBLIC_REFUSED)
    output = Path(output)
    if not output.parent.is_dir():
        raise ExportError(f"cannot write {output}: folder {output.parent} does not exist")
    # names are withheld whatever the public-site setting says: this file is never reviewed for them
    policy = PublicPolicy.build(coordinate_decimals=None, show_person_names=False,
                                names=person_names())
    if on_total:
        on_total(count_reviewed_articles())
    try:
        with open(output, "w", encoding="utf-8", newline="\n") as stream:
            summary = write_gold(reviewed_articles(), stream, redact=lambda v: policy.text(v) or "",
                                 check=_check(output), progress=progress)
    except OSError as exc:
        raise ExportError(f"cannot write {output}: {exc.strerror or exc}") from None
    audit.record(actor=actor, action="export", object_type="dataset", object_id="gold",
                 new={"rows": summary.rows, "positives": summary.positives,
                      "negatives": summary.negatives, "events": summary.events,
                      "skipped": dict(summary.skipped), "path": str(output)})
    return GoldExportResult(path=output, summary=summary)
