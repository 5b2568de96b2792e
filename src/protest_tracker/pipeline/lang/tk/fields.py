"""Turkmen: grievance, target, participant-group and flag cues (labels are codebook codes).

Written for folded text (lower case, ё→е, ``'`` for every apostrophe). Cue fragments follow
:mod:`protest_tracker.pipeline.lexicon` (``~`` ends a stem, a space matches a run of spaces);
see :mod:`protest_tracker.pipeline.lang` for the slots and how they are merged.
"""

from __future__ import annotations

#: grievance code -> cues
GRIEVANCES: dict[str, tuple[str, ...]] = {}

#: target code -> cues
TARGETS: dict[str, tuple[str, ...]] = {}

#: participant group -> cues
GROUPS: dict[str, tuple[str, ...]] = {}

#: flag -> cues
FLAGS: dict[str, tuple[str, ...]] = {}

#: verb-final demand slots (see the Kazakh pack): empty, see KNOWN_GAPS
DEMAND_AFTER_OBJECT: tuple[str, ...] = ()
OBJECT_ENDINGS: tuple[str, ...] = ()
QUOTING_WORDS: tuple[str, ...] = ()
