"""Labels for records shown in templates (codes stay in the data; people read labels)."""

from __future__ import annotations

from typing import Any

from protest_tracker import codebook


def _label(vocab: codebook.Vocabulary, code: str | None) -> str:
    return vocab.label(code) if code in vocab else (code or "")


def for_display(record: dict[str, Any]) -> dict[str, Any]:
    """``record`` plus ``display`` labels: type, country, responses (with a repressive flag), groups."""
    record["display"] = {
        "type": _label(codebook.EVENT_TYPES, record.get("event_type")),
        "country": codebook.COUNTRIES.get(record.get("country") or "", {}).get("name", record.get("country")),
        "responses": [{"label": _label(codebook.STATE_RESPONSES, c), "repressive": c in codebook.REPRESSIVE_RESPONSES}
                      for c in record.get("state_response") or ()],
        "groups": [_label(codebook.PARTICIPANT_GROUPS, c) for c in record.get("participant_groups") or ()],
        "grievances": [_label(codebook.GRIEVANCES, c) for c in record.get("grievance_categories") or ()],
        "targets": [_label(codebook.TARGETS, c) for c in record.get("target_categories") or ()],
        "venue_type": _label(codebook.VENUE_TYPES, record.get("venue_type")) if record.get("venue_type") else "",
        "size": _label(codebook.SIZE_CATEGORIES, codebook.size_category(record.get("size_min"), record.get("size_max"))),
    }
    return record
