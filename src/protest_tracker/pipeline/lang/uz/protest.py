"""Uzbek: protest triggers, hard-negative qualifiers, event-type and cause cues.

Written for folded text (lower case, ё→е, ``'`` for every apostrophe). Cue fragments follow
:mod:`protest_tracker.pipeline.lexicon` (``~`` ends a stem, a space matches a run of spaces);
see :mod:`protest_tracker.pipeline.lang` for the slots and how they are merged.
"""

from __future__ import annotations

#: words that name a protest action
PROTEST_TRIGGERS_STRONG: tuple[str, ...] = (
    r"oldi(?:da|ga) (?:[\w'-]+ ){0,3}(?:to'plan|chiq)~",
    r"олди(?:да|га) (?:[\w-]+ ){0,3}(?:тўплан|чиқ)~",
    "(?:did not|didn't) (?:turn up|show up|go) (?:for|to) work", "ishga chiqma~", "ишга чиқма~",
    "(?:a|the|peace|protest|women's|opposition|anti-war~) march(?:es)?", "norozilik~", "норозилик~",
    "namoyish~", "намойиш~", "piket~", "ish tashla~", "иш ташла~", "ochlik e'lon~", "очлик эълон~",
    r"yo'l~ (?:[\w-]+ ){0,1}to's~", r"йўл~ (?:[\w-]+ ){0,1}тўс~", "tartibsizlik~", "тартибсизлик~",
    "g'alayon~", "ғалаён~", "to'polon~", "тўполон~",
    # general protest vocabulary (the learned assembler weighs it)
    r"yo'l~ (?:[\w'-]+ ){0,3}to's~", r'йўл~ (?:[\w-]+ ){0,3}тўс~', 'marsh', 'marshi', 'marshda', 'marshga',
    'marshlar~', 'demonstrant~',
    # a clash with the police; seizing a building
    r"(?:politsiya|militsiya|huquq-tartibot|xavfsizlik)~ (?:[\w'-]+ ){0,4}to'qnash~",
    r"(?:полиция|милиция|ҳуқуқ-тартибот|хавфсизлик)~ (?:[\w-]+ ){0,4}тўқнаш~",
    r"bino~ (?:[\w'-]+ ){0,2}bosib ol~", r"бино~ (?:[\w-]+ ){0,2}босиб ол~",
)

#: words that suggest a protest only with support
PROTEST_TRIGGERS_WEAK: tuple[str, ...] = (
    "noroz~", "норози~", "to'plan~", "тўплан~", "talab qil~", "талаб қил~", "e'tiroz~",
    "to'qnash~", "тўқнаш~",  # a clash
)

#: calls, plans, threats and permit requests (no event yet)
FUTURE_CALL: tuple[str, ...] = (
    r"(?:asked|applied|request~) (?:[\w-]+ ){0,2}permi~", "chaqir~", "чақир~", "rejala~", "режала~",
    "o'tkazmoqchi~", "ўтказмоқчи~",
    # intention forms (-moqchi "wants to"), intent
    "o'tkazilmoqchi~", "ўтказилмоқчи~", "chiqmoqchi~", "чиқмоқчи~", "to'planmoqchi~", "тўпланмоқчи~",
    "niyatida~", "ниятида~", "o'tkaziladi", "ўтказилади",
    "bormoqchi~", "бормоқчи~",  # "wants to go" (to the capital, to the hokimiyat)
    # preparing an action (the charge of pre-emptive detentions: "preparing to organise riots")
    "(?:uyushtirishga|o'tkazishga|chiqishga) tayyorla~", "(?:уюштиришга|ўтказишга|чиқишга) тайёрла~",
    # a permit asked for or granted: the action is still to come
    "(?:o'tkazishga|uyushtirishga) ruxsat~", "(?:ўтказишга|уюштиришга) рухсат~",
    "(?:o'tkazishiga|uyushtirishiga) ruxsat~", "(?:ўтказишига|уюштиришига) рухсат~",
)

