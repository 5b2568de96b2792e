"""Formula neutralisation is complete and reversible."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from protest_tracker.export.cells import neutralise, restore_text


@given(st.text())
def test_neutralise_round_trips(text):
    assert restore_text(neutralise(text)) == text


@given(st.text())
def test_neutralised_text_never_starts_a_formula(text):
    assert not neutralise(text).startswith(("=", "+", "-", "@", "\t", "\r"))


def test_plain_text_is_unchanged():
    assert neutralise("Almaty, 10 people") == "Almaty, 10 people"
    assert neutralise("=1+1") == "'=1+1"
