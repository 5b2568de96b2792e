"""Tajik: protest triggers, hard-negative qualifiers, event-type and cause cues.

Written for folded text (lower case, ё→е, ``'`` for every apostrophe). Cue fragments follow
:mod:`protest_tracker.pipeline.lexicon` (``~`` ends a stem, a space matches a run of spaces);
see :mod:`protest_tracker.pipeline.lang` for the slots and how they are merged.
"""

from __future__ import annotations

#: words that name a protest action
PROTEST_TRIGGERS_STRONG: tuple[str, ...] = (
    "(?:акимчилиг|әкімдіг|акимат|мэрия|hokimlik|ҳокимлик|ҳокимият)~ (?:келип|келди|келишти|барып|барды|keldi|kelishdi|borib|borishdi|келишди|боришди)",
    "эътирозгар~", "эътироз кард~", "эътироз намуд~", "тазоҳурот~", "гирдиҳамо~", "ҳамоиш~",
    "корпарто~", "гуруснанишин~", r"роҳ~ (?:[\w-]+ ){0,1}баст~", "ошӯб~",
)

#: words that suggest a protest only with support
PROTEST_TRIGGERS_WEAK: tuple[str, ...] = (
    "эътироз~", "ҷамъ омад~", "нооромӣ~",
)

#: calls, plans, threats and permit requests (no event yet)
FUTURE_CALL: tuple[str, ...] = (
    "даъват~",
    # "will be held", plans and intentions
    "баргузор мегардад", "баргузор мешавад", "нақша дор~", "ният дор~", "қасд дор~",
)

#: the action was cancelled, foiled or did not take place
NOT_HELD: tuple[str, ...] = (
    "баргузор нашуд", "баргузор нагардид", "лағв шуд~", "лағв гардид~", "ба таъхир (?:гузошт|афтод)~",
)

#: trials, verdicts and charges
COURT_CASE: tuple[str, ...] = (
    # "маҳкум кардан" is also "to condemn" (a statement), so only the sentence and the trial
    "аз озодӣ маҳрум~", "ҳукми суд~", "айбдоршаванда~", "мурофиаи суд~",
)

#: anniversaries and earlier years
BACKGROUND: tuple[str, ...] = (
    "сол пеш", "солгард~", "соли гузашта", "пеш аз ин",
)

#: notes of protest between states
DIPLOMATIC: tuple[str, ...] = (
    "нотаи эътироз~",
)

#: queues, holidays, concerts
NON_PROTEST_CROWD: tuple[str, ...] = (
    "навбат~", "консерт~", "наврӯз~", "ҷашн~",
)

#: a ban on protest actions: the sentence reports a ban, not an action (unless DESPITE)
BANS: tuple[str, ...] = (
    r"(?:митинг|тазоҳурот|гирдиҳамоӣ|эътироз)~ (?:[\w-]+ ){0,3}(?:манъ|мамнӯъ)~",
    r"(?:манъ|мамнӯъ)~ (?:[\w-]+ ){0,2}(?:митинг|тазоҳурот|гирдиҳамоӣ)~",
)

#: defiance of a ban ("despite the ban"): the action took place
DESPITE: tuple[str, ...] = (
    "сарфи назар аз", "бар хилофи",
)

#: event type -> cues (priority is set in fields.types)
EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "riot": (
        "задухӯрд~",
        # seizing a building, stones, arson
        r"(?:бино|идора)~ (?:[\w-]+ ){0,2}(?:забт|ишғол)~", "сангпаррон~", r"оташ (?:[\w-]+ ){0,1}зад~",
    ),
    "hunger_strike": (
        "гуруснанишин~",
    ),
    "road_blockade": (
        r"роҳ~ (?:[\w-]+ ){0,1}баст~",
    ),
    "strike": (
        "корпарто~",
    ),
    "march": (
        "раҳпаймо~",
    ),
    "picket": (
        "пикет~",
    ),
}

#: words that introduce what a protest is about
CAUSE_WORDS: tuple[str, ...] = (
    "зидди",
)

#: weaker cause words read by the grievance field
CAUSE_WORDS_EXTRA: tuple[str, ...] = (
    "сабаб~", "мушкил~", "шикоят~", "масъала~",
)
