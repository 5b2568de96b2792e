"""Uzbek: state-response cues (detention verbs first) and the words that put them in context.

Written for folded text (lower case, ё→е, ``'`` for every apostrophe). Cue fragments follow
:mod:`protest_tracker.pipeline.lexicon` (``~`` ends a stem, a space matches a run of spaces);
see :mod:`protest_tracker.pipeline.lang` for the slots and how they are merged.
"""

from __future__ import annotations

#: detention verbs and phrases
DETENTION_VERBS: tuple[str, ...] = (
    "ushland~", "ushlang~", "ushlab~", "qo'lga olin~", "qo'lga ol~", "hibsga ol~", "ушлан~",
    "ушлаб~", "қўлга олин~", "қўлга ол~", "ҳибсга ол~", "hibsga olin~", "ҳибсга олин~",
)

#: response code -> cues (besides detention)
STATE_RESPONSES: dict[str, tuple[str, ...]] = {
    "dispersal": (
        "cleared (?:the )?(?:square|protesters|area|road|street|camp)~", "tarqat~",
    ),
    "force_violence": (
        "kuch ishlat~", "куч ишлат~", "kaltak~", "калтак~", r"ko'z~ yosh~ (?:[\w'-]+ ){0,1}gaz~",
        r"кўз~ ёш~ (?:[\w-]+ ){0,1}газ~", "rezina o'q~", "o'q uzil~", "ўқ узил~",
        "to'qnash~", "тўқнаш~", "havoga o'q~", "ҳавога ўқ~",
    ),
    "fatalities": (
        "halok~", "ҳалок~", "vafot~", "вафот~", "o'ldiril~", "ўлдирил~", "ҳалок шуд~",
    ),
    "fine": (
        "жарима~", "jarima~",
    ),
    "administrative_arrest": (
        "ma'muriy qamoq~", "маъмурий қамоқ~",
    ),
    "criminal_charge": (
        "jinoyat ish~", "жиноят иш~",
    ),
    "dialogue_meeting": (
        r"(?:official|governor|mayor|akim|hokim|minister|deputy)~ (?:[\w-]+ ){0,5}arrived (?:at|on) the (?:scene|site|square)",
        r"exchange~ (?:[\w-]+ ){0,3}(?:officials|authorities|the akim|the mayor)",
        r"(?:hokim|vazir|rahbar)~ (?:[\w'-]+ ){0,4}(?:suhbat|chiqib)~",
        r"(?:норозилар|norozilar|namoyishchilar|намойишчилар|aholi|аҳоли|odamlar|одамлар)~ (?:yoniga|ёнига|oldiga|олдига) (?:kel|кел)~",
        r"(?:hokim|ҳоким|rasmiy|расмий|vakil|вакил)~ (?:[\w'-]+ ){0,4}(?:uchrash|учраш|gaplash|гаплаш)~",
    ),
    "concession": (
        "ваъда~", "va'da~", "бекор қил~", "bekor qil~",
        r"(?:талап|талаб|talab)~ (?:[\w-]+ ){0,2}(?:орындал|аткарыл|qondiril|bajaril)~",
        "o'zgarishsiz qol~", "ўзгаришсиз қол~", "rozi bo'ldi", "рози бўлди",
        r"(?:narx|нарх)~ (?:[\w'-]+ ){0,1}(?:tushirishga|тушириш|pasaytir|пасайтир)~",
    ),
    "monitoring": (
        "nazorat~", "назорат~", "o'tkazma~", "ўтказма~", "o'rab ol~",
    ),
    "internet_shutdown": (
        r"internet~ (?:[\w-]+ ){0,2}o'chir~",
    ),
}

#: 'took away' verbs: a detention only when police are named
TAKEAWAY_VERBS: tuple[str, ...] = (
    "olib ket~", "олиб кет~", "tutib ket~", "тутиб кет~",
)

#: meeting verbs: a dialogue only when the protesters are named
DIALOGUE_VERBS: tuple[str, ...] = (
    "uchrash~", "мулоқот~", "muloqot~", "suhbat~", "суҳбат~",
)

#: warnings: monitoring only when an authority gives them
WARNING_WORDS: tuple[str, ...] = (
    "ogohlantir~", "огоҳлантир~",
)

#: authorities other than the police
AUTHORITY_WORDS: tuple[str, ...] = (
    "hokimlik~", "hokimiyat~", "prokuratura~", "ҳокимият~", "ichki ishlar~",
)

#: police and security forces
POLICE_WORDS: tuple[str, ...] = (
    "militsiya~", "politsiya~", "милиция~", "полиция~", "huquq-tartibot~", "ҳуқуқ-тартибот~",
)

#: words of a protest, clash or security sentence (deaths in it count)
VIOLENT_CONTEXT: tuple[str, ...] = (
    "namoyish~", "norozilik~", "tartibsizlik~", "to'qnash~", "voqea~", "намойиш~", "тартибсизлик~",
)

#: deaths that are not the protest's
OTHER_DEATH_CONTEXT: tuple[str, ...] = (
    "kasallik~", "yong'in~",
)

#: words naming the protesters
CROWD_WORDS: tuple[str, ...] = (
    "norozi~", "норози~", "намойишчи~", "namoyishchi~", "йиғилган~", "yig'ilgan~", "aholi~",
    "аҳоли~", "onalar~", "ishchi~", "ишчилар~", "ayollar~", "аёллар~", "fuqarolar~", "фуқаролар~",
    "to'sish~", "тўсиш~", "xalq~",
)

#: what a concession gave (traction: "concession won"); Latin and Cyrillic; "denial" and "demand"
#: cues before a cue in its sentence cancel it;
#: "routine" words (a fine, a police report) anywhere in its sentence cancel a release
CONCESSION_KINDS: dict[str, tuple[str, ...]] = {
    "resignation": (
        "iste'fo~", "истеъфо~", r"lavozim~ (?:[\w-]+ ){0,1}ozod~", r"лавозим~ (?:[\w-]+ ){0,1}озод~",
    ),
    "price_rollback": (
        r"narx~ (?:[\w-]+ ){0,4}(?:pasaytir|tushir|kamaytir)~", r"нарх~ (?:[\w-]+ ){0,4}(?:пасайтир|тушир|камайтир)~",
    ),
    "release": (
        "ozod qilin~", "ozodlikka chiqar~", "qo'yib yubor~", "озод қилин~", "озодликка чиқар~", "қўйиб юбор~",
    ),
    "reversal": (
        "o'zgartirilmasligi~", "o'zgarishsiz qol~", "amaldagi tahrirda qol~", "bekor qil~",
        "ўзгартирилмаслиги~", "ўзгаришсиз қол~", "амалдаги таҳрирда қол~", "бекор қил~",
    ),
    "demands_met": (
        r"talab~ (?:[\w-]+ ){0,1}(?:bajaril|qondiril)~", r"талаб~ (?:[\w-]+ ){0,1}(?:бажарил|қондирил)~",
        r"ish haqi~ (?:[\w-]+ ){0,2}oshir~", r"иш ҳақи~ (?:[\w-]+ ){0,2}оширил~",
    ),
    "promise": (
        "va'da~", "ваъда~",
    ),
    "denial": (
        "yo'q", "emas", "rad et~", "йўқ", "эмас", "рад эт~",
    ),
    "demand": (
        "talab qil~", "talab~", "талаб қил~", "талаб~", "so'ra~", "сўра~",
    ),
    "routine": (
        "jarima~", "bayonnoma~", "жарима~", "баённома~",
    ),
}
