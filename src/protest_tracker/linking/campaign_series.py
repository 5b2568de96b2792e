"""A growing series of events and how well a new event continues it (used by :mod:`campaigns`).

A series keeps a *profile*: how often each grievance, participant group and
target category occurs among its events, its cities and venues, and its first
and last active day. A new event is compared with the series' **core** (values
found in at least :data:`CORE_SHARE` of its events), not with any single member,
so a series cannot drift by chaining from one loosely similar event to the next.

How long a silent series stays open depends on the evidence of continuity (see
``docs/linking.md``): :data:`MAX_GAP_DAYS` in general; an *established* series
(events on at least :data:`ESTABLISHED_DAYS` days, or an aggregate report such as
"for 300 days") remembers as long as it has already run, up to
:data:`LONG_GAP_DAYS`, but only for an event at one of its venues with its
grievance and its participant group. A burst (the Khorog wave of November 2021)
has run for days, so it cannot absorb a wave six months later.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from protest_tracker.linking.events import LinkedEvent
from protest_tracker.linking.places import city_key, day_interval, parse_day
from protest_tracker.linking.similarity import GROUP_FAMILIES, words_of

MAX_GAP_DAYS = 90
#: The longest silence an established series survives (for an event at its venue, same cause and group).
LONG_GAP_DAYS = 365
#: Distinct active days that make a series established (an aggregate report does so alone).
ESTABLISHED_DAYS = 3
#: An event with unknown grievances may continue a series in its city this soon after its last day
#: (and another participant group may join a series in its city with its cause this soon).
NEAR_DAYS = 2
#: One wave: an event this soon after the series' last day agrees on the period; with the series'
#: main grievance it joins (a new city included), unless its participant group clashes.
WAVE_DAYS = 3
CAMPAIGN_THRESHOLD = 0.55
#: Spreading to a city the series has not been in needs this much more.
NEW_CITY_MARGIN = 0.05
CORE_SHARE = 1 / 3
#: An aggregate without an end date is taken to run this long when no publication date helps.
AGGREGATE_DEFAULT_DAYS = 180
WEIGHTS = {"grievances": 0.35, "groups": 0.25, "targets": 0.15, "city": 0.15, "venue": 0.1, "words": 0.1,
           "period": 0.1}
UNKNOWN = 0.4  # the share of a component's weight given when either side does not know it
RELATED = 0.5  # the share of the group weight given when the groups are only of one family


@dataclass(frozen=True, slots=True)
class Profile:
    """What campaign grouping needs of one event."""

    event_id: str
    country: str
    days: tuple[int, int]
    city: str
    venue: frozenset[str]
    grievances: frozenset[str]
    groups: frozenset[str]
    targets: frozenset[str]
    words: frozenset[str]
    aggregate: bool
    #: Day precision: its days are days of action (a month-precision date is one claimed day).
    precise: bool = True
    pro_government: bool = False


def profile_of(event: LinkedEvent) -> Profile | None:
    """The profile of an event, or ``None`` when it has no usable date or country.

    An aggregate without an end date stands for its start to its latest publication
    date ("since February 2021", published in June 2022), or :data:`AGGREGATE_DEFAULT_DAYS`.
    """
    h = event.headline
    days = day_interval(h.date, h.date_precision, h.end_date)
    if days is None or not h.country:
        return None
    if h.aggregate and not parse_day(h.end_date):
        published = [parse_day(r.published) for r in event.reports if r.published]
        latest = max((p.toordinal() for p in published if p), default=days[0] + AGGREGATE_DEFAULT_DAYS)
        days = (days[0], max(days[1], latest))
    return Profile(
        event_id=event.event_id, country=h.country.upper(), days=days, city=city_key(h.city),
        venue=words_of(h.venue), grievances=frozenset(h.grievance_categories) - {"other"},
        groups=frozenset(h.participant_groups) - {"general_public"},
        targets=frozenset(h.target_categories), aggregate=h.aggregate,
        precise=(h.date_precision or "day") == "day", pro_government=bool(h.pro_government),
        words=words_of(h.participants, h.organisers, " ".join(h.demands), " ".join(h.targets), h.venue),
    )


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Overlap coefficient: shared values over the smaller set (an event naming one of the
    series' two causes continues it fully)."""
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


def _related(a: frozenset[str], b: frozenset[str]) -> bool:
    """Groups of one family ("local residents" and an "ethnic community" in one town)."""
    return bool({GROUP_FAMILIES[g] for g in a if g in GROUP_FAMILIES} & {GROUP_FAMILIES[g] for g in b if g in GROUP_FAMILIES})


def same_venue(a: frozenset[str], b: frozenset[str]) -> bool:
    """Venues named by the same words, one more fully ("consulate" / "Chinese consulate general")."""
    return bool(a and b) and (a <= b or b <= a)


