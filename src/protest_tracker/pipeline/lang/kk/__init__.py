"""Language pack: Kazakh (Cyrillic, Latin (2017/2018/2021 alphabets) and Arabic (tote)).

Every slot of :data:`protest_tracker.pipeline.lang.SLOTS` is defined here (an empty value is a
gap, listed with its reason in :data:`protest_tracker.pipeline.lang.KNOWN_GAPS`).
"""

from __future__ import annotations

from protest_tracker.pipeline.lang.kk.dates import (
    MONTHS,
    PAST_CUES,
    RELATIVE_DAYS,
    WEEKDAYS,
)
from protest_tracker.pipeline.lang.kk.fields import (
    FLAGS,
    GRIEVANCES,
    GROUPS,
    TARGETS,
)
from protest_tracker.pipeline.lang.kk.protest import (
    BACKGROUND,
    CAUSE_WORDS,
    CAUSE_WORDS_EXTRA,
    COURT_CASE,
    DIPLOMATIC,
    EVENT_TYPES,
    FUTURE_CALL,
    NON_PROTEST_CROWD,
    NOT_HELD,
    PROTEST_TRIGGERS_STRONG,
    PROTEST_TRIGGERS_WEAK,
)
from protest_tracker.pipeline.lang.kk.responses import (
    AUTHORITY_WORDS,
    CROWD_WORDS,
    DETENTION_VERBS,
    DIALOGUE_VERBS,
    OTHER_DEATH_CONTEXT,
    POLICE_WORDS,
    STATE_RESPONSES,
    TAKEAWAY_VERBS,
    VIOLENT_CONTEXT,
    WARNING_WORDS,
)
from protest_tracker.pipeline.lang.kk.words import (
    FOREIGN_STATE_NAMES,
    MULTIPLIERS,
    NOT_PEOPLE_NOUNS,
    NUMBER_WORDS,
    PEOPLE_NOUNS,
    SETTLEMENT_WORDS,
    SIZE_ABOUT_AFTER,
    SIZE_ABOUT_BEFORE,
    SIZE_MORE_AFTER,
    SIZE_MORE_BEFORE,
    SIZE_UPTO_AFTER,
    SIZE_UPTO_BEFORE,
    VAGUE_QUANTITIES,
    VENUE_WORDS,
)

__all__ = [
    "AUTHORITY_WORDS", "BACKGROUND", "CAUSE_WORDS", "CAUSE_WORDS_EXTRA", "COURT_CASE",
    "CROWD_WORDS", "DETENTION_VERBS", "DIALOGUE_VERBS", "DIPLOMATIC", "EVENT_TYPES", "FLAGS",
    "FOREIGN_STATE_NAMES", "FUTURE_CALL", "GRIEVANCES", "GROUPS", "MONTHS", "MULTIPLIERS",
    "NON_PROTEST_CROWD", "NOT_HELD", "NOT_PEOPLE_NOUNS", "NUMBER_WORDS", "OTHER_DEATH_CONTEXT",
    "PAST_CUES", "PEOPLE_NOUNS", "POLICE_WORDS", "PROTEST_TRIGGERS_STRONG", "PROTEST_TRIGGERS_WEAK",
    "RELATIVE_DAYS", "SETTLEMENT_WORDS", "SIZE_ABOUT_AFTER", "SIZE_ABOUT_BEFORE", "SIZE_MORE_AFTER",
    "SIZE_MORE_BEFORE", "SIZE_UPTO_AFTER", "SIZE_UPTO_BEFORE", "STATE_RESPONSES", "TAKEAWAY_VERBS",
    "TARGETS", "VAGUE_QUANTITIES", "VENUE_WORDS", "VIOLENT_CONTEXT", "WARNING_WORDS", "WEEKDAYS",
]
