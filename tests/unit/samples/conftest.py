"""The sample corpus records and their gold events, shared by the corpus tests."""

from __future__ import annotations

import pytest

from protest_tracker.samples import iter_sample_records


@pytest.fixture(scope="module")
def records():
    return list(iter_sample_records())


@pytest.fixture(scope="module")
def events(records):
    return [(record, event) for record in records for event in record["gold"]]
