"""Cues for the fields of an event: state responses, grievances, targets, participant groups, flags.

The words live in the language packs (:mod:`protest_tracker.pipeline.lang`, slots ``GRIEVANCES``,
``TARGETS``, ``GROUPS``, ``FLAGS``); this module fixes the label order of each Lexicon (an earlier
label wins a tie at the same position) and merges the packs. Labels are codebook codes (checked
against :mod:`protest_tracker.codebook` by the tests).
"""

from __future__ import annotations

from protest_tracker.pipeline.fields.response_cues import POLICE_CUES, STATE_RESPONSE_CUES
from protest_tracker.pipeline.lang import cue_map
from protest_tracker.pipeline.lexicon import Lexicon

__all__ = ["FLAG_CUES", "GRIEVANCE_CUES", "GROUP_CUES", "POLICE_CUES", "STATE_RESPONSE_CUES", "TARGET_CUES"]

GRIEVANCE_LABELS = (
    "xinjiang_ethnic_kin", "china_economic", "labour", "wages_prices_economy", "housing_mortgage",
    "land_property", "utilities", "elections_political", "corruption_justice", "detention_release", "covid",
    "environment", "social_benefits", "rights_freedoms", "interethnic", "other",
)
TARGET_LABELS = ("national_government", "local_government", "law_enforcement", "courts", "foreign_state", "company",
                 "international_org")
GROUP_LABELS = (
    "relatives_of_detainees", "workers", "mothers_families", "borrowers_mortgage", "residents", "students",
    "opposition", "activists", "ethnic_community", "entrepreneurs", "farmers", "pensioners", "religious",
    "government_supporters",
)
FLAG_LABELS = ("pro_government", "aggregate", "protester_violence", "organiser", "demand")

GRIEVANCE_CUES = Lexicon(cue_map("GRIEVANCES", GRIEVANCE_LABELS))
TARGET_CUES = Lexicon(cue_map("TARGETS", TARGET_LABELS))
GROUP_CUES = Lexicon(cue_map("GROUPS", GROUP_LABELS))
FLAG_CUES = Lexicon(cue_map("FLAGS", FLAG_LABELS))
