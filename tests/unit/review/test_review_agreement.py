"""Krippendorff's alpha and percent agreement against hand-computed and published examples."""

from __future__ import annotations

import pytest

from protest_tracker.review.agreement import (
    field_agreement,
    krippendorff_alpha_nominal,
    percent_agreement,
    set_units,
)


def test_two_coders_hand_computed():
    # units (a,a) (a,b) (b,b) (b,b): o_aa=2, o_ab=o_ba=1, o_bb=4; n_a=3, n_b=5, n=8
    # alpha = 1 - (n-1) * D_o / sum_{c!=k} n_c n_k = 1 - 7*2 / (2*3*5) = 16/30
    assert krippendorff_alpha_nominal([("a", "a"), ("a", "b"), ("b", "b"), ("b", "b")]) == pytest.approx(16 / 30)


def test_published_example_with_missing_values():
    # Krippendorff's reliability-data example (4 observers, 12 units, missing values): nominal alpha 0.743
    data = [
        [1, 2, 3, 3, 2, 1, 4, 1, 2, None, None, None],
        [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, None, 3],
        [None, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, None],
        [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, None],
    ]
    units = list(zip(*data, strict=True))
    assert krippendorff_alpha_nominal(units) == pytest.approx(0.743, abs=0.0005)


def test_perfect_agreement_and_undefined_cases():
    assert krippendorff_alpha_nominal([("x", "x"), ("y", "y")]) == 1.0
    assert krippendorff_alpha_nominal([("x", "x"), ("x", "x")]) is None  # no variation: undefined
    assert krippendorff_alpha_nominal([("x", None), (None, None)]) is None  # nothing pairable
    assert krippendorff_alpha_nominal([]) is None


def test_systematic_disagreement_is_negative():
    assert krippendorff_alpha_nominal([("a", "b"), ("b", "a")]) < 0


def test_percent_agreement():
    assert percent_agreement([(1, 1), (1, 2), (2, 2), (3, 3)]) == 0.75
    assert percent_agreement([]) is None


def test_set_valued_fields_use_per_code_binary_units():
    units = set_units([({"a"}, {"a", "b"})], codes=["a", "b", "c"])
    assert units == [(1, 1), (0, 1), (0, 0)]
    # two events, codes a,b,c: units (1,1)(0,1)(0,0) and (0,0)(1,1)(0,0)
    # o_11 = 4, o_10 = o_01 = 1, o_00 = 6; n_1 = 5, n_0 = 7, n = 12 -> alpha = 1 - 11*2/(2*5*7)
    result = field_agreement([(["a"], ["a", "b"]), (["b"], ["b"])], codes=["a", "b", "c"])
    assert result["n"] == 2 and result["percent"] == 0.5
    assert result["alpha"] == pytest.approx(1 - 11 * 2 / 70)


def test_single_valued_none_is_a_category():
    result = field_agreement([(None, ""), ("x", "x"), ("y", None)])
    assert result["percent"] == pytest.approx(2 / 3)
