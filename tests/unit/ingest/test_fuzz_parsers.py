"""Every parser against hostile input (short profile): records or the parser's documented error,
never another exception, and one bad record never loses the good ones around it.

The properties live in tests/fuzz_properties.py and tests/fuzz_markup.py (registered in
tests/fuzz_targets.py); ``benchmarks/fuzz.py`` runs the same ones on 100,000+ inputs.
"""

from __future__ import annotations

import pytest

from fuzz_targets import TARGETS, Outcome, run_target


@pytest.mark.parametrize("name", sorted(TARGETS))
def test_parser_survives_hostile_input(name):
    target = TARGETS[name]
    outcome = Outcome()
    run_target(target, examples=target.ci_examples, outcome=outcome)
    assert outcome.inputs >= 1  # the property ran on real inputs, not only on the explicit ones
