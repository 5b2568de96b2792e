"""Uzbek: grievance, target, participant-group and flag cues (labels are codebook codes).

Written for folded text (lower case, ё→е, ``'`` for every apostrophe). Cue fragments follow
:mod:`protest_tracker.pipeline.lexicon` (``~`` ends a stem, a space matches a run of spaces);
see :mod:`protest_tracker.pipeline.lang` for the slots and how they are merged.
"""

from __future__ import annotations

#: grievance code -> cues
GRIEVANCES: dict[str, tuple[str, ...]] = {
    "xinjiang_ethnic_kin": (
        "sinjon~",
    ),
    "china_economic": (
        r"chinese (?:[\w-]+ ){0,2}(?:factor|compan|invest|plant|mine|mining|workers|business|expansion|loan)~",
        r"xitoy~ (?:[\w'-]+ ){0,3}(?:kompaniya|korxona|zavod|investitsiya|kredit)~",
        r"хитой~ (?:[\w-]+ ){0,3}(?:объект|корхона|завод|компания|инвестиция|кредит)~", r"xitoy~ (?:[\w'-]+ ){0,3}(?:obyekt|ob'ekt)~",
    ),
    "labour": (
        "maosh~", "ish haqi~", "иш ҳақи~", "маош~",
        "ishsiz~", "ишсиз~", "ish o'rn~", "иш ўрн~", "ishchi~", "ишчи~",
    ),
    "wages_prices_economy": (
        "narx~", "нарх~", "қарз~", "qarz~",
        "qimmatla~", "қимматла~", "inflyatsiya~", "инфляция~", "savdogar~", "bozor~", "бозор~",
    ),
    "housing_mortgage": (
        "uy-joy~", "уй-жой~", "xonadon~",
        "ipoteka~", "ипотека~", "turar joy~", "турар жой~",
    ),
    "land_property": (
        r"(?:uy|uylar|bino|xonadon|уй|уйлар|бино)~ (?:[\w'-]+ ){0,1}buz~",
        r"(?:уй|уйлар|бино|хонадон)~ (?:[\w-]+ ){0,1}буз~", "buzib tashla~", "бузиб ташла~",
        "ер~ майдон~", r"yer (?:[\w'-]+ ){0,1}(?:maydon|uchastka|sotish|ajrat)~", "қўчир~",
        "ko'chir~",
        "kompensatsiya~", "компенсация~", "tovon~", "товон~",
    ),
    "utilities": (
        "gaz", "gazi", "gazsiz", "elektr~", "ичимлик сув~", "ichimlik suv~",
    ),
    "elections_political": (
        "saylov~", "сайлов~", "konstitutsiya~",
        "siyosiy tizim~", "сиёсий тизим~", "mustabid~", "мустабид~", "режим~", "referendum~", "референдум~", "конституция~",
        "muxolif~", "мухолиф~", "tarafdor~", "тарафдор~",
    ),
    "corruption_justice": (
        "korrupsiya~", "коррупция~", "adolat~", "адолат~",
        r"(?:punish|prosecut)~ (?:[\w-]+ ){0,2}(?:those )?responsible",
        r"aybdor~ (?:[\w'-]+ ){0,3}jazola~",
        "poraxo'r~", "порахўр~", "жазола~",
    ),
    "detention_release": (
        "siyosiy mahbus~", "сиёсий маҳбус~", "ozod qil~", "озод қил~", "ozodlikka chiqar~", "озодликка чиқар~", "озод кун~",
    ),
    "covid": (
        "emlash~",
    ),
    "environment": (
        "suv toshqin~", "сув тошқин~", "ekolog~", "ko'chki~",
        "аэс", "aes", "атом электр~", "atom elektr~", "экологи~",
    ),
    "social_benefits": (
        "nafaqa~", "нафақа~", "ko'p bolali~", "кўп болали~", "нафақа~",
        "pensiya~", "пенсия~", "imtiyoz~", "имтиёз~",
    ),
    "rights_freedoms": (
        "freedom of (?:speech|assembly|expression|religion|the press)", "erkinli[kg]~", "эркинли[кг]~",
        "inson huquq~", "инсон ҳуқуқ~", "ҳуқуқи инсон~", "ayollar huquq~", "аёллар ҳуқуқ~",
        "oilaviy zo'ravonlik~", "оилавий зўравонлик~", "маиший зўравонлик~", "maishiy zo'ravonlik~",
        "ijtimoiy tarmoq~", "ижтимоий тармоқ~",
    ),
    "interethnic": (
        "суверенитет~", "millatlararo~", "мустақил~", "suverenitet~",
        r"(?:статус|maqom|мақом)~ (?:[\w'-]+ ){0,2}(?:каракалпак|qoraqalpog|қорақалпоғ)~",
        r"(?:каракалпак|qoraqalpog|қорақалпоғ)~ (?:[\w'-]+ ){0,3}(?:статус|maqom|мақом|суверенитет|suverenitet|мустақил|mustaqil)~",
    ),
    "other": (
        "чегара~", "chegara~", "urush~", "уруш~", "сув~ масала~",
    ),
}

