"""Helpers for the linking tests: fixture loading and the pairwise merge report."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from protest_tracker.linking.evaluation import PairScore, pairwise_score
from protest_tracker.linking.events import LinkedEvent, build_event
from protest_tracker.linking.reports import report_from_candidate
from protest_tracker.linking.service import LinkResult
from protest_tracker.model import EventCandidate

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "linking"


def load(*names: str) -> list[dict[str, Any]]:
    """The records of the named fixture files (``same_rally`` -> ``same_rally.jsonl``)."""
    records = []
    for name in names:
        with (FIXTURES / f"{name}.jsonl").open(encoding="utf-8") as handle:
            records += [json.loads(line) for line in handle if line.strip()]
    return records


def gold_groups(records: list[dict[str, Any]]) -> list[list[str]]:
    """Clusters of ``article#index`` keys by the fixtures' ``gold_event`` label."""
    groups: dict[str, list[str]] = {}
    for record in records:
        for index, event in enumerate(record["events"]):
            groups.setdefault(event["gold_event"], []).append(f"{record['id']}#{index}")
    return list(groups.values())


def predicted_groups(result: LinkResult) -> list[list[str]]:
    """Clusters of ``article#index`` keys as linked (revisions of one article collapse to one key)."""
    return [[f"{r.article_id}#{r.index}" for r in event.reports] for event in result.events]


def report_pairwise(label: str, result: LinkResult, records: list[dict[str, Any]]) -> PairScore:
    """Score the merge against the fixtures' gold labels and print it (shown with ``pytest -s``/``-rA``)."""
    score = pairwise_score(predicted_groups(result), gold_groups(records))
    print(f"[{label}] {score.describe()}")
    return score


def candidate(**fields: Any) -> EventCandidate:
    """An event candidate with sensible defaults for tests."""
    base: dict[str, Any] = {"date": "2022-03-14", "country": "KZ", "city": "Oral", "event_type": "demonstration"}
    base.update(fields)
    return EventCandidate.from_exchange(base)


XINJIANG = ("xinjiang_ethnic_kin", "detention_release")


def single_event(article: str, date: str, *, city: str | None = "Almaty", venue: str | None = "Chinese consulate",
                 groups: tuple[str, ...] = ("relatives_of_detainees",), grievances: tuple[str, ...] = XINJIANG,
                 targets: tuple[str, ...] = ("foreign_state",), event_type: str = "picket",
                 published: str | None = None, **extra: Any) -> LinkedEvent:
    """A linked event made of one report (fields in exchange format; defaults: a consulate picket)."""
    fields = {"date": date, "date_precision": extra.pop("date_precision", "day"), "country": "KZ", "city": city,
              "venue": venue, "event_type": event_type, "participant_groups": list(groups),
              "grievance_categories": list(grievances), "target_categories": list(targets), **extra}
    report = report_from_candidate(EventCandidate.from_exchange(fields), article_id=article,
                                   published=published or date)
    return build_event([report])
