"""A growing series of events and how well a new event continues it (used by :mod:`campaigns`).

A series keeps a *profile*: how often each grievance, participant group and
target category occurs among its events, its cities and venues, and its last
active day. A new event is compared with the series' **core** (values found in
at least :data:`CORE_SHARE` of its events), not with any single member, so a
series cannot drift by chaining from one loosely similar event to the next.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from protest_tracker.linking.events import LinkedEvent
from protest_tracker.linking.places import city_key, day_interval, fold, parse_day
from protest_tracker.linking.similarity import words_of

MAX_GAP_DAYS = 90
CAMPAIGN_THRESHOLD = 0.55
#: Spreading to a city the series has not been in needs this much more.
NEW_CITY_MARGIN = 0.05
CORE_SHARE = 1 / 3
#: An aggregate without an end date is taken to run this long when no publication date helps.
AGGREGATE_DEFAULT_DAYS = 180
WEIGHTS = {"grievances": 0.35, "groups": 0.25, "targets": 0.15, "city": 0.15, "venue": 0.1, "words": 0.1}
UNKNOWN = 0.4  # the share of a component's weight given when either side does not know it


@dataclass(frozen=True, slots=True)
class Profile:
    """What campaign grouping needs of one event."""

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


def profile_of(event: LinkedEvent) -> Profile | None:
    """The profile of an event, or ``None`` when it has no usable date or country."""
    h = event.headline
    days = day_interval(h.date, h.date_precision, h.end_date)
    if days is None or not h.country:
        return None
    if h.aggregate and days[0] == days[1]:
        published = [parse_day(r.published) for r in event.reports if r.published]
        latest = max((p.toordinal() for p in published if p), default=days[0] + AGGREGATE_DEFAULT_DAYS)
        days = (days[0], max(days[0], latest))
    return Profile(
        event_id=event.event_id, country=h.country.upper(), days=days, city=city_key(h.city),
        venue=fold(h.venue), grievances=frozenset(h.grievance_categories) - {"other"},
        groups=frozenset(h.participant_groups) - {"general_public"},
        targets=frozenset(h.target_categories), aggregate=h.aggregate,
        words=words_of(h.participants, h.organisers, " ".join(h.demands), " ".join(h.targets), h.venue),
    )


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Overlap coefficient: shared values over the smaller set (an event naming one of the
    series' two causes continues it fully)."""
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


@dataclass
class Series:
    """A campaign being built: its members and profile counters."""

    key: str
    country: str
    fixed: str | None = None
    members: list[str] = field(default_factory=list)
    last_day: int = 0
    grievances: Counter = field(default_factory=Counter)
    groups: Counter = field(default_factory=Counter)
    targets: Counter = field(default_factory=Counter)
    words: Counter = field(default_factory=Counter)
    cities: set[str] = field(default_factory=set)
    venues: set[str] = field(default_factory=set)
    cores: dict[str, frozenset[str]] = field(default_factory=dict)

    def add(self, p: Profile) -> None:
        self.members.append(p.event_id)
        self.last_day = max(self.last_day, p.days[1])
        self.grievances.update(p.grievances)
        self.groups.update(p.groups)
        self.targets.update(p.targets)
        self.words.update(p.words)
        self.cities.add(p.city)
        self.venues.add(p.venue)
        self.cores = {name: self.core(getattr(self, name)) for name in ("grievances", "groups", "targets", "words")}

    def core(self, counter: Counter) -> frozenset[str]:
        floor = max(1.0, CORE_SHARE * len(self.members))
        return frozenset(v for v, n in counter.items() if n >= floor)

    def score(self, p: Profile) -> float | None:
        """How well ``p`` continues this series (``None`` when it cannot)."""
        if p.country != self.country or p.days[0] - self.last_day > MAX_GAP_DAYS:
            return None
        grievances = self.cores["grievances"]
        if not grievances & p.grievances:
            return None
        groups, targets = self.cores["groups"], self.cores["targets"]
        if groups and p.groups and not groups & p.groups:
            return None
        w = WEIGHTS
        score = (w["grievances"] * _overlap(grievances, p.grievances)
                 + w["groups"] * (_overlap(groups, p.groups) if groups and p.groups else UNKNOWN)
                 + w["targets"] * (_overlap(targets, p.targets) if targets and p.targets else UNKNOWN)
                 + w["city"] * (bool(p.city) and p.city in self.cities)
                 + w["venue"] * (bool(p.venue) and p.venue in self.venues)
                 + w["words"] * _jaccard(self.cores["words"], p.words))
        if p.city not in self.cities and score < CAMPAIGN_THRESHOLD + NEW_CITY_MARGIN:
            return None
        return round(score, 6)
