"""Tajik: state-response cues (detention verbs first) and the words that put them in context.

Written for folded text (lower case, ё→е, ``'`` for every apostrophe). Cue fragments follow
:mod:`protest_tracker.pipeline.lexicon` (``~`` ends a stem, a space matches a run of spaces);
see :mod:`protest_tracker.pipeline.lang` for the slots and how they are merged.
"""

from __future__ import annotations

#: detention verbs and phrases
DETENTION_VERBS: tuple[str, ...] = (
    "боздошт~", "дастгир~", "ба ҳабс гирифт~",
)

#: response code -> cues (besides detention)
STATE_RESPONSES: dict[str, tuple[str, ...]] = {
    "dispersal": (
        "пароканда~",
    ),
    "force_violence": (
        "гази ашковар~", "тирпаррон~",
    ),
    "fatalities": (
        "кушта~",
    ),
    "fine": (
        "ҷарима~",
    ),
    "administrative_arrest": (
        r"\d+ шабонарӯз~", "ҳабси маъмурӣ",
    ),
    "criminal_charge": (
        "парвандаи ҷиноӣ",
    ),
    "concession": (
        "бекор кард~",
    ),
    "internet_shutdown": (
        r"интернет~ (?:[\w-]+ ){0,2}(?:өшір|ажырат|өчүр|қатъ|хомӯш)~",
    ),
}

#: 'took away' verbs: a detention only when police are named
TAKEAWAY_VERBS: tuple[str, ...] = (
    "бурданд", "бурда шуд~", r"ба (?:шуъба|милитсия|полис)~ (?:[\w-]+ ){0,1}бурд~",
)

#: meeting verbs: a dialogue only when the protesters are named
DIALOGUE_VERBS: tuple[str, ...] = (
    "вохӯр~",
)

#: warnings: monitoring only when an authority gives them
WARNING_WORDS: tuple[str, ...] = (
    "огоҳ кард~",
)

#: authorities other than the police
AUTHORITY_WORDS: tuple[str, ...] = (
    "мақомот~",
)

#: police and security forces
POLICE_WORDS: tuple[str, ...] = (
    "милиса~",
)

#: words of a protest, clash or security sentence (deaths in it count)
VIOLENT_CONTEXT: tuple[str, ...] = (
    "эътироз~", "бетартиб~", "задухӯрд~",
)

#: deaths that are not the protest's
OTHER_DEATH_CONTEXT: tuple[str, ...] = (
    "садама~", "беморӣ~", "заминларза~", "сӯхтор~", "коронавирус~",
)

#: words naming the protesters
CROWD_WORDS: tuple[str, ...] = (
    "сокинон~", "эътирозгар~", "мардум~",
)

#: what a concession gave (traction: "concession won"); "denial" and "demand" cues before a cue in
#: its sentence cancel it; "routine" words (a fine, a police report) in its sentence cancel a release
CONCESSION_KINDS: dict[str, tuple[str, ...]] = {
    "resignation": (
        "истеъфо~", r"аз вазифа~ (?:[\w-]+ ){0,1}(?:озод|сабукдӯш)~",
    ),
    "price_rollback": (
        r"нарх~ (?:[\w-]+ ){0,4}(?:паст|кам)~ (?:карда|кард|шуд)~",
    ),
    "release": (
        "озод карда шуд~", "озод шуд~", "раҳо шуд~", "раҳо карда~",
    ),
    "reversal": (
        "бекор карда~", "тағйир дода намешавад", "бетағйир мемонад",
    ),
    "demands_met": (
        r"талабот~ (?:[\w-]+ ){0,1}(?:иҷро|қонеъ)~",
    ),
    "promise": (
        "ваъда~",
    ),
    "denial": (
        "не", "нест", "рад кард~",
    ),
    "demand": (
        "талаб~",
    ),
    "routine": (
        "ҷарима~", "протокол~",
    ),
}
