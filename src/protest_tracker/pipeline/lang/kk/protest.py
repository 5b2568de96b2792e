"""Kazakh: protest triggers, hard-negative qualifiers, event-type and cause cues.

Written for folded text (lower case, ё→е, ``'`` for every apostrophe). Cue fragments follow
:mod:`protest_tracker.pipeline.lexicon` (``~`` ends a stem, a space matches a run of spaces);
see :mod:`protest_tracker.pipeline.lang` for the slots and how they are merged.
"""

from __future__ import annotations

#: words that name a protest action
PROTEST_TRIGGERS_STRONG: tuple[str, ...] = (
    r"алдына (?:[\w-]+ ){0,3}(?:жинал|шық|шык|чогул|топтол|чык)~", "жұмысқа шықпа~", "наразылық~",
    "ереуіл~", "шеру~", "аштық~ жариял~", r"жол~ (?:[\w-]+ ){0,1}жап~", "тәртіпсіздік~",
    "көшеге шық~", "алаңға (?:шық|жинал)~", "қарсылық~ білдір~", "қарсылық~ акци~", "miting~",
    "mıtıng~", "narazylyq~", "narazılıq~", "ereuil~", "ميتينگ~", "ميتيڭ~", "نارازىلىق~", "شەرۋ~",
    "ەرەۋىل~", "پيكەت~",
    # general protest vocabulary (the learned assembler weighs it)
    r'жол~ (?:[\w-]+ ){0,1}жау~', 'жұмысты тоқтат~', 'бейбіт жиын~', 'қарсылық таныт~',
    'q[aа]rs[iı]l[iı]q tan[iı]t~', 'акция~ өткіз~', 'aksi[iy]a~ [öo]tk[iı]z~',
    'ұрандат~', 'ұран көтер~',  # chanting, raising slogans
    r'плакат~ (?:[\w-]+ ){0,1}(?:ұста|көтер)~',  # holding up placards
    # Latin script, the 2018 (acute: ý, ǵ, ń, sh) and 2021 (ı, ğ, ñ, ş) alphabets
    r"ere(?:u|ý)[iı]l~", r"(?:ş|sh)er(?:u|ý)~", r"ala[ñńŋn](?:ǵ|ğ|g)a (?:(?:ş|sh)yq|jinal)~",
    r"k[öó](?:ş|sh)ege (?:ş|sh)yq~",
    r'ald[iı]na (?:[\w-]+ ){0,3}j[iı]nal~', 'demonstrant~', 'демонстрант~',
)

#: words that suggest a protest only with support
PROTEST_TRIGGERS_WEAK: tuple[str, ...] = (
    "наразы~", "жиналд~", "жиналған~", "талап ет~", "акция~", "акциясы~",
    "narazy~", "jinald~", "talap et~",
    "қақтығыс~",  # a clash
)

#: calls, plans, threats and permit requests (no event yet)
FUTURE_CALL: tuple[str, ...] = (
    "шақыр~", "өткізбек~", "жоспарла~",
    # intention forms (-мақ/-пақ "is to"), intent and appeals
    "өтпек~", "шықпақ~", "жиналмақ~", "ниетт~", "үндеу~ (?:жаса|тарат|жариял)~", "өткізіледі",
    # preparing an action (the charge of pre-emptive detentions: "preparing to organise riots")
    "(?:ұйымдастыруға|өткізуге|шығуға) дайындал~",
    # a permit asked for or granted: the action is still to come
    "(?:өткізуге|ұйымдастыруға) рұқсат~", r"[öóo]tk[iı]z(?:u|ý)ge r[uúū]qsat~",
    # the same with a possessive ("митингісін өткізуіне рұқсат берді": to its holding)
    "(?:өткізу|ұйымдастыру)(?:іне|ына|леріне|ларына) рұқсат~", r"[öóo]tk[iı]z(?:u|ý)(?:[iı]ne|ler[iı]ne) r[uúū]qsat~",
    # a permit refused ("рұқсат берілмеді"; not "рұқсат берілмеген митинг", an unsanctioned one held)
    "рұқсат (?:берілмеді|берілмеу|бермеді|бермеу)~", r"r[uúū]qsat (?:ber[iı]lmed[iı]|ber[iı]lmeu|bermed[iı]|bermeu)~",
    # "that they will hold / go out / gather" (future participle with its object ending)
    "(?:өткізетін|ұйымдастыратын|шығатын|жиналатын)(?:ін|ын|дерін|дарын)",
    r"(?:[öóo]tk[iı]zet[iı]n|shy[gǵğ]h?atyn|[jzž]h?[iı]nalatyn)(?:[iı]n|yn|der[iı]n|daryn)",
    # going to the capital or the akimat is still to come ("Астанаға баратынын ескертті": warned they would go)
    "(?:баратын|аттанатын)(?:ын|ін|дарын|дерін)", "бармақ~", "аттанбақ~",
)

