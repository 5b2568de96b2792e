"""The assembler's thresholds come from the centre of a plateau, not from a lone peak."""

from __future__ import annotations

import itertools

import pytest

from protest_tracker.pipeline.learn.thresholds import GRID, plateau


def _surface(peak: tuple[int, int], plateau_centre: tuple[int, int], *, size: tuple[int, int] = (7, 5)):
    """A 2-D objective: 1.0 everywhere, a lone spike of 1.6 at ``peak``, and a broad rise of 1.4 on
    the 3×3 block around ``plateau_centre``."""
    objective = {}
    for cell in itertools.product(range(size[0]), range(size[1])):
        value = 1.0
        if max(abs(cell[0] - plateau_centre[0]), abs(cell[1] - plateau_centre[1])) <= 1:
            value = 1.4
        if cell == peak:
            value = 1.6
        objective[cell] = value
    return objective


def test_a_broad_plateau_beats_a_lone_peak():
    objective = _surface(peak=(0, 4), plateau_centre=(4, 2))
    assert max(objective, key=objective.get) == (0, 4)  # the plain best cell is the spike
    assert plateau(objective) == (4, 2)


def test_without_a_spike_the_best_region_is_chosen_wherever_it_is():
    for centre in ((2, 2), (4, 3), (3, 2)):
        flat = _surface(peak=(-9, -9), plateau_centre=centre)
        assert plateau(flat) == centre


def test_edges_are_averaged_over_the_cells_that_exist():
    # a rising ramp along the first axis: the last cell's neighbourhood (itself and its one
    # neighbour, nothing beyond the edge) is the best
    ramp = {(i,): float(i) for i in range(5)}
    assert plateau(ramp) == (4,)


def test_ties_go_to_the_better_cell_then_to_lower_thresholds():
    level = {(i, j): 1.0 for i, j in itertools.product(range(3), range(3))}
    assert plateau(level) == (0, 0)  # an axis that changes nothing stays at its first value
    level[(2, 2)] = 1.0 + 1e-12  # below the rounding of the means, above in the cell itself
    assert plateau(level) == (2, 2)


def test_an_empty_grid_is_an_error():
    with pytest.raises(ValueError, match="at least one"):
        plateau({})


def test_the_grid_is_sorted_and_inside_zero_one():
    for axis in GRID:
        assert list(axis) == sorted(axis)
        assert all(0.0 <= t <= 1.0 for t in axis)
