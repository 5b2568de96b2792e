"""Campaigns: linked events grouped into a series by shared cause, participants, target and place.

Two events *continue* one another when they are in the same country, at most
:data:`MAX_GAP_DAYS` apart, share a grievance category (other than ``other``) and
score at least :data:`CAMPAIGN_THRESHOLD` on cause, participants, target, place
and wording (see :func:`continuation_score`). A campaign is a connected group of
such events with at least :data:`MIN_EVENTS` events, or any group that holds an
aggregate report ("daily pickets for 180 days"), which describes a series itself.

Blocking: events are indexed by ``(country, grievance)`` and sorted by date; each
event is compared with at most :data:`WINDOW` earlier events of its block that lie
within the gap. Analysts' decisions are honoured through ``fixed``: an event fixed
to a campaign stays there, and no link may join two different fixed campaigns.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from protest_tracker.codebook import GRIEVANCES, PARTICIPANT_GROUPS
from protest_tracker.linking.events import LinkedEvent, content_id
from protest_tracker.linking.places import city_key, day_interval, fold, interval_gap, parse_day
from protest_tracker.linking.similarity import words_of

MAX_GAP_DAYS = 90
CAMPAIGN_THRESHOLD = 0.5
MIN_EVENTS = 3
WINDOW = 30
#: An aggregate without an end date is taken to run this long when no publication date helps.
AGGREGATE_DEFAULT_DAYS = 180


@dataclass(frozen=True, slots=True)
class _Profile:
    event_id: str
    country: str
    days: tuple[int, int]
    city: str
    venue: str
    grievances: frozenset[str]
    groups: frozenset[str]
    targets: frozenset[str]
    words: frozenset[str]
    aggregate: bool


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


def _profile(event: LinkedEvent) -> _Profile | None:
    h = event.headline
    days = day_interval(h.date, h.date_precision, h.end_date)
    if days is None or not h.country:
        return None
    if h.aggregate and days[0] == days[1]:
        published = [parse_day(r.published) for r in event.reports if r.published]
        latest = max((p.toordinal() for p in published if p), default=days[0] + AGGREGATE_DEFAULT_DAYS)
        days = (days[0], max(days[0], latest))
    return _Profile(
        event_id=event.event_id, country=h.country.upper(), days=days, city=city_key(h.city),
        venue=fold(h.venue), grievances=frozenset(h.grievance_categories) - {"other"},
        groups=frozenset(h.participant_groups) - {"general_public"},
        targets=frozenset(h.target_categories), aggregate=h.aggregate,
        words=words_of(h.participants, h.organisers, " ".join(h.demands), " ".join(h.targets), h.venue),
    )


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


def continuation_score(a: _Profile, b: _Profile) -> float | None:
    """How strongly ``b`` continues ``a``'s series (``None`` when it cannot)."""
    if a.country != b.country or not a.grievances & b.grievances:
        return None
    if interval_gap(a.days, b.days) > MAX_GAP_DAYS:
        return None
    if a.groups and b.groups and not a.groups & b.groups:
        return None
    groups = _jaccard(a.groups, b.groups) if a.groups and b.groups else 0.4
    targets = _jaccard(a.targets, b.targets) if a.targets and b.targets else 0.4
    score = (0.35 * _jaccard(a.grievances, b.grievances) + 0.25 * groups + 0.15 * targets
             + 0.15 * (a.city == b.city and bool(a.city)) + 0.1 * (a.venue == b.venue and bool(a.venue))
             + 0.1 * _jaccard(a.words, b.words))
    return round(score, 6)


def _title(events: Sequence[LinkedEvent]) -> str:
    grievances = Counter(g for e in events for g in e.headline.grievance_categories if g != "other")
    groups = Counter(g for e in events for g in e.headline.participant_groups if g != "general_public")
    cities = Counter(e.headline.city for e in events if e.headline.city)
    parts = []
    if groups:
        parts.append(PARTICIPANT_GROUPS.label(min(groups, key=lambda g: (-groups[g], g))))
    if grievances:
        parts.append(GRIEVANCES.label(min(grievances, key=lambda g: (-grievances[g], g))).lower())
    place = min(cities, key=lambda c: (-cities[c], c)) if cities else events[0].headline.country
    text = ": ".join(parts) or "Protest series"
    return f"{text[0].upper()}{text[1:]} ({place})"


def cluster_campaigns(
    events: Sequence[LinkedEvent], *, fixed: Mapping[str, str] | None = None,
) -> tuple[list[Campaign], dict[str, str]]:
    """Group events into campaigns; returns the campaigns and ``event_id -> campaign_id``."""
    fixed = dict(fixed or {})
    by_id = {e.event_id: e for e in events}
    profiles = sorted((p for p in map(_profile, events) if p is not None),
                      key=lambda p: (p.days[0], p.event_id))
    parent = {p.event_id: p.event_id for p in profiles}
    label = {p.event_id: fixed.get(p.event_id) for p in profiles}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    blocks: dict[tuple[str, str], list[_Profile]] = defaultdict(list)
    for p in profiles:
        for grievance in sorted(p.grievances):
            block = blocks[(p.country, grievance)]
            for earlier in block[-WINDOW:]:
                score = continuation_score(earlier, p)
                if score is None or score < CAMPAIGN_THRESHOLD:
                    continue
                ra, rb = find(earlier.event_id), find(p.event_id)
                if ra == rb or (label[ra] and label[rb] and label[ra] != label[rb]):
                    continue
                root, child = min(ra, rb), max(ra, rb)
                parent[child] = root
                label[root] = label[root] or label[child]
            block.append(p)
    for event_id, campaign_id in fixed.items():  # fixed events without a usable date still count
        if event_id in by_id and event_id not in parent:
            parent[event_id], label[event_id] = event_id, campaign_id
    groups: dict[str, list[str]] = defaultdict(list)
    for event_id in parent:
        root = find(event_id)
        groups[label[root] or root].append(event_id)  # one campaign per analyst-fixed id
    campaigns: list[Campaign] = []
    assignment: dict[str, str] = {}
    for members in groups.values():
        chosen = [by_id[m] for m in sorted(members)]
        fixed_id = label[find(members[0])]
        if not fixed_id and len([e for e in chosen if not e.headline.aggregate]) < MIN_EVENTS \
                and not any(e.headline.aggregate for e in chosen):
            continue
        campaign_id = fixed_id or content_id("cmp", members)
        dates = sorted(e.headline.date for e in chosen if e.headline.date)
        campaigns.append(Campaign(
            campaign_id=campaign_id, title=_title(chosen), event_ids=tuple(sorted(members)),
            first_date=dates[0] if dates else None, last_date=dates[-1] if dates else None,
            cities=tuple(sorted({e.headline.city for e in chosen if e.headline.city})),
            grievances=tuple(sorted({g for e in chosen for g in e.headline.grievance_categories})),
            fixed=bool(fixed_id)))
        assignment.update(dict.fromkeys(members, campaign_id))
    campaigns.sort(key=lambda c: (c.first_date or "", c.campaign_id))
    return campaigns, assignment