#: the action was cancelled, foiled or did not take place
NOT_HELD: tuple[str, ...] = (
    "өтпеді",
    "өтпей қалды", "өткізілмеді", "болмай қалды", "кейінге (?:қалдыр|шегер)~",
)

#: trials, verdicts and charges
COURT_CASE: tuple[str, ...] = (
    # "үкім" (verdict), not "үкімет" (government), which stands in many a report
    "үкім(?!ет)~", r"[üú]k[iı]m(?!et)~", "соттал~",
    "бас бостандығынан айыр~", "айыптал~", "айыпкер~", "сот процес~", "сот отырыс~",
    "апелляция~", "apelliatsiia~", "apelliasiia~",
)

#: anniversaries and earlier years
BACKGROUND: tuple[str, ...] = (
    "жыл бұрын", "жылдығы~", "бұған дейін", "былтыр",
    # months ago, beyond the background window
    "(?:үш|төрт|бес|алты|жеті|сегіз|тоғыз|он|бірнеше|[3-9]) ай бұрын",
)

#: notes of protest between states
DIPLOMATIC: tuple[str, ...] = (
    "нотасын~",
)

#: queues, holidays, concerts
NON_PROTEST_CROWD: tuple[str, ...] = (
    # "кезек" (queue), not "кезекті" (regular); the Nauryz holiday, not "наурыз" the month (March)
    "мереке~", "кезек(?!ті)~", r"наурыз (?:мерекес|мейрам|той|көже)~",
    # the yearly Victory Day march of the "Immortal Regiment": a commemoration, not a protest
    "өлмес полк~", "мәңгілік полк~", "ölmes polk~",
)

#: a ban on protest actions: the sentence reports a ban, not an action (unless DESPITE)
BANS: tuple[str, ...] = (
    r"(?:митинг|шеру|акция|пикет|жиын|наразылық)~ (?:[\w-]+ ){0,3}тыйым сал~",
    r"(?:митинг|шеру|акция|пикет|жиын)~ (?:[\w-]+ ){0,2}(?:өткізуге|ұйымдастыруға) (?:рұқсат етілмейді|болмайды)",
    r"(?:miting|şeru|sheru|aksiia|aktsiya|piket)~ (?:[\w-]+ ){0,3}(?:tyiym|tyıym|tiym) sal~",
)

#: defiance of a ban ("despite the ban"): the action took place
DESPITE: tuple[str, ...] = (
    "қарамастан", "қарамай", "qaramastan",
)

#: event type -> cues (priority is set in fields.types)
EVENT_TYPES: dict[str, tuple[str, ...]] = {
    # protesters' violence: storming or seizing a building, clashes, stones, arson, hostages
    # (not "жаппай тәртіпсіздік", mass disorder: mostly the charge in a trial)
    "riot": (
        "басып кір~", "басып ал~", r"basyp k(?:i|ı)r~", "basyp al~",
        r"(?:полиция|күштік|құқық қорғау орган)~ (?:[\w-]+ ){0,3}қақтығыс~", r"қақтығыс~ (?:[\w-]+ ){0,2}(?:полиция|күштік)~",
        r"тас (?:[\w-]+ ){0,1}лақтыр~", "өртеп жібер~", "кепілге ал~",
    ),
    "hunger_strike": (
        "аштық~",
    ),
    "road_blockade": (
        r"жол~ (?:[\w-]+ ){0,1}жап~",
    ),
    "strike": (
        "ереуіл~", "жұмысқа шықпа~", "жұмысты тоқтат~", "ereuil~", r"ere(?:u|ý)[iı]l~",
    ),
    "single_person_picket": (
        "жалғыз~ пикет~",
    ),
    # "шеру" names any rally in Kazakh news ("шеруге шықты": went out to protest); marching is
    # the verb "шерулету" or a march held ("шеру өткізді")
    "march": (
        "шерулет~", r"(?:ş|sh)er(?:u|ý)let~", r"шеру~ (?:[\w-]+ ){0,1}өткіз~", r"(?:ş|sh)er(?:u|ý)~ (?:[\w-]+ ){0,1}ötk(?:i|ı)z~",
    ),
    "picket": (
        "пикет~", "piket~",
    ),
}

#: words that introduce what a protest is about
CAUSE_WORDS: tuple[str, ...] = (
    "талап~", "қарсы", "наразы~", "арыз~",
)

#: weaker cause words read by the grievance field
CAUSE_WORDS_EXTRA: tuple[str, ...] = (
    "себеп~", "мәселе~", "шағым~", "арыз~",
)
