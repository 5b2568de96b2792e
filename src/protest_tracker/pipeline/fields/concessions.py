"""Concession cues: what the authorities gave a campaign, read from its reports (traction criterion).

The words live in the language packs (slot ``CONCESSION_KINDS`` of
:mod:`protest_tracker.pipeline.lang`): resignations, price rollbacks, releases, reversals of the
disputed decision, demands met, and promises. A cue counts unless its sentence has a *denial*
("did not resign", "меняться не будут" is itself a reversal and is never denied) or a *demand*
("demanded the release of", "требуют отставки") within :data:`GUARD_CHARS` before it, and a
release is no concession in a sentence with *routine* words (a fine, a police report: picketers let
go after booking). The
cues say what a report claims; the traction verdict (``docs/traction.md``) dates them by the
event they were reported with.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from protest_tracker.pipeline.lang import cue_map
from protest_tracker.pipeline.lexicon import Lexicon
from protest_tracker.pipeline.text import fold, split_sentences

#: the kinds of concession, strongest first; "promise" is not a concession won
CONCESSION_KINDS = ("resignation", "price_rollback", "release", "reversal", "demands_met", "promise")
SUBSTANTIVE_KINDS = frozenset(CONCESSION_KINDS) - {"promise"}
#: kinds a demand before them cancels ("demanded the resignation of the akim")
DEMANDABLE = frozenset({"resignation", "price_rollback", "release", "promise"})
#: kinds a denial before them cancels (a reversal's cue carries its own negation)
DENIABLE = frozenset(CONCESSION_KINDS) - {"reversal"}
#: how far before a cue (in characters, same sentence) a denial or a demand cancels it
GUARD_CHARS = 40
#: the longest quoted sentence kept as evidence
MAX_EVIDENCE_CHARS = 240

#: every label of the language-pack slot: the kinds, then the guards
CUE_LABELS = (*CONCESSION_KINDS, "denial", "demand", "routine")
_CUE_MAP = cue_map("CONCESSION_KINDS", CUE_LABELS)
CUES = Lexicon(_CUE_MAP)
#: Changes whenever what :func:`find_concessions` finds may change (the language packs' cues, the
#: guard distance, the rules' revision): cues stored per article under another version are stale.
CONCESSIONS_VERSION = "2-" + hashlib.sha1(repr((sorted(_CUE_MAP.items()), GUARD_CHARS, MAX_EVIDENCE_CHARS))
                                          .encode("utf-8")).hexdigest()[:10]


@dataclass(frozen=True, slots=True)
class ConcessionCue:
    """One concession a text reports: its kind, the words that said so and their sentence."""

    kind: str
    surface: str
    sentence: str

    def to_dict(self) -> dict[str, str]:
        return {"kind": self.kind, "cue": self.surface, "sentence": self.sentence}


def _guarded(matches: list, index: int) -> bool:
    cue = matches[index]
    if cue.label == "release" and any(m.label == "routine" for m in matches):
        return True
    for other in matches[:index]:
        if cue.start - other.end > GUARD_CHARS:
            continue
        if other.label == "denial" and cue.label in DENIABLE:
            return True
        if other.label == "demand" and cue.label in DEMANDABLE:
            return True
    return False


def find_concessions(text: str) -> list[ConcessionCue]:
    """The concession cues of ``text``, one per kind and sentence, in text order."""
    found: list[ConcessionCue] = []
    if not any(m.label in CONCESSION_KINDS for m in CUES.finditer(fold(text or ""))):
        return found  # most reports name no concession: no need to split them into sentences
    for sentence in split_sentences(text or ""):
        folded = fold(sentence.text)
        matches = sorted(CUES.find(folded), key=lambda m: (m.start, m.end))
        kinds: set[str] = set()
        for i, match in enumerate(matches):
            if match.label not in CONCESSION_KINDS or match.label in kinds or _guarded(matches, i):
                continue
            kinds.add(match.label)
            found.append(ConcessionCue(kind=match.label, surface=sentence.text[match.start:match.end],
                                       sentence=sentence.text.strip()[:MAX_EVIDENCE_CHARS]))
    return found
