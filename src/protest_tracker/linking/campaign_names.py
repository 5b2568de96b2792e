"""Campaign names: who, what form, where and why, from a campaign's own events (deterministic).

``Relatives of detainees (Xinjiang / ethnic kin in China) — pickets at the Chinese consulate,
Almaty and 2 other cities``: the most frequent participant group (``general_public`` left out;
"local residents" and an "ethnic community" count together as one family) with the most
frequent cause; the dominant form of action; the
*characteristic* venue — one named, in its variants, at two or more events in one city and at a
third of the events or more ("consulate", "Chinese consulate" and "Chinese consulate general"
are one venue, named by its fullest form) — and the city where most events took place, with the number of
other cities reached — and the period ("November 2021", "February 2021 – June 2022"). Parts that
are unknown are left out. Ties are broken by codebook order, then alphabetically, so the same
events always give the same name.

A campaign's grievances (:func:`campaign_grievances`) are those of a share of its events told by
more than one report: one article's aside (a mortgage protest article that mentions Xinjiang)
neither names the campaign nor becomes its cause; the name carries the grievance of at least half
of its events.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence

from protest_tracker.codebook import EVENT_TYPES, GRIEVANCES, PARTICIPANT_GROUPS
from protest_tracker.linking.events import LinkedEvent
from protest_tracker.linking.places import parse_day
from protest_tracker.linking.similarity import GROUP_FAMILIES, words_of

#: A venue or form of action must be named at this share of the events to characterise a campaign.
CHARACTERISTIC_SHARE = 1 / 3
#: Longest venue text put into a name.
MAX_VENUE_CHARS = 60
#: A grievance is the campaign's when this share of its events carries it ...
GRIEVANCE_SHARE = 1 / 3
#: ... and at least this many distinct reports (articles) tell it.
GRIEVANCE_REPORTS = 2
#: The grievance in the name is carried by at least this share of the events.
NAME_GRIEVANCE_SHARE = 1 / 2
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")


def _top(counter: Counter, order: Sequence[str] = ()) -> str | None:
    """The most frequent key; ties by ``order`` (codebook order), then alphabetically."""
    if not counter:
        return None
    rank = {code: i for i, code in enumerate(order)}
    return min(counter, key=lambda k: (-counter[k], rank.get(k, len(rank)), k))


def _plural(event_type: str) -> str:
    """``picket`` -> "pickets", ``march`` -> "marches", ``demonstration`` -> "demonstrations"."""
    if event_type == "other":
        return "protests"
    noun = EVENT_TYPES.label(event_type).split(" / ")[0].lower()
    if noun.endswith(("ch", "sh", "s", "x")):
        return noun + "es"
    return noun + "s"


def _grievance_support(events: Sequence[LinkedEvent]) -> tuple[Counter, Counter]:
    """For each grievance (not ``other``): how many events carry it, and how many distinct articles."""
    in_events: Counter = Counter()
    articles: dict[str, set[str]] = {}
    for e in events:
        for g in set(e.headline.grievance_categories) - {"other"}:
            in_events[g] += 1
            told = {r.article_id for r in e.reports if g in r.candidate.grievance_categories}
            articles.setdefault(g, set()).update(told or set(e.report_ids))
    return in_events, Counter({g: len(a) for g, a in articles.items()})


def campaign_grievances(events: Sequence[LinkedEvent]) -> tuple[str, ...]:
    """The grievances of at least :data:`GRIEVANCE_SHARE` of the (dated) events, told by at least
    :data:`GRIEVANCE_REPORTS` articles, in codebook order."""
    dated = [e for e in events if not e.headline.aggregate] or list(events)
    in_events, articles = _grievance_support(dated)
    rank = {code: i for i, code in enumerate(GRIEVANCES.codes)}
    kept = [g for g, n in in_events.items()
            if n >= GRIEVANCE_SHARE * len(dated) and articles[g] >= GRIEVANCE_REPORTS]
    return tuple(sorted(kept, key=lambda g: (rank.get(g, len(rank)), g)))


def period(events: Sequence[LinkedEvent]) -> str:
    """"May 2022", "January–March 2022", "February 2021 – June 2022" (dated events; empty when none)."""
    days = sorted(d for e in events if (d := parse_day(e.headline.date) or _month(e.headline.date)))
    if not days:
        return ""
    first, last = days[0], days[-1]
    if (first.year, first.month) == (last.year, last.month):
        return f"{MONTHS[first.month - 1]} {first.year}"
    if first.year == last.year:
        return f"{MONTHS[first.month - 1]}–{MONTHS[last.month - 1]} {first.year}"
    return f"{MONTHS[first.month - 1]} {first.year} – {MONTHS[last.month - 1]} {last.year}"


def _month(value: str | None) -> dt.date | None:
    return parse_day(f"{value[:7]}-01") if value and len(value) >= 7 else None


def _who(events: Sequence[LinkedEvent]) -> str:
    groups = Counter(g for e in events for g in set(e.headline.participant_groups) if g != "general_public")
    dated = [e for e in events if not e.headline.aggregate] or list(events)
    in_events, _ = _grievance_support(dated)
    kept = set(campaign_grievances(events))
    grievances = Counter({g: n for g, n in in_events.items() if g in kept and n >= NAME_GRIEVANCE_SHARE * len(dated)})
    families: Counter[str] = Counter()
    for g, n in groups.items():
        families[GROUP_FAMILIES.get(g, g)] += n
    rank = {code: i for i, code in enumerate(PARTICIPANT_GROUPS.codes)}

    def order(g: str) -> tuple[int, int, int, str]:
        return -families[GROUP_FAMILIES.get(g, g)], -groups[g], rank.get(g, len(rank)), g

    group = min(groups, key=order, default=None)
    who = PARTICIPANT_GROUPS.label(group) if group is not None and group in PARTICIPANT_GROUPS else "Protesters"
    cause = _top(grievances, GRIEVANCES.codes)
    return f"{who} ({GRIEVANCES.label(cause)})" if cause is not None and cause in GRIEVANCES else who


def _form(events: Sequence[LinkedEvent]) -> str:
    types = Counter(e.headline.event_type for e in events if e.headline.event_type in EVENT_TYPES)
    top = _top(types, EVENT_TYPES.codes)
    if top is None or types[top] < CHARACTERISTIC_SHARE * len(events):
        return "protests"
    return _plural(top)


def _venue(events: Sequence[LinkedEvent]) -> tuple[str, str | None] | None:
    """The characteristic venue (its display text and city), or ``None``."""
    named = [(e.headline.venue.strip(), words_of(e.headline.venue), e.headline.city) for e in events
             if e.headline.venue and e.headline.venue.strip() and len(e.headline.venue) <= MAX_VENUE_CHARS]
    # a venue is placed in its city, and one that only names the town ("central Nukus") says nothing more
    named = [(text, words, city) for text, words, city in named if city and words and not words_of(city) <= words]
    best: tuple[int, int, str, str] | None = None
    for words, city in {(w, c) for _, w, c in named}:
        members = [t for t, w, c in named if c == city and (w <= words or words <= w)]
        count = len(members)
        if count < 2 or count < CHARACTERISTIC_SHARE * len(events):
            continue
        texts = Counter(members)
        fullest = min(texts, key=lambda t: (-len(words_of(t)), -texts[t], t))
        candidate = (-count, -len(words), fullest, city or "")
        if best is None or candidate < best:
            best = candidate
    return (best[2], best[3] or None) if best else None


def _at(venue: str) -> str:
    """"at the Chinese consulate", "at Ala-Too Square" (a name ending in a capital takes no article)."""
    last = venue.split()[-1]
    article = "" if last[:1].isupper() or venue.lower().startswith("the ") else "the "
    return f"at {article}{venue}"


def campaign_title(events: Sequence[LinkedEvent]) -> str:
    """A readable, deterministic name for the campaign made of ``events`` (aggregates included)."""
    if not events:
        return "Protest series"
    dated = [e for e in events if not e.headline.aggregate] or list(events)
    cities = Counter(e.headline.city for e in dated if e.headline.city)
    first_seen: dict[str, str] = {}
    for e in sorted(dated, key=lambda e: (e.headline.date or "", e.event_id)):
        if e.headline.city:
            first_seen.setdefault(e.headline.city, e.headline.date or "")
    venue = _venue(dated)
    main = venue[1] if venue and venue[1] else min(cities, key=lambda c: (-cities[c], first_seen[c], c), default=None)
    if main is None:
        regions = Counter(e.headline.region for e in dated if e.headline.region)
        main = _top(regions) or (dated[0].headline.country or "").upper() or None
    others = len(set(cities) - {main})
    place = main or ""
    if others:
        other = next(iter(set(cities) - {main}))
        place += f" and {other}" if others == 1 else f" and {others} other cities"
    what = _form(dated) + (f" {_at(venue[0])}" if venue else "")
    when = period(dated)
    return f"{_who(events)} — {what}" + (f", {place}" if place else "") + (f", {when}" if when else "")
