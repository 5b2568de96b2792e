"""Shared fixtures for the field recognisers' tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from protest_tracker.pipeline.places.gazetteer import Gazetteer


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


@pytest.fixture
def build_scripts() -> Path:
    """``scripts/`` on the import path, for tests of the gazetteer build's helpers (build time only,
    not part of the package)."""
    scripts = Path(__file__).resolve().parents[3] / "scripts"
    if str(scripts) not in sys.path:
        sys.path.insert(0, str(scripts))
    return scripts
