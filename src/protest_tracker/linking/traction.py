"""Traction of a campaign: pure functions over its events (definitions in ``docs/traction.md``).

:func:`compute_traction` accepts :class:`~protest_tracker.linking.events.LinkedEvent`
values or plain mappings with the ``link`` output keys (``event_id``, ``date``,
``date_precision``, ``end_date``, ``country``, ``city``, ``participant_groups``,
``size_min``, ``size_max``, ``state_response``, ``aggregate``, ``report_ids`` and,
optionally, ``outlets`` / ``languages`` / ``region`` / ``fatalities`` / ``concessions``), so the store and the web layer can call
it on database rows turned into dictionaries. ``reports`` (article id ->
``{"outlet", "language"}``) overrides the outlets and languages of the events.
The result is reproducible: the same events give the same JSON.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from protest_tracker.codebook import PARTICIPANT_GROUPS, REPRESSIVE_RESPONSES, STATE_RESPONSES
from protest_tracker.linking.events import LinkedEvent
from protest_tracker.linking.places import parse_day
from protest_tracker.linking.traction_criteria import VAGUE_GROUPS, assess
from protest_tracker.linking.traction_parts import (
    EventView,
    first_seen,
    size_trend,
    weekly_series,
)

TRACTION_VERSION = "3"


@dataclass(frozen=True, slots=True)
class Traction:
    """``summary`` (one JSON object), ``series`` (one JSON object per week) and ``verdict``
    (the criteria of :mod:`protest_tracker.linking.traction_criteria`)."""

    summary: dict[str, Any]
    series: list[dict[str, Any]] = field(default_factory=list)
    verdict: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"version": TRACTION_VERSION, "summary": self.summary, "series": self.series, "verdict": self.verdict}


def _view(event: LinkedEvent | Mapping[str, Any], reports: Mapping[str, Mapping[str, Any]] | None) -> EventView:
    record = event.to_record() if isinstance(event, LinkedEvent) else dict(event)
    report_ids = tuple(sorted(str(r) for r in record.get("report_ids") or ()))
    outlets = set(record.get("outlets") or ())
    languages = set(record.get("languages") or ())
    published = {parse_day(record.get("published"))}
    if reports:
        for rid in report_ids:
            meta = reports.get(rid) or {}
            if meta.get("outlet"):
                outlets.add(str(meta["outlet"]))
            if meta.get("language"):
                languages.add(str(meta["language"]))
            published.add(parse_day(meta.get("published")))
    precision = record.get("date_precision") or "day"
    size = record.get("size_min") if record.get("size_min") is not None else record.get("size_max")
    return EventView(
        event_id=str(record.get("event_id") or record.get("id") or ""),
        day=parse_day(record.get("date")) if precision == "day" else None,
        start=parse_day(record.get("date")) or _month_start(record.get("date")),
        end=parse_day(record.get("end_date")),
        country=record.get("country"), city=record.get("city"),
        groups=tuple(sorted(set(record.get("participant_groups") or ()))),
        size=int(size) if size is not None and int(size) > 0 else None,
        responses=frozenset(record.get("state_response") or ()),
        aggregate=bool(record.get("aggregate")), report_ids=report_ids,
        outlets=frozenset(outlets), languages=frozenset(languages),
        claimed_end=parse_day(record.get("end_date")) or max((d for d in published if d), default=None),
        region=record.get("region") or None,
        fatalities=int(record["fatalities"]) if record.get("fatalities") else None,
        concessions=tuple(dict(c) for c in record.get("concessions") or ()),
    )


def _month_start(value: Any) -> dt.date | None:
    text = str(value or "")
    if len(text) >= 7:
        try:
            return dt.date(int(text[:4]), int(text[5:7]), 1)
        except ValueError:
            return None
    return None


def compute_traction(
    events: Sequence[LinkedEvent | Mapping[str, Any]], *,
    reports: Mapping[str, Mapping[str, Any]] | None = None,
) -> Traction:
    """The traction summary and weekly series of the campaign made of ``events``."""
    views = [_view(e, reports) for e in events]
    dated = sorted((v for v in views if not v.aggregate and v.start), key=lambda v: (v.first_day, v.event_id))
    aggregates = [v for v in views if v.aggregate]
    n = len(dated)
    active = sorted({d for v in dated for d in v.days()})
    first = dated[0].start if dated else None
    latest = max((v.end or v.first_day for v in dated), default=None)
    weeks = ((latest - first).days // 7 + 1) if first and latest else 0
    cities = first_seen(dated, key=lambda v: [(v.city, v.country)] if v.city else [])
    groups = first_seen(dated, key=lambda v: [(g, None) for g in v.groups])
    first_week_end = first + dt.timedelta(days=6) if first else None
    responded = {code: [v.first_day for v in dated if code in v.responses] for code in STATE_RESPONSES.codes}
    claims = sorted((v for v in aggregates if v.start), key=lambda v: (v.first_day, v.event_id))
    bounds = [d for v in dated for d in (v.start, v.end) if d]
    bounds += [d for v in claims for d in (v.start, v.claimed_end) if d]
    repressive = sum(1 for v in dated if v.responses & REPRESSIVE_RESPONSES)
    all_reports = {r for v in views for r in v.report_ids}
    outlets = sorted({o for v in views for o in v.outlets})
    languages = sorted({lang for v in views for lang in v.languages})
    series = weekly_series(dated, first=first, latest=latest)
    peak = max(series, key=lambda row: (row["events"], -row["index"]), default=None)
    summary: dict[str, Any] = {
        "events": n,
        "aggregate_reports": len(aggregates),
        "aggregates": [{"event_id": v.event_id, "start": v.first_day.isoformat(),
                        "end": v.claimed_end.isoformat() if v.claimed_end and v.claimed_end >= v.first_day else None,
                        "reports": len(v.report_ids)} for v in claims],
        "claimed_span": {"first": min(bounds).isoformat(), "latest": max(bounds).isoformat(),
                         "days": (max(bounds) - min(bounds)).days + 1} if bounds else None,
        "first_event": first.isoformat() if first else None,
        "latest_event": latest.isoformat() if latest else None,
        "duration_days": (latest - first).days + 1 if first and latest else 0,
        "active_days": len(active),
        "weeks": weeks,
        "events_per_week": round(n / weeks, 3) if weeks else 0.0,
        "peak_week": {"week": peak["week"], "events": peak["events"]} if peak else None,
        "distinct_cities": len(cities),
        "cities": [{"city": c, "country": country, "first_date": d.isoformat(), "events": k}
                   for (c, country), d, k in cities],
        "distinct_participant_groups": len(groups),
        "participant_groups": [
            {"group": g, "label": PARTICIPANT_GROUPS.label(g) if g in PARTICIPANT_GROUPS else g,
             "first_date": d.isoformat(), "events": k,
             "joined_later": bool(first_week_end and d > first_week_end and g not in VAGUE_GROUPS)}
            for (g, _), d, k in groups],
        "size": size_trend(dated),
        "responses": {code: {"events": len(days), "share": round(len(days) / n, 4) if n else 0.0,
                             "first_date": min(days).isoformat()}
                      for code, days in responded.items() if days},
        "repressive_share": round(repressive / n, 4) if n else 0.0,
        "reports": len(all_reports),
        "reports_per_event": round(sum(len(v.report_ids) for v in dated) / n, 3) if n else 0.0,
        "outlets": outlets,
        "distinct_outlets": len(outlets),
        "languages": languages,
        "distinct_languages": len(languages),
    }
    return Traction(summary=summary, series=series, verdict=assess(dated, summary=summary))
