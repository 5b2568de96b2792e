"""Kyrgyz: grievance, target, participant-group and flag cues (labels are codebook codes).

Written for folded text (lower case, ё→е, ``'`` for every apostrophe). Cue fragments follow
:mod:`protest_tracker.pipeline.lexicon` (``~`` ends a stem, a space matches a run of spaces);
see :mod:`protest_tracker.pipeline.lang` for the slots and how they are merged.
"""

from __future__ import annotations

#: grievance code -> cues
GRIEVANCES: dict[str, tuple[str, ...]] = {
    "labour": (
        "айлык~", "эмгек акы~",
    ),
    "wages_prices_economy": (
        "баасы~", "кымбатта~",
    ),
    "housing_mortgage": (
        "үй-жай~", "турак-жай~", "турак жай~", "батир~",
    ),
    "land_property": (
        "жер маселе~",
    ),
    "utilities": (
        "ичүүчү суу~",
    ),
    "elections_political": (
        r"(?:атау|атын|nomini|названи)~ (?:[\w'-]+ ){0,2}(?:өзгерт|өзгөрт|o'zgartir|измен)~",
        "шайлоо~", "кетсин",
    ),
    "corruption_justice": (
        "паракор~", "адилеттүү~", "адилет~", r"күнөөлүү~ (?:[\w-]+ ){0,3}жазала~",
    ),
    "detention_release": (
        "бошотуу~", "бошотсун~",
    ),
    "covid": (
        "вакцина~", "эмдөө~", "вакциналоо~",
    ),
    "environment": (
        "суу каптап~", "суу каптаган~", "суу ташкын~", "айлана-чөйрө~", "сел жүр~",
    ),
    "social_benefits": (
        "көп балалы~", "көп балалуу~", "жөлөк пул~",
    ),
    "rights_freedoms": (
        "эркиндик~", "адам укук~",
    ),
    "interethnic": (
        "улут аралык~",
    ),
    "other": (
        "чек ара~", "чек-ара~", "согуш~", "кемпир-абад~",
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
