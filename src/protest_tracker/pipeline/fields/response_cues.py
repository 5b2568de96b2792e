"""Cues for state responses to a protest, in ru, en, kk, ky, uz (Latin and Cyrillic) and tg.

The words live in the language packs (:mod:`protest_tracker.pipeline.lang`, slots
``DETENTION_VERBS``, ``STATE_RESPONSES``, ``TAKEAWAY_VERBS`` … ``POLICE_WORDS``); this module
merges them into word-anchored Lexicons over folded text (see
:mod:`protest_tracker.pipeline.lexicon`); labels are codebook codes. Whether a cue found in a
sentence really reports a response to *this* protest (not a demand, a threat, a denial or an
older case) is decided by :mod:`field_context`.
"""

from __future__ import annotations

from protest_tracker.pipeline.lang import cue_map, words
from protest_tracker.pipeline.lexicon import Lexicon

#: Response codes with cues besides detention, in Lexicon order (detention comes first).
RESPONSE_LABELS = ("dispersal", "force_violence", "fatalities", "fine", "administrative_arrest", "criminal_charge",
                   "dialogue_meeting", "concession", "monitoring", "internet_shutdown")
STATE_RESPONSE_CUES = Lexicon({"detention": words("DETENTION_VERBS"), **cue_map("STATE_RESPONSES", RESPONSE_LABELS)})

#: Meeting verbs of the Turkic languages and Tajik that report a dialogue only when the sentence names
#: the protesters or their action (officials also "meet" deputies, veterans and the press).
CROWD_DIALOGUE_CUES = Lexicon({"dialogue_meeting": words("DIALOGUE_VERBS")})

#: Warnings that count as monitoring only when the police or another authority gives them.
WARNING_CUES = Lexicon({"monitoring": words("WARNING_WORDS")})

#: Authorities other than the police whose warnings and orders are a response.
AUTHORITY_CUES = Lexicon({"authority": words("AUTHORITY_WORDS")})

#: "Took away" verbs that report a detention only when police are named in the same sentence.
TAKEAWAY_CUES = Lexicon({"detention": words("TAKEAWAY_VERBS")})

#: Police or security forces named on the scene (used for "monitoring" when nothing more is reported).
POLICE_CUES = Lexicon({"police": words("POLICE_WORDS")})
