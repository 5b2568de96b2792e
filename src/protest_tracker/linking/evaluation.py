"""Pairwise precision and recall of merging (coreference), and gold pairs from annotations.

A *pair* is two report keys put in one event. Precision: share of predicted pairs
that are gold pairs; recall: share of gold pairs that were predicted. Keys are
whatever identifies a report in both (e.g. ``article_id#index``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations


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
