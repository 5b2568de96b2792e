"""Kyrgyz: protest triggers, hard-negative qualifiers, event-type and cause cues.

Written for folded text (lower case, ё→е, ``'`` for every apostrophe). Cue fragments follow
:mod:`protest_tracker.pipeline.lexicon` (``~`` ends a stem, a space matches a run of spaces);
see :mod:`protest_tracker.pipeline.lang` for the slots and how they are merged.
"""

from __future__ import annotations

#: words that name a protest action
PROTEST_TRIGGERS_STRONG: tuple[str, ...] = (
    "жумушка чыкпа~", "бас көтер~", "нааразылык~", "нааразычылык~", "иш ташта~", "ачкачылык~",
    r"жол~ (?:[\w-]+ ){0,1}тос~", "аянтка (?:чык|чогул)~", "көчөгө чык~", "жүрүш~", "башаламандык~",
    "каршы (?:эл(?:дик)? )?курултай~", r"курултай~ (?:[\w-]+ ){0,1}против",
    r"плакат~ (?:[\w-]+ ){0,1}(?:карма|көтөр)~",  # holding up placards
)

#: words that suggest a protest only with support
PROTEST_TRIGGERS_WEAK: tuple[str, ...] = (
    "нааразы~", "чогул~", "талап кыл~", "каршылык~",
    "топтол~", "кагылыш~",  # gathered; a clash
)

#: calls, plans, threats and permit requests (no event yet)
FUTURE_CALL: tuple[str, ...] = (
    "өтпек~", "чакыр~", "өткөрмөкчү~", "пландаш~",
    # intention forms (-мак/-мокчу "is to"), planning
    "чыкмакчы~", "чогулмакчы~", "пландап~", "пландаган~", "ниетте~", "өтөт", "өткөрүлөт",
    # preparing an action (the charge of pre-emptive detentions: "preparing to organise riots")
    "(?:уюштурууга|өткөрүүгө|чыгууга) даярдан~",
    # a permit asked for or granted: the action is still to come
    "(?:өткөрүүгө|уюштурууга) уруксат~", "(?:өткөрүүсүнө|уюштуруусуна) уруксат~",
    # a permit refused, an action the authorities say they will not hinder, or may hold
    "уруксат (?:берилбеди|берилбей|бербеди|беришкен жок)~", "тоскоолдук (?:кылбай|кылба|жаратпай|жаратпа|көрсөтпө)~",
    "өткөрсө (?:бол|мүмкүн)~",
    # "that they will hold / go out / gather" (future participle with its object ending)
    "(?:өткөрөрүн|уюштурарын|чыгарын|чогуларын|өткөрүшөрүн|чыгышарын)",
    # going to the capital or the akimat is still to come ("Бишкекке барарын эскертти")
    "(?:барарын|барышарын|жөнөрүн|жөнөшөрүн)", "бармакчы~", "жөнөмөкчү~",
)

#: the action was cancelled, foiled or did not take place
NOT_HELD: tuple[str, ...] = (
    "болбой калды",
    "өтпөй калды", "өткөрүлгөн жок", "өткөрүлбөй калды", "кийинкиге (?:жылдыр|калтыр)~",
)

#: trials, verdicts and charges
COURT_CASE: tuple[str, ...] = (
    "кесилди", "өкүм~",
    "соттол~", "эркинен ажыратыл~", "айыптал~", "абакка кесил~", "апелляция~",
)

#: anniversaries and earlier years
BACKGROUND: tuple[str, ...] = (
    "жыл мурун", "жылдыгы~", "буга чейин", "мындан мурун", "былтыр",
    # months ago, beyond the background window
    "(?:үч|төрт|беш|алты|жети|сегиз|тогуз|он|бир нече|[3-9]) ай мурун",
)

#: notes of protest between states
DIPLOMATIC: tuple[str, ...] = (
    "нааразылык нотасы~", r"нота(?:сы|сын|ны)? (?:[\w-]+ ){0,1}(?:тапшыр|жөнөт)~",
)

#: queues, holidays, concerts
NON_PROTEST_CROWD: tuple[str, ...] = (
    "майрам~",
    # the yearly Victory Day march of the "Immortal Regiment": a commemoration, not a protest
    "өлбөс полк~",
)

#: a ban on protest actions: the sentence reports a ban, not an action (unless DESPITE)
BANS: tuple[str, ...] = (
    r"(?:митинг|акция|пикет|жыйын|чогулуш|марш)~ (?:[\w-]+ ){0,3}тыюу сал~",
    r"(?:митинг|марш|акция|пикет)~ (?:[\w-]+ ){0,2}(?:уюштурууга|өткөрүүгө) (?:болбойт|уруксат берилбейт)",
)

#: defiance of a ban ("despite the ban"): the action took place
DESPITE: tuple[str, ...] = (
    "карабастан", "карабай",
)

#: event type -> cues (priority is set in fields.types)
EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "riot": (
        "өртеп~", "төбелес~", "өрттө~", "мушташ~",
        # storming or seizing a building, clashes with the police, stones, hostages
        "басып ал~", "басып кир~", "ээлеп ал~", r"кагылыш~", r"таш (?:[\w-]+ ){0,1}ыргыт~", "барымтага ал~",
    ),
    "hunger_strike": (
        "ачкачылык~",
    ),
    "road_blockade": (
        r"жол~ (?:[\w-]+ ){0,1}тос~",
    ),
    "strike": (
        "иш ташта~", "иштен баш тарт~",
    ),
    "single_person_picket": (
        "жалгыз~ пикет~",
    ),
    "sit_in": (
        "түнеп~", "түнө~",
    ),
    "march": (
        "жүрүш~",
    ),
    "picket": (
        "пикет~",
    ),
}

#: words that introduce what a protest is about
CAUSE_WORDS: tuple[str, ...] = (
    "каршы", "нааразы~",
)

#: weaker cause words read by the grievance field
CAUSE_WORDS_EXTRA: tuple[str, ...] = (
    "себеб~", "маселе~",
)
