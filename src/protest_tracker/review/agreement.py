"""Inter-coder agreement: percent agreement and Krippendorff's alpha (nominal), written from the definition.

Pure Python, no Django. Units are events; each unit holds the values the coders
gave (``None`` = not coded, ignored). Set-valued fields (grievances, responses…)
are scored two ways, documented in docs/review.md:

* percent agreement = share of events where both coders chose exactly the same set;
* alpha = nominal alpha over *per-code binary* units: every (event, vocabulary code)
  pair is a unit whose value is 1 when the coder chose the code, 0 when not; the
  units of all codes are pooled into one alpha. Chance agreement on the many 0s
  is part of the expected agreement, so alpha is not inflated by rare codes.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable, Sequence
from itertools import permutations
from typing import cast


def krippendorff_alpha_nominal(units: Iterable[Sequence[Hashable | None]]) -> float | None:
    """Krippendorff's alpha for nominal data.

    ``units`` is one sequence of values per unit (one value per coder, ``None`` for
    missing). Units with fewer than two values are not pairable and are skipped.
    Returns ``None`` when alpha is undefined (no pairable values, or every value
    identical so no disagreement could be expected).
    """
    coincidences: defaultdict[tuple[Hashable, Hashable], float] = defaultdict(float)
    for unit in units:
        values = [v for v in unit if v is not None]
        m = len(values)
        if m < 2:
            continue
        for i, j in permutations(range(m), 2):
            coincidences[(values[i], values[j])] += 1.0 / (m - 1)
    totals: defaultdict[Hashable, float] = defaultdict(float)
    for (first, _second), weight in coincidences.items():
        totals[first] += weight
    n = sum(totals.values())
    if n <= 1:
        return None
    observed = sum(weight for (a, b), weight in coincidences.items() if a != b)
    expected_pairs = sum(totals[a] * totals[b] for a in totals for b in totals if a != b)
    if expected_pairs == 0:
        return None
    return 1.0 - (n - 1) * observed / expected_pairs


def percent_agreement(pairs: Iterable[tuple[object, object]]) -> float | None:
    """Share of pairs whose two values are equal (``None`` when there are no pairs)."""
    pairs = list(pairs)
    if not pairs:
        return None
    return sum(1 for a, b in pairs if a == b) / len(pairs)


def set_units(
    pairs: Iterable[tuple[Iterable[str], Iterable[str]]], *, codes: Iterable[str]
) -> list[tuple[int, int]]:
    """Per-code binary units for set-valued answers: one (0/1, 0/1) unit per event and code."""
    units: list[tuple[int, int]] = []
    codes = list(codes)
    for first, second in pairs:
        a, b = set(first), set(second)
        for code in sorted(set(codes) | a | b):
            units.append((int(code in a), int(code in b)))
    return units


def field_agreement(
    pairs: list[tuple[object, object]], *, codes: Sequence[str] | None = None
) -> dict[str, float | int | None]:
    """Agreement for one field over the events both coders coded: n, percent and alpha.

    ``codes`` (the vocabulary) marks a set-valued field, scored per code as binary units.
    """
    if codes is not None:
        sets = [(frozenset(cast("Iterable[str]", a or ())), frozenset(cast("Iterable[str]", b or ())))
                for a, b in pairs]
        alpha = krippendorff_alpha_nominal(set_units(sets, codes=codes))
        return {"n": len(sets), "percent": percent_agreement(sets), "alpha": alpha}
    values = [(_hashable(a), _hashable(b)) for a, b in pairs]
    return {"n": len(values), "percent": percent_agreement(values), "alpha": krippendorff_alpha_nominal(values)}


def _hashable(value: object) -> Hashable:
    if isinstance(value, list | tuple | set):
        return tuple(sorted(value))
    return value if value is not None else ""
