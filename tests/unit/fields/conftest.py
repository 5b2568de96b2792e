"""Shared fixtures for the field recognisers' tests."""

from __future__ import annotations

import pytest

from protest_tracker.pipeline.places.gazetteer import Gazetteer


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()
