"""Kazakh: grievance, target, participant-group and flag cues (labels are codebook codes).

Written for folded text (lower case, ё→е, ``'`` for every apostrophe). Cue fragments follow
:mod:`protest_tracker.pipeline.lexicon` (``~`` ends a stem, a space matches a run of spaces);
see :mod:`protest_tracker.pipeline.lang` for the slots and how they are merged.
"""

from __future__ import annotations

#: grievance code -> cues
GRIEVANCES: dict[str, tuple[str, ...]] = {
    "xinjiang_ethnic_kin": (
        "шыңжаң~", "шинжаң~", "атажұрт~",
    ),
    "china_economic": (
        r"қытай~ (?:[\w-]+ ){0,4}(?:компания|зауыт|инвест|кәсіпорын|келісім|несие)~",
        r"қытай~ (?:[\w-]+ ){0,3}(?:нысан|объект|фабрика|кәсіпорн|жоба)~", "қытай экспансия~",
        # the Latin alphabets ("qıtaylıq zauıttar", "qytai kásiporyndary")
        r"q[ıiy]ta[ıiy]~ (?:[\w'-]+ ){0,4}(?:k[äáa]sip|zau[ıy]t|joba|invest|kompani|kel[iı]s[iı]m|n[ıy]san|ob'?ekt)~",
        r"q[ıiy]ta[ıiy]~ ekspansi~",
    ),
    "labour": (
        "жалақы~", "мұнайшы~", "кәсіподақ~",
        "жұмыссыз~", "жұмысқа орналас~", r"жұмыстан (?:[\w-]+ ){0,1}қысқар~", "жұмыс орн~", "еңбекақы~", "еңбек жағдай~", "zhalaqy~", "jalaqy~", "jumyssyz~", "júmyssyz~",
    ),
    "wages_prices_economy": (
        "бағасы~", "қымбатта~", "несие~",
        "инфляция~", "тариф~", "qymbatta~", "baǵasy~", "bagasy~", "саудагер~",
    ),
    "housing_mortgage": (
        "баспана~", "тұрғын үй~", "пәтер~",
        "ипотека~", "үйсіз~", "baspana~",
    ),
    "land_property": (
        r"жер~ (?:[\w-]+ ){0,2}(?:сат|бер|жалға|кодекс|мәселе)~", "жер кодекс~",
        "жайылым~", r"үй~ (?:[\w-]+ ){0,2}(?:бұз|сүр)~", "сүріл~",
    ),
    "utilities": (
        "электр~", "жарық~", "ауыз су~", "жылу~",
    ),
    "elections_political": (
        "референдум~", "қайта атау~", "атауға қарсы", "сайлау~", "референдум~", "конституция~",
        "отставка~", "кет!", "шал, кет", "шал кет",
        "диктатура~", "режим~", r"билік~ (?:[\w-]+ ){0,2}ауыс~", "saılaý~", "сайлаудың~", "оппозиция~",
    ),
    "corruption_justice": (
        "сыбайлас~", "әділет~", "әділдік~", r"кінәлі~ (?:[\w-]+ ){0,3}жазала~",
        "парақор~", "әділ сот~",
    ),
    "detention_release": (
        "босату~", "бостандыққа~", "саяси тұтқын~",
    ),
    "covid": (
        "коронавирус~", "коронавирус~", "екпе~",
    ),
    "environment": (
        "су басқан~", "су тасқын~", "экология~", "экологиял~", "қоршаған орта~", "табиғат~",
        "сел~ оқими~",
        "аэс", "атом электр~", "ластан~", "қоқыс~",
    ),
    "social_benefits": (
        "жәрдемақы~", "зейнетақы~", "пенсия~",
        "көп балалы~", "әлеуметтік~", "жәрдем~",
    ),
    "rights_freedoms": (
        "сөз бостандығы~", "(?:жиналыс|ар-ождан|баспасөз) бостандығы~", "адам құқық~",
        "цензура~", "бейбіт жиын~",
        # women's rights and violence in the home (the codebook counts them here)
        "әйелдер~ құқ~", "тұрмыстық зорлық~", "әйелдерге (?:қатысты )?зорлық~",
    ),
    "interethnic": (
        "ұлтаралық~",
    ),
    "other": (
        "шекара~", "соғыс~", "құмтөр~",
    ),
}

#: target code -> cues
TARGETS: dict[str, tuple[str, ...]] = {
    "national_government": (
        "үкімет~", "министрлі~",
    ),
    "local_government": (
        "аким~", "мэрия~", "әкім~", "әкімдік~", "аким~", "мэрия~",
    ),
    "law_enforcement": (
        "ішкі істер~", "полиция~",
    ),
    "courts": (
        "сот~", "сотқа", "сотта~",
    ),
    "foreign_state": (
        "қытай~", "елшілі~",
    ),
    "company": (
        "компания~", "зауыт~", "кәсіпорын~",
    ),
}

#: participant group -> cues
GROUPS: dict[str, tuple[str, ...]] = {
    "relatives_of_detainees": (
        "туыстар~", "туысқан~",
    ),
    "workers": (
        "жұмысшы~", "мұнайшы~", "қызметкер~",
    ),
    "mothers_families": (
        "аналар~",
    ),
    "residents": (
        "тұрғын~", "тұрғындар~",
    ),
    "students": (
        "жастар~",
    ),
    "opposition": (
        "оппозиция~", "жақтастар~",
    ),
    "activists": (
        "белсенді~", "белсендилер~",
    ),
    "ethnic_community": (
        "қарақалпақ~",
    ),
    "entrepreneurs": (
        "кәсіпкер~", "саудагер~",
    ),
    "farmers": (
        "шаруа~",
    ),
    "pensioners": (
        "зейнеткер~", "ардагер~",
    ),
    "religious": (
        "мұсылман~",
    ),
}

#: flag -> cues
FLAGS: dict[str, tuple[str, ...]] = {
    "pro_government": (
        "в поддержку (?:президента|главы государства|конституц|реформ|курса|токаев|мирзиёев|жапаров|рахмон|власт)~",
        r"қолдау~ (?:[\w-]+ ){0,2}(?:президент|үкімет)~",
    ),
    "protester_violence": (
        "тас лақтыр~",
    ),
    "organiser": (
        "ұйымдастыр~",
    ),
    "demand": (
        "талап~", "талапт~",
    ),
}

#: demand nouns after which only a light verb stands: what is demanded comes before them
#: ("баспана беруді талап етті"); read by :mod:`protest_tracker.pipeline.fields.demands`
DEMAND_AFTER_OBJECT: tuple[str, ...] = ("талап", "talap")

#: the endings of a demanded object right before the demand noun (accusative, possessive accusative)
OBJECT_ENDINGS: tuple[str, ...] = (
    "ды", "ді", "ты", "ті", "ны", "ні", "ын", "ін",
    "ni", "nı", "yn", "in", "ın",
)

#: quoting words between a quoted demand and the demand noun ("«…» деп талап етті")
QUOTING_WORDS: tuple[str, ...] = ("деп", "dep", "деген")
