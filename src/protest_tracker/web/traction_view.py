"""A campaign's traction for the public page: the linking layer's metrics, drawn as charts.

The metric definitions live in :mod:`protest_tracker.linking.traction` (not duplicated here):
this module only turns published events into the records it expects and draws the result.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import QuerySet

from protest_tracker import codebook
from protest_tracker.linking.traction import TRACTION_VERSION, compute_traction
from protest_tracker.store.models import Campaign, EventReport
from protest_tracker.web import palette, svg
from protest_tracker.web.article_cues import cues_by_article
from protest_tracker.web.privacy import PublicPolicy
from protest_tracker.web.summary_models import CampaignStat, CampaignTraction
from protest_tracker.web.traction_store import stored_traction

EVENT_FIELDS = ("id", "public_id", "date", "date_precision", "end_date", "country", "region", "city",
                "participant_groups", "size_min", "size_max", "state_response", "aggregate", "fatalities")


def traction_records(events: QuerySet) -> list[dict[str, Any]]:
    """The campaign's events as the mappings :func:`compute_traction` accepts (outlets and the
    concession cues of their reports' texts included, each dated by its article)."""
    rows = list(events.values(*EVENT_FIELDS))
    reports: dict[int, list[tuple[str, str, str]]] = defaultdict(list)
    published: dict[int, Any] = {}
    concessions: dict[int, list[dict[str, str]]] = defaultdict(list)
    found = EventReport.objects.filter(event_id__in=[r["id"] for r in rows]).values_list(
        "event_id", "article_id", "article__outlet", "article__language", "article__published").order_by(
        "event_id", "article_id")
    found = list(found)
    cues = cues_by_article(row[1] for row in found)  # stored per article: no texts read once stored
    for event_id, article_id, outlet, language, date in found:
        reports[event_id].append((article_id, outlet, language))
        if date and (event_id not in published or date > published[event_id]):
            published[event_id] = date
        concessions[event_id] += [{**cue, "report": article_id, "date": date.isoformat() if date else ""}
                                  for cue in cues.get(article_id, [])]
    records = []
    for row in rows:
        date = row["date"]
        text = date.isoformat() if date else None
        if text and row["date_precision"] == "month":
            text = text[:7]
        records.append({
            "event_id": row["public_id"], "date": text, "date_precision": row["date_precision"],
            "end_date": row["end_date"].isoformat() if row["end_date"] else None,
            "country": row["country"], "region": row["region"] or None, "city": row["city"] or None,
            "fatalities": row["fatalities"], "concessions": concessions[row["id"]],
            "participant_groups": row["participant_groups"], "size_min": row["size_min"], "size_max": row["size_max"],
            "state_response": row["state_response"], "aggregate": row["aggregate"],
            "report_ids": [r[0] for r in reports[row["id"]]],
            "outlets": [r[1] for r in reports[row["id"]] if r[1]],
            "languages": [r[2] for r in reports[row["id"]] if r[2]],
            # The latest article date lets an aggregate report ("for 300 days") claim its period.
            "published": published[row["id"]].isoformat() if row["id"] in published else None,
        })
    return records


