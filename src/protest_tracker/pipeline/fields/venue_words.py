"""Venue phrases in English, Russian, Kazakh, Kyrgyz, Uzbek and Tajik (for ``venues``).

Each entry of :data:`VENUES` is ``(label, venue type, patterns)``; a pattern is a regular
expression matched case-insensitively at word boundaries (``\\w*`` after a stem takes any case
ending). Patterns written ``(?-i:...)`` are case-sensitive (abbreviations such as ОВД). Earlier
entries win over later ones that cover the same words, so specific venues come before generic
ones: that order, and each venue's type, are set here; the patterns themselves live in the
language packs (:mod:`protest_tracker.pipeline.lang`, slot ``VENUE_WORDS``), where
``{china}``, ``{russia}`` and ``{usa}`` stand for the names of those states in every
language (slot ``FOREIGN_STATE_NAMES``).
"""

from __future__ import annotations

from protest_tracker.pipeline.lang import cue_map

#: (label, venue type) in priority order
VENUE_TYPES: tuple[tuple[str, str], ...] = (
    ("Chinese consulate", "foreign_mission"),
    ("Chinese embassy", "foreign_mission"),
    ("Russian embassy", "foreign_mission"),
    ("US embassy", "foreign_mission"),
    ("UN office", "foreign_mission"),
    ("embassy", "foreign_mission"),
    ("consulate", "foreign_mission"),
    ("White House", "national_government_building"),
    ("Ak Orda", "national_government_building"),
    ("Jogorku Kenesh", "national_government_building"),
    ("parliament", "national_government_building"),
    ("Government House", "national_government_building"),
    ("presidential administration", "national_government_building"),
    ("GKNB building", "national_government_building"),
    ("ministry", "national_government_building"),
    ("akimat", "local_government_building"),
    ("hokimiyat", "local_government_building"),
    ("ayil okmotu", "local_government_building"),
    ("city administration", "local_government_building"),
    ("regional administration", "local_government_building"),
    ("Old Square", "square"),
    ("Ala-Too Square", "square"),
    ("Republic Square", "square"),
    ("Independence Square", "square"),
    ("Astana Square", "square"),
    ("Amir Temur Square", "square"),
    ("central square", "square"),
    ("square", "square"),
    ("court", "court"),
    ("police station", "police_station"),
    ("oil field", "workplace"),
    ("deposit", "workplace"),
    ("mine", "workplace"),
    ("factory", "workplace"),
    ("company office", "workplace"),
    ("highway", "street_road"),
    ("railway", "street_road"),
    ("bridge", "street_road"),
    ("street", "street_road"),
    ("railway station", "public_space"),
    ("airport", "public_space"),
    ("park", "public_space"),
    ("monument", "public_space"),
    ("market", "public_space"),
    ("prosecutor's office", "public_space"),
    ("party headquarters", "public_space"),
)

_STATES = {name: "(?:" + "|".join(names) + ")"
           for name, names in cue_map("FOREIGN_STATE_NAMES", ("china", "russia", "usa")).items()}


def _expand(pattern: str) -> str:
    for name, alternation in _STATES.items():
        pattern = pattern.replace("{" + name + "}", alternation)
    return pattern


_PATTERNS = cue_map("VENUE_WORDS", (label for label, _ in VENUE_TYPES))
VENUES: tuple[tuple[str, str, tuple[str, ...]], ...] = tuple(
    (label, venue_type, tuple(_expand(p) for p in _PATTERNS[label])) for label, venue_type in VENUE_TYPES
)