#: target code -> cues
TARGETS: dict[str, tuple[str, ...]] = {
    "national_government": (
        "hukumat~", "ҳукумат~",
    ),
    "local_government": (
        "ҳоким~", "ҳокимият~", "hokimiyat~",
    ),
    "law_enforcement": (
        "ички ишлар~", "ichki ishlar~", "militsiya~",
    ),
    "courts": (
        "sud~", "суд~",
    ),
    "foreign_state": (
        "xitoy~", "хитой~",
    ),
    "company": (
        "korxona~", "корхона~", "kompaniya~",
    ),
}

#: participant group -> cues
GROUPS: dict[str, tuple[str, ...]] = {
    "relatives_of_detainees": (
        "қариндош~", "qarindosh~",
    ),
    "workers": (
        "ishchi~", "ишчи~", "xodim~", "ходим~",
    ),
    "mothers_families": (
        "onalar~", "оналар~", "аёллар~", "ayollar~", "ko'p bolali~",
    ),
    "borrowers_mortgage": (
        "qarzdor~",
    ),
    "residents": (
        "aholi~", "аҳоли~", "fuqaro~",
    ),
    "students": (
        "talaba~", "ёшлар~", "yoshlar~",
    ),
    "opposition": (
        "muxolif~",
    ),
    "activists": (
        "faol~", "фаол~",
    ),
    "ethnic_community": (
        "qoraqalpoq~", "қорақалпоқ~",
    ),
    "entrepreneurs": (
        "tadbirkor~", "тадбиркор~", "sotuvchi~",
    ),
    "farmers": (
        "деҳқон~", "dehqon~", "fermer~",
    ),
    "pensioners": (
        "nafaqaxo'r~",
    ),
    "religious": (
        "dindor~",
    ),
}

#: flag -> cues
FLAGS: dict[str, tuple[str, ...]] = {
    "pro_government": (
        r"qo'llab-quvvatla~ (?:[\w-]+ ){0,2}(?:prezident)~",
    ),
    "aggregate": (
        "har kuni", "ҳар куни",
    ),
    "protester_violence": (
        "tosh ot~", "тош от~", "yondir~",
    ),
    "organiser": (
        "tashkilotchi~", "ташкилотчи~", "uyushtir~",
    ),
    "demand": (
        "talab~", "талаб~",
    ),
}

#: demand nouns after which only a light verb stands: what is demanded comes before them
#: ("баспана беруді талап етті"); read by :mod:`protest_tracker.pipeline.fields.demands`
DEMAND_AFTER_OBJECT: tuple[str, ...] = ("talab", "талаб")

#: the endings of a demanded object right before the demand noun (accusative, possessive accusative)
OBJECT_ENDINGS: tuple[str, ...] = ("ni", "ни")

#: quoting words between a quoted demand and the demand noun ("«…» деп талап етті")
QUOTING_WORDS: tuple[str, ...] = ("deb", "деб", "degan")
