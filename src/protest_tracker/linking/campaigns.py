"""Campaigns: linked events grouped into a series by shared cause, participants, target and place.

Events are taken in date order (ties by id, so the input order does not matter).
Each event joins the open series it continues best — same country, not after the
series has closed (``MAX_GAP_DAYS`` of silence, longer for an established series
and an event at its venue with its cause and group), a grievance shared with the
series' core (or, when either cause is unknown, the same city within days and a
related group), no clash of participant groups, and a score of at least
``CAMPAIGN_THRESHOLD`` on cause, participants, target, place and wording (see
:mod:`protest_tracker.linking.campaign_series`) — or opens a new series. A series
with at least :data:`MIN_EVENTS` dated events, with an aggregate report ("daily
pickets for 180 days", which describes a series itself) or with one event lasting
at least :data:`MIN_SPAN_DAYS` days is a campaign. Names come from
:mod:`protest_tracker.linking.campaign_names`.

Analysts' decisions are honoured through ``fixed``: an event fixed to a campaign
id always joins that campaign (the series is seeded by it), and no event of one
fixed campaign is taken by another.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from protest_tracker.linking.campaign_index import SeriesIndex
from protest_tracker.linking.campaign_names import campaign_grievances, campaign_title
from protest_tracker.linking.campaign_series import CAMPAIGN_THRESHOLD, Series, profile_of
from protest_tracker.linking.events import LinkedEvent, content_id
from protest_tracker.linking.places import day_interval

MIN_EVENTS = 2
#: One event running this many days (Khorog, 25–27 November 2021) is a campaign on its own.
MIN_SPAN_DAYS = 3


@dataclass(frozen=True, slots=True)
class Campaign:
    """A series of events; ``campaign_id`` derives from its event ids unless an analyst fixed it."""

    campaign_id: str
    title: str
    event_ids: tuple[str, ...]
    first_date: str | None
    last_date: str | None
    cities: tuple[str, ...]
    grievances: tuple[str, ...]
    fixed: bool = False

    def to_record(self) -> dict[str, object]:
        return {"campaign_id": self.campaign_id, "title": self.title, "event_ids": list(self.event_ids),
                "first_date": self.first_date, "last_date": self.last_date,
                "cities": list(self.cities), "grievances": list(self.grievances), "fixed": self.fixed}


def _span_days(event: LinkedEvent) -> int:
    h = event.headline
    days = day_interval(h.date, h.date_precision, h.end_date) if h.date_precision == "day" else None
    return days[1] - days[0] + 1 if days else 0


def _is_campaign(chosen: Sequence[LinkedEvent]) -> bool:
    dated = [e for e in chosen if not e.headline.aggregate]
    return (len(dated) >= MIN_EVENTS or len(dated) < len(chosen)
            or any(_span_days(e) >= MIN_SPAN_DAYS for e in dated))


def cluster_campaigns(
    events: Sequence[LinkedEvent], *, fixed: Mapping[str, str] | None = None,
) -> tuple[list[Campaign], dict[str, str]]:
    """Group events into campaigns; returns the campaigns and ``event_id -> campaign_id``."""
    fixed = dict(fixed or {})
    by_id = {e.event_id: e for e in events}
    profiles = sorted((p for p in map(profile_of, events) if p is not None), key=lambda p: (p.days[0], p.event_id))
    series: list[Series] = []
    seeded: dict[str, Series] = {}
    index = SeriesIndex()
    undated = sorted(e for e in fixed if e in by_id and e not in {p.event_id for p in profiles})
    for p in profiles:
        target = seeded.get(fixed.get(p.event_id, ""))
        if target is None and p.event_id not in fixed:
            options = index.options(p)
            scored = [(score, s.key) for s in options if (score := s.score(p)) is not None]
            best = max((t for t in scored if t[0] >= CAMPAIGN_THRESHOLD), key=lambda t: (t[0], t[1]), default=None)
            target = next((s for s in options if best and s.key == best[1]), None)
        if target is None:
            target = Series(key=p.event_id, country=p.country, fixed=fixed.get(p.event_id))
            series.append(target)
            if target.fixed:
                seeded[target.fixed] = target
        target.add(p)
        index.register(target, p)
    for event_id in undated:  # fixed events without a usable date still belong to their campaign
        target = seeded.get(fixed[event_id])
        if target is None:
            target = seeded[fixed[event_id]] = Series(key=event_id, country="", fixed=fixed[event_id])
            series.append(target)
        target.members.append(event_id)
    campaigns: list[Campaign] = []
    assignment: dict[str, str] = {}
    for s in series:
        chosen = [by_id[m] for m in sorted(s.members)]
        if not s.fixed and not _is_campaign(chosen):
            continue
        campaign_id = s.fixed or content_id("cmp", s.members)
        dates = sorted(e.headline.date for e in chosen if e.headline.date)
        campaigns.append(Campaign(
            campaign_id=campaign_id, title=campaign_title(chosen), event_ids=tuple(sorted(s.members)),
            first_date=dates[0] if dates else None, last_date=dates[-1] if dates else None,
            cities=tuple(sorted({e.headline.city for e in chosen if e.headline.city})),
            grievances=campaign_grievances(chosen),
            fixed=bool(s.fixed)))
        assignment.update(dict.fromkeys(s.members, campaign_id))
    campaigns.sort(key=lambda c: (c.first_date or "", c.campaign_id))
    return campaigns, assignment
