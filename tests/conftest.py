"""Fixtures shared by every test area, and the Hypothesis profiles.

Hypothesis profiles: ``dev`` (the default) keeps Hypothesis' own settings; ``ci`` (loaded when
``CI=true``) drops the deadline and the too-slow / data-too-large health checks, so a loaded CI
machine cannot fail a property test for being slow. ``HYPOTHESIS_PROFILE`` picks one explicitly.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile("dev")
settings.register_profile(
    "ci", suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large], deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE")
                      or ("ci" if os.environ.get("CI", "").lower() == "true" else "dev"))

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
DEV_SET = SHARED / "eval" / "dev.jsonl"


def _backend() -> str:
    url = os.environ.get("DATABASE_URL", "sqlite:///")
    return "postgresql" if url.startswith(("postgres://", "postgresql://")) else "sqlite"


def pytest_collection_modifyitems(config, items):
    if _backend() == "postgresql":
        return
    skip = pytest.mark.skip(reason="PostgreSQL-only test; scripts/test.sh runs it with DATABASE_URL=postgres://…")
    for item in items:
        if "postgres" in item.keywords:
            item.add_marker(skip)


@pytest.fixture
def db_backend() -> str:
    """``sqlite`` or ``postgresql``: the backend this run uses."""
    return _backend()


@pytest.fixture(scope="session")
def dev_set_path() -> Path:
    """The shared dev set (evaluation only); tests that need it skip when it is absent."""
    if not DEV_SET.exists():
        pytest.skip(f"{DEV_SET} not present")
    return DEV_SET


@pytest.fixture(autouse=True)
def _interface_language_reset():
    """Each test starts and ends in the default interface language: a request with a Russian or
    Kazakh cookie leaves that language active in the thread (``LocaleMiddleware`` activates it per
    request and nothing resets it), which would leak into the next test of the same worker."""
    yield
    import sys

    if "django.utils.translation" in sys.modules:
        from django.conf import settings as django_settings

        if django_settings.configured:
            sys.modules["django.utils.translation"].deactivate()
