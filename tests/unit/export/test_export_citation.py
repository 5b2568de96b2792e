"""The citation shipped in every export is the repository's CITATION.cff; the codebook document is complete."""

from __future__ import annotations

from pathlib import Path

from protest_tracker import codebook
from protest_tracker.export.citation import citation_cff, codebook_document
from protest_tracker.export.fields import table_schema

REPO = Path(__file__).resolve().parents[3]


def test_repository_citation_is_the_exported_one():
    assert (REPO / "CITATION.cff").read_text(encoding="utf-8") == citation_cff()
    assert "cff-version: 1.2.0" in citation_cff()


def test_codebook_document_lists_every_vocabulary_and_code():
    document = codebook_document()
    assert [v["name"] for v in document["vocabularies"]] == [v.name for v in codebook.VOCABULARIES]
    responses = next(v for v in document["vocabularies"] if v["name"] == "state_responses")
    assert [v["code"] for v in responses["values"]] == list(codebook.STATE_RESPONSES.codes)


def test_table_schema_constraints_come_from_the_codebook():
    fields = {f["name"]: f for f in table_schema()["fields"]}
    assert fields["event_type"]["constraints"]["enum"] == list(codebook.EVENT_TYPES.codes)
    assert fields["geo_precision"]["constraints"]["enum"] == [1, 2, 3]
    assert "labour" in fields["grievance_categories"]["constraints"]["pattern"]