def charts(summary: dict[str, Any], series: list[dict[str, Any]]) -> dict[str, Any]:
    """The campaign page's SVG charts, keyed by name."""
    if not series:
        return {}
    weeks = [dt.date.fromisoformat(row["week"]) for row in series]
    labels = svg.week_labels(weeks)
    repressive = [row["repressive_events"] for row in series]
    other = [row["events"] - row["repressive_events"] for row in series]
    result: dict[str, Any] = {
        "events": svg.bar_chart(labels=labels, count=len(weeks), title="Events per week", width=1100, height=240, stacks=[
            svg.Series("Repressive response", palette.RESPONSE_COLOURS["detention"], repressive),
            svg.Series("No repressive response", "#0072b2", other)]),
        "outlets": svg.bar_chart(labels=labels, count=len(weeks), title="Outlets reporting per week",
                                 y_label="outlets", stacks=[svg.Series("Outlets", "#6a3d9a", [r["outlets"] for r in series])]),
        "size": svg.bar_chart(labels=labels, count=len(weeks), title="Median reported size per week",
                              y_label="people", stacks=[svg.Series("Median size", "#009e73", [r["median_size"] or 0 for r in series])]),
    }
    start = dt.date.fromisoformat(summary["first_event"])
    end = dt.date.fromisoformat(summary["latest_event"])
    result["cities"] = svg.step_chart(width=1100, height=240, start=start, end=max(end, start + dt.timedelta(days=1)), title="Cities over time",
                                      steps=[(dt.date.fromisoformat(c["first_date"]), c["city"]) for c in summary["cities"]])
    groups = palette.colours("participant_groups")
    result["groups"] = svg.hbar_chart(title="Participant groups (events; date first seen)", rows=[
        (g["label"], g["events"], groups.get(g["group"], "#7f7f7f"),
         f"{g['events']} · since {g['first_date']}" + (" · joined later" if g["joined_later"] else ""))
        for g in summary["participant_groups"]])
    responses = summary["responses"]
    result["responses"] = svg.hbar_chart(title="State responses (share of events)", maximum=1.0, rows=[
        (codebook.STATE_RESPONSES.label(code), responses[code]["share"], palette.RESPONSE_COLOURS[code],
         f"{round(responses[code]['share'] * 100)}% ({responses[code]['events']})")
        for code in palette.RESPONSE_SEVERITY if code in responses])
    return result


def public_campaigns() -> QuerySet:
    """Campaigns with at least one published event (found in :class:`CampaignStat`: no join over events)."""
    return Campaign.objects.filter(pk__in=CampaignStat.objects.filter(events__gt=0).values("campaign_id"))


def _stored(campaign: Campaign) -> dict[str, Any]:
    # No ORDER BY (compute_traction sorts): with the events' default order SQLite walked the
    # (status, date) index over every published event instead of the campaign's index.
    return stored_traction(campaign, lambda: traction_records(campaign.events.filter(status="published").order_by()))


def warm_tractions(*, renew: Callable[[], None] | None = None) -> int:
    """Compute and store the traction of every public campaign that has none stored, so that the
    first reader after ``process`` or a ``run`` cycle does not wait for it (a 500-event campaign
    costs a few hundred milliseconds). Returns how many were computed."""
    stored = CampaignTraction.objects.filter(version=TRACTION_VERSION).values("campaign_id")
    computed = 0
    for campaign in public_campaigns().exclude(pk__in=stored).order_by("pk").iterator(chunk_size=100):
        _stored(campaign)
        computed += 1
        if renew is not None:
            renew()
    return computed


def campaign_traction(campaign: Campaign, *, policy: PublicPolicy) -> dict[str, Any]:
    """Summary, weekly series, verdict and charts of ``campaign`` over its published events."""
    traction = _stored(campaign)
    for city in traction["summary"]["cities"]:
        city["city"] = policy.text(city["city"])
    traction["summary"]["outlets"] = [policy.text(outlet) for outlet in traction["summary"]["outlets"]]
    for criterion in traction["verdict"]["criteria"]:
        criterion["text"] = policy.text(criterion["text"])
    traction["verdict"]["signals"] = [policy.text(text) for text in traction["verdict"]["signals"]]
    return {**traction, "charts": charts(traction["summary"], traction["series"])}


def stored_tractions_current() -> bool:
    """Whether every stored traction equals one computed now from the campaign's events (the
    check ``aggregates rebuild --check`` runs; see :mod:`web.traction_store`)."""
    for row in CampaignTraction.objects.all():
        campaign = Campaign.objects.filter(pk=row.campaign_id).first()
        fresh = traction_records(campaign.events.filter(status="published").order_by()) if campaign else []
        if json.loads(json.dumps(compute_traction(fresh).to_dict(), cls=DjangoJSONEncoder)) != row.traction:
            return False
    return True
