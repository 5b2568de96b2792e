"""Labels for records shown in templates (codes stay in the data; people read labels)."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext_lazy as _

from protest_tracker import codebook, codebook_i18n

#: The badge each verification value shows (the same words on every page).
VERIFICATION_BADGES: dict[str, dict[str, Any]] = {
    "verified": {"code": "verified", "label": _("Verified by an analyst"), "short": _("Analyst-verified"),
                 "title": _("An analyst checked this event against its sources and approved it.")},
    "machine-coded": {"code": "machine-coded", "label": _("Machine-coded — not checked by an analyst"),
                      "short": _("Machine-coded"),
                      "title": _("Published by the auto-publish policy above its confidence threshold; "
                                 "no analyst has checked it yet.")},
}


def verification_badge(value: str | None) -> dict[str, Any] | None:
    """The badge of a verification value (``None`` for an unpublished event)."""
    return VERIFICATION_BADGES.get(value or "")


def _label(vocab: codebook.Vocabulary, code: str | None) -> str:
    return codebook_i18n.label(vocab, code) if code is not None and code in vocab else (code or "")


def for_display(record: dict[str, Any]) -> dict[str, Any]:
    """``record`` plus ``display`` labels: type, country, responses (with a repressive flag), groups,
    and the verification badge."""
    record["display"] = {
        "type": _label(codebook.EVENT_TYPES, record.get("event_type")),
        "country": codebook_i18n.country(record.get("country") or ""),
        "responses": [{"label": _label(codebook.STATE_RESPONSES, c), "repressive": c in codebook.REPRESSIVE_RESPONSES}
                      for c in record.get("state_response") or ()],
        "groups": [_label(codebook.PARTICIPANT_GROUPS, c) for c in record.get("participant_groups") or ()],
        "grievances": [_label(codebook.GRIEVANCES, c) for c in record.get("grievance_categories") or ()],
        "targets": [_label(codebook.TARGETS, c) for c in record.get("target_categories") or ()],
        "venue_type": _label(codebook.VENUE_TYPES, record.get("venue_type")) if record.get("venue_type") else "",
        "size": _label(codebook.SIZE_CATEGORIES, codebook.size_category(record.get("size_min"), record.get("size_max"))),
        "verification": verification_badge(record.get("verification")),
    }
    return record
