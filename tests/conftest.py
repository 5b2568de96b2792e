"""Fixtures shared by every test area."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

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
