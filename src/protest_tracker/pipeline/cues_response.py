"""Cues for state responses to a protest, in ru, en, kk, ky, uz (Latin and Cyrillic) and tg.

Word-anchored stems over folded text (see :mod:`protest_tracker.pipeline.lexicon`); labels are
codebook codes. Whether a cue found in a sentence really reports a response to *this* protest
(not a demand, a threat, a denial or an older case) is decided by :mod:`field_context`.
"""

from __future__ import annotations

from protest_tracker.pipeline.lexicon import Lexicon

STATE_RESPONSE_CUES = Lexicon({
    "detention": (
        "задержан~", "задержал~", "задержива~", "задержани~", "доставлен~ в (?:отдел|полиц|ровд|овд|управлени)~", "увез~ в (?:отдел|полиц)~", "арестова~",
        "detain~", "detention~", "arrest~", "taken into custody", "rounded up", "kettl~", "taken to (?:a |the )?police~",
        "ұсталды", "ұстады", "ұсталған~", "ұстап әкет~", "қамауға ал~", "кармалды", "кармалган~", "кармашты", "кармады",
        "кармап~", "ushland~", "ushlab~", "qo'lga olin~", "ушлан~", "қўлга олин~", "боздошт~", "дастгир~",
    ),
    "dispersal": (
        "разогна~", "разгон~", "разгоня~", "вытесн~", "оттесн~", "pushed back", "dispers~", "broke up", "broken up", "cleared the square",
        "таратты", "таратыл~", "тарат~", "тараттып~", "tarqat~", "тарқат~", "пароканда~",
    ),
    "force_violence": (
        "слезоточив~", "резинов~ пул~", "светошумов~", "избил~", "избиени~", "избит~", "дубинк~", "применил~ силу",
        "применени~ силы", "огнестрел~", "стрельб~", "открыл~ огонь", "водомет~", r"стрел~ в воздух", r"fired (?:[\w-]+ ){0,2}(?:in|into) the air",
        "warning shots", r"силов~ (?:операци|разгон)~",
        "tear gas", "rubber bullet~", "stun grenade~", "beat~", "beaten", "batons", "used force", "use of force",
        "opened fire", "fired on", "gunfire", "water cannon~", "live ammunition",
        "күш қолдан~", "соққы~", "атыс~", "күч колдон~", "сабап~", "ок атыл~",
        "kuch ishlat~", "куч ишлат~", "kaltak~", "калтак~",
    ),
    "fatalities": (
        "погиб~", "убит~", "убил~", "скончал~", "смерт~", "жертв~", "killed", "died", "dead", "death toll",
        "deaths", "fatalit~", "қаза тап~", "қаза болды", "мерт болд~", "каза болд~", "өлтүр~", "набыт болд~",
        "halok~", "ҳалок~", "vafot~", "вафот~", "ҳалок шуд~", "кушта~",
    ),
    "fine": (
        "штраф~", "fined", "fine of", "fines", "a fine", "айыппұл~", "айып пул~", "жарима~",
    ),
    "administrative_arrest": (
        r"\d+ (?:[\w-]+ ){0,1}сут~", r"(?:десят|пят|трое|семь|пятнадцать|десять)~ сут~", "административн~ арест~",
        r"\d+ days? (?:in jail|of (?:administrative )?(?:arrest|detention)|in detention)", r"jailed for \d+ days",
        r"(?:five|ten|seven|three|fifteen|\d+)-day~", "administrative arrest~", r"\d+ тәулік~", r"\d+ сутка~",
        r"\d+ sutka~", "әкімшілік қамау~", "административдик камак~",
    ),
    "criminal_charge": (
        r"уголовн~ дел~", r"возбу~ (?:[\w-]+ ){0,2}дел~", r"уголовн~ преследовани~", r"criminal (?:case|charge|investigation|proceeding)~",
        r"charged with", "индиктед", "indicted", r"қылмыстық іс~", r"кылмыш иш~", r"jinoyat ish~", r"жиноят иш~",
        r"парвандаи ҷиноӣ",
    ),
    "dialogue_meeting": (
        r"встрети~ (?:[\w-]+ ){0,2}(?:с )?(?:протестующ|митингующ|жител|участник|бастующ|рабочи|матер|людьми|женщин|собравш|недовольн)~",
        r"встреч~ с (?:протестующ|митингующ|жител|участник|бастующ|рабочи|матер|женщин|собравш)~",
        r"вышел~ к (?:протестующ|митингующ|людям|жител|собравш|народу|бастующ|рабочим|женщин|участник)~",
        r"к (?:протестующ|митингующ|участник|собравш|людям|жител|бастующ)~ (?:[\w-]+ ){0,2}(?:вышел|вышла|вышли|приехал|приехали|прибыл)~",
        r"heard (?:[\w-]+ ){0,2}complaints", r"listened to (?:the )?(?:protesters|demands|complaints|residents)",
        r"exchange~ (?:[\w-]+ ){0,3}(?:officials|authorities|the akim|the mayor)",
        r"(?:аким|хоким|мэр|глава|губернатор|министр|заместител)~ (?:[\w-]+ ){0,4}(?:выслуша|пообща|побесед|переговор|приня)~",
        r"переговор~ с (?:протестующ|митингующ|жител|участник|бастующ|рабочи|собравш)~", r"провел~ (?:[\w-]+ ){0,1}встреч~",
        r"met (?:with )?(?:the )?(?:protesters|demonstrators|residents|workers|strikers|mothers|women|them|the crowd)",
        r"(?:official|akim|mayor|governor|minister|hokim|deputy|head|speaker)~ (?:[\w-]+ ){0,4}(?:came|went) out to (?:the )?(?:protesters|demonstrators|crowd|people|residents|them)",
        "talks with", r"negotiat~ with (?:the )?(?:protesters|strikers|workers|residents|demonstrators)", r"held (?:a )?meeting with", "кездес~", "жолугу~", "жолукт~", "сүйлөш~", "учраш~", "uchrash~", "мулоқот~",
        "muloqot~", "вохӯр~",
    ),
    "concession": (
        "пообеща~", "обеща~", "уступ~", "отменил~ (?:решени|приказ|постановлени)~", "снизил~ цен~", "снижени~ цен~",
        r"выплат~ (?:[\w-]+ ){0,2}(?:задолженн|зарплат)~", "погаси~ задолженн~", "повыс~ зарплат~", "удовлетвор~", r"пошли навстречу",
        "promised", "promise~", "agreed to", "conceded", "concession~", "reversed", "backtrack~", "scrapped",
        "lowered the price", "reinstated", "cancel~ the decision", "pay the wage~", "raise~ wages", "pledged",
        "уәде~", "убада~", "ваъда~", "va'da~", r"кайтар~ (?:[\w-]+ ){0,1}чечим~", "бекор қил~", "bekor qil~",
    ),
    "monitoring": (
        "оцепил~", "оцеплени~", "оцеплен~", r"наблюдал~", r"полицейск~ (?:[\w-]+ ){0,3}(?:дежур|следил|присутств|снимал|стоял)~",
        r"снимал~ на (?:видео|камер)~", "предупрежд~", "громкоговорител~", "мегафон~", r"не пуска~", "перекрыли доступ",
        r"police (?:[\w-]+ ){0,3}(?:watched|monitored|filmed|present|stood|cordon~|surrounded|blocked|guarded|warned)",
        "cordon~", "filmed", "plainclothes", "loudspeaker~", "megaphone~", r"blocked access", "heavy police presence",
        "police presence", "полиция қызметкерлері бақыла~", "бақыла~", "кордон~", "көзөмөл~", "nazorat~", "назорат~",
    ),
    "internet_shutdown": (
        r"(?:отключ|блокир|ограничи|замедл)~ (?:[\w-]+ ){0,2}(?:интернет|мобильн~ связ|мессенджер|соцсет)~",
        r"интернет~ (?:[\w-]+ ){0,2}(?:отключ|блокир|недоступ|не работал)~",
        r"internet (?:[\w-]+ ){0,3}(?:cut|shut|blocked|down|outage|disrupt|restricted|throttl)~", "internet shutdown~",
        r"интернет~ (?:[\w-]+ ){0,2}(?:өшір|ажырат|өчүр)~", r"internet~ (?:[\w-]+ ){0,2}o'chir~",
    ),
})

#: Police or security forces named on the scene (used for "monitoring" when nothing more is reported).
POLICE_CUES = Lexicon({
    "police": (
        "полици~", "полицейск~", "милици~", "силовик~", "спецназ~", "омон~", "police", "policemen", "riot police",
        "security forces", "law enforcement", "полиция~", "полицейлер~", "милиция~", "militsiya~", "politsiya~",
        "полиция қызметкер~", "милиция кызматкер~",
    ),
})
