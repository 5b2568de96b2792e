"""Tajik: grievance, target, participant-group and flag cues (labels are codebook codes).

Written for folded text (lower case, ё→е, ``'`` for every apostrophe). Cue fragments follow
:mod:`protest_tracker.pipeline.lexicon` (``~`` ends a stem, a space matches a run of spaces);
see :mod:`protest_tracker.pipeline.lang` for the slots and how they are merged.
"""

from __future__ import annotations

#: grievance code -> cues
GRIEVANCES: dict[str, tuple[str, ...]] = {
    "labour": (
        "музд~",
    ),
    "elections_political": (
        "интихобот~", "мухолиф~", "конститутсия~",
    ),
    "wages_prices_economy": (
        "нарх~", "қимат~",
    ),
    "land_property": (
        "замин", "замини", "заминҳо~",
    ),
    "corruption_justice": (
        r"гунаҳкор~ (?:[\w-]+ ){0,4}ҷазо~",
    ),
}

#: target code -> cues
TARGETS: dict[str, tuple[str, ...]] = {
    "local_government": (
        "раис~ ноҳия~",
    ),
}

#: participant group -> cues
GROUPS: dict[str, tuple[str, ...]] = {
    "residents": (
        "сокинон~",
    ),
}

#: flag -> cues
FLAGS: dict[str, tuple[str, ...]] = {
    "aggregate": (
        r"на протяжении (?:\d+|нескольк|многих)~ (?:дн|недел|месяц)~",
    ),
}
