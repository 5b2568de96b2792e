"""Colours and primary codes for maps and charts (presentation only; the codes come from the codebook)."""

from __future__ import annotations

from collections.abc import Iterable

from protest_tracker import codebook, codebook_i18n

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
#: Event types: Okabe-Ito colours (distinct under the common colour-vision deficiencies) and a marker
#: shape each, so picket, sit-in and road blockade differ by shape even where colours are hard to tell.
TYPE_STYLES = {
    "demonstration": ("#0072b2", "circle"), "picket": ("#e69f00", "square"),
    "single_person_picket": ("#f0e442", "diamond"), "march": ("#56b4e9", "triangle"),
    "hunger_strike": ("#cc79a7", "circle"), "strike": ("#d55e00", "square"),
    "road_blockade": ("#000000", "cross"), "riot": ("#882255", "triangle"),
    "sit_in": ("#009e73", "diamond"), "other": ("#999999", "circle"),
}
#: Responses share one shape by severity band: repressive as a triangle, the rest as circles.
REPRESSIVE_SHAPE, OTHER_SHAPE = "triangle", "circle"


def colours(vocabulary: str) -> dict[str, str]:
    """Code -> colour for a vocabulary (``event_types``, ``grievance_categories``, ``state_responses``...)."""
    if vocabulary == "state_responses":
        return dict(RESPONSE_COLOURS)
    if vocabulary == "event_types":
        return {code: colour for code, (colour, _) in TYPE_STYLES.items()}
    codes = codebook.vocabulary(vocabulary).codes
    return {code: _COLOURS[i % len(_COLOURS)] for i, code in enumerate(codes)}


def shape(vocabulary: str, code: str) -> str:
    """The map marker shape of a code: per event type, or repressive / other for responses."""
    if vocabulary == "event_types":
        return TYPE_STYLES.get(code, ("", OTHER_SHAPE))[1]
    if vocabulary == "state_responses" and code in codebook.REPRESSIVE_RESPONSES:
        return REPRESSIVE_SHAPE
    return OTHER_SHAPE


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
    return [{"code": c, "label": codebook_i18n.label(vocab, c), "colour": palette[c], "shape": shape(vocabulary, c)}
            for c in order]