#: the action was cancelled, foiled or did not take place
NOT_HELD: tuple[str, ...] = (
    "o'tmadi", "ўтмади",
    "o'tkazilmadi", "ўтказилмади", "bekor qilin~", "бекор қилин~", "keyinga qoldir~", "кейинга қолдир~",
)

#: trials, verdicts and charges
COURT_CASE: tuple[str, ...] = (
    "hukm~", "ҳукм~", "sudlan~", "судлан~",
    "ozodlikdan mahrum~", "озодликдан маҳрум~", "ayblanuvchi~", "айбланувчи~", "qamoq jazo~", "қамоқ жазо~",
    "apellyatsiya~", "апелляция~",
)

#: anniversaries and earlier years
BACKGROUND: tuple[str, ...] = (
    "yil oldin", "йил олдин", "yilligi~", "o'tgan yil~", "ўтган йил~",
    # months ago, beyond the background window
    "(?:uch|to'rt|besh|olti|yetti|sakkiz|to'qqiz|o'n|bir necha|[3-9]) oy oldin",
    "(?:уч|тўрт|беш|олти|етти|саккиз|тўққиз|ўн|бир неча|[3-9]) ой олдин",
)

#: notes of protest between states
DIPLOMATIC: tuple[str, ...] = (
    "norozilik notasi~",
)

#: queues, holidays, concerts
NON_PROTEST_CROWD: tuple[str, ...] = (
    "bayram(?!aly)~", "navbat~", "навруз~",  # not Bayramaly, a Turkmen town
    # the yearly Victory Day march of the "Immortal Regiment": a commemoration, not a protest
    "o'lmas polk~", "ўлмас полк~",
)

#: a ban on protest actions: the sentence reports a ban, not an action (unless DESPITE)
BANS: tuple[str, ...] = (
    r"(?:miting|namoyish|aksiya|piket|yig'ilish)~ (?:[\w'-]+ ){0,3}taqiqla~",
    r"(?:митинг|намойиш|акция|пикет|йиғилиш)~ (?:[\w-]+ ){0,3}тақиқла~",
)

#: defiance of a ban ("despite the ban"): the action took place
DESPITE: tuple[str, ...] = (
    "qaramay", "qaramasdan", "қарамай", "қарамасдан",
)

#: event type -> cues (priority is set in fields.types)
EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "riot": (
        "yondir~", "ёндир~",
        # storming or seizing a building, clashes, stones, hostages
        "bosib ol~", "босиб ол~", "bostirib kir~", "бостириб кир~", "ishg'ol~", "ишғол~",
        "to'qnash~", "тўқнаш~", r"tosh (?:[\w-]+ ){0,1}ot~", r"тош (?:[\w-]+ ){0,1}от~", "garovga ol~", "гаровга ол~",
    ),
    "hunger_strike": (
        "очлик~", "ochlik~",
    ),
    "road_blockade": (
        r"yo'l~ (?:[\w-]+ ){0,1}to's~", r"йўл~ (?:[\w-]+ ){0,1}тўс~",
    ),
    "strike": (
        "ish tashla~", "иш ташла~",
    ),
    "single_person_picket": (
        r"yakka (?:[\w-]+ )?piket~",
    ),
    "sit_in": (
        "tunab~",
    ),
    "march": (
        "(?:a|the|peace|protest|women's|opposition) march(?:es)?", "yurish~",
    ),
    "picket": (
        "piket~",
    ),
}

#: words that introduce what a protest is about
CAUSE_WORDS: tuple[str, ...] = (
    "talab~", "қарши", "qarshi", "norozi~", "норози~", "талаб~", "shikoyat~", "шикоят~",
)

#: weaker cause words read by the grievance field
CAUSE_WORDS_EXTRA: tuple[str, ...] = (
    "sabab~", "сабаб~", "muammo~", "муаммо~",
)
