"""Turkmen: state-response cues (detention verbs first) and the words that put them in context.

Written for folded text (lower case, ё→е, ``'`` for every apostrophe). Cue fragments follow
:mod:`protest_tracker.pipeline.lexicon` (``~`` ends a stem, a space matches a run of spaces);
see :mod:`protest_tracker.pipeline.lang` for the slots and how they are merged.
"""

from __future__ import annotations

#: detention verbs and phrases
DETENTION_VERBS: tuple[str, ...] = ()

#: response code -> cues (besides detention)
STATE_RESPONSES: dict[str, tuple[str, ...]] = {}

#: 'took away' verbs: a detention only when police are named
TAKEAWAY_VERBS: tuple[str, ...] = ()

#: meeting verbs: a dialogue only when the protesters are named
DIALOGUE_VERBS: tuple[str, ...] = ()

#: warnings: monitoring only when an authority gives them
WARNING_WORDS: tuple[str, ...] = ()

#: authorities other than the police
AUTHORITY_WORDS: tuple[str, ...] = ()

#: police and security forces
POLICE_WORDS: tuple[str, ...] = ()

#: words of a protest, clash or security sentence (deaths in it count)
VIOLENT_CONTEXT: tuple[str, ...] = ()

#: deaths that are not the protest's
OTHER_DEATH_CONTEXT: tuple[str, ...] = ()

#: words naming the protesters
CROWD_WORDS: tuple[str, ...] = ()

#: what a concession gave
CONCESSION_KINDS: dict[str, tuple[str, ...]] = {}
