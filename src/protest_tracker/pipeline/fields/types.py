"""Event type of one event: the highest-priority type cue of its first trigger sentence that has one.

A type cue counts only where it reports what the protesters did: not denied ("погромов не было"),
not threatened or conditional ("they will declare a hunger strike if…", "әкім шықпаса аштық
жариялайтындарын"), not a road the *police* closed, and not banners merely carried at a rally
(a banner-hanging action is ``other``; a crowd waving banners is a demonstration).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from protest_tracker.model import Evidence
from protest_tracker.pipeline.events.context_cues import (
    HYPOTHETICAL_AFTER,
    HYPOTHETICAL_BEFORE,
    NEGATION_AFTER,
    NEGATION_BEFORE,
)
from protest_tracker.pipeline.events.cues import EVENT_TYPE_CUES
from protest_tracker.pipeline.fields.response_cues import POLICE_CUES
from protest_tracker.pipeline.lexicon import CueMatch

TYPE_PRIORITY = ("riot", "hunger_strike", "strike", "road_blockade", "single_person_picket", "sit_in",
                 "march", "picket", "other")
_NEAR_BREAK = re.compile(r"[,;:.!?()\n—–«»\"]")
#: "if not": a Turkic negative conditional just before the cue ("шықпаса аштық…").
_CONDITIONAL_BEFORE = re.compile(r"(?:ма|ме|ба|бе|па|пе|ma|me|ba|be|pa|pe)(?:са|се|sa|se)\W+(?:[\w'-]+\W+){0,1}$")
#: Intent forms on or right after the cue ("жариялайтын", "e'lon qilmoqchi", "намерены объявить").
_INTENT = re.compile(r"(?:йтын|йтін|атын|етін|йтурган|ajak|ажак|ежек|maqchi|moqchi|моқчи|мақчи|намерен\w*|threaten\w*|"
                     r"пригрозил\w*|грозят|угрожа\w*)")
_CARRIED = re.compile(r"(?:waving|holding|carrying|with|держа\w*|с|со|подняв)\W+(?:[\w'-]+\W+){0,1}$")
_THREAT_BEFORE = re.compile(r"(?:threaten\w*|пригрозил\w*|угрожа\w*|грозят|намерен\w*|готовы|ready to|qo'rqit\w*|"
                            r"қорқыт\w*|коркут\w*)\W+(?:[\w'-]+\W+){0,3}$")


def _near_before(folded: str, match: CueMatch, span: tuple[int, int]) -> str:
    before = folded[max(span[0], match.start - 120):match.start]
    breaks = list(_NEAR_BREAK.finditer(before))
    return before[breaks[-1].end():] if breaks else before


def type_cue_holds(label: str, match: CueMatch, folded: str, span: tuple[int, int]) -> bool:
    """Whether a type cue reports what the protesters did (see the module docstring)."""
    near = _near_before(folded, match, span)
    after = folded[match.end:min(span[1], match.end + 60)]
    stop = _NEAR_BREAK.search(after)
    clause_after = after[: stop.start() if stop else len(after)]
    if NEGATION_BEFORE.search(near) or NEGATION_AFTER.search(after):
        return False
    if HYPOTHETICAL_BEFORE.search(near) or HYPOTHETICAL_AFTER.search(after) or _THREAT_BEFORE.search(near):
        return False
    if _CONDITIONAL_BEFORE.search(near) or _INTENT.search(match.surface + clause_after[:24]):
        return False
    if label == "road_blockade" and POLICE_CUES.find(folded, max(span[0], match.start - len(near)), match.start):
        return False  # the police closed the road
    return not (label == "other" and _CARRIED.search(near))


def event_type(text: str, folded: str, triggers: Sequence[tuple[int, int]]) -> tuple[str, Evidence | None]:
    """The event type and the trigger sentence it was read from (``demonstration`` when none)."""
    for span in triggers:
        found: dict[str, CueMatch] = {}
        for match in EVENT_TYPE_CUES.find(folded, *span):
            if match.label not in found and type_cue_holds(match.label, match, folded, span):
                found[match.label] = match
        for label in TYPE_PRIORITY:
            if label in found:
                return label, Evidence("event_type", text[span[0]:span[1]], span[0], span[1])
    return "demonstration", None
