"""The codebook: vocabularies match the exchange format, crosswalks are consistent, docs are fresh."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from protest_tracker import codebook

DOCS = Path(__file__).resolve().parents[3] / "docs" / "codebook.md"

# Codebook v1 of ../shared/eval/README.md: the scorer and the gold use exactly these strings.
EXCHANGE_EVENT_TYPES = {"demonstration", "picket", "single_person_picket", "march", "hunger_strike",
                        "strike", "road_blockade", "riot", "sit_in", "other"}
EXCHANGE_GRIEVANCES = {"xinjiang_ethnic_kin", "china_economic", "labour", "wages_prices_economy",
                       "housing_mortgage", "land_property", "utilities", "elections_political",
                       "corruption_justice", "detention_release", "covid", "environment",
                       "social_benefits", "rights_freedoms", "interethnic", "other"}
EXCHANGE_RESPONSES = {"none_reported", "monitoring", "dialogue_meeting", "concession", "dispersal",
                      "detention", "fine", "administrative_arrest", "criminal_charge", "force_violence",
                      "fatalities", "internet_shutdown"}


def test_exchange_vocabularies_are_exactly_codebook_v1():
    assert set(codebook.EVENT_TYPES.codes) == EXCHANGE_EVENT_TYPES
    assert set(codebook.GRIEVANCES.codes) == EXCHANGE_GRIEVANCES
    assert set(codebook.STATE_RESPONSES.codes) == EXCHANGE_RESPONSES


@pytest.mark.parametrize("vocab", codebook.VOCABULARIES, ids=lambda v: v.name)
def test_every_value_has_label_and_definition(vocab):
    assert len(vocab) >= 2
    for value in vocab:
        assert value.code and value.code == value.code.strip()
        assert value.label and value.definition.endswith(".")
        assert vocab.get(value.code) is value
        assert vocab.label(value.code) == value.label
    assert [c for c, _ in vocab.choices()] == list(vocab.codes)


def test_lookup_round_trip_and_unknown_code():
    for vocab in codebook.VOCABULARIES:
        assert codebook.vocabulary(vocab.name) is vocab
    with pytest.raises(KeyError, match="not a code of event_types"):
        codebook.EVENT_TYPES.get("flash_mob")
    with pytest.raises(KeyError):
        codebook.vocabulary("nope")


def test_status_transitions_cover_every_status_and_stay_inside_the_vocabulary():
    statuses = set(codebook.REVIEW_STATUSES.codes)
    assert set(codebook.STATUS_TRANSITIONS) == statuses
    for source, targets in codebook.STATUS_TRANSITIONS.items():
        assert targets <= statuses and source not in targets
    # Publishing is possible only from verified.
    assert [s for s, t in codebook.STATUS_TRANSITIONS.items() if "published" in t] == ["verified"]


@pytest.mark.parametrize(
    ("event_type", "responses", "violence", "expected"),
    [
        ("picket", ["monitoring"], False, ("Protests", "Peaceful protest")),
        ("demonstration", ["detention", "fine"], False, ("Protests", "Protest with intervention")),
        ("march", ["force_violence"], False, ("Protests", "Excessive force against protesters")),
        ("riot", [], False, ("Riots", "Violent demonstration")),
        ("demonstration", ["none_reported"], True, ("Riots", "Violent demonstration")),
    ],
)
def test_acled_crosswalk(event_type, responses, violence, expected):
    assert codebook.acled_event(event_type, responses, protester_violence=violence) == expected


def test_cameo_codes_refine_by_demand():
    assert codebook.cameo_code("hunger_strike") == "142"
    assert codebook.cameo_code("demonstration", ["elections_political"]) == "1411"
    assert codebook.cameo_code("road_blockade", ["utilities"]) == "1442"
    assert codebook.cameo_code("other", ["labour"]) == "140"


@pytest.mark.parametrize(
    ("low", "high", "band"),
    [(1, 1, "one"), (5, 15, "few"), (20, None, "tens"), (None, 300, "hundreds"), (2000, None, "thousands"),
     (20000, None, "tens_of_thousands"), (None, None, "unknown"), (0, 0, "unknown")],
)
def test_size_bands(low, high, band):
    assert codebook.size_category(low, high) == band
    assert band in codebook.SIZE_CATEGORIES


def test_docs_codebook_is_generated_from_the_module():
    """docs/codebook.md must be regenerated (make docs) whenever codebook.py changes."""
    fresh = subprocess.run([sys.executable, "-m", "protest_tracker.codebook"], capture_output=True,
                           text=True, check=True).stdout
    assert DOCS.read_text(encoding="utf-8") == fresh, "docs/codebook.md is stale: run `make docs`"
    for vocab in codebook.VOCABULARIES:
        assert f"## {vocab.title}" in fresh
        for code in vocab.codes:
            assert f"`{code}`" in fresh
