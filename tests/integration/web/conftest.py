"""Fixtures of the public-site tests."""

from __future__ import annotations

import pytest
import web_factories as factories


@pytest.fixture
def make():
    """The factories module (make.event(...), make.campaign(...))."""
    return factories


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Each test starts with an empty cache (the dashboard caches its aggregates)."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
