"""Pairwise precision and recall of merging (coreference), and gold pairs from annotations.

A *pair* is two report keys put in one event. Precision: share of predicted pairs
that are gold pairs; recall: share of gold pairs that were predicted. Keys are
whatever identifies a report in both (e.g. ``article_id#index``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import Any

from protest_tracker.linking.places import city_key, day_interval, fold, interval_gap


@dataclass(frozen=True, slots=True)
class PairScore:
    """Pairwise merge quality."""

    predicted_pairs: int
    gold_pairs: int
    true_pairs: int

    @property
    def precision(self) -> float:
        return self.true_pairs / self.predicted_pairs if self.predicted_pairs else 1.0

    @property
    def recall(self) -> float:
        return self.true_pairs / self.gold_pairs if self.gold_pairs else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def describe(self) -> str:
        return (f"pairwise merge: precision {self.precision:.3f} ({self.true_pairs}/{self.predicted_pairs}), "
                f"recall {self.recall:.3f} ({self.true_pairs}/{self.gold_pairs}), F1 {self.f1:.3f}")


def pairs_of(clusters: Iterable[Sequence[str]]) -> set[frozenset[str]]:
    """All unordered pairs of keys that share a cluster."""
    pairs: set[frozenset[str]] = set()
    for cluster in clusters:
        for a, b in combinations(sorted(set(cluster)), 2):
            pairs.add(frozenset((a, b)))
    return pairs


def pairwise_score(predicted: Iterable[Sequence[str]], gold: Iterable[Sequence[str]] | set[frozenset[str]]) -> PairScore:
    """Compare predicted clusters with gold clusters (or a ready set of gold pairs)."""
    predicted_pairs = pairs_of(predicted)
    gold_pairs = gold if isinstance(gold, set) else pairs_of(gold)
    return PairScore(predicted_pairs=len(predicted_pairs), gold_pairs=len(gold_pairs),
                     true_pairs=len(predicted_pairs & gold_pairs))


def _event_key(article_id: str, index: int) -> str:
    return f"{article_id}#{index}"


def _same_place(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    if a.get("country") != b.get("country"):
        return False
    if a.get("city") and b.get("city") and a.get("geonames_id") and b.get("geonames_id"):
        return a["geonames_id"] == b["geonames_id"]
    if a.get("city") or b.get("city"):
        return city_key(a.get("city")) == city_key(b.get("city"))
    return fold(a.get("region")) == fold(b.get("region"))


def _date_gap(a: Mapping[str, Any], b: Mapping[str, Any]) -> int | None:
    """0 same day (or a month containing the day), 1 one day apart (both day-precise), else None."""
    da = day_interval(a.get("date"), a.get("date_precision"))
    db = day_interval(b.get("date"), b.get("date_precision"))
    if da is None or db is None:
        return None
    gap = interval_gap(da, db)
    day_precise = (a.get("date_precision") or "day") == "day" and (b.get("date_precision") or "day") == "day"
    if gap == 0 or (gap == 1 and day_precise):
        return gap
    return None


def gold_clusters(
    articles: Sequence[Mapping[str, Any]], *, events_key: str = "gold",
    compatible: Callable[[Mapping[str, Any], Mapping[str, Any]], bool] | None = None,
) -> list[list[str]]:
    """Gold events of different articles grouped into 'same event' clusters (keys ``id#index``).

    Rule (documented in ``docs/linking.md``): for each pair of articles, events are
    matched one-to-one, greedily, same day before one day apart, same event type
    first; a match needs the same country, the same city (or, without a city, the
    same region), a date on the same day (a month-precision date containing it) or
    one day apart with the same event type, neither event aggregate, the same ``pro_government`` value, and
    ``compatible(a, b)`` when given. Matches are closed transitively, except that
    two events of one article never end up in one cluster.
    """
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def articles_of(root: str) -> set[str]:
        return {key.rsplit("#", 1)[0] for key in parent if find(key) == root}

    ordered = sorted(articles, key=lambda a: str(a["id"]))
    for i, first in enumerate(ordered):
        for second in ordered[i + 1:]:
            options = []
            for ia, a in enumerate(first.get(events_key) or ()):
                for ib, b in enumerate(second.get(events_key) or ()):
                    if a.get("aggregate") or b.get("aggregate") or not _same_place(a, b):
                        continue
                    if bool(a.get("pro_government")) != bool(b.get("pro_government")):
                        continue
                    gap = _date_gap(a, b)
                    if gap is None or (gap and a.get("event_type") != b.get("event_type")):
                        continue
                    if compatible and not compatible(a, b):
                        continue
                    options.append((gap, a.get("event_type") != b.get("event_type"), ia, ib))
            used_a: set[int] = set()
            used_b: set[int] = set()
            for _, _, ia, ib in sorted(options):
                if ia in used_a or ib in used_b:
                    continue
                used_a.add(ia)
                used_b.add(ib)
                root_a = find(_event_key(str(first["id"]), ia))
                root_b = find(_event_key(str(second["id"]), ib))
                if root_a != root_b and not articles_of(root_a) & articles_of(root_b):
                    parent[root_a] = root_b
    clusters: dict[str, list[str]] = {}
    for key in list(parent):
        clusters.setdefault(find(key), []).append(key)
    return sorted((sorted(c) for c in clusters.values() if len(c) > 1), key=lambda c: c[0])
