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

#: demand nouns after which only a light verb stands: what is demanded comes before them
#: ("маоши худро талаб карданд"); read by :mod:`protest_tracker.pipeline.fields.demands`
DEMAND_AFTER_OBJECT: tuple[str, ...] = ("талаб",)

#: the endings of a demanded object right before the demand noun (none read yet: see KNOWN_GAPS)
OBJECT_ENDINGS: tuple[str, ...] = ()

#: quoting words between a quoted demand and the demand noun (none read yet: see KNOWN_GAPS)
QUOTING_WORDS: tuple[str, ...] = ()
