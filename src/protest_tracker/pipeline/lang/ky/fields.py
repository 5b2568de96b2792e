"""Kyrgyz: grievance, target, participant-group and flag cues (labels are codebook codes).

Written for folded text (lower case, ё→е, ``'`` for every apostrophe). Cue fragments follow
:mod:`protest_tracker.pipeline.lexicon` (``~`` ends a stem, a space matches a run of spaces);
see :mod:`protest_tracker.pipeline.lang` for the slots and how they are merged.
"""

from __future__ import annotations

#: grievance code -> cues
GRIEVANCES: dict[str, tuple[str, ...]] = {
    "china_economic": (
        r"кытай~ (?:[\w-]+ ){0,4}(?:компания|ишкана|завод|инвест|кен|долбоор|макулдаш|келишим|кредит)~",
        "кытай экспансия~",
    ),
    "labour": (
        "айлык~", "эмгек акы~",
        "жумушсуз~", "жумуш орд~", "эмгек~", "жумушчу~",
    ),
    "wages_prices_economy": (
        "баасы~", "кымбатта~",
        "инфляция~", "тариф~", "кымбат~", "соодагер~", "базар~",
    ),
    "housing_mortgage": (
        "үй-жай~", "турак-жай~", "турак жай~", "батир~",
        "ипотека~",
    ),
    "land_property": (
        "жер маселе~",
        r"жер~ (?:[\w-]+ ){0,2}(?:сат|бер|тартып ал|бөл)~", "жайыт~", r"үй~ (?:[\w-]+ ){0,1}(?:буз|талкала)~",
    ),
    "utilities": (
        "ичүүчү суу~", "таза суу~",
    ),
    "elections_political": (
        r"(?:атау|атын|nomini|названи)~ (?:[\w'-]+ ){0,2}(?:өзгерт|өзгөрт|o'zgartir|измен)~",
        "шайлоо~", "кетсин",
        r"бийлик~ (?:[\w-]+ ){0,2}алмаш~", "референдум~", "конституция~", "башмыйзам~", "оппозиция~",
    ),
    "corruption_justice": (
        "паракор~", "адилеттүү~", "адилет~", r"күнөөлүү~ (?:[\w-]+ ){0,3}жазала~",
        "коррупция~", "жазала~",
    ),
    "detention_release": (
        "бошотуу~", "бошотсун~", "саясий туткун~",
    ),
    "covid": (
        "вакцина~", "эмдөө~", "вакциналоо~",
    ),
    "environment": (
        "суу каптап~", "суу каптаган~", "суу ташкын~", "айлана-чөйрө~", "сел жүр~",
        "экология~", "уран~", "таштанды~",
    ),
    "social_benefits": (
        "көп балалы~", "көп балалуу~", "жөлөк пул~",
        "пенсия~", "жөлөкпул~",
    ),
    "rights_freedoms": (
        "эркинди[кг]~", "адам укук~", "аялдардын укук~", "үй-бүлөлүк зомбулук~", "аялдарга (?:карата )?зомбулук~",
        r"укуктарын~ (?:[\w-]+ ){0,2}(?:сакта|корго|талап)~",
    ),
    "interethnic": (
        "улут аралык~",
    ),
    "other": (
        "чек ара~", "чек-ара~", "согуш~", "кемпир-абад~", "кумтөр~",
    ),
}

#: target code -> cues
TARGETS: dict[str, tuple[str, ...]] = {
    "national_government": (
        "өкмөт~",
    ),
    "law_enforcement": (
        "ички иштер~", "милиция~",
    ),
    "foreign_state": (
        "кытай~", "элчилик~",
    ),
    "company": (
        "ишкана~",
    ),
}

#: participant group -> cues
GROUPS: dict[str, tuple[str, ...]] = {
    "relatives_of_detainees": (
        "туугандар~",
    ),
    "workers": (
        "жумушчу~", "кызматкер~",
    ),
    "mothers_families": (
        "көп балалы~", "энелер~", "көп балалуу~",
    ),
    "residents": (
        "тургун~", "жашоочу~", "тургундар~",
    ),
    "students": (
        "студенттер~", "жаштар~",
    ),
    "opposition": (
        "тарапкер~",
    ),
    "activists": (
        "укук коргоочу~", "журналистер~",
    ),
    "entrepreneurs": (
        "ишкер~", "соодагер~",
    ),
    "farmers": (
        "диыхан~",
    ),
    "pensioners": (
        "пенсионерлер~",
    ),
    "religious": (
        "мусулман~",
    ),
}

#: flag -> cues
FLAGS: dict[str, tuple[str, ...]] = {
    "pro_government": (
        r"колдоо~ (?:[\w-]+ ){0,2}(?:президент|өкмөт)~",
    ),
    "aggregate": (
        "күн сайын", "күнү-түнү", r"\d+ (?:күн|кун)~ бойы~",
    ),
    "protester_violence": (
        "таш ыргыт~", "өртеп~", "өрттө~",
    ),
    "organiser": (
        "уюштур~",
    ),
}

#: demand nouns after which only a light verb stands: what is demanded comes before them
#: ("баспана беруді талап етті"); read by :mod:`protest_tracker.pipeline.fields.demands`
DEMAND_AFTER_OBJECT: tuple[str, ...] = ("талап",)

#: the endings of a demanded object right before the demand noun (accusative, possessive accusative)
OBJECT_ENDINGS: tuple[str, ...] = (
    "ды", "ди", "ду", "дү", "ты", "ти", "ту", "тү", "ны", "ни", "ну", "нү", "ын", "ун", "үн",
)

#: quoting words between a quoted demand and the demand noun ("«…» деп талап етті")
QUOTING_WORDS: tuple[str, ...] = ("деп", "деген")
