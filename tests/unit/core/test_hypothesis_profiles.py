"""The Hypothesis profiles registered in tests/conftest.py: ``ci`` must never fail on a slow machine."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings


def test_ci_profile_drops_deadline_and_slowness_health_checks():
    ci = settings.get_profile("ci")
    assert ci.deadline is None
    assert {HealthCheck.too_slow, HealthCheck.data_too_large} <= set(ci.suppress_health_check)
    assert settings.get_profile("dev") is not None


def test_ci_profile_is_loaded_under_ci():
    if os.environ.get("HYPOTHESIS_PROFILE") or os.environ.get("CI", "").lower() != "true":
        return  # the dev profile (Hypothesis' defaults) is in force
    assert settings.default.deadline is None
