"""Fixtures of the public-site tests."""

from __future__ import annotations

import pytest
import web_factories as factories


@pytest.fixture
def make():
    """The factories module (make.event(...), make.campaign(...))."""
    return factories
