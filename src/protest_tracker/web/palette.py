"""Colours and primary codes for maps and charts (presentation only; the codes come from the codebook)."""

from __future__ import annotations

from collections.abc import Iterable

from protest_tracker import codebook

#: A qualitative palette (colour-blind friendly order, after Okabe-Ito and Tableau-style hues).
_COLOURS = (
    "#0072b2", "#e69f00", "#009e73", "#d55e00", "#cc79a7", "#56b4e9", "#8c6d31", "#7f7f7f",
    "#b8860b", "#6a3d9a", "#1b9e77", "#e7298a", "#66a61e", "#a6761d", "#17becf", "#bcbd22",
)
#: Responses from the most to the least severe; an event's primary response is its most severe.
RESPONSE_SEVERITY = (
    "fatalities", "force_violence", "criminal_charge", "administrative_arrest", "detention", "fine",
    "dispersal", "internet_shutdown", "concession", "dialogue_meeting", "monitoring", "none_reported",
)
RESPONSE_COLOURS = {
    "fatalities": "#67000d", "force_violence": "#b2182b", "criminal_charge": "#d6604d",
    "administrative_arrest": "#e08214", "detention": "#f4a582", "fine": "#fdb863",
    "dispersal": "#c2a5cf", "internet_shutdown": "#762a83", "concession": "#1a9850",
    "dialogue_meeting": "#66bd63", "monitoring": "#92c5de", "none_reported": "#bababa",
}
NO_CODE = "unknown"
NO_CODE_COLOUR = "#d0d0d0"


def colours(vocabulary: str) -> dict[str, str]:
    """Code -> colour for a vocabulary (``event_types``, ``grievance_categories``, ``state_responses``...)."""
    if vocabulary == "state_responses":
        return dict(RESPONSE_COLOURS)
    codes = codebook.vocabulary(vocabulary).codes
    return {code: _COLOURS[i % len(_COLOURS)] for i, code in enumerate(codes)}


def primary_response(codes: Iterable[str]) -> str:
    """The most severe response among ``codes`` (``none_reported`` when empty)."""
    present = set(codes)
    return next((code for code in RESPONSE_SEVERITY if code in present), "none_reported")


def primary_code(vocabulary: str, codes: Iterable[str]) -> str:
    """The code an event is counted under in a stacked chart: most severe response, else codebook order."""
    codes = list(codes)
    if vocabulary == "state_responses":
        return primary_response(codes)
    order = codebook.vocabulary(vocabulary).codes
    present = set(codes)
    return next((code for code in order if code in present), NO_CODE)


def legend(vocabulary: str) -> list[dict[str, str]]:
    """``[{code, label, colour}]`` in display order."""
    palette = colours(vocabulary)
    vocab = codebook.vocabulary(vocabulary)
    order = RESPONSE_SEVERITY if vocabulary == "state_responses" else vocab.codes
    return [{"code": c, "label": vocab.label(c), "colour": palette[c]} for c in order]
