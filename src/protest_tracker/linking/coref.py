"""Event coreference: group reports that describe the same protest.

Blocking: reports are indexed by ``(country, day)`` (every day their date stands
for) and, inside a day, by folded city and by GeoNames id; a report compares only
with reports of the same city (same name or same GeoNames id, so spelling variants
of one settlement meet), of no city, or of the same coarse coordinate cell, on the
same or the next day. No all-pairs pass, so the cost grows with the size of the busiest
city-day, not with the square of the corpus.

Clustering: constrained agglomerative merging. Candidate pairs are sorted by
score (ties by report key) and merged when every cross pair of the two clusters
is compatible (no hard rule of :func:`pair_score` says no) and their mean score
stays above the threshold. Two reports a day apart are not merged when the other
outlet also reports that very day in the first one's city: an outlet that tells the
25th and the 26th apart is matched day to day, not across. Everything is ordered by
content-derived keys, so the result does not depend on the order of the input.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from protest_tracker.linking.reports import Report
from protest_tracker.linking.similarity import (
    MERGE_THRESHOLD,
    Features,
    date_score,
    features,
    pair_score,
    same_city_day,
)

#: Coordinates are also bucketed on a grid of this many degrees, for nearby places named differently.
GRID_DEGREES = 0.5
#: A report whose date stands for more days than this (a year) is not blocked, so it stays alone.
MAX_BLOCK_DAYS = 31


def _groups(feature: Features) -> list[str]:
    groups = [f"c:{feature.city}"]
    if feature.geonames_id:
        groups.append(f"p:{feature.geonames_id}")
    if feature.latlon:
        lat, lon = feature.latlon
        groups.append(f"g:{int(lat // GRID_DEGREES)}:{int(lon // GRID_DEGREES)}")
    return groups


def candidate_pairs(feats: Sequence[Features]) -> set[tuple[int, int]]:
    """Index pairs ``(i, j)``, ``i < j``, that share a block (see the module docstring)."""
    cells: dict[tuple[str, int], dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for index, feature in enumerate(feats):
        if not feature.country or feature.days is None:
            continue
        low, high = feature.days
        if high - low + 1 > MAX_BLOCK_DAYS:
            continue
        for day in range(low, high + 1):
            for group in _groups(feature):
                cells[(feature.country, day)][group].append(index)
    pairs: set[tuple[int, int]] = set()
    for (country, day), groups in cells.items():
        following = cells.get((country, day + 1), {})
        for group, members in groups.items():
            nearby = [members, following.get(group, [])]
            if group == "c:":
                nearby += [m for g, m in groups.items() if g.startswith("c:") and g != "c:"]
                nearby += [m for g, m in following.items() if g.startswith("c:")]
            else:
                nearby += [groups.get("c:", []), following.get("c:", [])]
            for i in members:
                for others in nearby:
                    for j in others:
                        if i != j:
                            pairs.add((i, j) if i < j else (j, i))
    return pairs


class _Clusters:
    """Union-find that keeps each cluster's members (smallest root index wins)."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))
        self.members: dict[int, list[int]] = {i: [i] for i in range(size)}

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        root, child = (a, b) if a < b else (b, a)
        self.parent[child] = root
        self.members[root].extend(self.members.pop(child))


def cluster_reports(reports: Iterable[Report], *, threshold: float = MERGE_THRESHOLD) -> list[list[Report]]:
    """Group ``reports`` into events; each group is sorted by report key, groups by their first key."""
    ordered = sorted(reports, key=lambda r: r.key)
    feats = [features(r) for r in ordered]
    scores: dict[tuple[int, int], float | None] = {}
    for i, j in candidate_pairs(feats):
        scores[(i, j)] = pair_score(feats[i], feats[j])
    edges = sorted(((s, i, j) for (i, j), s in scores.items() if s is not None and s >= threshold),
                   key=lambda e: (-e[0], e[1], e[2]))
    clusters = _Clusters(len(ordered))

    def score(i: int, j: int) -> float | None:
        pair = (i, j) if i < j else (j, i)
        if pair not in scores:
            scores[pair] = pair_score(feats[pair[0]], feats[pair[1]])
        return scores[pair]

    by_source: dict[str, list[int]] = defaultdict(list)
    for index, feature in enumerate(feats):
        by_source[feature.source].append(index)

    def same_day_elsewhere(i: int, j: int) -> bool:
        """``j``'s outlet also reports ``i``'s very day in ``i``'s city, compatibly with ``i``
        (a report without a city is one article's stretch of the same story, not a day of its own)."""
        return any(k != j and same_city_day(feats[i], feats[k]) and score(i, k) is not None
                   for k in by_source[feats[j].source])

    for _, i, j in edges:
        root_i, root_j = clusters.find(i), clusters.find(j)
        if root_i == root_j:
            continue
        if date_score(feats[i], feats[j]) != 1.0 and (same_day_elsewhere(i, j) or same_day_elsewhere(j, i)):
            continue
        cross = [score(a, b) for a in clusters.members[root_i] for b in clusters.members[root_j]]
        known = [s for s in cross if s is not None]
        if len(known) < len(cross):
            continue
        if sum(known) / len(known) < threshold:
            continue
        clusters.union(root_i, root_j)
    groups = [sorted(members) for members in clusters.members.values()]
    groups.sort(key=lambda members: members[0])
    return [[ordered[i] for i in members] for members in groups]
