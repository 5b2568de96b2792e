"""Do two reports describe the same protest? Hard rules first, then a weighted score.

:func:`features` reduces a report to what the comparison needs (computed once per
report); :func:`pair_score` returns ``None`` when the two reports *cannot* be the
same event and otherwise a score in ``[0, 1]``. The rules and weights are
documented in ``docs/linking.md``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from protest_tracker.linking.places import (
    SAME_PLACE_KM,
    city_key,
    day_interval,
    distance_km,
    fold,
    interval_gap,
)
from protest_tracker.linking.reports import Report

#: Reports whose days are at most this far apart may describe one event (day precision).
DAY_TOLERANCE = 1
#: Two sizes further apart than this factor are never one event.
MAX_SIZE_RATIO = 20.0
#: Pairs scoring at least this are merged (subject to the cluster rules in :mod:`coref`).
MERGE_THRESHOLD = 0.62

WEIGHTS = {"date": 0.25, "place": 0.25, "type": 0.15, "groups": 0.15, "grievances": 0.1,
           "size": 0.05, "text": 0.05}

#: Event types that reports of one protest often disagree on (the outlet's wording differs).
_TYPE_FAMILIES = (
    frozenset({"demonstration", "picket", "march", "sit_in", "single_person_picket", "other"}),
    frozenset({"demonstration", "riot", "road_blockade"}),
    frozenset({"strike", "demonstration", "sit_in", "hunger_strike"}),
    frozenset({"hunger_strike", "picket", "sit_in"}),
)
#: Groups too vague to tell two protests apart.
_VAGUE_GROUPS = frozenset({"general_public"})
#: Groups that outlets (and the extractor) use for the same crowd: "residents of Nukus" are
#: "Karakalpaks" in another report, "activists" are "opposition supporters" in a third.
GROUP_FAMILIES = {"residents": "population", "ethnic_community": "population",
                  "activists": "civic", "opposition": "civic"}
_WORD = re.compile(r"\w+", re.UNICODE)
_STOP = frozenset({"the", "and", "of", "in", "at", "for", "with", "who", "people", "protesters",
                   "и", "в", "на", "по", "из", "за", "a", "an", "to", "on"})


@dataclass(frozen=True, slots=True)
class Features:
    """What the comparison of two reports needs, precomputed."""

    key: str
    source: str
    country: str
    city: str
    geonames_id: int | None
    region: str
    latlon: tuple[float, float] | None
    days: tuple[int, int] | None
    day_precise: bool
    event_type: str
    groups: frozenset[str]
    grievances: frozenset[str]
    targets: frozenset[str]
    size: int | None
    pro_government: bool
    aggregate: bool
    venue: str
    words: frozenset[str]


def words_of(*texts: str | None) -> frozenset[str]:
    """Crude language-neutral stems (first five letters) of the content words of ``texts``."""
    stems = set()
    for text in texts:
        for word in _WORD.findall((text or "").casefold()):
            if len(word) > 2 and word not in _STOP and not word.isdigit():
                stems.add(word[:5])
    return frozenset(stems)


def features(report: Report) -> Features:
    """The comparison features of one report."""
    c = report.candidate
    latlon = (c.latitude, c.longitude) if c.latitude is not None and c.longitude is not None else None
    precision = c.date_precision or "day"
    size = c.size_min if c.size_min is not None else c.size_max
    return Features(
        key=report.key, source=report.source, country=(c.country or "").upper(),
        city=city_key(c.city), geonames_id=c.geonames_id if c.city else None,
        region=fold(c.region), latlon=latlon,
        days=day_interval(c.date, precision, c.end_date),
        day_precise=precision == "day" and c.date is not None and len(c.date) >= 10,
        event_type=c.event_type or "demonstration",
        groups=frozenset(c.participant_groups) - _VAGUE_GROUPS,
        grievances=frozenset(c.grievance_categories), targets=frozenset(c.target_categories),
        size=size if size and size > 0 else None, pro_government=c.pro_government,
        aggregate=c.aggregate, venue=fold(c.venue),
        words=words_of(c.participants, c.organisers, " ".join(c.demands), " ".join(c.targets)),
    )


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    union = a | b
    return len(a & b) / len(union) if union else 0.0


def same_settlement(a: Features, b: Features) -> bool:
    """Same GeoNames id when both reports carry one (spelling variants agree, namesakes in
    different places do not); otherwise the same folded, variant-merged city name."""
    if a.geonames_id and b.geonames_id:
        return a.geonames_id == b.geonames_id
    return bool(a.city) and a.city == b.city


def place_score(a: Features, b: Features) -> float | None:
    """1 same city, 0.8 nearby coordinates, 0.5 one side has no city; ``None`` when apart."""
    if a.city and b.city:
        if same_settlement(a, b):
            return 1.0
        if a.latlon and b.latlon and distance_km(*a.latlon, *b.latlon) <= SAME_PLACE_KM:
            return 0.8
        return None
    if a.region and b.region and a.region != b.region:
        return None
    if a.city or b.city:
        return 0.5
    return 0.7 if a.region and a.region == b.region else 0.5


def date_score(a: Features, b: Features) -> float | None:
    """1 overlapping days, 0.6 one day apart, 0.4 a coarse date containing the other; else ``None``."""
    if a.days is None or b.days is None:
        return None
    gap = interval_gap(a.days, b.days)
    if a.day_precise and b.day_precise:
        if gap == 0:
            return 1.0
        return 0.6 if gap <= DAY_TOLERANCE else None
    return 0.4 if gap == 0 else None


def same_city_day(a: Features, b: Features) -> bool:
    """Both reports name the same city and the very same day (the day-to-day rule of linking)."""
    return bool(a.city) and a.city == b.city and date_score(a, b) == 1.0


def type_score(a: str, b: str) -> float:
    """1 same type, 0.6 types reports often confuse, else 0.2."""
    if a == b:
        return 1.0
    return 0.6 if any(a in family and b in family for family in _TYPE_FAMILIES) else 0.2


def size_score(a: int | None, b: int | None) -> float | None:
    """Size agreement: neutral when unknown, ``None`` when the sizes are irreconcilable."""
    if a is None or b is None:
        return 0.5
    ratio = max(a, b) / min(a, b)
    if ratio > MAX_SIZE_RATIO:
        return None
    return 1.0 if ratio <= 1.5 else 0.7 if ratio <= 4 else 0.3


def group_score(a: frozenset[str], b: frozenset[str]) -> float | None:
    """Jaccard overlap of participant groups; 0.5 when unknown or only related (same family);
    ``None`` when both are known and unrelated (different groups, different protests)."""
    if not a or not b:
        return 0.5
    if a & b:
        return max(0.5, _jaccard(a, b))
    families = {GROUP_FAMILIES.get(g) for g in a} & {GROUP_FAMILIES.get(g) for g in b}
    return 0.5 if families - {None} else None


def pair_score(a: Features, b: Features) -> float | None:
    """How likely ``a`` and ``b`` report one protest (``None``: they cannot)."""
    if a.source == b.source or not a.country or a.country != b.country:
        return None
    if a.pro_government != b.pro_government or a.aggregate != b.aggregate:
        return None
    date = date_score(a, b)
    if date is None:
        return None
    place = place_score(a, b)
    if place is None:
        return None
    groups = group_score(a.groups, b.groups)
    if groups is None:
        return None
    grievance_overlap = _jaccard(a.grievances, b.grievances)
    size = size_score(a.size, b.size)
    if size is None:
        return None
    grievances = grievance_overlap if a.grievances and b.grievances else 0.5
    text = _jaccard(a.words, b.words)
    score = (WEIGHTS["date"] * date + WEIGHTS["place"] * place
             + WEIGHTS["type"] * type_score(a.event_type, b.event_type)
             + WEIGHTS["groups"] * groups + WEIGHTS["grievances"] * grievances
             + WEIGHTS["size"] * size + WEIGHTS["text"] * text)
    if a.venue and a.venue == b.venue:
        score += 0.05
    return round(min(score, 1.0), 6)
