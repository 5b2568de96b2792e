"""The project's citation (``CITATION.cff``) and the codebook document that go into every export."""

from __future__ import annotations

from typing import Any

from protest_tracker import codebook

CITATION_CFF = """\
cff-version: 1.2.0
message: "If you use this software or the data it publishes, please cite it as below."
title: "Central Asia Protest Tracker"
type: software
authors:
  - name: "Central Asia Protest Tracker contributors"
abstract: >-
  An open, self-hostable system that keeps a protest-event dataset for Kazakhstan,
  Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan: it ingests news reports,
  extracts and links events, supports analyst review and publishes a dashboard,
  an API and ACLED-compatible exports.
keywords:
  - protest event data
  - Central Asia
  - Kazakhstan
  - Kyrgyzstan
  - Tajikistan
  - Turkmenistan
  - Uzbekistan
license: Apache-2.0
version: "0.1.0"
"""


def citation_cff() -> str:
    """The text of the project's ``CITATION.cff`` (the repository root holds the same text)."""
    return CITATION_CFF


def codebook_document() -> dict[str, Any]:
    """The whole codebook as JSON: every vocabulary with labels, definitions and crosswalks."""
    return {
        "codebook_version": codebook.CODEBOOK_VERSION,
        "countries": codebook.COUNTRIES,
        "languages": codebook.LANGUAGES,
        "vocabularies": [
            {
                "name": vocab.name, "title": vocab.title, "description": vocab.description, "multi": vocab.multi,
                "values": [{"code": v.code, "label": v.label, "definition": v.definition,
                            "acled": v.acled, "mmp": v.mmp, "cameo": v.cameo} for v in vocab.values],
            }
            for vocab in codebook.VOCABULARIES
        ],
        "status_transitions": {k: sorted(v) for k, v in codebook.STATUS_TRANSITIONS.items()},
    }
