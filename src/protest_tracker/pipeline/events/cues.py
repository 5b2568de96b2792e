"""Cues for protest relevance, hard negatives and event type (all languages, folded text).

The words live in the language packs (:mod:`protest_tracker.pipeline.lang`, slots
``PROTEST_TRIGGERS_*``, ``FUTURE_CALL`` … ``EVENT_TYPES``, ``CAUSE_WORDS``); this module
merges them across languages into the Lexicons the stages use. Fragments follow
:mod:`protest_tracker.pipeline.lexicon`: ``~`` marks a stem, spaces match runs of whitespace,
everything else is a regular expression.
"""

from __future__ import annotations

from protest_tracker.pipeline.lang import cue_map, words
from protest_tracker.pipeline.lexicon import Lexicon

#: Words that report a protest action. "strong" names the action; "weak" needs support.
TRIGGERS = Lexicon({
    "strong": words("PROTEST_TRIGGERS_STRONG"),
    "weak": words("PROTEST_TRIGGERS_WEAK"),
})

#: Qualifiers that turn a protest mention into a non-event (hard negatives): label → pack slot.
QUALIFIER_SLOTS = {
    "future_call": "FUTURE_CALL", "not_held": "NOT_HELD", "court_case": "COURT_CASE",
    "background": "BACKGROUND", "diplomatic": "DIPLOMATIC", "non_protest_crowd": "NON_PROTEST_CROWD",
}
QUALIFIERS = Lexicon({label: words(name) for label, name in QUALIFIER_SLOTS.items()})
#: A ban on protest actions ("запрет на митинги", "rallies banned") is read as ``not_held`` unless
#: the sentence says the ban was defied ("despite the ban", "тыюуга карабастан").
BAN_CUES = Lexicon({"ban": words("BANS"), "despite": words("DESPITE")})

#: Event types with cues, in Lexicon order (the decision order is ``field_types.TYPE_PRIORITY``).
EVENT_TYPE_LABELS = ("riot", "hunger_strike", "road_blockade", "strike", "single_person_picket", "sit_in",
                     "march", "picket", "other")
EVENT_TYPE_CUES = Lexicon(cue_map("EVENT_TYPES", EVENT_TYPE_LABELS))

#: Words that introduce what a protest is about (demands, causes, objects of protest).
CAUSE_CUES = Lexicon({"cause": words("CAUSE_WORDS")})