@dataclass
class Series:
    """A campaign being built: its members and profile counters."""

    key: str
    country: str
    fixed: str | None = None
    members: list[str] = field(default_factory=list)
    first_day: int = 0
    last_day: int = 0
    memory: int = MAX_GAP_DAYS
    pro_government: bool | None = None
    active_days: set[int] = field(default_factory=set)
    has_aggregate: bool = False
    grievances: Counter = field(default_factory=Counter)
    groups: Counter = field(default_factory=Counter)
    targets: Counter = field(default_factory=Counter)
    words: Counter = field(default_factory=Counter)
    cities: set[str] = field(default_factory=set)
    venues: set[frozenset[str]] = field(default_factory=set)
    cores: dict[str, frozenset[str]] = field(default_factory=dict)

    def add(self, p: Profile) -> None:
        """Add ``p`` and update the profile, the cores and how long the series is remembered."""
        self.first_day = min(self.first_day or p.days[0], p.days[0])
        self.members.append(p.event_id)
        self.pro_government = p.pro_government if self.pro_government is None else self.pro_government
        self.last_day = max(self.last_day, p.days[1])
        self.has_aggregate = self.has_aggregate or p.aggregate
        if not p.aggregate and len(self.active_days) < ESTABLISHED_DAYS:
            last = min(p.days[1], p.days[0] + ESTABLISHED_DAYS) if p.precise else p.days[0]
            self.active_days.update(range(p.days[0], last + 1))
        self.grievances.update(p.grievances)
        self.groups.update(p.groups)
        self.targets.update(p.targets)
        self.words.update(p.words)
        self.cities.add(p.city)
        if p.venue:
            self.venues.add(p.venue)
        self.cores = {name: self.core(getattr(self, name)) for name in ("grievances", "groups", "targets", "words")}
        established = self.has_aggregate or len(self.active_days) >= ESTABLISHED_DAYS
        span = self.last_day - self.first_day
        self.memory = min(LONG_GAP_DAYS, max(MAX_GAP_DAYS, span)) if established else MAX_GAP_DAYS

    def core(self, counter: Counter) -> frozenset[str]:
        floor = max(1.0, CORE_SHARE * len(self.members))
        return frozenset(v for v, n in counter.items() if n >= floor)

    def main_grievances(self) -> frozenset[str]:
        """The grievances most of the series' events share (the most frequent, ties together)."""
        top = max(self.grievances.values(), default=0)
        return frozenset(g for g, n in self.grievances.items() if n == top and top)

    def at_venue(self, venue: frozenset[str]) -> bool:
        """Whether ``venue`` is one of the series' venues (or a fuller or shorter name of one)."""
        return bool(venue) and (venue in self.venues or any(same_venue(v, venue) for v in self.venues))

    def continues(self, p: Profile) -> bool:
        """Evidence of continuity across a long silence: one of the series' venues in one of its
        cities, a core grievance and a core participant group."""
        return (bool(p.city) and p.city in self.cities and bool(self.cores["groups"] & p.groups)
                and bool(self.cores["grievances"] & p.grievances)
                and self.at_venue(p.venue))

    def near(self, p: Profile, gap: int) -> bool:
        """Whether ``p``, whose cause or the series' is unknown, carries on the series in its
        city within :data:`NEAR_DAYS` with the same or a related participant group."""
        groups = self.cores["groups"]
        return (gap <= NEAR_DAYS and bool(p.city) and p.city in self.cities
                and bool(groups and p.groups) and (bool(groups & p.groups) or _related(groups, p.groups)))

    def score(self, p: Profile) -> float | None:
        """How well ``p`` continues this series (``None`` when it cannot)."""
        gap = p.days[0] - self.last_day
        if p.country != self.country or gap > self.memory or gap > MAX_GAP_DAYS and not self.continues(p):
            return None
        if self.pro_government is not None and p.pro_government != self.pro_government:
            return None  # a counter-rally is not the campaign it answers
        grievances, groups, targets = self.cores["grievances"], self.cores["groups"], self.cores["targets"]
        near = not grievances & p.grievances
        if near and (grievances and p.grievances or not self.near(p, gap)):
            return None
        joins = gap <= NEAR_DAYS and bool(p.city) and p.city in self.cities and not near
        if (groups and p.groups and not groups & p.groups
                and not (gap <= NEAR_DAYS and _related(groups, p.groups)) and not joins):
            return None  # another group, unless it joins the series in its town within days over its cause
        w = WEIGHTS
        if groups and p.groups:
            group_share = _overlap(groups, p.groups) or RELATED * _related(groups, p.groups)
        else:
            group_share = UNKNOWN
        score = (w["grievances"] * (_overlap(grievances, p.grievances) if grievances and p.grievances else UNKNOWN)
                 + w["groups"] * group_share
                 + w["targets"] * (_overlap(targets, p.targets) if targets and p.targets else UNKNOWN)
                 + w["city"] * (bool(p.city) and p.city in self.cities)
                 + w["venue"] * self.at_venue(p.venue)
                 + w["words"] * _jaccard(self.cores["words"], p.words)
                 + w["period"] * (not near and gap <= WAVE_DAYS))
        # One wave: within days of the series' last day over its main cause (January 2022 reaching Almaty).
        wave = not near and gap <= WAVE_DAYS and bool(self.main_grievances() & p.grievances)
        if wave:
            score = max(score, CAMPAIGN_THRESHOLD + NEW_CITY_MARGIN)
        if p.city not in self.cities and score < CAMPAIGN_THRESHOLD + NEW_CITY_MARGIN:
            return None
        # Same town within days, a related group and no known clash of causes is enough on its own.
        return round(max(score, CAMPAIGN_THRESHOLD) if near else score, 6)
