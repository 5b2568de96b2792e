"""From ACLED and MMP categories to our codebook (the inverse of codebook's crosswalk columns).

The codebook maps each of our codes to the closest ACLED/MMP category; going back
is one-to-many, so each inverse below picks one code and says why. A test checks
every choice against the codebook's own crosswalk columns.
"""

from __future__ import annotations

from protest_tracker import codebook


def codes_for(vocabulary: codebook.Vocabulary, *, dataset: str, value: str) -> tuple[str, ...]:
    """Our codes whose ``dataset`` ("acled" or "mmp") crosswalk equals ``value`` (case-insensitive)."""
    wanted = value.strip().lower()
    return tuple(v.code for v in vocabulary if (getattr(v, dataset) or "").lower() == wanted)


#: MMP demand -> grievance: the most general of the codes that share the MMP category.
MMP_DEMANDS: dict[str, str] = {
    "labor wage dispute": "labour",
    "land farm issue": "land_property",
    "police brutality": "corruption_justice",
    "political behavior, process": "elections_political",
    "price increases, tax policy": "wages_prices_economy",
    "social restrictions": "rights_freedoms",
    # not a crosswalk value of any grievance: removing a politician is a political claim
    "removal of politician": "elections_political",
}

#: MMP state response -> our response. "accomodation" [sic] is MMP's spelling.
MMP_RESPONSES: dict[str, str] = {
    "accomodation": "concession",
    "accommodation": "concession",
    "arrests": "detention",
    "beatings": "force_violence",
    "crowd dispersal": "dispersal",
    "ignore": "none_reported",
    "killings": "fatalities",
    # not a crosswalk value: shootings are force against protesters
    "shootings": "force_violence",
}

#: ACLED sub-event type -> (our event type, our state responses).
ACLED_SUB_EVENTS: dict[str, tuple[str, tuple[str, ...]]] = {
    "peaceful protest": ("demonstration", ()),
    "protest with intervention": ("demonstration", ("dispersal",)),
    "excessive force against protesters": ("demonstration", ("force_violence",)),
    "violent demonstration": ("riot", ()),
    "mob violence": ("riot", ()),
}

#: ACLED event types that are in scope; other rows (battles, explosions …) are skipped.
ACLED_EVENT_TYPES = frozenset({"protests", "riots"})

ACLED_TIME_PRECISION = {"1": "day", "2": "week", "3": "month"}

#: ACLED associated-actor words -> participant group (first match wins; else general public).
ACLED_ACTOR_GROUPS: tuple[tuple[str, str], ...] = (
    ("labour group", "workers"), ("labor group", "workers"), ("workers", "workers"),
    ("students", "students"), ("teachers", "workers"), ("health workers", "workers"),
    ("farmers", "farmers"), ("women", "mothers_families"), ("pensioners", "pensioners"),
    ("traders", "entrepreneurs"), ("business", "entrepreneurs"), ("journalists", "activists"),
    ("activists", "activists"), ("opposition", "opposition"), ("muslim", "religious"),
)

#: MMP participants_category -> (size_min, size_max).
MMP_SIZES: dict[str, tuple[int, int | None]] = {
    "50-99": (50, 99), "100-999": (100, 999), "1000-1999": (1000, 1999),
    "2000-4999": (2000, 4999), "5000-10000": (5000, 10000), ">10000": (10000, None),
}


def country_code(value: str) -> str | None:
    """Alpha-2 of one of the five countries from a name, alpha-2/3 or ISO numeric code; else None."""
    wanted = value.strip().lower()
    for code, info in codebook.COUNTRIES.items():
        if wanted in (code.lower(), info["name"].lower(), info["iso3"].lower(), info["iso_numeric"]):
            return code
    if wanted in ("kyrgyz republic", "kirghizia"):
        return "KG"
    return None


def participant_groups(actors: str) -> tuple[str, ...]:
    """Participant groups named in ACLED's ``assoc_actor_1`` (semicolon-separated)."""
    found: list[str] = []
    for actor in (a.strip().lower() for a in actors.split(";") if a.strip()):
        for words, group in ACLED_ACTOR_GROUPS:
            if words in actor and group not in found:
                found.append(group)
                break
    return tuple(found) or ("general_public",)
