"""Turkmen: protest triggers, hard-negative qualifiers, event-type and cause cues.

Written for folded text (lower case, ё→е, ``'`` for every apostrophe). Cue fragments follow
:mod:`protest_tracker.pipeline.lexicon` (``~`` ends a stem, a space matches a run of spaces);
see :mod:`protest_tracker.pipeline.lang` for the slots and how they are merged.
"""

from __future__ import annotations

#: words that name a protest action
PROTEST_TRIGGERS_STRONG: tuple[str, ...] = (
    "nägilelik~", "protestçi~",
)

#: words that suggest a protest only with support
PROTEST_TRIGGERS_WEAK: tuple[str, ...] = ()

#: calls, plans, threats and permit requests (no event yet)
FUTURE_CALL: tuple[str, ...] = ()

#: the action was cancelled, foiled or did not take place
NOT_HELD: tuple[str, ...] = ()

#: trials, verdicts and charges
COURT_CASE: tuple[str, ...] = ()

#: anniversaries and earlier years
BACKGROUND: tuple[str, ...] = ()

#: notes of protest between states
DIPLOMATIC: tuple[str, ...] = ()

#: queues, holidays, concerts
NON_PROTEST_CROWD: tuple[str, ...] = ()

#: a ban on protest actions: the sentence reports a ban, not an action (unless DESPITE)
BANS: tuple[str, ...] = ()

#: defiance of a ban ("despite the ban"): the action took place
DESPITE: tuple[str, ...] = ()

#: event type -> cues (priority is set in fields.types)
EVENT_TYPES: dict[str, tuple[str, ...]] = {}

#: words that introduce what a protest is about
CAUSE_WORDS: tuple[str, ...] = ()

#: weaker cause words read by the grievance field
CAUSE_WORDS_EXTRA: tuple[str, ...] = ()
