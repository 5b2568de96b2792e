"""Kazakh: state-response cues (detention verbs first) and the words that put them in context.

Written for folded text (lower case, ё→е, ``'`` for every apostrophe). Cue fragments follow
:mod:`protest_tracker.pipeline.lexicon` (``~`` ends a stem, a space matches a run of spaces);
see :mod:`protest_tracker.pipeline.lang` for the slots and how they are merged.
"""

from __future__ import annotations

#: detention verbs and phrases
DETENTION_VERBS: tuple[str, ...] = (
    "ұстал~", "ұстады", "ұстап ал~", "ұстап әкет~", "қамауға ал~", "қамауға алын~",
)

#: response code -> cues (besides detention)
STATE_RESPONSES: dict[str, tuple[str, ...]] = {
    "dispersal": (
        "таратты", "таратыл~", "тарат~", "тараттып~", "тарқат~",
        r"тарау~ (?:[\w-]+ ){0,1}(?:талап|бұйыр|үнде|айт|сұра)~", "тарасын",
    ),
    "force_violence": (
        "күш қолдан~", "соққы~", "атыс~", "резеңке оқ~", "резина оқ~",
        r"көз~ жас~ (?:[\w-]+ ){0,1}газ~", r"(?:полиция|полициямен|күштік|сақшылар)~ (?:[\w-]+ ){0,3}қақтығыс~",
        "қақтығыс~",
    ),
    "fatalities": (
        "қаза тап~", "қаза болды", "қайтыс бол~", "мерт болд~",
    ),
    "fine": (
        "айыппұл~",
    ),
    "administrative_arrest": (
        r"\d+ тәулік~", "әкімшілік қамау~",
    ),
    "criminal_charge": (
        "қылмыстық іс~",
    ),
    "dialogue_meeting": (
        r"(?:әкім|орынбасар|министр|өкіл)~ (?:[\w-]+ ){0,4}(?:сөйлес|шығып|жауап бер|тыңда)~",
        r"(?:олар|наразылар|жұмысшылар|тұрғындар|ереуілшілер|мұнайшылар)мен (?:[\w-]+ ){0,3}(?:кездес|жолық|сөйлес|келіссөз)~",
        r"(?:әкім|орынбасар|министр|өкіл|басшы)~ (?:[\w-]+ ){0,6}(?:кездес|жолық)~",
        r"(?:әкім|орынбасар|министр|өкіл)~ (?:[\w-]+ ){0,4}(?:келіп|келді)",
        r"(?:әкім|орынбасар|министр|өкіл)~ (?:[\w-]+ ){0,4}түсіндір~", "уәкілетті тұлға~",
    ),
    "concession": (
        "уәде~", "қанағаттандыр~", r"жалақы~ (?:[\w-]+ ){0,2}төлен(?:ді|ген)~", "өзгеріссіз қал~",
    ),
    "monitoring": (
        "полиция қызметкерлері бақыла~", "бақыла~", "қоршау~ ал~", "кіргізбе~", "жібермеді",
        "өткізбе~", "бейне~ түсір~",
    ),
}

#: 'took away' verbs: a detention only when police are named
TAKEAWAY_VERBS: tuple[str, ...] = (
    "әкетті", "әкетіп~", r"бөлім~ (?:[\w-]+ ){0,1}(?:жеткіз|апар)~", "ұстаған~", "ұстап жатыр~", "ұстап кетті",
)

#: meeting verbs: a dialogue only when the protesters are named
DIALOGUE_VERBS: tuple[str, ...] = (
    "кездес~", "сөйлес~",
)

#: warnings: monitoring only when an authority gives them
WARNING_WORDS: tuple[str, ...] = (
    "ескерт~",
)

#: authorities other than the police
AUTHORITY_WORDS: tuple[str, ...] = (
    "аким~", "әкімдік~", "әкім~", "прокуратура~", "билік~", "ішкі істер~",
)

#: police and security forces
POLICE_WORDS: tuple[str, ...] = (
    "полиция~", "полицейлер~", "полиция қызметкер~", "тәртіп сақшы~",
)

#: words of a protest, clash or security sentence (deaths in it count)
VIOLENT_CONTEXT: tuple[str, ...] = (
    "наразылық~", "тәртіпсіздік~", "қақтығыс~", "атыс~", "оқиға~", "полиция~", "ереуіл~",
)

#: deaths that are not the protest's
OTHER_DEATH_CONTEXT: tuple[str, ...] = (
    "коронавирус~", "ауру~", "жылдығы~",
)

#: words naming the protesters
CROWD_WORDS: tuple[str, ...] = (
    "наразы~", "жиналған~", "жиналғандар~", "тұрғын~", "аналар~", "жұмысшы~", "ереуіл~", "шеру~",
    "әйелдер~", "азаматтар~", "халық~", "халқ~",
)

#: what a concession gave (traction: "concession won"); "denial" and "demand" cues before a cue in
#: its sentence cancel it; "routine" words (a fine, a police report) in its sentence cancel a release
CONCESSION_KINDS: dict[str, tuple[str, ...]] = {
    "resignation": (
        "отставка~", r"(?:қызмет|орн|лауазым)~ (?:[\w-]+ ){0,1}босат~",
    ),
    "price_rollback": (
        r"баға~ (?:[\w-]+ ){0,6}төмендет~", r"баға~ (?:[\w-]+ ){0,2}төмендеге~", r"баға~ (?:[\w-]+ ){0,2}түсір~",
    ),
    "release": (
        "бостандыққа шығар~", r"(?:қамаудан |қамаудан )?босатыл~",
    ),
    "reversal": (
        "өзгеріссіз қал~", "өзгертілмей~", r"(?:шешім|түзету)~ (?:[\w-]+ ){0,2}(?:күшін жой|тоқтат|кері қайтар)~",
    ),
    "demands_met": (
        r"талап~ (?:[\w-]+ ){0,1}орында~", r"талап~ (?:[\w-]+ ){0,1}қанағаттандыр~", r"жалақы~ (?:[\w-]+ ){0,2}көтер~",
    ),
    "promise": (
        "уәде берді", "уәде етті", "уәде~",
    ),
    "denial": (
        "жоқ", "емес", "бас тарт~",
    ),
    "demand": (
        "талап ет~", "талап қой~", "талап~", "сұра~",
    ),
    "routine": (
        "айыппұл~", "хаттама~",
    ),
}
